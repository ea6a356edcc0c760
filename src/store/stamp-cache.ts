// Caches per case, so that the morning cron run need not read the records of every case again:
// what `spis due` reads from each case (due.json), the work facts `spis report` reads
// (report.json), and which cases `spis check` found clean (check.json). An accelerator, never a
// source of truth:
// - a due or report entry is used only while the case is provably as it was when it was read,
//   like git's index: the size, mtime, ctime (to a fraction of a microsecond) and inode of the
//   case folder, of its contacts/ (a folder's times change with every file added, removed or
//   renamed in it) and of every record the reader opened are unchanged – one lstat each, taken
//   before the folder was listed or the file read;
// - an entry is never written for a file changed within a second of being read (git's "racy"
//   rule: a change in the same second could leave every stamp the same), nor for a case with a
//   problem (it is read, and reported, every time);
// - any doubt – another format or tool version, a file that does not parse, a failed write –
//   means an empty cache and the records read as without it;
// - the one writer names the cases it changes in the drop log, and takes a case folder that is
//   gone out of every cache (dropCacheEntries, called by store/writer.ts); a hand edit is caught
//   by the stamps.
// due.json holds no more than the due report shows: dates, goal ids, worker ids, and of the
// client the status, key workers and initials (its entries are DueDeadlines: the types allow nothing else); report.json
// only dates, codes, minutes and worker ids of the work done (report/facts.ts ReportWork: what
// client.yaml says of the person is read at every run, never kept). Their stamps are in
// due-stamps.json and report-stamps.json, checked in a second thread for a large cache
// (stamp-check.ts). check.json holds, per clean case, a fingerprint of its bytes and the day of
// the check (check/cases.ts). They live in .spis/cache/ (owner only), which git never sees and
// exports never copy; purge drops the case's entries with its other writes.
import { appendFileSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { ensureStateDir, tempName } from './atomic.js';
import { inThread, threadsAvailable } from './threads.js';
import {
  CACHE_DIR,
  CACHE_FILES,
  CACHE_FORMAT,
  checkStampsFile,
  decodeCacheFile,
  encodeCacheFile,
  localClaim,
  readCacheFile,
  readStateFile,
  sharedClaim,
  staleCases,
  TOOL_VERSION,
  type CacheFile,
  type CacheName,
  type StampCheck,
  type StampedCache,
} from './stamp-check.js';
import type { Stamps, Trace } from './trace.js';

/** From this size of the stamps file (about 4,000 cases) a second thread helps check them. */
const WORKER_FROM = 256 * 1024;

/**
 * Starts a thread of the pool to check stamps beside this one, for a large cache; SPIS_CACHE_WORKER=1
 * or 0 forces either (the tests). From the TypeScript sources (the tests in-process) there is no
 * thread to start. Its answer, or undefined when it failed – then every stamp is checked here.
 */
function startWorker(
  root: string,
  cache: StampedCache,
  env: NodeJS.ProcessEnv,
  counter: SharedArrayBuffer,
): Promise<StampCheck | undefined> | undefined {
  if (!threadsAvailable || env.SPIS_CACHE_WORKER === '0') return undefined;
  const size = statSync(join(root, CACHE_DIR, `${cache}-stamps.json`), { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0 || (size < WORKER_FROM && env.SPIS_CACHE_WORKER !== '1')) return undefined;
  return inThread<StampCheck>(STAMP_TASK, { root, cache, counter }).then(
    (m) => (m && Array.isArray(m.stale) ? m : undefined),
    () => undefined,
  );
}

const STAMP_TASK = { module: new URL('./stamp-check.js', import.meta.url), name: 'checkStampsShare' };

/**
 * A cache kept by stamps – of due deadlines, or of the report's work facts: the facts (due.json,
 * report.json) and their stamps (due-stamps.json, report-stamps.json), one generation shared by
 * the two files (their `context`, which also names what else the facts depend on: the report's
 * setting of a contact depends on the service's place); files of different generations, or made
 * for another such dependency, hold nothing.
 */
export class StampCache {
  /** The facts of the cases found unchanged, and of those read again. */
  private readonly keep = new Map<string, unknown>();
  /** Stamps of the cases read again. */
  private readonly added = new Map<string, Stamps>();
  private changed = false;
  private readonly counter = new SharedArrayBuffer(4);
  private readonly worker: Promise<StampCheck | undefined> | undefined;
  private readonly values: CacheFile | undefined;
  /** The drop log as it stood before any stamp was checked. */
  private readonly log: DropLog | undefined;
  /** The stamps checked (of the generation of the facts read), to write again for the cases kept. */
  private checked: Record<string, Stamps> = {};

  private constructor(
    private readonly root: string,
    private readonly cache: StampedCache,
    private readonly depends: string,
    env: NodeJS.ProcessEnv,
  ) {
    // The drop log before any stamp is checked: a case the writer drops later is in its tail.
    this.log = readDropLog(root);
    // The worker first, so that it checks stamps while this thread reads the facts.
    this.worker = startWorker(root, cache, env, this.counter);
    this.values = readCacheFile(root, `${cache}.json`);
  }

  /**
   * A cache of the repository; empty when there is none or it is in any doubt. `depends`: what
   * else its facts were made from (a hash); facts made from another are not used.
   */
  static open(root: string, cache: StampedCache, env: NodeJS.ProcessEnv = {}, depends = ''): StampCache {
    return new StampCache(root, cache, createHash('sha1').update(depends).digest('hex').slice(0, 16), env);
  }

  /** A second thread checked stamps (SPIS_CACHE_STATS). */
  get thread(): boolean {
    return this.worker !== undefined;
  }

  /** Checks the stamps – with the worker, if one was started – and keeps the facts of the cases whose every stamp holds. */
  async validate(): Promise<void> {
    const mine = await checkStampsFile(this.root, this.cache, this.worker ? sharedClaim(this.counter) : localClaim());
    let stale = mine.stale;
    if (this.worker) {
      const theirs = await this.worker;
      // The worker failed, or read another generation (a run saved in between): all checked here.
      if (!theirs || theirs.context !== mine.context)
        stale = mine.stamps ? await staleCases(this.root, mine.stamps, mine.keys, localClaim()) : [];
      else stale = [...stale, ...theirs.stale];
    }
    const values = this.values;
    if (
      !values ||
      typeof values.context !== 'string' ||
      values.context !== mine.context ||
      !values.context.startsWith(`${this.depends}:`)
    ) {
      this.changed = values !== undefined;
      return;
    }
    // The cases the writer dropped since these entries were made; a log not as they knew it – all.
    const dropped = droppedSince(this.log, values.dropped);
    if (!dropped) {
      this.changed = true;
      return;
    }
    this.checked = mine.stamps ?? {};
    const changed = new Set([...stale, ...dropped]);
    for (const key of mine.keys)
      if (!changed.has(key) && Object.hasOwn(values.entries, key)) this.keep.set(key, values.entries[key]);
    if (this.keep.size !== Object.keys(values.entries).length) this.changed = true;
  }

  /** What was read of a case (key: its folder, "clients/2026-0001"), if validate() found it unchanged. */
  get(key: string): { value: unknown } | undefined {
    return this.keep.has(key) && !this.added.has(key) ? { value: this.keep.get(key) } : undefined;
  }

  /** Keeps what was read of a case, unless the trace is racy. */
  put(trace: Trace, value: unknown): void {
    if (trace.racy || trace.stamps[0] !== '.') {
      this.drop(trace.key);
      return;
    }
    this.keep.set(trace.key, value);
    this.added.set(trace.key, trace.stamps);
    this.changed = true;
  }

  /** Forgets the cases that are gone (purged, moved) so the file does not grow without end – under the folders listed (all by default). */
  keepOnly(keys: ReadonlySet<string>, under?: readonly string[]): void {
    for (const k of [...this.keep.keys()])
      if (!keys.has(k) && (!under || under.some((u) => k.startsWith(u)))) this.drop(k);
  }

  private drop(key: string): void {
    if (this.keep.delete(key)) this.changed = true;
    this.added.delete(key);
  }

  /**
   * Writes both files when anything changed, as a new generation: the facts first, then the
   * stamps (a reader between the two sees two generations, so nothing). A case the writer
   * dropped while this run went on (a purge among them: the drop log names it) is not written
   * back unless read again; the new generation's mark in the drop log is where it stood before
   * this run checked anything, so a case dropped since is still dropped for the next reader.
   * A failure only costs speed next time.
   */
  save(): void {
    if (!this.changed) return;
    const meanwhile = new Set(
      this.log ? (droppedSince(readDropLog(this.root), { id: this.log.id, size: this.log.size }) ?? []) : [],
    );
    const values: Record<string, unknown> = {};
    const stamps: Record<string, Stamps> = {};
    for (const [key, value] of this.keep) {
      const s = this.added.get(key) ?? (meanwhile.has(key) ? undefined : this.checked[key]);
      if (!s) continue;
      values[key] = value;
      stamps[key] = s;
    }
    const context = `${this.depends}:${randomBytes(8).toString('hex')}`;
    // Where the drop log stood when this run began; a log begun since (never replaced here), from its start.
    const log = this.log ?? (startDropLog(this.root, false), readDropLog(this.root));
    const dropped = log ? { id: log.id, size: this.log ? log.size : log.start } : undefined;
    if (writeCache(this.root, `${this.cache}.json`, values, context, dropped))
      writeCache(this.root, `${this.cache}-stamps.json`, stamps, context);
  }
}

/** The entries of a cache made in the same context (check: spis.yaml's hash); else none. */
export function readCache<T>(root: string, name: CacheName, context?: string): Record<string, T> {
  const data = readCacheFile<T>(root, name);
  return data && data.context === context ? data.entries : {};
}

/** Writes a cache whole, via a temp file and a rename; false when it could not. */
export function writeCache(
  root: string,
  name: CacheName,
  entries: Record<string, unknown>,
  context: string | undefined,
  dropped?: CacheFile['dropped'],
): boolean {
  const dir = join(root, CACHE_DIR);
  const tmp = join(dir, tempName(name));
  try {
    ensureStateDir(root);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(
      tmp,
      encodeCacheFile({
        format: CACHE_FORMAT,
        tool: TOOL_VERSION,
        ...(context !== undefined ? { context } : {}),
        ...(dropped ? { dropped } : {}),
        entries,
      }),
      { mode: 0o600, flag: 'wx' },
    );
    renameSync(tmp, join(dir, name));
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * The drop log (.spis/cache/dropped): the case folders the writer changed, one per line, after a
 * first line naming the log. Appending a line costs the same however large the caches are; a
 * cache's entries record where the log stood when they were made (its name and length), and a
 * reader takes every case named after that as changed. A log not as the entries knew it –
 * another name (begun anew), shorter, gone – means none of them is used.
 */
const DROP_LOG = 'dropped';
/** Past this size (some 50,000 writes: years of a busy service) the writer begins the log anew: every cache is then read again once. */
const DROP_LOG_MAX = 1024 * 1024;

interface DropLog {
  id: string;
  /** The length up to the last whole line (a line being appended is left for the next reader). */
  size: number;
  /** Where the entries begin (past the first line). */
  start: number;
  text: string;
}

function readDropLog(root: string): DropLog | undefined {
  try {
    // latin1: a character per byte, so lengths are the file's offsets (the lines are ASCII)
    const bytes = readStateFile(join(root, CACHE_DIR, DROP_LOG));
    if (!bytes) return undefined;
    const text = bytes.toString('latin1');
    const first = text.indexOf('\n');
    if (first < 0 || !text.startsWith('spis-dropped ')) return undefined;
    const size = text.lastIndexOf('\n') + 1;
    return { id: text.slice(0, first), size, start: first + 1, text: text.slice(0, size) };
  } catch {
    return undefined;
  }
}

/** The cases dropped since the log stood at `mark`; undefined when the log is not the one marked. */
function droppedSince(log: DropLog | undefined, mark: CacheFile['dropped']): string[] | undefined {
  if (
    !log ||
    !mark ||
    typeof mark.id !== 'string' ||
    typeof mark.size !== 'number' ||
    log.id !== mark.id ||
    log.size < mark.size
  )
    return undefined;
  return log.text.slice(mark.size).split('\n').filter(Boolean);
}

/**
 * Begins a drop log with a new name: replacing any (the writer, under its lock: no entry made
 * before is used), or only where there is none (a reader saving its cache).
 */
function startDropLog(root: string, replace: boolean): boolean {
  const dir = join(root, CACHE_DIR);
  const header = `spis-dropped ${randomBytes(8).toString('hex')}\n`;
  const tmp = join(dir, tempName(DROP_LOG));
  try {
    ensureStateDir(root);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (replace) {
      writeFileSync(tmp, header, { mode: 0o600, flag: 'wx' });
      renameSync(tmp, join(dir, DROP_LOG));
    } else writeFileSync(join(dir, DROP_LOG), header, { mode: 0o600, flag: 'wx' });
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * The one writer, under its lock, drops the case folders it changed ("clients/2026-0001",
 * "archive/2026-0001") from the caches: a line each in the drop log (a fact without valid
 * stamps, or of a case dropped since, is never used). A folder that is gone (purged, or moved
 * to the archive) is also removed from every cache file, so nothing of a purged case stays.
 * Should anything fail, the caches are removed: never a stale entry left trusted on a guess.
 */
export function dropCacheEntries(root: string, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const dir = join(root, CACHE_DIR);
  if (!existsSync(dir)) return;
  const removeAll = (): void => {
    for (const name of CACHE_FILES) rmSync(join(dir, name), { force: true });
  };
  const gone = keys.filter((k) => !existsSync(join(root, k)));
  try {
    const log = join(dir, DROP_LOG);
    const st = lstatSync(log, { throwIfNoEntry: false });
    // A log begun anew drops every case at once; else a line per case. A log that is not a plain
    // file (a FIFO would block the append) is replaced the same way – and so is the log when a case
    // folder is gone (purged): not even its id stays behind in the tool's state.
    if (!st?.isFile() || st.size > DROP_LOG_MAX || gone.length > 0) {
      if (!startDropLog(root, true)) removeAll();
    } else appendFileSync(log, keys.map((k) => `${k}\n`).join(''), { mode: 0o600 });
  } catch {
    removeAll();
  }
  if (gone.length === 0) return;
  for (const name of CACHE_FILES) {
    const file = join(dir, name);
    let data: CacheFile;
    try {
      const bytes = readStateFile(file);
      if (!bytes) {
        if (lstatExists(file)) rmSync(file, { force: true });
        continue;
      }
      const decoded = decodeCacheFile(bytes);
      if (!decoded) throw new Error('no cache');
      data = decoded;
    } catch {
      rmSync(file, { force: true });
      continue;
    }
    if (!data?.entries || !gone.some((k) => Object.hasOwn(data.entries, k))) continue;
    for (const k of gone) delete data.entries[k];
    if (!writeCache(root, name, data.entries, data.context, data.dropped)) rmSync(file, { force: true });
  }
}

function lstatExists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}
