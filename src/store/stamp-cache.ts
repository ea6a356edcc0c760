// Caches per case, so that the morning cron run need not read the records of every case again:
// what `spis due` reads from each case (due.json), and which cases `spis check` found clean
// (check.json). An accelerator, never a source of truth:
// - a due entry is used only while the case is provably as it was when it was read, like git's
//   index: the size, mtime, ctime (to a fraction of a microsecond) and inode of the case folder,
//   of its contacts/ (a folder's times change with every file added, removed or renamed in it)
//   and of every record the reader opened are unchanged – one lstat each, taken before the
//   folder was listed or the file read;
// - an entry is never written for a file changed within a second of being read (git's "racy"
//   rule: a change in the same second could leave every stamp the same), nor for a case with a
//   problem (it is read, and reported, every time);
// - any doubt – another format or tool version, a file that does not parse, a failed write –
//   means an empty cache and the records read as without it;
// - the one writer drops the entries of the cases it changes (store/writer.ts); a hand edit is
//   caught by the stamps.
// due.json holds no more than the due report shows: dates, goal ids, worker ids, and of the
// client the status, key workers and initials (DueFacts' types allow nothing else); check.json
// holds, per clean case, a fingerprint of its bytes and the day of the check (check/cases.ts). They live in .spis/cache/ (owner only), which
// git never sees and exports never copy; purge drops the case's entries with its other writes.
import { lstat, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { STATE_DIR, tempName } from './atomic.js';

export const CACHE_DIR = `${STATE_DIR}/cache`;
/** The caches: of due facts, and of the cases `spis check` found clean. */
export const CACHE_FILES = ['due.json', 'check.json'] as const;
export type CacheName = (typeof CACHE_FILES)[number];
/** Bumped whenever what an entry holds or means changes. */
const FORMAT = 1;
const TOOL = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * A folder or record as it was when read: [path within the case folder, size, mtime (ms with
 * the sub-millisecond part the file system gives), ctime less mtime, inode].
 */
export type Stamp = [string, number, number, number, number];

/** What a reader saw of one case: a stamp of each folder and record, taken before it was read. */
export interface Trace {
  /** The case folder ("clients/2026-0001"): stamps are relative to it. */
  key: string;
  stamps: Stamp[];
  /** A file changed within a second of being read: this trace is not kept. */
  racy: boolean;
  /** When reading began (ms since the epoch). */
  started: number;
}

export interface Entry {
  stamps?: Stamp[];
  value: unknown;
}

export interface CacheFile {
  format: number;
  tool: string;
  /** What else the entries depend on (check: spis.yaml): another value, no entry holds. */
  context?: string;
  entries: Record<string, Entry>;
}

export function newTrace(key: string): Trace {
  return { key, stamps: [], racy: false, started: Date.now() };
}

const SECOND = 1000;

/** Stamps a folder or record (path relative to the repository) before it is listed or read; a missing one is no stamp (its folder's stamp covers it). */
export function stampFile(root: string, rel: string, trace: Trace): void {
  const st = lstatSync(join(root, rel), { throwIfNoEntry: false });
  if (!st) return;
  if (st.mtimeMs >= trace.started - SECOND || st.ctimeMs >= trace.started - SECOND) trace.racy = true;
  const inCase = rel === trace.key ? '.' : rel.startsWith(`${trace.key}/`) ? rel.slice(trace.key.length + 1) : rel;
  // ctime as its distance from mtime (mostly 0): a smaller file to read each morning
  trace.stamps.push([inCase, st.size, st.mtimeMs, st.ctimeMs - st.mtimeMs, st.ino]);
}

export class StampCache {
  private entries: Record<string, Entry>;
  private readonly fresh = new Set<string>();
  private changed = false;

  private constructor(
    private readonly root: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** The due cache of the repository (due.json); empty when there is none or it is in any doubt. */
  static open(root: string): StampCache {
    return new StampCache(root, readCache(root, 'due.json'));
  }

  /**
   * Checks the stamps of the given cases' entries and keeps those whose every stamp holds.
   * Warm (metadata in memory) one lstat after another is fastest; cold (the page cache emptied
   * overnight) each lstat waits for the disk, so once they turn out slow the rest are asked
   * many at a time, which the disk serves in parallel.
   */
  async validate(keys: readonly string[]): Promise<void> {
    const stale = new Set<string>();
    // Plain concatenation: path.join's normalising costs more than the lstat's own work here.
    const base = `${this.root}/`;
    const path = (key: string, stamp: Stamp): string => (stamp[0] === '.' ? base + key : `${base}${key}/${stamp[0]}`);
    const holds = (stamp: Stamp, st: Stats | undefined): boolean => !!st && st.mtimeMs === stamp[2] && st.ctimeMs - st.mtimeMs === stamp[3] && st.size === stamp[1] && st.ino === stamp[4];
    const stampsOf = (key: string): Stamp[] | undefined => {
      const e = this.entries[key];
      return e && Array.isArray(e.stamps) && e.stamps.length > 0 ? e.stamps : undefined;
    };
    let k = 0;
    let slow = 0;
    let count = 0;
    let started = performance.now();
    for (; k < keys.length && slow < 2; k++) {
      const key = keys[k]!;
      const stamps = stampsOf(key);
      if (!stamps) {
        stale.add(key);
        continue;
      }
      for (const stamp of stamps) {
        if (!holds(stamp, lstatSync(path(key, stamp), { throwIfNoEntry: false }))) {
          stale.add(key);
          break;
        }
      }
      count += stamps.length;
      if (count >= 512) {
        // Two batches in a row slower than 15 µs an lstat (warm ones take 3–5 µs; a pause for
        // garbage collection slows one batch): the disk is being read, ask the rest in parallel.
        slow = (performance.now() - started) / count > 0.015 ? slow + 1 : 0;
        count = 0;
        started = performance.now();
      }
    }
    if (k < keys.length) {
      const rest: { key: string; stamp: Stamp }[] = [];
      for (const key of keys.slice(k)) {
        const stamps = stampsOf(key);
        if (!stamps) stale.add(key);
        else for (const stamp of stamps) rest.push({ key, stamp });
      }
      await new Promise<void>((resolve) => {
        let next = 0;
        let open = 0;
        const pump = (): void => {
          if (next >= rest.length && open === 0) return resolve();
          while (open < 64 && next < rest.length) {
            const w = rest[next++]!;
            open++;
            lstat(path(w.key, w.stamp), (err, st) => {
              open--;
              if (err || !holds(w.stamp, st)) stale.add(w.key);
              pump();
            });
          }
        };
        pump();
      });
    }
    for (const key of keys) if (!stale.has(key)) this.fresh.add(key);
    for (const key of stale) this.drop(key);
  }

  /** What was read of a case (key: its folder, "clients/2026-0001"), if validate() found it unchanged. */
  get(key: string): { value: unknown } | undefined {
    return this.fresh.has(key) ? { value: this.entries[key]!.value } : undefined;
  }

  /** Keeps what was read of a case, unless the trace is racy. */
  put(trace: Trace, value: unknown): void {
    if (trace.racy || !trace.stamps.some((st) => st[0] === '.')) {
      this.drop(trace.key);
      return;
    }
    this.entries[trace.key] = { stamps: trace.stamps, value };
    this.changed = true;
  }

  /** Forgets the cases that are gone (purged, moved) so the file does not grow without end. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const k of Object.keys(this.entries)) if (!keys.has(k)) this.drop(k);
  }

  private drop(key: string): undefined {
    this.fresh.delete(key);
    if (key in this.entries) {
      delete this.entries[key];
      this.changed = true;
    }
    return undefined;
  }

  /** Writes the cache when it changed; a failure only costs speed next time. */
  save(): void {
    if (this.changed) writeCache(this.root, 'due.json', this.entries, undefined);
  }
}

/**
 * A cache's entries, when the file is of this format and tool version and was made in the same
 * context; else none (the file is rewritten at the next save).
 */
export function readCache(root: string, name: CacheName, context?: string): Record<string, Entry> {
  try {
    const data = JSON.parse(readFileSync(join(root, CACHE_DIR, name), 'utf8')) as CacheFile;
    if (data && data.format === FORMAT && data.tool === TOOL && data.context === context && data.entries && typeof data.entries === 'object') return data.entries;
  } catch {
    // none yet, or unreadable
  }
  return {};
}

/** Writes a cache whole, via a temp file and a rename; false when it could not. */
export function writeCache(root: string, name: CacheName, entries: Record<string, Entry>, context: string | undefined): boolean {
  const dir = join(root, CACHE_DIR);
  const tmp = join(dir, tempName(name));
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, tool: TOOL, ...(context !== undefined ? { context } : {}), entries } satisfies CacheFile), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, join(dir, name));
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * The one writer drops the entries of the case folders it changed ("clients/2026-0001",
 * "archive/2026-0001") from every cache. Should a cache not be rewritten, it is removed: never a
 * stale entry left trusted on a guess.
 */
export function dropCacheEntries(root: string, keys: readonly string[]): void {
  if (keys.length === 0) return;
  for (const name of CACHE_FILES) {
    const file = join(root, CACHE_DIR, name);
    let data: CacheFile;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(file, { force: true });
      continue;
    }
    if (!data?.entries || !keys.some((k) => k in data.entries)) continue;
    for (const k of keys) delete data.entries[k];
    if (!writeCache(root, name, data.entries, data.context)) rmSync(file, { force: true });
  }
}
