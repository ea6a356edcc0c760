// The caches (store/stamp-cache.ts, check/cases.ts) are accelerators, never a source of truth: across a
// sequence of edits of every kind, `due --json` with the cache equals `due --json --no-cache`
// (and list and report, which read the records, stay what they were), and the cache is shown to
// be used (SPIS_CACHE_STATS) where nothing changed.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run as runNow, runBin, scratch } from '../helpers/cli.js';
import { decodeCacheFile } from '../../src/store/stamp-check.js';
// @ts-expect-error plain JavaScript module without types
import { generate } from '../../bench/generate.js';

const { example, tmp } = scratch();
const CACHE = '.spis/cache/due.json';
const STAMPS = '.spis/cache/due-stamps.json';
const REPORT = '.spis/cache/report.json';
const REPORT_STAMPS = '.spis/cache/report-stamps.json';
const DROPPED = '.spis/cache/dropped';
/** A cache file's entries (a header line with their checksum, then the entries: stamp-check.ts). */
const cacheEntries = <T = unknown>(file: string): Record<string, T> => decodeCacheFile<T>(readFileSync(file))!.entries;
const stamped = (dir: string): string[] => Object.keys(cacheEntries(join(dir, STAMPS)));

/**
 * The clock the in-process runs read (Io.now): moved past the "racy" second instead of waiting
 * for it – files written just now are never cached, files written before the clock moved are.
 */
const clock = { ahead: 0 };
const run = (args: string[], opts: Parameters<typeof runNow>[1] = {}) =>
  runNow(args, { ...opts, now: () => Date.now() + clock.ahead });
const settle = async (): Promise<void> => {
  clock.ahead += 1100;
};
/** The built program runs with the real clock: past the racy second only by waiting. */
const waitPastRacy = () => new Promise((r) => setTimeout(r, 1100));

async function dueBoth(dir: string, extra: string[] = []): Promise<{ cached: string; fresh: string; stats: string }> {
  const a = await run(['due', '--json', ...extra, '-C', dir], { env: { SPIS_CACHE_STATS: '1' } });
  const b = await run(['due', '--json', '--no-cache', ...extra, '-C', dir]);
  expect(a.code).toBe(b.code);
  return { cached: a.stdout, fresh: b.stdout, stats: /due-cache: (\d+\/\d+)/.exec(a.stderr)?.[1] ?? '' };
}

/** report with and without its cache agree (the figures, and the problems named). */
async function reportBoth(dir: string): Promise<{ stats: string }> {
  const a = await run(['report', '--year', '2026', '--json', '-C', dir], { env: { SPIS_CACHE_STATS: '1' } });
  const b = await run(['report', '--year', '2026', '--json', '--no-cache', '-C', dir]);
  expect(a.code).toBe(b.code);
  expect(a.stdout).toBe(b.stdout);
  return { stats: /report-cache: (\d+\/\d+)/.exec(a.stderr)?.[1] ?? '' };
}

/** due and report with and without their caches agree; list is the same whichever ran before. Returns due's cache hits. */
async function same(dir: string): Promise<string> {
  const list = (await run(['list', '--json', '-C', dir])).stdout;
  await reportBoth(dir);
  const { cached, fresh, stats } = await dueBoth(dir);
  expect(cached).toBe(fresh);
  expect((await run(['list', '--json', '-C', dir])).stdout).toBe(list);
  await reportBoth(dir);
  return stats;
}

/** The cases the cache answered for – of a run that printed its statistics (no vacuous zero). */
const hits = (stats: string): number => {
  expect(stats).toMatch(/^\d+\/\d+$/);
  return Number(stats.split('/')[0]);
};

/** A copy of the example whose caches are built and answer for every case; and how many cases it has. */
async function warmExample(): Promise<{ dir: string; total: number }> {
  const dir = example();
  await settle();
  await same(dir);
  const total =
    readdirSync(join(dir, 'clients')).length +
    (existsSync(join(dir, 'archive')) ? readdirSync(join(dir, 'archive')).length : 0);
  expect(hits(await same(dir))).toBe(total);
  return { dir, total };
}

