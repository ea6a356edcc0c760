// The odd cases a new user meets, each with a message that says what happened and what to do:
// no temp path, no internal error, no "edit the file by hand" for what the tool itself refused,
// and every problem said once.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, exampleFiles, run, scratch, snapshotTree } from '../helpers/cli.js';

const { tmp, example } = scratch();
const TODAY = { SPIS_TODAY: '2026-12-03' };
const PHONE_CALL = 'form: telefon\ntype: konzultace\nduration_min: 10\n';

describe('a disk mounted read-only', () => {
  const mount = mkdtempSync(join(tmpdir(), 'spis-ro-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]).status === 0;
  if (!mounted)
    console.warn('read-only tests skipped: a tmpfs cannot be mounted here (needs root and mount permission)');
  afterAll(() => {
    if (mounted) spawnSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  it.skipIf(!mounted)(
    'a write says the disk is read-only and that reading goes on; due, list and show still work',
    async () => {
      const dir = join(mount, 'poradna');
      cpSync(EXAMPLE, dir, { recursive: true, dereference: true, filter: exampleFiles });
      expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
      const before = snapshotTree(dir);
      for (const args of [
        ['contact', 'add', '2026-0001', '--from', '-'],
        ['client', 'edit', '2026-0001', '--from', '-'],
      ]) {
        const r = await run([...args, '-C', dir], {
          stdin: args[0] === 'contact' ? `${PHONE_CALL}summary: Hovor.\n` : 'district: Olomouc\n',
          env: TODAY,
        });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toBe(
          `Disk se spisy je připojen jen pro čtení (${dir}/.spis): nic nebylo uloženo. Číst spisy (spis due, list, show) lze dál; pro zápis je potřeba disk připojit pro zápis – pak příkaz spusťte znovu.\n`,
        );
        expect(r.stderr).not.toMatch(/ENOENT|Vnitřní chyba/);
      }
      const en = await run(['render', '2026-0001', 'plan', '--save', '-C', dir, '--lang', 'en'], { env: TODAY });
      expect(en.code).toBe(1);
      expect(en.stderr).toContain('is mounted read-only');
      for (const args of [['due'], ['list'], ['show', '2026-0001']])
        expect((await run([...args, '-C', dir], { env: TODAY })).code).toBe(0);
      expect(snapshotTree(dir)).toEqual(before);
    },
  );
});

describe('export to a path that is taken or has no folder', () => {
  it('a dangling link, an existing file and a missing parent folder are named as such – never a temp path – and nothing is made', async () => {
    const dir = example();
    const base = tmp();
    symlinkSync(join(base, 'nowhere', 'x'), join(base, 'dangling'));
    writeFileSync(join(base, 'file'), 'x');
    const cases: [string[], string][] = [
      [
        ['export', '--pseudonymised', '--out', join(base, 'dangling')],
        `Na místě ${join(base, 'dangling')} je symbolický odkaz; kopie údajů se zapisuje jen do nové složky, nikdy přes odkaz. Zvolte jinou cestu (--out).`,
      ],
      [
        ['export', '2026-0001', '--out', join(base, 'dangling')],
        `Na místě ${join(base, 'dangling')} je symbolický odkaz`,
      ],
      [['export', '2026-0001', '--out', join(base, 'file')], `Složka ${join(base, 'file')} už existuje`],
      [
        ['export', '2026-0001', '--out', join(base, 'missing', 'copy')],
        `Složka ${join(base, 'missing')} neexistuje; kopie údajů se zakládá jako nová složka v existující složce.`,
      ],
    ];
    for (const [args, said] of cases) {
      const r = await run([...args, '-C', dir], { env: TODAY });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(said);
      expect(r.stderr).not.toMatch(/\.tmp|ENOTDIR|ENOENT/);
    }
    expect(readdirSync(base).sort()).toEqual(['dangling', 'file']);
  });
});

describe('a record too large to be read back', () => {
  it('a --from input under the input limit whose record would pass the record limit is refused as too large, with nothing written', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const input = `${PHONE_CALL}summary: "${'a'.repeat(1024 * 1024 - 200)}"\n`;
    expect(Buffer.byteLength(input)).toBeLessThan(1024 * 1024);
    const r = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], { stdin: input, env: TODAY });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Záznam clients\/2026-0001\/contacts\/2026-12-03-[a-z0-9]{4}\.yaml by byl větší než 1024 KiB, a tak velký záznam spis nečte; nic nebylo uloženo\. Zkraťte text/,
    );
    expect(r.stderr).not.toContain('ručně');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('goal ids past c999', () => {
  it('a case whose goals reach c999 gets c1000 for the next partial goal, and check passes', async () => {
    const dir = example();
    // The case's last partial goal, c4, set in the contact of 14. 9., renumbered as the 999th.
    const p = join(dir, 'clients/2026-0001/goals.yaml');
    const setIn = join(dir, 'clients/2026-0001/contacts/2026-09-14-h8d2.yaml');
    for (const f of [p, setIn]) writeFileSync(f, readFileSync(f, 'utf8').replace('- id: c4\n', '- id: c999\n'));
    expect(await run(['check', '-C', dir])).toMatchObject({ code: 0, stderr: '' });
    const r = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: `form: osobne\nplace: poradna\ntype: konzultace\nduration_min: 50\nsummary: Nový dílčí cíl.\nnew_goals:\n  - text: Domluvit se se školou na společné schůzce.\n    criteria: schůzka proběhne\n    responsible: [klientka]\n    review: 2027-01-15\n`,
      env: TODAY,
    });
    expect(r.code, r.stderr).toBe(0);
    const after = parse(readFileSync(p, 'utf8')) as { partial_goals: { id: string }[] };
    expect(after.partial_goals.map((g) => g.id)).toContain('c1000');
    expect(await run(['check', '-C', dir], { env: TODAY })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});

describe('every problem said once', () => {
  it('check with several broken records: each problem once in the text and once in --json', async () => {
    const dir = example();
    const client = join(dir, 'clients/2026-0001/client.yaml');
    writeFileSync(
      client,
      readFileSync(client, 'utf8')
        .replace(/^sex: .*$/m, 'sex: zena')
        .replace(/^district: /m, 'distrikt: '),
    );
    writeFileSync(join(dir, 'clients/2026-0003/goals.yaml'), 'personal_goal: [\n');
    const contact = join(dir, 'clients/2026-0001/contacts/2026-09-14-h8d2.yaml');
    writeFileSync(contact, readFileSync(contact, 'utf8').replace(/^date: .*$/m, 'date: 2026-02-30'));
    const text = await run(['check', '-C', dir]);
    const json = await run(['check', '--json', '-C', dir]);
    expect(text.code).toBe(1);
    const located = text.stdout.split('\n').filter((l) => /^clients\/\S+:\d+:\d+: /.test(l));
    expect(located.length).toBeGreaterThanOrEqual(4);
    expect(new Set(located).size).toBe(located.length);
    const problems = JSON.parse(json.stdout) as { file: string; line?: number; col?: number; code: string }[];
    const keys = problems.map((q) => `${q.file}:${q.line}:${q.col}:${q.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(problems.length).toBe(located.length);
  });
});
