// A cache that doubts: a cache file edited by hand fails its checksum and is no cache; an entry
// not of its shape is read afresh; what a row shows reaches the terminal without control
// characters; names are kept NFC, so one person typed on two systems is one person.
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runBin, scratch } from '../helpers/cli.js';
import { decodeCacheFile, encodeCacheFile } from '../../src/store/stamp-check.js';

const { example } = scratch();

/** The example with a warm due cache (a second after the copy, so that no record is too fresh to cache). */
function warm(): { dir: string; cache: string; fresh: string } {
  const dir = example();
  spawnSync('sleep', ['1.1']);
  const first = runBin(['due', '--json', '-C', dir]);
  expect(first.code, first.stderr).toBe(0);
  const stats = runBin(['due', '--json', '-C', dir], { env: { SPIS_CACHE_STATS: '1' } });
  expect(stats.stderr).toMatch(/due-cache: [1-9]\d*\//);
  return {
    dir,
    cache: join(dir, '.spis/cache/due.json'),
    fresh: runBin(['due', '--json', '--no-cache', '-C', dir]).stdout,
  };
}

describe('a cache that doubts', () => {
  it('a cache file edited by hand (well-formed JSON, a goal changed) fails its sum: due answers as without a cache', () => {
    const { dir, cache, fresh } = warm();
    const text = readFileSync(cache, 'utf8');
    expect(text).toContain('"c2"');
    writeFileSync(cache, text.replace('"c2"', '"c9"'));
    const r = runBin(['due', '--json', '-C', dir], { env: { SPIS_CACHE_STATS: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fresh);
    expect(r.stdout).not.toContain('c9');
    expect(r.stderr).toMatch(/due-cache: 0\//);
  });

  it('an entry of the wrong shape under a sum that holds: read afresh, no internal error', () => {
    const { dir, cache, fresh } = warm();
    const file = decodeCacheFile<unknown>(readFileSync(cache))!;
    expect(file).toBeDefined();
    file.entries['clients/2026-0001'] = { id: '2026-0001', client: 7, deadlines: [[1, 2, 3]], planned: {} };
    writeFileSync(cache, encodeCacheFile(file));
    const r = runBin(['due', '--json', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fresh);
  });

  it('a control character in a record never reaches the terminal through due', () => {
    const dir = example();
    // 2026-0005 as an anonymous applicant still open (its one-off termination taken away).
    rmSync(join(dir, 'clients/2026-0005/termination.yaml'));
    // A planned meeting of hers, so that due lists the case.
    const c = join(dir, 'clients/2026-0005/contacts/2026-06-12-y8c1.yaml');
    writeFileSync(c, `${readFileSync(c, 'utf8')}next_meeting: 2026-11-20\n`);
    const p = join(dir, 'clients/2026-0005/client.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8')
        .replace(/status: closed/, 'status: applicant')
        .replace(/pseudonym: .*/, 'pseudonym: "Klient\\e[2J\\rA\\u202e"'),
    );
    const r = runBin(['due', '-C', dir]);
    expect(r.stdout).toContain('2026-0005');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
});

describe('names are NFC', () => {
  it('a name typed in NFD is stored NFC, gets its own initials and is matched with the same person', () => {
    const dir = example();
    const nfc =
      'name: {given: Čeněk, family: Šťastný}\nsex: male\nbirth_date: 1961-05-04\ntarget_group: rodiny_s_detmi\n';
    const a = runBin(['client', 'new', '--from', '-', '-C', dir], { stdin: nfc });
    expect(a.code, a.stderr).toBe(0);
    const b = runBin(['client', 'new', '--from', '-', '-C', dir], { stdin: nfc.normalize('NFD') });
    expect(b.code, b.stderr).toBe(0);
    const second = readFileSync(join(dir, 'clients', b.stdout.trim(), 'client.yaml'), 'utf8');
    expect(second).toContain('Šťastný'.normalize('NFC'));
    expect(second).not.toContain('Šťastný'.normalize('NFD'));
    // The same person: the second case names the first as the person.
    expect(parse(second).person).toBe(a.stdout.trim());
    const list = runBin(['due', '--json', '--no-cache', '-C', dir]).stdout;
    const rows = JSON.parse(list) as { case_id: string; client: string }[];
    expect(rows.find((r) => r.case_id === b.stdout.trim())?.client).toBe('Č. Š.');
  });
});