describe('spis due with its cache', () => {
  it('a generated repository through a sequence of edits: always the same answer as without the cache', async () => {
    const dir = join(tmp(), 'gen');
    generate(dir, 80, 7);
    const cases = readdirSync(join(dir, 'clients')).sort();
    const total = cases.length + readdirSync(join(dir, 'archive')).length;
    // Just written: racy, nothing cached yet.
    expect(hits(await same(dir))).toBe(0);
    await settle();
    await same(dir); // builds the cache
    expect(await same(dir)).toBe(`${total}/${total}`);

    // An active case whose newest contact plans a meeting: edited by hand in place.
    const active = cases.find((id) => {
      const c = readdirSync(join(dir, 'clients', id));
      return (
        !c.includes('termination.yaml') &&
        c.includes('contacts') &&
        /status: active/.test(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'))
      );
    })!;
    const contactsDir = join(dir, 'clients', active, 'contacts');
    const newest = join(contactsDir, readdirSync(contactsDir).sort().at(-1)!);
    const text = readFileSync(newest, 'utf8');
    writeFileSync(newest, text.replace(/^next_meeting: .*$/m, '').trimEnd() + '\nnext_meeting: 2026-10-01\n');
    // Within the same second: read again, not trusted to the cache.
    expect(hits(await same(dir))).toBe(total - 1);
    await settle();
    await same(dir);
    expect(hits(await same(dir))).toBe(total);

    // Touched without a change: read again (the stamps differ), same answer.
    const client = join(dir, 'clients', active, 'client.yaml');
    const t = statSync(client).mtime;
    utimesSync(client, t, new Date(t.getTime() + 5000));
    expect(hits(await same(dir))).toBe(total - 1);

    // The same size and the old mtime put back: the ctime still tells.
    const goals = join(dir, 'clients', active, 'goals.yaml');
    const g = readFileSync(goals, 'utf8');
    const old = statSync(goals);
    writeFileSync(
      goals,
      g.replace(
        /review: 2026-(\d\d)-(\d\d)/,
        (_m, mm: string, dd: string) => `review: 2026-${mm}-${dd === '01' ? '02' : '01'}`,
      ),
    );
    utimesSync(goals, old.atime, old.mtime);
    expect(statSync(goals).size).toBe(old.size);
    expect(hits(await same(dir))).toBeLessThan(total);

    // A contact added by hand (a new file in contacts/).
    await settle();
    await same(dir);
    writeFileSync(
      join(contactsDir, '2026-11-20-zz99.yaml'),
      `date: 2026-11-20\nform: telefon\ntype: konzultace\nworker: ${parse(text).worker}\nsummary: Doplněno ručně.\n`,
    );
    expect(hits(await same(dir))).toBe(total - 1);

    // A broken record is reported with the cache as without it, every time.
    writeFileSync(join(dir, 'clients', active, 'client.yaml'), 'status: [\n');
    const broken = await dueBoth(dir);
    expect(broken.cached).toBe(broken.fresh);
    const err = await run(['due', '-C', dir]);
    expect(err.code).toBe(1);
    expect(err.stderr).toContain(`clients/${active}/client.yaml`);
    expect((await run(['due', '-C', dir])).stderr).toContain(`clients/${active}/client.yaml`);
  }, 120_000);

  it('a second thread checks the stamps of a large cache (the built program): the same answer, every change caught', async () => {
    const dir = join(tmp(), 'gen-thread');
    generate(dir, 60, 11);
    const total = readdirSync(join(dir, 'clients')).length + readdirSync(join(dir, 'archive')).length;
    await waitPastRacy();
    // SPIS_CACHE_WORKER=1: a thread even for this small cache (by default from about 4,000 cases).
    const due = (extra: string[] = []) =>
      runBin(['due', '--json', ...extra, '-C', dir], { env: { SPIS_CACHE_WORKER: '1', SPIS_CACHE_STATS: '1' } });
    const plain = () => runBin(['due', '--json', '--no-cache', '-C', dir]).stdout;
    expect(due().code).toBe(0);
    const warm = due();
    expect(warm.stderr).toContain(`due-cache: ${total}/${total} (thread)`);
    expect(warm.stdout).toBe(plain());

    // Changes in cases early and late in the file's order – whichever thread checks them.
    // (Cases not closed: of a closed one due reads termination.yaml's presence only.)
    const cases = readdirSync(join(dir, 'clients'))
      .sort()
      .filter((id) => !existsSync(join(dir, 'clients', id, 'termination.yaml')));
    const touched = [cases[0]!, cases.at(-1)!, cases[Math.floor(cases.length / 2)]!];
    for (const id of touched) {
      const file = join(dir, 'clients', id, 'client.yaml');
      // a comment added by hand, and an active client closed: the report changes
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8').replace(/^status: active$/m, 'status: closed')}# upraveno ručně\n`,
      );
    }
    const afterEdit = due();
    expect(afterEdit.stdout).not.toBe(warm.stdout);
    expect(afterEdit.stdout).toBe(plain());
    expect(afterEdit.stderr).toContain(`due-cache: ${total - touched.length}/${total} (thread)`);
    // Without the thread the same.
    expect(runBin(['due', '--json', '-C', dir], { env: { SPIS_CACHE_WORKER: '0' } }).stdout).toBe(plain());
  }, 60_000);

  it('the writer drops the cases it changes through the drop log – whatever the stamps say – and removes a purged case from every cache', async () => {
    const { dir, total } = await warmExample();
    const log = () => readFileSync(join(dir, DROPPED), 'utf8');
    const files = () => [CACHE, STAMPS, REPORT, REPORT_STAMPS].map((f) => readFileSync(join(dir, f), 'utf8'));
    const before = files();
    const input = join(tmp(), 'contact.yaml');
    writeFileSync(
      input,
      'date: 2026-11-20\nform: telefon\ntype: konzultace\nworker: novakova\nsummary: Telefonát.\nnext_meeting: 2026-11-21\n',
    );
    expect((await run(['contact', 'add', '2026-0003', '--from', input, '-C', dir])).code).toBe(0);
    // One line appended, however large the caches: none of them rewritten.
    expect(log().trimEnd().split('\n').slice(1)).toEqual(['clients/2026-0003']);
    expect(files()).toEqual(before);
    expect(hits(await same(dir))).toBe(total - 1);
    await settle();
    await same(dir);
    expect(hits(await same(dir))).toBe(total);

    // A case named in the log is read again even where every stamp still holds.
    writeFileSync(join(dir, DROPPED), `${log()}clients/2026-0001\n`);
    expect(hits(await same(dir))).toBe(total - 1);
    // A log begun anew (another name), cut short, or gone: nothing of the caches is used.
    await settle();
    await same(dir);
    writeFileSync(join(dir, DROPPED), log().replace(/^spis-dropped \w+/, 'spis-dropped 0000'));
    expect(hits(await same(dir))).toBe(0);
    await settle();
    await same(dir);
    rmSync(join(dir, DROPPED));
    expect(hits(await same(dir))).toBe(0);

    // Past its size limit the writer begins the log anew: every case read again once, then cached.
    await settle();
    await same(dir);
    writeFileSync(join(dir, DROPPED), `${log()}${'clients/2099-0001\n'.repeat(60_000)}`);
    writeFileSync(input, 'date: 2026-11-21\nform: telefon\ntype: konzultace\nworker: novakova\nsummary: Telefonát.\n');
    expect((await run(['contact', 'add', '2026-0003', '--from', input, '-C', dir])).code).toBe(0);
    expect(statSync(join(dir, DROPPED)).size).toBeLessThan(100);
    expect(hits(await same(dir))).toBe(0);

    // Archived and purged: the entries of the folders gone leave every cache file.
    expect((await run(['archive', '2025-0012', '-C', dir])).code).toBe(0);
    for (const f of [CACHE, REPORT]) expect(Object.keys(cacheEntries(join(dir, f)))).not.toContain('clients/2025-0012');
    await settle();
    await same(dir);
    expect(stamped(dir)).toContain('archive/2025-0012');
    await run(['check', '-C', dir]);
    expect(readFileSync(join(dir, '.spis/cache/check.json'), 'utf8')).toContain('archive/2025-0012');
    const purge = await run(['purge', '2025-0012', '--yes', '-C', dir], { env: { SPIS_TODAY: '2040-01-01' } });
    expect(purge.code, purge.stderr).toBe(0);
    for (const f of [CACHE, STAMPS, REPORT, REPORT_STAMPS, '.spis/cache/check.json'])
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('2025-0012');
    await same(dir);
  });

  it('holds no name, birth date, address, phone or note text; owner only; never in git or an export', async () => {
    const dir = example();
    await settle();
    await same(dir);
    const cache = [CACHE, STAMPS, REPORT, REPORT_STAMPS].map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    expect(statSync(join(dir, '.spis/cache')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, CACHE)).mode & 0o777).toBe(0o600);
    for (const f of [STAMPS, REPORT, REPORT_STAMPS, DROPPED])
      expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    for (const id of readdirSync(join(dir, 'clients'))) {
      const c = parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'));
      for (const v of [
        c.name?.given,
        c.name?.family,
        c.birth_date,
        c.address,
        c.phone,
        c.email,
        c.request,
        c.note,
        c.district,
      ])
        if (v) expect(cache, `${id}: ${v}`).not.toContain(String(v));
      const contacts = join(dir, 'clients', id, 'contacts');
      if (existsSync(contacts))
        for (const f of readdirSync(contacts)) {
          const contact = parse(readFileSync(join(contacts, f), 'utf8'));
          expect(cache).not.toContain(contact.summary.slice(0, 20));
          // the report keeps whether a meeting was at the service or in the field, never the place written
          if (contact.place) expect(cache, `${id}: place`).not.toContain(contact.place);
        }
    }
    // .spis/ is ignored by the repository's .gitignore (spis init) and an export holds records only.
    const out = join(tmp(), 'export');
    expect((await run(['export', '2026-0001', '--out', out, '-C', dir])).code).toBe(0);
    expect(JSON.stringify(readdirSync(out, { recursive: true }))).not.toContain('cache');
  });

  it('--names reads the names from the records; cache: false in spis.yaml and a corrupt or foreign cache mean reading every record', async () => {
    const dir = example();
    await settle();
    await same(dir);
    const names = await run(['due', '--json', '--names', '-C', dir]);
    expect(names.stdout).toContain('Jana Dvořáková');
    expect(await dueBoth(dir, ['--names']).then((x) => x.cached === x.fresh)).toBe(true);

    // Facts and stamps of different generations (a run saved between the two files): nothing used.
    const stamps = readFileSync(join(dir, STAMPS), 'utf8');
    await settle();
    writeFileSync(
      join(dir, 'clients/2026-0001/client.yaml'),
      readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8') + '# ruční poznámka\n',
    );
    await settle();
    expect(hits((await dueBoth(dir)).stats)).toBeGreaterThan(0);
    writeFileSync(join(dir, STAMPS), stamps);
    const mixed = await dueBoth(dir);
    expect(mixed.cached).toBe(mixed.fresh);
    expect(hits(mixed.stats)).toBe(0);

    for (const file of [CACHE, STAMPS]) {
      await dueBoth(dir);
      writeFileSync(join(dir, file), '{"format":3,"tool":"0.0.0-other","entries":{}}');
      const foreign = await dueBoth(dir);
      expect(foreign.cached).toBe(foreign.fresh);
      expect(hits(foreign.stats)).toBe(0);
      writeFileSync(join(dir, file), '{ not json');
      const corrupt = await dueBoth(dir);
      expect(corrupt.cached).toBe(corrupt.fresh);
      expect(hits(corrupt.stats)).toBe(0);
    }

    const other = example();
    writeFileSync(join(other, 'spis.yaml'), readFileSync(join(other, 'spis.yaml'), 'utf8') + 'cache: false\n');
    mkdirSync(join(other, '.spis'), { recursive: true });
    await settle();
    const off = await run(['due', '--json', '-C', other], { env: { SPIS_CACHE_STATS: '1' } });
    expect(off.stderr).toBe('');
    expect(existsSync(join(other, CACHE))).toBe(false);
    const offReport = await run(['report', '--year', '2026', '--json', '-C', other], {
      env: { SPIS_CACHE_STATS: '1' },
    });
    expect(offReport.stderr).toBe('');
    expect(existsSync(join(other, REPORT))).toBe(false);
  });

  it("due: deadlines made under other rules are not used (the cache keeps each case's deadlines, which the provider's rules set)", async () => {
    const { dir, total } = await warmExample();
    const before = (await run(['due', '--json', '-C', dir])).stdout;
    const config = join(dir, 'spis.yaml');
    const text = readFileSync(config, 'utf8');
    expect(text).toMatch(/^ {2}max_contact_gap: 3m$/m);
    writeFileSync(config, text.replace(/^ {2}max_contact_gap: 3m$/m, '  max_contact_gap: 10d'));
    const { cached, fresh, stats } = await dueBoth(dir);
    expect(stats).toBe(`0/${total}`);
    expect(cached).toBe(fresh);
    expect(cached).not.toBe(before);
  });

  it("report: facts made for another service place are not used (a meeting's setting depends on it)", async () => {
    const { dir, total } = await warmExample();
    expect((await reportBoth(dir)).stats).toBe(`${total}/${total}`);
    const config = join(dir, 'spis.yaml');
    const text = readFileSync(config, 'utf8');
    expect(text).toMatch(/^ {4}place: .+$/m);
    writeFileSync(config, text.replace(/^ {4}place: .+$/m, '    place: Terénní pracoviště, Nová 1'));
    const moved = await reportBoth(dir);
    expect(moved.stats).toBe(`0/${total}`);
  });
});

