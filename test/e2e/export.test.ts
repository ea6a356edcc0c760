// The client's copy (spis export) against the case's own records, and the access log: who viewed
// what where git cannot see it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run, scratch } from '../helpers/cli.js';
import { gitIn, makeTeam, spisIn } from '../helpers/git.js';
// @ts-expect-error plain JavaScript module without types
import { generate } from '../../bench/generate.js';

const { tmp, example } = scratch();

describe('spis export', () => {
  it('holds every record as JSON equal to the case, every document in HTML and a Czech index, owner-only', async () => {
    const dir = example();
    const out = join(tmp(), 'kopie');
    const r = await run(['export', '2026-0001', '--out', out, '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const caseDir = join(dir, 'clients/2026-0001');
    for (const rec of ['client', 'contract', 'goals']) {
      expect(JSON.parse(readFileSync(join(out, 'data', `${rec}.json`), 'utf8'))).toEqual(
        parse(readFileSync(join(caseDir, `${rec}.yaml`), 'utf8')),
      );
    }
    const contacts = readdirSync(join(caseDir, 'contacts')).sort();
    expect(readdirSync(join(out, 'data/contacts')).sort()).toEqual(contacts.map((n) => n.replace('.yaml', '.json')));
    for (const n of contacts)
      expect(JSON.parse(readFileSync(join(out, 'data/contacts', n.replace('.yaml', '.json')), 'utf8'))).toEqual(
        parse(readFileSync(join(caseDir, 'contacts', n), 'utf8')),
      );
    expect(readdirSync(join(out, 'dokumenty/zapisy')).sort()).toEqual(contacts.map((n) => n.replace('.yaml', '.html')));
    expect(plain(readFileSync(join(out, 'dokumenty/smlouva.html'), 'utf8'))).toContain(
      'Smlouva o poskytnutí sociální služby',
    );
    expect(existsSync(join(out, 'dokumenty/individualni-plan.html'))).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Kopie osobních údajů</h1>');
    expect(index).toContain('čl. 15 obecného nařízení');
    expect(index).toContain('<a href="dokumenty/smlouva.html">smlouva</a>');
    expect(index).toContain('<a href="data/contacts/2026-09-14-h8d2.json">');
    const modes = (p: string): string[] =>
      readdirSync(p, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? [`${(statSync(join(p, e.name)).mode & 0o777).toString(8)} dir`, ...modes(join(p, e.name))]
          : [(statSync(join(p, e.name)).mode & 0o777).toString(8)],
      );
    expect(new Set(modes(out))).toEqual(new Set(['700 dir', '600']));
    expect((statSync(out).mode & 0o777).toString(8)).toBe('700');
    // Never over an earlier copy.
    const again = await run(['export', '2026-0001', '--out', out, '-C', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('už existuje');
  });

  it('--format json gives the records only; an oral contract and a closed case give their own documents', async () => {
    const dir = example();
    const out = join(tmp(), 'json');
    expect((await run(['export', '2026-0002', '--out', out, '--format', 'json', '-C', dir])).code).toBe(0);
    expect(readdirSync(out)).toEqual(['data']);
    const full = join(tmp(), 'full');
    expect((await run(['export', '2026-0002', '--out', full, '-C', dir])).code).toBe(0);
    expect(existsSync(join(full, 'dokumenty/ustni-smlouva.html'))).toBe(true);
    expect(existsSync(join(full, 'dokumenty/smlouva.html'))).toBe(false);
    const closed = join(tmp(), 'closed');
    expect((await run(['export', '2025-0012', '--out', closed, '-C', dir])).code).toBe(0);
    expect(readdirSync(join(closed, 'dokumenty')).sort()).toEqual([
      'dodatek-1.html',
      'protokol-o-ukonceni.html',
      'smlouva.html',
      'zapisy',
    ]);
  });
});

describe('the access log', () => {
  it('records render, show, due --names, export and the complaints register with time, worker, command and case id only, and the next write commits it', () => {
    const team = makeTeam(tmp(), 'novakova');
    const dir = team.first;
    const config = join(dir, 'spis.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('access_log: false', 'access_log: true'));
    gitIn(dir, ['commit', '-qam', 'access log on'], { HOME: team.home });
    const env = { env: { SPIS_WORKER: 'svoboda' } };
    expect(spisIn(team, dir, ['render', '2026-0001', 'contract'], env).code).toBe(0);
    expect(spisIn(team, dir, ['show', '2026-0002'], env).code).toBe(0);
    expect(spisIn(team, dir, ['due', '--names'], env).code).toBe(0);
    expect(spisIn(team, dir, ['due'], env).code).toBe(0);
    expect(spisIn(team, dir, ['export', '2026-0003', '--out', join(team.dir, 'kopie')], env).code).toBe(0);
    // The complaints register names the cases its complaints link to; a letter reads the client's address.
    expect(spisIn(team, dir, ['complaint', 'list'], env).code).toBe(0);
    expect(spisIn(team, dir, ['complaint', 'letter', 's7k2'], env).code).toBe(0);
    // A read never touches the tracked access.log: its line waits in .spis/ for the writer's lock.
    expect(existsSync(join(dir, 'access.log'))).toBe(false);
    expect((statSync(join(dir, '.spis/access-pending.log')).mode & 0o777).toString(8)).toBe('600');
    // The next write moves the lines into access.log under its lock and takes it into its commit.
    expect(spisIn(team, dir, ['key-worker', '2026-0002', 'mala'], env).code).toBe(0);
    const log = readFileSync(join(dir, 'access.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t').slice(1));
    expect(log).toEqual([
      ['svoboda', 'render contract', '2026-0001'],
      ['svoboda', 'show', '2026-0002'],
      ['svoboda', 'due --names', '2026-0001 2026-0003'],
      ['svoboda', 'export', '2026-0003'],
      ['svoboda', 'complaint list', '2025-0012'],
      ['svoboda', 'complaint letter', '2025-0012'],
    ]);
    expect((statSync(join(dir, 'access.log')).mode & 0o777).toString(8)).toBe('600');
    expect(readdirSync(join(dir, '.spis')).filter((n) => n.startsWith('access-pending'))).toEqual([]);
    expect(gitIn(dir, ['show', '--name-only', '--format=', 'HEAD'], { HOME: team.home }).split('\n').sort()).toEqual([
      'access.log',
      'clients/2026-0002/client.yaml',
    ]);
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
  });
});

/** Every identifying value the source records hold: names, birth dates, contact details, addresses, free texts. */
function identifiers(caseDir: string): string[] {
  const values: string[] = [];
  const client = parse(readFileSync(join(caseDir, 'client.yaml'), 'utf8'));
  const n = client.name as { given: string; family: string } | undefined;
  if (n) values.push(`${n.given} ${n.family}`, n.family);
  for (const v of [
    client.birth_date,
    client.phone,
    client.email,
    client.address,
    client.pseudonym,
    client.request,
    client.note,
  ])
    if (v) values.push(String(v));
  const rep = client.legal_representative;
  if (rep) for (const v of [rep.name, rep.phone, rep.email, rep.address]) if (v) values.push(v);
  for (const p of client.cooperating ?? [])
    for (const v of [p.name, p.organisation, p.phone, p.email]) if (v) values.push(v);
  const texts = (file: string, keys: string[]): void => {
    if (!existsSync(file)) return;
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          if (typeof v === 'string' && keys.includes(k) && v.length > 12) values.push(v.slice(0, 40));
          else walk(v);
        }
    };
    walk(parse(readFileSync(file, 'utf8')));
  };
  const TEXTS = [
    'summary',
    'progress',
    'text',
    'criteria',
    'initial_situation',
    'participation',
    'satisfaction',
    'note',
    'comment',
    'personal_goal',
    'changes',
    'client_absent_reason',
    'reason_other',
    'new_personal_goal',
  ];
  for (const f of ['goals.yaml', 'contract.yaml', 'termination.yaml']) texts(join(caseDir, f), TEXTS);
  if (existsSync(join(caseDir, 'contacts')))
    for (const c of readdirSync(join(caseDir, 'contacts'))) texts(join(caseDir, 'contacts', c), TEXTS);
  return [...new Set(values)];
}

const allText = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? allText(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n');

describe('spis export --pseudonymised', () => {
  it('the example repository: no identifying value of the source anywhere in the copy, and check, due and report still work', async () => {
    const src = example();
    const out = join(tmp(), 'pseudo');
    const r = await run(['export', '--pseudonymised', '--out', out, '-C', src]);
    expect(r.code, r.stderr).toBe(0);
    const copy = allText(out);
    const config = parse(readFileSync(join(src, 'spis.yaml'), 'utf8'));
    const values = [
      ...readdirSync(join(src, 'clients'))
        .filter((n) => !n.startsWith('.'))
        .flatMap((id) => identifiers(join(src, 'clients', id))),
      ...config.workers.flatMap((w: { name: string; email?: string }) => [w.name, w.email ?? '']).filter(Boolean),
      config.provider.phone,
      config.provider.email,
      config.provider.representative,
    ].filter(Boolean);
    expect(values.length).toBeGreaterThan(60);
    for (const v of values) expect(copy, v).not.toContain(v);
    expect(await run(['check', '-C', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    const dueSrc = JSON.parse((await run(['due', '--json', '-C', src])).stdout).map(
      (i: { case_id: string; kind: string; due_date: string }) => [i.case_id, i.kind, i.due_date],
    );
    const dueCopy = JSON.parse((await run(['due', '--json', '-C', out])).stdout).map(
      (i: { case_id: string; kind: string; due_date: string }) => [i.case_id, i.kind, i.due_date],
    );
    expect(dueCopy).toEqual(dueSrc);
    const report = async (dir: string) => {
      const x = JSON.parse((await run(['report', '--year', '2026', '--json', '-C', dir])).stdout);
      delete x.work.by_setting; // the client's own places are removed
      return x;
    };
    expect(await report(out)).toEqual(await report(src));
  });

  it('a generated 1,000-client repository: no identifying value of any case left in its copy', async () => {
    const src = join(tmp(), 'gen');
    generate(src, 1000, 11);
    const out = join(tmp(), 'gen-pseudo');
    const r = await run(['export', '--pseudonymised', '--out', out, '-C', src]);
    expect(r.code, r.stderr).toBe(0);
    let checked = 0;
    for (const where of ['clients', 'archive']) {
      if (!existsSync(join(src, where))) continue;
      for (const id of readdirSync(join(src, where)).filter((n) => !n.startsWith('.'))) {
        const text = allText(join(out, where, id));
        for (const v of identifiers(join(src, where, id))) {
          expect(text, `${id}: ${v}`).not.toContain(v);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  }, 120_000);

  it('--keep-texts keeps the texts and says what that means', async () => {
    const src = example();
    const out = join(tmp(), 'pseudo-texts');
    const r = await run(['export', '--pseudonymised', '--keep-texts', '--out', out, '-C', src]);
    expect(r.stderr).toContain('Pozor: volné texty');
    expect(readFileSync(join(out, 'clients/2026-0001/contacts/2026-09-14-h8d2.yaml'), 'utf8')).toContain(
      'Hodnotící schůzka',
    );
    // The identifiers are replaced all the same; only the free texts (here the request, which names her) stay.
    const client = parse(readFileSync(join(out, 'clients/2026-0001/client.yaml'), 'utf8'));
    expect(client.name).toEqual({ given: 'Osoba', family: 'P0002' });
    expect(client.phone).toBeUndefined();
    expect(client.request).toContain('Dvořáková');
  });
});

describe('the access log in a team', () => {
  it("two clones that both viewed and wrote sync without a conflict, and the log keeps both sides' lines", async () => {
    const { cloneFor } = await import('../helpers/git.js');
    const team = makeTeam(tmp(), 'novakova');
    const first = team.first;
    const config = join(first, 'spis.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('access_log: false', 'access_log: true'));
    gitIn(first, ['commit', '-qam', 'access log on'], { HOME: team.home });
    expect(spisIn(team, first, ['sync']).code).toBe(0);
    const second = cloneFor(team, 'svoboda');
    expect(spisIn(team, first, ['show', '2026-0001']).code).toBe(0);
    expect(spisIn(team, first, ['key-worker', '2026-0002', 'mala']).code).toBe(0);
    expect(spisIn(team, second, ['show', '2026-0002']).code).toBe(0);
    expect(spisIn(team, second, ['key-worker', '2026-0001', 'svoboda']).code).toBe(0);
    // Viewed after the last write: not committed yet when the sync starts.
    expect(spisIn(team, second, ['show', '2026-0003']).code).toBe(0);
    expect(spisIn(team, first, ['sync']).code).toBe(0);
    const synced = spisIn(team, second, ['sync']);
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stderr).not.toContain('konflikt');
    const lines = readFileSync(join(second, 'access.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t').slice(1).join(' '));
    expect(lines.sort()).toEqual(
      ['novakova show 2026-0001', 'svoboda show 2026-0002', 'svoboda show 2026-0003'].sort(),
    );
    expect(gitIn(second, ['status', '--porcelain'], { HOME: team.home })).toBe('');
  });
});

describe('the access log under the writer', () => {
  it('takes the lines a killed writer had renamed aside as well as the new ones, in order, and leaves nothing waiting', async () => {
    const { flushAccessLog, PENDING_LOG, ACCESS_LOG } = await import('../../src/store/access-log.js');
    const dir = tmp();
    mkdirSync(join(dir, '.spis'), { mode: 0o700 });
    writeFileSync(join(dir, ACCESS_LOG), 'a\tnovakova\tshow\t2026-0001\n', { mode: 0o600 });
    // A writer killed after renaming the pending lines aside, then a read after it.
    writeFileSync(join(dir, `${PENDING_LOG}.1000.4242.taking`), 'b\tsvoboda\tshow\t2026-0002\n');
    writeFileSync(join(dir, PENDING_LOG), 'c\tsvoboda\texport\t2026-0003\n');
    flushAccessLog(dir);
    expect(
      readFileSync(join(dir, ACCESS_LOG), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l[0]),
    ).toEqual(['a', 'b', 'c']);
    expect(readdirSync(join(dir, '.spis')).filter((n) => n.startsWith('access-pending'))).toEqual([]);
    expect((statSync(join(dir, ACCESS_LOG)).mode & 0o777).toString(8)).toBe('600');
    // Nothing waiting: nothing written.
    const before = statSync(join(dir, ACCESS_LOG)).mtimeMs;
    flushAccessLog(dir);
    expect(statSync(join(dir, ACCESS_LOG)).mtimeMs).toBe(before);
  });
});
