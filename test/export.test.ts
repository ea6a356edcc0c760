// The client's copy (spis export) against the case's own records, and the access log: who viewed
// what where git cannot see it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run, scratch } from './helpers/cli.js';
import { gitIn, makeTeam, spisIn } from './helpers/git.js';

const { tmp, example } = scratch();

describe('spis export', () => {
  it('holds every record as JSON equal to the case, every document in HTML and a Czech index, owner-only', async () => {
    const dir = example();
    const out = join(tmp(), 'kopie');
    const r = await run(['export', '2026-0001', '--out', out, '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const caseDir = join(dir, 'clients/2026-0001');
    for (const rec of ['client', 'contract', 'goals']) {
      expect(JSON.parse(readFileSync(join(out, 'data', `${rec}.json`), 'utf8'))).toEqual(parse(readFileSync(join(caseDir, `${rec}.yaml`), 'utf8')));
    }
    const contacts = readdirSync(join(caseDir, 'contacts')).sort();
    expect(readdirSync(join(out, 'data/contacts')).sort()).toEqual(contacts.map((n) => n.replace('.yaml', '.json')));
    for (const n of contacts) expect(JSON.parse(readFileSync(join(out, 'data/contacts', n.replace('.yaml', '.json')), 'utf8'))).toEqual(parse(readFileSync(join(caseDir, 'contacts', n), 'utf8')));
    expect(readdirSync(join(out, 'dokumenty/zapisy')).sort()).toEqual(contacts.map((n) => n.replace('.yaml', '.html')));
    expect(plain(readFileSync(join(out, 'dokumenty/smlouva.html'), 'utf8'))).toContain('Smlouva o poskytnutí sociální služby');
    expect(existsSync(join(out, 'dokumenty/individualni-plan.html'))).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Kopie osobních údajů</h1>');
    expect(index).toContain('čl. 15 obecného nařízení');
    expect(index).toContain('<a href="dokumenty/smlouva.html">smlouva</a>');
    expect(index).toContain('<a href="data/contacts/2026-09-14-h8d2.json">');
    const modes = (p: string): string[] => readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [`${(statSync(join(p, e.name)).mode & 0o777).toString(8)} dir`, ...modes(join(p, e.name))] : [(statSync(join(p, e.name)).mode & 0o777).toString(8)]));
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
    expect(readdirSync(join(closed, 'dokumenty')).sort()).toEqual(['dodatek-1.html', 'protokol-o-ukonceni.html', 'smlouva.html', 'zapisy']);
  });
});

describe('the access log', () => {
  it('records render, show, due --names and export with time, worker, command and case id only, and the next write commits it', () => {
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
    const log = readFileSync(join(dir, 'access.log'), 'utf8').trim().split('\n').map((l) => l.split('\t').slice(1));
    expect(log).toEqual([
      ['svoboda', 'render contract', '2026-0001'],
      ['svoboda', 'show', '2026-0002'],
      ['svoboda', 'due --names', '2026-0001 2026-0003'],
      ['svoboda', 'export', '2026-0003'],
    ]);
    expect((statSync(join(dir, 'access.log')).mode & 0o777).toString(8)).toBe('600');
    // The next write takes it into its commit.
    expect(spisIn(team, dir, ['key-worker', '2026-0002', 'mala'], env).code).toBe(0);
    expect(gitIn(dir, ['show', '--name-only', '--format=', 'HEAD'], { HOME: team.home }).split('\n').sort()).toEqual(['access.log', 'clients/2026-0002/client.yaml']);
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
  });
});
