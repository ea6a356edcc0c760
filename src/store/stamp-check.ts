// The caches' files and the check of the due cache's stamps against the file system – the part
// that decides how fast the morning `spis due` is. Node built-ins only, so that a thread of the
// pool (threads.ts: checkStampsShare) can run it while the main thread reads the cached facts: the
// stamps of a large cache are checked there, on the second core (store/stamp-cache.ts says what is
// kept and why).
import { createHash } from 'node:crypto';
import { lstat, lstatSync, readFileSync, type Stats } from 'node:fs';
import { readRegularFile } from './plain-file.js';
import { join } from 'node:path';
import { STATE_DIR } from './atomic.js';
import { STAMP_WIDTH, type Stamps } from './trace.js';

export const CACHE_DIR = `${STATE_DIR}/cache`;
/** Bumped whenever what an entry holds or means changes. */
export const CACHE_FORMAT = 4;
export const TOOL_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The caches kept by stamps: each its facts and their stamps, in two files of one generation. */
export type StampedCache = 'due' | 'report';
/** The caches: due and report facts and their stamps, and the cases `spis check` found clean. */
export const CACHE_FILES = ['due.json', 'due-stamps.json', 'report.json', 'report-stamps.json', 'check.json'] as const;
export type CacheName = (typeof CACHE_FILES)[number];

export interface CacheFile<T = unknown> {
  format: number;
  tool: string;
  /** What else the entries depend on (check: spis.yaml; due: the generation shared by its two files): with another value, no entry holds. */
  context?: string;
  /** Where the drop log stood (its id, and its length in bytes) when the entries were made: only the cases dropped after that count (stamp-cache.ts). */
  dropped?: { id: string; size: number };
  entries: Record<string, T>;
}

/** The largest cache file read (report.json at 10,000 clients is about 30 MB): a larger one is no cache. */
export const STATE_FILE_MAX = 256 * 1024 * 1024;

/**
 * The bytes of a file of the tool's own state, or undefined when it is not there, is not a
 * regular file (a FIFO, a device, a link – never followed, never waited on) or is larger than
 * `max`: such a file means "no cache", the records are read instead.
 */
export function readStateFile(path: string, max = STATE_FILE_MAX): Buffer | undefined {
  try {
    const r = readRegularFile(path, max, true);
    return 'bytes' in r ? r.bytes : undefined;
  } catch {
    return undefined;
  }
}

/** A cache file of this format and tool version, or undefined (none, unreadable, another version). */
export function readCacheFile<T>(root: string, name: CacheName): CacheFile<T> | undefined {
  try {
    const bytes = readStateFile(join(root, CACHE_DIR, name));
    return bytes ? decodeCacheFile<T>(bytes) : undefined;
  } catch {
    return undefined; // none yet, or unreadable
  }
}

/**
 * A cache file as written: a header line (format, tool, context, where the drop log stood, and
 * the SHA-256 of the entries) and the entries on the second line. A file edited by hand, cut
 * short or mixed from two writes fails the sum and is no cache at all.
 */
export function encodeCacheFile(file: CacheFile): string {
  const { entries, ...header } = file;
  const body = JSON.stringify(entries);
  return `${JSON.stringify({ ...header, sum: createHash('sha256').update(body).digest('hex') })}\n${body}`;
}

/** The cache file, or undefined for any doubt: another format or tool, a sum that fails, entries that are no object. */
export function decodeCacheFile<T>(bytes: Buffer): CacheFile<T> | undefined {
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return undefined;
  const header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Omit<CacheFile<T>, 'entries'> & {
    sum?: unknown;
  };
  if (!header || header.format !== CACHE_FORMAT || header.tool !== TOOL_VERSION || typeof header.sum !== 'string')
    return undefined;
  const body = bytes.subarray(nl + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.sum) return undefined;
  const entries = JSON.parse(body.toString('utf8')) as unknown;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return undefined;
  const { sum: _sum, ...rest } = header;
  return { ...rest, entries: entries as Record<string, T> };
}

/** Cases are checked in chunks of this many, claimed from a counter two threads may share. */
export const CHUNK = 64;

/** Claims the next chunk: the index of its first case (past the end when all are claimed). */
export type Claim = () => number;

/** A counter for one thread alone. */
export function localClaim(): Claim {
  let next = 0;
  return () => ((next += CHUNK), next - CHUNK);
}

/**
 * A counter two threads share (a worker claims from the same buffer): each chunk is checked
 * by whichever thread comes for it first, so both work until the last is taken.
 */
export function sharedClaim(buffer: SharedArrayBuffer): Claim {
  const counter = new Int32Array(buffer);
  return () => Atomics.add(counter, 0, CHUNK);
}

