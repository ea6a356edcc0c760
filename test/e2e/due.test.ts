// spis due end to end on the example repository with a fixed date.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runBin, scratch, snapshotTree, sharedExample } from '../helpers/cli.js';

const { example, tmp } = scratch();

describe('spis due', () => {
  it('colours a terminal only (chalk is loaded for it): a bold title, red overdue dates; --no-color and NO_COLOR plain', async () => {
    const tty = await run(['due', '-C', sharedExample()], { stdoutTTY: true });
    expect(tty.stdout).toContain('\x1b[1mTermíny k 22. 11. 2026');
    expect(tty.stdout).toMatch(/\x1b\[31m16\. 11\. 2026/);
    for (const plain of [
      await run(['due', '-C', sharedExample(), '--no-color'], { stdoutTTY: true }),
      await run(['due', '-C', sharedExample()], { stdoutTTY: true, env: { NO_COLOR: '1' } }),
      await run(['due', '-C', sharedExample()]),
    ]) {
      expect(plain.stdout).toContain('Termíny k 22. 11. 2026');
      expect(plain.stdout).not.toContain('\x1b[');
    }
  });

  it('prints the report as text, JSON and CSV', async () => {
    const text = runBin(['due', '-C', sharedExample()]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    await expect(text.stdout).toMatchFileSnapshot('../golden/due/report.txt');
    const wide = runBin(['due', '-C', sharedExample(), '--within', '60', '--names']);
    await expect(wide.stdout).toMatchFileSnapshot('../golden/due/report-60-names.txt');
    const json = runBin(['due', '-C', sharedExample(), '--json']);
    await expect(json.stdout).toMatchFileSnapshot('../golden/due/report.json');
    const csv = runBin(['due', '-C', sharedExample(), '--csv']);
    await expect(csv.stdout).toMatchFileSnapshot('../golden/due/report.csv');
    const rows = JSON.parse(json.stdout) as { case_id: string; client: string; days: number }[];
    expect(rows.map((r) => r.client)).not.toContain('Jana Dvořáková');
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(rows.length + 1);
    expect(runBin(['due', '-C', sharedExample(), '--lang', 'en']).stdout).toContain('Due as of 22 Nov 2026');
  });

  it('filters by key worker and takes --as-of', async () => {
    const nov = await run(['due', '-C', sharedExample(), '--worker', 'novakova', '--json']);
    expect(new Set((JSON.parse(nov.stdout) as { key_worker: string }[]).map((r) => r.key_worker))).toEqual(
      new Set(['novakova']),
    );
    const later = await run(['due', '-C', sharedExample(), '--as-of', '2027-01-10', '--within', '0', '--json']);
    const kinds = (JSON.parse(later.stdout) as { case_id: string; kind: string }[]).map(
      (r) => `${r.case_id} ${r.kind}`,
    );
    expect(kinds).toContain('2026-0002 contact-gap');
    expect(kinds).toContain('2026-0002 partial-goal-review');
    expect((await run(['due', '-C', sharedExample(), '--as-of', '2027-02-30'])).code).toBe(2);
    expect((await run(['due', '-C', sharedExample(), '--within', 'týden'])).code).toBe(2);
  });

  it('--quiet prints zero bytes when nothing is due', () => {
    const r = runBin(['due', '-C', sharedExample(), '--as-of', '2026-06-01', '--within', '0', '--quiet']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const loud = runBin(['due', '-C', sharedExample(), '--as-of', '2026-06-01', '--within', '0']);
    expect(loud.stdout).toContain('není nic po termínu');
  });

  it('a case folder that is a symbolic link, in clients/ or in archive/, is named (never followed), exit 1', () => {
    // In archive/, the case's end of retention would be missing without a word.
    for (const [from, to] of [
      ['clients/2025-0012', 'archive/2025-0012'],
      ['clients/2026-0001', 'clients/2026-0001'],
    ]) {
      const dir = example();
      const outside = join(tmp(), 'moved');
      mkdirSync(join(dir, 'archive'), { recursive: true });
      renameSync(join(dir, from), outside);
      symlinkSync(outside, join(dir, to));
      const r = runBin(['due', '-C', dir, '--quiet']);
      expect(r.code, to).toBe(1);
      expect(r.stderr).toContain(`${to}: je to symbolický odkaz`);
      expect(r.stdout).toContain('2026-0003  L. H.  posouzení zájemce');
    }
  });

  it('a broken file is named on stderr, the other cases are still listed, exit 1', () => {
    const dir = example();
    const goals = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('review: 2026-11-30', 'review: 2026-11-31'));
    const before = snapshotTree(dir);
    const r = runBin(['due', '-C', dir, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0001/goals.yaml:');
    expect(r.stderr).toContain('„2026-11-31“ není platné datum');
    expect(r.stdout).toContain('2026-0003  L. H.  posouzení zájemce');
    expect(r.stdout).not.toContain('2026-0001');
    expect(snapshotTree(dir)).toEqual(before);

    writeFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'id: [2026\n');
    const two = runBin(['due', '-C', dir, '--json']);
    expect(two.code).toBe(1);
    // With --json the broken record is reported as JSON on stderr too.
    const error = JSON.parse(two.stderr).error;
    expect(error.code).toBe('due.broken');
    expect(
      error.problems.map((p: { file: string; line: number; code: string }) => [p.file, p.line, p.code]),
    ).toContainEqual(['clients/2026-0003/client.yaml', 2, 'yaml-syntax']);
    expect(JSON.parse(two.stdout)).toEqual([]);
  });

  it('reads what it needs: a hand-written record the fast reader declines still counts', () => {
    const dir = example();
    const goals = join(dir, 'clients/2026-0002/goals.yaml');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('review: 2026-12-07', 'review: &r 2026-11-25'));
    const r = runBin(['due', '-C', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(
      expect.objectContaining({
        case_id: '2026-0002',
        kind: 'partial-goal-review',
        subject: 'c1',
        due_date: '2026-11-25',
        days: 3,
      }),
    );
  });
});
