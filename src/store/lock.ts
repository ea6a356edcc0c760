// The repository lock: one writer at a time, like git's index.lock. The lock file is made
// complete beside its place and hard-linked into it (link fails when the lock exists), so a
// reader never sees half a lock; where the file system has no hard links, O_EXCL does the same
// job. It holds the writer's pid, host, start time, command and cases, so a lock left by a dead
// process on this host is recognised and broken, and the cases it was writing can be finished.
import {
  linkSync,
  lstatSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
  fsyncSync,
} from 'node:fs';
import { join } from 'node:path';
import { errnoCode, SpisError, type Problem } from '../problems.js';
import { ensureStateDir, FILE_MODE, HOST, pendingChanges, processMayLive, STATE_DIR, tempName } from './atomic.js';

export const LOCK_FILE = `${STATE_DIR}/lock`;
/** A breaker older than this belongs to a process that died while breaking a lock. */
const BREAKER_STALE_MS = 10_000;

export interface LockInfo {
  pid: number;
  host: string;
  started: string;
  command: string;
  cases: string[];
}

export interface Lock {
  info: LockInfo;
  /** The lock of a dead writer that this one broke, if any: its cases may need finishing. */
  broken?: LockInfo;
  /** Records which cases this writer is changing, for whoever finds its lock after a crash. */
  declare(cases: string[]): void;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for a live writer, in milliseconds. */
  waitMs: number;
  /** Told once when a dead writer's lock is broken. */
  onBroken?: (dead: LockInfo) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function writeNew(path: string, content: string): void {
  const fd = openSync(path, 'wx', FILE_MODE);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates `path` with `content` only if it does not exist; false when it does. */
function createExclusive(dir: string, path: string, content: string): boolean {
  const tmp = join(dir, tempName('lock'));
  writeNew(tmp, content);
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw err;
    // No hard links here (some network and FAT file systems): O_EXCL.
    try {
      writeNew(path, content);
      return true;
    } catch (e) {
      if (errnoCode(e) === 'EEXIST') return false;
      throw e;
    }
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // gone
    }
  }
}

function readLock(path: string): { text: string; info?: LockInfo } | undefined {
  let text: string;
  try {
    // Never followed, never waited on: a FIFO or a link in the lock's place is no lock of ours.
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isFile()) return undefined;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    if (typeof info.pid === 'number' && typeof info.host === 'string') return { text, info };
  } catch {
    // not a lock of ours
  }
  return { text };
}

/**
 * Hands a dead writer's lock over to this one in a single rename (the heir's lock text), unless
 * someone else got there first: there is no moment without a lock naming the unfinished cases.
 */
function breakLock(dir: string, lockPath: string, seen: string, heir: string): boolean {
  const breaker = join(dir, 'lock.break');
  if (!createExclusive(dir, breaker, String(process.pid))) {
    try {
      if (Date.now() - lstatSync(breaker).mtimeMs > BREAKER_STALE_MS) unlinkSync(breaker);
    } catch {
      // someone else removed it
    }
    return false;
  }
  try {
    const now = readLock(lockPath);
    if (now?.text !== seen) return false;
    const tmp = join(dir, tempName('lock'));
    writeNew(tmp, heir);
    renameSync(tmp, lockPath);
    return true;
  } finally {
    unlinkSync(breaker);
  }
}

/** Takes the lock of the repository at `root`, waiting for a live writer up to `waitMs`. */
export async function acquireLock(root: string, command: string, opts: LockOptions): Promise<Lock> {
  const dir = ensureStateDir(root);
  const path = join(root, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: HOST, started: new Date().toISOString(), command, cases: [] };
  const deadline = Date.now() + opts.waitMs;
  let broken: LockInfo | undefined;
  for (;;) {
    if (createExclusive(dir, path, JSON.stringify(info))) break;
    const held = readLock(path);
    if (!held) {
      // Released in between – or the lock path is something that cannot be read as a lock (a
      // folder, a dangling link, no permission): waited for like a live writer, then named.
      if (lstatSync(path, { throwIfNoEntry: false }) === undefined) continue;
      if (Date.now() >= deadline) throw new SpisError('lock.unreadable', { file: LOCK_FILE });
      await sleep(15 + Math.random() * 35);
      continue;
    }
    const owner = held.info;
    if (owner && !processMayLive(owner.host, owner.pid)) {
      // The dead writer's cases are this writer's from the moment it holds the lock: should it
      // die too, before it has finished them, the next one still knows what to finish.
      const heir: LockInfo = { ...info, cases: [...new Set(Array.isArray(owner.cases) ? owner.cases : [])] };
      if (breakLock(dir, path, held.text, JSON.stringify(heir))) {
        info.cases = heir.cases;
        broken = owner;
        opts.onBroken?.(owner);
        break;
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new SpisError('lock.busy', {
        file: LOCK_FILE,
        pid: owner?.pid ?? '?',
        host: owner?.host ?? '?',
        started: owner?.started ?? '?',
        command: owner?.command ?? '?',
      });
    }
    await sleep(15 + Math.random() * 35);
  }
  return {
    info,
    broken,
    declare(cases: string[]) {
      info.cases = [...new Set([...info.cases, ...cases])];
      const tmp = join(dir, tempName('lock'));
      writeNew(tmp, JSON.stringify(info));
      renameSync(tmp, path);
    },
    release() {
      const now = readLock(path);
      if (now?.info?.pid === info.pid && now.info.host === info.host && now.info.started === info.started)
        unlinkSync(path);
    },
  };
}

/** Whether a live writer holds the lock of the repository at `root` right now. */
export function lockHolderAlive(root: string): boolean {
  const held = readLock(join(root, LOCK_FILE));
  if (!held) return false;
  return held.info ? processMayLive(held.info.host, held.info.pid) : true;
}

/** A change left half done by a writer that is no longer running (a live writer's is in progress). */
export function pendingProblems(root: string): Problem[] {
  const pending = pendingChanges(root);
  if (pending.length === 0 || lockHolderAlive(root)) return [];
  return pending.map((file) => ({ code: 'pending-change' as const, file, params: { file } }));
}
