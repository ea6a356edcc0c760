// The whole life of a case through commands only: one command on a given day, which must
// succeed and leave the repository sound (`spis check` silent), and what `spis due` lists.
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run } from './cli.js';

export type Due = [string, string, string, string];

/** A service's repository at `dir` driven through commands only, each step checked. */
export function lifeOf(dir: string) {
  /** One command on a given day; it must succeed, and the repository must stay sound. */
  const step = async (today: string, args: string[], stdin?: string): Promise<string> => {
    const r = await run([...args, '-C', dir], { env: { SPIS_TODAY: today }, stdin });
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    const check = await run(['check', '-C', dir], { env: { SPIS_TODAY: today } });
    expect(check, `check after ${args.join(' ')}`).toEqual({ code: 0, stdout: '', stderr: '' });
    return r.stdout.trim();
  };
  /** Everything overdue or due on the day itself: [case, kind, subject, due date]. */
  const due = async (asOf: string, within = 0): Promise<Due[]> => {
    const r = await run(['due', '--json', '--within', String(within), '-C', dir], { env: { SPIS_TODAY: asOf } });
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { case_id: string; kind: string; subject: string; due_date: string }[]).map((i) => [
      i.case_id,
      i.kind,
      i.subject,
      i.due_date,
    ]);
  };
  const read = (rel: string) => parse(readFileSync(join(dir, rel), 'utf8'));
  const render = async (today: string, id: string, doc: string): Promise<string> => {
    const r = await run(['render', id, doc, '-C', dir], { env: { SPIS_TODAY: today } });
    expect(r.code, r.stderr).toBe(0);
    return plain(r.stdout);
  };
  return { dir, step, due, read, render };
}
