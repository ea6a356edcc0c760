// An edit changes only the lines it must: every writing command applied to the example
// repository, with git diff showing exactly which lines changed; a no-op edit of every example
// record is byte-identical; line endings and a byte-order mark are kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editText, parseYaml } from '../../src/store/yaml-file.js';
import { EXAMPLE, run, scratch, yamlFiles } from '../helpers/cli.js';
import { gitIn, makeHome } from '../helpers/git.js';

const { example, tmp } = scratch();

/** The example under git, and what a command then changed: lines removed and added per file. */
async function changes(args: string[], stdin = ''): Promise<Record<string, { removed: string[]; added: string[] }>> {
  const dir = example();
  const env = { HOME: makeHome(tmp()), GIT_CONFIG_NOSYSTEM: '1' };
  gitIn(dir, ['init', '--quiet'], env);
  gitIn(dir, ['add', '-A'], env);
  gitIn(dir, ['commit', '--quiet', '-m', 'start'], env);
  const r = await run([...args, '-C', dir, '--no-commit'], { stdin, env });
  expect(r.code, r.stderr).toBe(0);
  gitIn(dir, ['add', '-A'], env);
  const out: Record<string, { removed: string[]; added: string[] }> = {};
  let file = '';
  for (const line of gitIn(dir, ['diff', '--cached', '-U0', '--no-renames'], env).split('\n')) {
    if (line.startsWith('+++ ')) file = line.slice(6);
    else if (line.startsWith('--- ') && line.includes('/dev/null')) continue;
    else if (line.startsWith('--- ')) continue;
    else if (line.startsWith('+') && file) (out[file] ??= { removed: [], added: [] }).added.push(line.slice(1));
    else if (line.startsWith('-') && file) (out[file] ??= { removed: [], added: [] }).removed.push(line.slice(1));
  }
  return out;
}

describe('edits change only what they must', () => {
  it('a no-op edit of every example record is byte-identical', () => {
    const files = yamlFiles(EXAMPLE);
    expect(files.length).toBeGreaterThan(25);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const parsed = parseYaml(text, f);
      expect(editText(parsed, parsed.data).text, f).toBe(text);
    }
  });

  it('keeps CRLF line endings and a byte-order mark, and touches only the changed line', () => {
    const text =
      '\ufeff# poznámka\r\nid: 2026-0001\r\nstatus: applicant   # čeká\r\nrequest: >-\r\n  dlouhý text zalomený\r\n  ručně na dva řádky\r\n';
    const parsed = parseYaml(text, 'x');
    const next = editText(parsed, { ...parsed.data, status: 'active' }).text;
    expect(next).toBe(text.replace('status: applicant', 'status: active'));
  });

  it('key-worker adds the two lines of the hand-over and nothing else', async () => {
    const d = await changes(['key-worker', '2026-0002', 'mala']);
    expect(d).toEqual({
      'clients/2026-0002/client.yaml': { removed: [], added: ['  - worker: mala', '    from: 2026-11-22'] },
    });
  });

  it('contact add touches only the goals it evaluates and adds the new one', async () => {
    const d = await changes(
      ['contact', 'add', '2026-0001', '--from', '-'],
      'type: konzultace\nform: osobne\nsummary: Konzultace.\ngoal_reviews:\n  - {goal: c2, status: continues, next_review: +1m}\n',
    );
    const files = Object.keys(d);
    expect(files).toHaveLength(2);
    expect(d['clients/2026-0001/goals.yaml']).toEqual({
      removed: ['    review: 2026-11-30'],
      added: [
        '    review: 2026-12-22',
        expect.stringMatching(/^ {6}- date: 2026-11-22$/),
        expect.stringMatching(/^ {8}source: contacts\/2026-11-22-[a-z0-9]{4}\.yaml$/),
        '        status: continues',
        '        next_review: 2026-12-22',
      ],
    });
  });

  it('contract amend appends the amendment to the contract, and a new personal goal to the goals', async () => {
    const d = await changes(
      ['contract', 'amend', '2026-0002', '--from', '-'],
      'changes: Konzultace jednou za 14 dní.\npersonal_goal: zvládat přípravu do školy sám\n',
    );
    expect(d['clients/2026-0002/contract.yaml'].removed).toEqual([]);
    expect(d['clients/2026-0002/goals.yaml'].removed).toEqual([]);
    expect(d['clients/2026-0002/goals.yaml'].added.join('\n')).toContain('zvládat přípravu do školy sám');
  });

  it('refuse and close change the status line and add their records', async () => {
    const refused = await changes(['refuse', '2026-0003', '--reason', 'kapacita', '--worker', 'novakova']);
    expect(refused['clients/2026-0003/client.yaml'].removed).toEqual(['status: applicant']);
    const closed = await changes(
      ['close', '2026-0002', '--from', '-'],
      'reason: cil_naplnen\npersonal_goal: {outcome: met}\npartial_goals:\n  - {goal: c1, outcome: met}\n',
    );
    expect(closed['clients/2026-0002/client.yaml'].removed).toEqual(['status: active']);
    expect(closed['clients/2026-0002/goals.yaml'].removed).toEqual(['    status: open']);
  });
});