/**
 * Of the cases in the chunks this thread claims (`keys`, in the stamps file's order), those
 * whose stamps no longer all hold – or are not usable stamps at all.
 * Warm (metadata in memory) one lstat after another is fastest; cold (the page cache emptied
 * overnight) each lstat waits for the disk, so once they turn out to wait the rest are asked
 * many at a time, which the disk serves in parallel.
 */
export async function staleCases(
  root: string,
  stamps: Record<string, Stamps>,
  keys: readonly string[],
  claim: Claim,
  opts: { cold?: boolean } = {},
): Promise<string[]> {
  const stale: string[] = [];
  // Plain concatenation: path.join's normalising costs more than the lstat's own work here.
  const base = `${root}/`;
  const path = (key: string, name: string | number | undefined): string =>
    name === '.' ? base + key : `${base}${key}/${String(name)}`;
  const holds = (s: Stamps, i: number, st: Stats | undefined): boolean =>
    !!st &&
    st.mtimeMs === s[i + 2] &&
    st.ctimeMs - st.mtimeMs === s[i + 3] &&
    st.size === s[i + 1] &&
    st.ino === s[i + 4];
  const usable = (s: Stamps | undefined): s is Stamps =>
    Array.isArray(s) && s.length > 0 && s.length % STAMP_WIDTH === 0;
  // Cold is told from warm by how many lstats wait: warm ones take 3–8 µs, one that reads the
  // disk a hundred or more. Counted one by one, so a pause for garbage collection (one slow
  // lstat) does not look like a cold disk; more than half of 64 slow ones do.
  let count = 0;
  let waited = 0;
  let cold = opts.cold === true;
  let from = claim();
  for (; from < keys.length && !cold; from = claim()) {
    for (const key of keys.slice(from, from + CHUNK)) {
      const s = stamps[key];
      if (!usable(s)) {
        stale.push(key);
        continue;
      }
      for (let i = 0; i < s.length; i += STAMP_WIDTH) {
        const t = performance.now();
        const st = lstatSync(path(key, s[i]), { throwIfNoEntry: false });
        if (performance.now() - t > 0.04) waited++;
        if (++count === 64) {
          cold = waited > 32;
          count = waited = 0;
        }
        if (!holds(s, i, st)) {
          stale.push(key);
          break;
        }
      }
    }
  }
  if (from >= keys.length) return stale;
  // Cold (or told so – the tests): the lstats of the chunks claimed from now on, 64 at a time.
  await new Promise<void>((resolve) => {
    const waiting: { key: string; s: Stamps; i: number }[] = [];
    const bad = new Set<string>();
    let open = 0;
    let done = false;
    const refill = (): boolean => {
      if (from >= keys.length) return false;
      for (const key of keys.slice(from, from + CHUNK)) {
        const s = stamps[key];
        if (!usable(s)) bad.add(key);
        else for (let i = 0; i < s.length; i += STAMP_WIDTH) waiting.push({ key, s, i });
      }
      from = claim();
      return true;
    };
    const pump = (): void => {
      while (open < 64 && (waiting.length > 0 || refill())) {
        const w = waiting.pop();
        if (!w) continue;
        open++;
        lstat(path(w.key, w.s[w.i]), (err, st) => {
          open--;
          if (err || !holds(w.s, w.i, st)) bad.add(w.key);
          pump();
        });
      }
      if (!done && open === 0 && waiting.length === 0 && from >= keys.length) {
        done = true;
        stale.push(...bad);
        resolve();
      }
    };
    pump();
  });
  return stale;
}

/** What one thread's check of the stamps file found: the file's generation and its stale cases. */
export interface StampCheck {
  context?: string;
  stale: string[];
}

/** Reads a cache's stamps file and checks the chunks this thread claims. */
export async function checkStampsFile(
  root: string,
  cache: StampedCache,
  claim: Claim,
): Promise<StampCheck & { stamps?: Record<string, Stamps>; keys: string[] }> {
  const file = readCacheFile<Stamps>(root, `${cache}-stamps.json`);
  if (!file || typeof file.context !== 'string') return { stale: [], keys: [] };
  const keys = Object.keys(file.entries);
  return {
    context: file.context,
    stamps: file.entries,
    keys,
    stale: await staleCases(root, file.entries, keys, claim),
  };
}

/**
 * What a thread of `spis due` and `spis report` does (threads.ts): checks the stamps of their cache –
 * the chunks it claims from the counter it shares with the main thread, which joins in once it has
 * read the cached facts – and answers with the generation it read and the cases found changed.
 */
export async function checkStampsShare(data: {
  root: string;
  cache: StampedCache;
  counter: SharedArrayBuffer;
}): Promise<StampCheck> {
  const { context, stale } = await checkStampsFile(data.root, data.cache, sharedClaim(data.counter));
  return { ...(context !== undefined ? { context } : {}), stale };
}
