// The one reader of many cases (issue 25): `spis due`, `report`, `check` and `list` say what they
// read of a case and what of it may be kept; this module lists the cases, keeps the cache's
// protocol – open it, check its stamps and the drop log (stamp-cache.ts), project each kept entry
// to the consumer's shape, keep what was read anew, forget the cases gone, save – and spreads
// the reading over the one thread pool (threads.ts). No consumer repeats any of it.
//
// Two kinds of cache, one protocol:
// - stamped (due, report): an entry is used while the case is provably unchanged, told before
//   reading it (a job with `hit`); what was read anew is kept with the trace the reading took;
// - fingerprinted (check): the last run's entry goes with the job (`known`) and the reading
//   itself tells whether it still holds (the bytes' fingerprint); each outcome's `keep` is saved.
import type { Problem } from '../problems.js';
import { caseDirRel, scanCases, type CaseLocation } from './case-store.js';
import type { CacheName, StampedCache } from './stamp-check.js';
import type { ThreadTask } from './threads.js';
import type { Trace } from './trace.js';

/** What the reading of one case is asked to do. */
export interface CaseJob {
  id: string;
  location: CaseLocation;
  /** The case folder ("clients/2026-0001"), the cache's key. */
  key: string;
  /** The stamped cache answered for this case: read only what is never kept. */
  hit: boolean;
  /** A cache is open: take what it needs – a trace of what was read, a fingerprint. */
  cached: boolean;
  /** The fingerprinted cache's entry of the last run, if any. */
  known?: unknown;
}

/** What the reading of one case gives back: its problems, and what the cache may keep of it. */
export interface CaseOutcome {
  problems: Problem[];
  /** Stamped: the stamps of what was read (a job with `cached`). */
  trace?: Trace;
  /** What to keep of the case: with a trace and no problem (stamped), or as it is (fingerprinted). */
  keep?: unknown;
}

export type CacheSpec =
  | { kind: 'stamped'; name: StampedCache; depends: string }
  | { kind: 'fingerprinted'; name: CacheName; context: string };

export interface ReadCasesSpec<P, O extends CaseOutcome, D extends Record<string, unknown>> {
  locations: CaseLocation[];
  /** The cache, or none (--no-cache, `cache: false` in spis.yaml). */
  cache?: CacheSpec;
  /** A stamped entry in the consumer's shape, or undefined: not of the shape this tool wrote – read afresh. */
  project?: (value: unknown, job: Pick<CaseJob, 'id' | 'location' | 'key'>) => P | undefined;
  /** The reading of a share of the cases, as each job says; `data` and `started` (when reading began) as given. */
  read: (data: D & { jobs: CaseJob[]; started: number }) => O[];
  /** The same reading exported by a module, for the thread pool; without it one thread reads all. */
  thread?: ThreadTask;
  data: D;
  env: NodeJS.ProcessEnv;
  /** The clock (tests pass theirs). */
  now?: () => number;
}

export interface CaseRead<P, O> {
  id: string;
  location: CaseLocation;
  key: string;
  /** The stamped cache's entry, projected. */
  cached?: P;
  outcome: O;
}

export interface CasesRead<P, O> {
  cases: CaseRead<P, O>[];
  /** What the listing found beside the case folders (symbolic links, stray entries). */
  problems: Problem[];
  /** How many cases the cache answered for, of how many, and whether a thread checked its stamps (SPIS_CACHE_STATS). */
  stats?: { hits: number; cases: number; thread: boolean };
}

/** Reads every case of the locations, from the cache where it holds. */
export async function readCases<P, O extends CaseOutcome, D extends Record<string, unknown>>(
  root: string,
  spec: ReadCasesSpec<P, O, D>,
): Promise<CasesRead<P, O>> {
  const now = spec.now ?? Date.now;
  const c = spec.cache;
  // The caches and the threads are loaded only by a reading that uses them (spis list uses neither).
  const caches = c ? await import('./stamp-cache.js') : undefined;
  // The stamps are checked (in a second thread for a large cache) while the cases are listed.
  const stamped = c?.kind === 'stamped' ? caches?.StampCache.open(root, c.name, spec.env, c.depends) : undefined;
  const known = c?.kind === 'fingerprinted' ? caches?.readCache<unknown>(root, c.name, c.context) : undefined;
  const scan = scanCases({ root }, spec.locations);
  await stamped?.validate();
  const cached: (P | undefined)[] = [];
  const jobs: CaseJob[] = scan.cases.map(({ id, location }) => {
    const key = caseDirRel(id, location);
    const entry = stamped?.get(key);
    const value = entry && spec.project ? spec.project(entry.value, { id, location, key }) : undefined;
    cached.push(value);
    return {
      id,
      location,
      key,
      hit: value !== undefined,
      cached: c !== undefined,
      ...(known && Object.hasOwn(known, key) ? { known: known[key] } : {}),
    };
  });
  // When reading began, for the "racy" rule of every case's trace (one moment: the earliest, the safest).
  const started = now();
  const data = { ...spec.data, started };
  const outcomes = spec.thread
    ? await (await import('./threads.js')).acrossThreads(jobs, spec.env, spec.thread, data, spec.read)
    : spec.read({ ...data, jobs });
  const cases = jobs.map((job, i) => ({
    id: job.id,
    location: job.location,
    key: job.key,
    ...(cached[i] !== undefined ? { cached: cached[i] } : {}),
    outcome: outcomes[i],
  }));
  if (stamped) {
    for (const { outcome } of cases)
      if (outcome.trace && 'keep' in outcome && outcome.problems.length === 0) stamped.put(outcome.trace, outcome.keep);
    // Cases gone (purged) or moved leave the cache – of the locations listed; the others were not looked at.
    stamped.keepOnly(
      new Set(jobs.map((j) => j.key)),
      spec.locations.map((l) => `${l}/`),
    );
    stamped.save();
  }
  if (c?.kind === 'fingerprinted') {
    const next: Record<string, unknown> = {};
    for (const { key, outcome } of cases) if (outcome.keep !== undefined) next[key] = outcome.keep;
    caches?.writeCache(root, c.name, next, c.context);
  }
  const hits = jobs.filter((j) => j.hit).length;
  return {
    cases,
    problems: scan.problems,
    ...(stamped ? { stats: { hits, cases: jobs.length, thread: stamped.thread } } : {}),
  };
}