describe('spis check and the cases it found clean', () => {
  const check = async (dir: string, env: Record<string, string> = {}, extra: string[] = []) => {
    const r = await run(['check', '--json', ...extra, '-C', dir], { env: { SPIS_CACHE_STATS: '1', ...env } });
    return { code: r.code, problems: r.stdout, skipped: /check-cache: (\d+)\/(\d+)/.exec(r.stderr)?.[1] };
  };

  it('reads every record each time; skips parsing and rules only for a case byte for byte as at its last clean check', async () => {
    const dir = example();
    const first = await check(dir);
    expect(first.code).toBe(0);
    expect(first.skipped).toBe('0');
    const total = readdirSync(join(dir, 'clients')).length;
    expect((await check(dir)).skipped).toBe(String(total));

    // A byte changed, the size and the mtime put back: the content tells.
    const goals = join(dir, 'clients/2026-0002/goals.yaml');
    const old = statSync(goals);
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('review: 2026-12-07', 'review: 2026-12-37'));
    utimesSync(goals, old.atime, old.mtime);
    expect(statSync(goals).size).toBe(old.size);
    const broken = await check(dir);
    expect(broken.code).toBe(1);
    expect(broken.problems).toContain('clients/2026-0002/goals.yaml');
    expect(broken.skipped).toBe(String(total - 1));
    // The same answer as without the cache, problems and order.
    const plain = await run(['check', '--json', '--no-cache', '-C', dir]);
    expect(broken.problems).toBe(plain.stdout);
  });

  it('a case that changed is parsed from the bytes its fingerprint read: read once, and the fingerprint kept is of what was checked', async () => {
    const { caseFingerprint } = await import('../../src/check/cases.js');
    const { loadCase } = await import('../../src/store/case-store.js');
    const dir = example();
    const print = caseFingerprint(dir, 'clients/2026-0002')!;
    expect([...print.bytes.keys()]).toContain('clients/2026-0002/goals.yaml');
    // Changed on disk after the fingerprint was taken: the check sees the fingerprint's bytes.
    writeFileSync(join(dir, 'clients/2026-0002/goals.yaml'), 'partial_goals: [\n');
    expect(loadCase({ root: dir }, '2026-0002', 'clients').problems.length).toBeGreaterThan(0);
    expect(loadCase({ root: dir, preread: print.bytes }, '2026-0002', 'clients').problems).toEqual([]);
    // …and the next check, reading the file as it is now, reports it.
    const r = await run(['check', '--json', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('clients/2026-0002/goals.yaml');
  });

  it('another spis.yaml, or an earlier day, checks every case again', async () => {
    const dir = example();
    await check(dir);
    // A worker removed from spis.yaml: the cases naming him are wrong now, their bytes unchanged.
    const config = join(dir, 'spis.yaml');
    const text = readFileSync(config, 'utf8');
    const parsed = parse(text);
    const gone = parsed.workers.find((w: { id: string }) => w.id === 'svoboda');
    expect(gone).toBeDefined();
    writeFileSync(config, text.replace(/\n {2}- id: svoboda\n( {4}.*\n)*/, '\n'));
    const r = await check(dir);
    expect(r.skipped).toBe('0');
    expect(r.code).toBe(1);
    expect(r.problems).toContain('svoboda');
    writeFileSync(config, text);
    await check(dir);
    // Clean on 22 Nov: on 1 Feb of the same year, dates in the records lie in the future.
    const earlier = await check(dir, { SPIS_TODAY: '2026-02-01' });
    expect(earlier.skipped).toBe('0');
    expect(earlier.problems).toContain('date-future');
  });
});

describe('checking the stamps, warm and cold, one thread or two', () => {
  it('one lstat after another or many at a time, alone or sharing the chunks: the same cases found changed, each checked once', async () => {
    const { staleCases, localClaim, sharedClaim } = await import('../../src/store/stamp-check.js');
    const dir = join(tmp(), 'gen-stamps');
    generate(dir, 300, 5);
    await settle();
    await run(['due', '--json', '-C', dir]);
    const file = { entries: cacheEntries<(string | number)[]>(join(dir, STAMPS)) };
    const keys = Object.keys(file.entries);
    expect(keys.length).toBeGreaterThan(4 * 64); // several chunks
    // Changed by hand: two folders touched, a record of the last case edited.
    const changed = [keys[0]!, keys[130]!, keys.at(-1)!];
    for (const key of changed.slice(0, 2)) utimesSync(join(dir, key), new Date(), new Date(Date.now() + 3000));
    const last = file.entries[changed[2]!]!;
    const lastFile = last.length > 5 ? join(dir, changed[2]!, String(last[5])) : join(dir, changed[2]!);
    writeFileSync(lastFile, `${readFileSync(lastFile, 'utf8')}\n`);
    const sorted = (xs: string[]) => [...xs].sort();
    expect(sorted(await staleCases(dir, file.entries, keys, localClaim()))).toEqual(sorted(changed));
    expect(sorted(await staleCases(dir, file.entries, keys, localClaim(), { cold: true }))).toEqual(sorted(changed));
    const counter = new SharedArrayBuffer(4);
    const [a, b] = await Promise.all([
      staleCases(dir, file.entries, keys, sharedClaim(counter), { cold: true }),
      staleCases(dir, file.entries, keys, sharedClaim(counter)),
    ]);
    expect(sorted([...a, ...b])).toEqual(sorted(changed));
    // Stamps that are not stamps: the case is read again, never trusted.
    expect(await staleCases(dir, { [keys[1]!]: ['.', 1, 2] }, [keys[1]!], localClaim())).toEqual([keys[1]]);
  }, 60_000);
});
