// What the read path refuses, and what it must never hide or loop on.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, run, scratch, snapshotTree } from '../helpers/cli.js';

const { example } = scratch();

describe('the read path', () => {
  it('due reports a contact record with an impossible date in its name, still lists the other cases, and writers refuse that case', async () => {
    const dir = example();
    copyFileSync(
      join(dir, 'clients/2026-0001/contacts/2026-10-19-j5n6.yaml'),
      join(dir, 'clients/2026-0001/contacts/2026-13-45-zzzz.yaml'),
    );
    const due = await run(['due', '-C', dir]);
    expect(due.code).toBe(1);
    expect(due.stderr).toContain(
      'clients/2026-0001/contacts/2026-13-45-zzzz.yaml: název zápisu 2026-13-45-zzzz.yaml nemá tvar',
    );
    expect(due.stdout).toContain('2026-0003');
    const kw = await run(['key-worker', '2026-0001', 'svoboda', '-C', dir]);
    expect(kw.code).toBe(1);
    expect(kw.stderr).toContain('2026-13-45-zzzz.yaml');
  });

  it('due reports a change of several files left half done, and still lists the cases', async () => {
    const dir = example();
    mkdirSync(join(dir, '.spis/pending'), { recursive: true });
    writeFileSync(join(dir, '.spis/pending/jiny-pocitac.4242.0000abcd.json'), JSON.stringify({ renames: [] }));
    const due = await run(['due', '-C', dir]);
    expect(due.code).toBe(1);
    expect(due.stderr).toContain('.spis/pending/jiny-pocitac.4242.0000abcd.json: nedokončený zápis');
    expect(due.stdout).toContain('2026-0003');
  });

  it('refuses an unknown tag with its place', async () => {
    const dir = example();
    const p = join(dir, 'clients/2026-0003/client.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(/district: .*/, 'district: !!js/function "function () { return 1 }"'),
    );
    const r = await run(['check', '-C', dir, '--json']);
    expect(r.code).toBe(1);
    const [problem] = JSON.parse(r.stdout) as { code: string; file: string; line: number; message: string }[];
    expect(problem).toMatchObject({ code: 'yaml-syntax', file: 'clients/2026-0003/client.yaml' });
    expect(problem.message).toContain('unknown tag');
  });

  it('stops reading an endless --from - at the size limit', () => {
    const r = spawnSync(
      'sh',
      ['-c', `yes 'summary: a' | "${process.execPath}" "${BIN}" contact add 2026-0002 --from - -C "${example()}"`],
      {
        encoding: 'utf8',
        timeout: 20_000,
        env: { PATH: process.env.PATH, SPIS_TODAY: '2026-11-22', SPIS_LANG: 'cs' },
      },
    );
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('je větší než 1024 KiB');
  });

  it('refuses scripted input with a NUL byte, naming its place', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const r = await run(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: telefon\nsummary: Olo\0mouc\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:3:13: soubor obsahuje řídicí znak U+0000');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('a refused archive changes nothing', async () => {
    const dir = example();
    mkdirSync(join(dir, 'archive/2025-0012'), { recursive: true });
    const before = snapshotTree(dir);
    const r = await run(['archive', '2025-0012', '-C', dir]);
    expect(r.code).toBe(1);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('a leading over-indented blank line in a literal block: check reports it, and key-worker refuses it instead of failing inside', async () => {
    const dir = example();
    const p = join(dir, 'clients/2026-0003/client.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(/^request: .*$/m, 'request: |\n      \n  Po rozchodu řeší péči o děti.'),
    );
    const check = await run(['check', '-C', dir]);
    expect(check.code).toBe(1);
    const kw = await run(['key-worker', '2026-0003', 'svoboda', '-C', dir]);
    expect(kw.code).toBe(1);
    expect(kw.stderr).not.toContain('Interní chyba');
    expect(kw.stderr).toContain('clients/2026-0003/client.yaml:');
    await expect(`${check.stdout}--- key-worker ---\n${kw.stderr}`.replaceAll(dir, '<repo>')).toMatchFileSnapshot(
      '../golden/read-path/block-scalar-blank-line.txt',
    );
  });

  it('options take the dates prompts take: key-worker --date, due --as-of, refuse --date; a wrong one says which forms work', async () => {
    const dir = example();
    const kw = await run(['key-worker', '2026-0002', 'mala', '--date', '4. 9. 2026', '--note', 'zástup', '-C', dir]);
    expect(kw.code, kw.stderr).toBe(0);
    expect(readFileSync(join(dir, 'clients/2026-0002/client.yaml'), 'utf8')).toContain('from: 2026-09-04');
    const due = await run(['due', '--as-of', '25. 11.', '--json', '-C', dir]);
    expect(due.code, due.stderr).toBe(0);
    expect(
      (JSON.parse(due.stdout) as { days: number; due_date: string }[]).every(
        (r) => r.days === (Date.parse(r.due_date) - Date.parse('2026-11-25')) / 86_400_000,
      ),
    ).toBe(true);
    const refuse = await run([
      'refuse',
      '2026-0003',
      '--reason',
      'kapacita',
      '--worker',
      'mala',
      '--date',
      'včera',
      '-C',
      dir,
    ]);
    expect(refuse.code, refuse.stderr).toBe(0);
    expect(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).toContain('date: 2026-11-21');
    const bad = await run(['due', '--as-of', '31. 2. 2026', '-C', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('„31. 2. 2026“ není platné datum. Zapište např. 22. 11. 2026');
  });
});

describe('saved documents', () => {
  it('a saved document is named by its own date (the plan by the day it was written); a second one is kept beside the first, never over it', async () => {
    const dir = example();
    const first = await run(['render', '2026-0001', 'plan', '--save', '-C', dir]);
    expect(first.stdout.trim()).toBe('clients/2026-0001/documents/plan-2026-04-20.md');
    writeFileSync(join(dir, first.stdout.trim()), 'podepsaná verze\n');
    const second = await run(['render', '2026-0001', 'plan', '--save', '-C', dir]);
    expect(second.stdout.trim()).toBe('clients/2026-0001/documents/plan-2026-04-20-2.md');
    expect(readFileSync(join(dir, first.stdout.trim()), 'utf8')).toBe('podepsaná verze\n');
  });
});
