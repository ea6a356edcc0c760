// The one write path. Every command that changes the case repository does so inside
// withWriter(): it takes the repository lock, finishes what a dead writer left, lets the command
// re-read and check what it is about to change under the lock, writes atomically, commits the
// change to git (one commit per command, only its own files, no personal data in the message)
// and releases the lock. Nothing writes beside it.
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SpisError } from '../problems.js';
import { currentWorker } from './worker-id.js';
import { accessLogPath, flushAccessLog } from './access-log.js';
import { t } from '../i18n/index.js';
import type { SpisConfig } from '../domain/types.js';
import { dropCacheEntries } from './stamp-cache.js';
import {
  commitFiles,
  HOST,
  writeNewFolder,
  recoverPending,
  STATE_DIR,
  sweepLeftovers,
  LEFTOVERS_NOTE,
  notedLeftoverDirs,
  tempName,
  writableDirs,
  type FileChange,
  type Move,
} from './atomic.js';
import { acquireLock, type LockInfo } from './lock.js';
import { diskFull, finishCheckout, gitOperation, opName } from './git-state.js';
import {
  changedPaths,
  commitPaths,
  commitWithIndex,
  fallbackIdentity,
  git,
  gitConfig,
  identityEnv,
  isOwnWorkTree,
  type Identity,
} from './git.js';

export interface WriterIo {
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WritableStream;
  /** --no-commit */
  noCommit?: boolean;
}

export interface Writer {
  readonly root: string;
  /** The repository is a git work tree of its own (whether or not this change is committed). */
  readonly ownGit: boolean;
  /** The worker at the keyboard, as the commits name them. */
  readonly worker: { id?: string; identity?: Identity };
  /** The cases this change is about: the commit names them, and recovery after a crash finishes them. */
  cases(ids: string[]): void;
  /** Writes the files (absolute paths inside the repository) and makes the moves, all or none. */
  write(changes: FileChange[], moves?: Move[]): void;
  /** Creates a whole folder at once: built aside under a temp name, then renamed into place. */
  createFolder(dir: string, files: FileChange[]): void;
  /** Removes whole case folders (spis purge): each renamed aside first, so a writer that dies leaves a temp the next one sweeps. */
  removeFolders(dirs: string[]): void;
  /** Commits what was written so far as its own change (the rest is committed at the end as the command). */
  commitNow(command: string, cases: string[], trailers?: Record<string, string>): void;
  /** Says something to the worker on stderr. */
  notice(text: string): void;
  /** The commit's subject instead of the command and every case id (a change of many cases); the cases are then counted, not listed. */
  summarise(subject: string): void;
}

/** How long a writer waits for another live writer before it gives up. */
function lockWaitMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.SPIS_LOCK_WAIT);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : 10_000;
}

/** Refuses a path outside the repository or one that passes through a symbolic link. */
export function assertPlainPath(root: string, abs: string): void {
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== resolve(abs))
    throw new SpisError('store.outside-repo', { file: abs });
  let cur = root;
  for (const part of rel.split(sep)) {
    cur = join(cur, part);
    let st;
    try {
      st = lstatSync(cur);
    } catch {
      return; // the rest does not exist yet and is created as plain folders and files
    }
    if (st.isSymbolicLink()) throw new SpisError('store.symlink', { file: relative(root, cur).split(sep).join('/') });
  }
}

export function commitMessage(
  command: string,
  cases: readonly string[],
  worker: string | undefined,
  extra: Record<string, string> = {},
  subject?: string,
): string {
  const named = subject ? [`Spis-Cases: ${cases.length}`] : cases.map((c) => `Spis-Case: ${c}`);
  const trailers = [
    `Spis-Command: ${command}`,
    ...named,
    ...(worker ? [`Spis-Worker: ${worker}`] : []),
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${subject ?? [command, ...cases].join(' ')}\n\n${trailers.join('\n')}\n`;
}

/** Whether this repository's writes become commits, and why not when they do not. */
function commitMode(ownGit: boolean, config: SpisConfig | undefined, io: WriterIo): 'commit' | 'off' | 'no-git' {
  if (io.noCommit || config?.git?.commit === false) return 'off';
  return ownGit ? 'commit' : 'no-git';
}

/** Paths of a case in the work tree, for committing what a dead writer left. */
function casePaths(cases: readonly string[]): string[] {
  return cases.flatMap((id) => [`clients/${id}`, `archive/${id}`]);
}

/** Git's own lock files left by a writer killed while it committed. */
function removeStaleGitLocks(root: string, dead: LockInfo): string[] {
  const gitDir = join(root, '.git');
  if (!existsSync(gitDir) || !statSync(gitDir).isDirectory()) return [];
  const since = Date.parse(dead.started) - 2000;
  const candidates = [join(gitDir, 'index.lock'), join(gitDir, 'HEAD.lock')];
  try {
    for (const n of readdirSync(join(gitDir, 'refs/heads')))
      if (n.endsWith('.lock')) candidates.push(join(gitDir, 'refs/heads', n));
  } catch {
    // no branches yet
  }
  const removed: string[] = [];
  for (const p of candidates) {
    try {
      if (lstatSync(p).mtimeMs >= since) {
        unlinkSync(p);
        removed.push(relative(root, p));
      }
    } catch {
      // not there
    }
  }
  return removed;
}

export interface WriterOptions {
  config?: SpisConfig;
  /** Extra commit trailers. */
  trailers?: Record<string, string>;
  /** Further parents of the command's commit (a conflict settled: the version that waited). */
  parents?: string[];
}

export async function withWriter<T>(
  io: WriterIo,
  root: string,
  command: string,
  fn: (w: Writer) => T | Promise<T>,
  opts: WriterOptions = {},
): Promise<T> {
  const notice = (text: string): void => {
    io.stderr.write(`${text}\n`);
  };
  const lock = await acquireLock(root, command, {
    waitMs: lockWaitMs(io.env),
    onBroken: (dead) => notice(t('store.lock-broken', { pid: dead.pid, command: dead.command, started: dead.started })),
  });
  try {
    // The dead writer's cases are this one's already (the lock was handed over with them, lock.ts).
    const ownGit = isOwnWorkTree(root);
    const mode = commitMode(ownGit, opts.config, io);
    if (mode === 'commit') {
      // A branch move a killed sync left half done is finished before anything else is read.
      if (finishCheckout(root)) notice(t('store.checkout-finished'));
      // Written into an unfinished rebase or merge, a record would be lost when it is undone.
      const op = command === 'sync' ? undefined : gitOperation(root);
      if (op) throw new SpisError('store.git-operation', { op: opName(op) });
      // A write the history has no room for is refused before anything is written.
      assertRoom(root);
      unstageLeftovers(root);
    }
    if (lock.broken && mode === 'commit') {
      for (const f of removeStaleGitLocks(root, lock.broken)) notice(t('store.git-lock-removed', { file: f }));
    }
    const completed = recoverPending(root);
    if (completed.length > 0) notice(t('store.recovered', { count: completed.length }));
    // What was viewed since the last write goes into access.log now, under the lock (store/access-log.ts).
    flushAccessLog(root);
    // After a crash, every folder; otherwise the top-level folders where a writer leaves temp folders.
    // And the folders where spis check found what dead writers left: check only notes them.
    const noted = notedLeftoverDirs(root);
    const swept = sweepLeftovers(root, [
      ...new Set([...(lock.broken ? writableDirs(root) : ['.', STATE_DIR, 'clients', 'archive']), ...noted]),
    ]);
    if (noted.length > 0) rmSync(join(root, LEFTOVERS_NOTE), { force: true });
    if (swept.length > 0) notice(t('store.swept', { count: swept.length }));
    const identity = currentWorker(root, io.env, opts.config, ownGit);
    if (lock.broken && mode === 'commit' && lock.broken.cases.length > 0) {
      // A writer died after its files landed but before its commit: commit them now, as what they were.
      const left = changedPaths(root, casePaths(lock.broken.cases));
      if (left.length > 0) {
        const r = commitPaths(
          root,
          left,
          commitMessage(lock.broken.command, lock.broken.cases, undefined, { 'Spis-Recovered': 'true' }),
          identityEnv(identity.identity),
          fallbackIdentity(HOST),
        );
        if (r.status !== 0) notice(t('store.commit-failed', { reason: r.stderr.split('\n')[0] ?? '' }));
      }
    }

    /** The commit's subject, where the command set one (w.summarise). */
    let subject: string | undefined;
    const cases: string[] = [];
    const touched: string[] = [];
    /** The case folders changed ("clients/2026-0001"), whose cache entries are dropped. */
    const dropped = new Set<string>();
    const changedCases = (...lists: string[][]): void => {
      for (const abs of lists.flat()) {
        const parts = relative(root, abs).split(sep);
        if ((parts[0] === 'clients' || parts[0] === 'archive') && parts[1]) dropped.add(`${parts[0]}/${parts[1]}`);
      }
    };
    const sweptDirs = new Set<string>();
    const sweepBefore = (absDir: string): void => {
      const rel = relative(root, absDir) || '.';
      if (sweptDirs.has(rel)) return;
      sweptDirs.add(rel);
      const n = sweepLeftovers(root, [rel]).length;
      if (n > 0) notice(t('store.swept', { count: n }));
    };
    const writer: Writer = {
      root,
      ownGit,
      worker: identity,
      cases(ids) {
        for (const id of ids) if (!cases.includes(id)) cases.push(id);
        lock.declare(cases);
      },
      write(changes, moves = []) {
        for (const c of changes) {
          assertPlainPath(root, c.path);
          sweepBefore(dirname(c.path));
        }
        for (const m of moves) {
          assertPlainPath(root, m.from);
          assertPlainPath(root, m.to);
          if (existsSync(m.to)) throw new SpisError('store.move-target-exists', { file: relative(root, m.to) });
        }
        commitFiles(changes, root, moves);
        touched.push(
          ...changes.map((c) => relative(root, c.path)),
          ...moves.flatMap((m) => [relative(root, m.from), relative(root, m.to)]),
        );
        changedCases(
          changes.map((c) => c.path),
          moves.flatMap((m) => [m.from, m.to]),
        );
      },
      createFolder(dir, files) {
        assertPlainPath(root, dir);
        if (existsSync(dir)) throw new SpisError('store.move-target-exists', { file: relative(root, dir) });
        writeNewFolder(dir, files);
        touched.push(relative(root, dir));
        changedCases([dir]);
      },
      removeFolders(dirs) {
        for (const dir of dirs) assertPlainPath(root, dir);
        for (const dir of dirs) {
          const aside = join(dirname(dir), tempName(dir.split(sep).at(-1)!));
          renameSync(dir, aside);
          touched.push(relative(root, dir));
          changedCases([dir]);
          rmSync(aside, { recursive: true, force: true });
        }
      },
      commitNow(cmd, ids, extra = {}) {
        if (touched.length === 0) return;
        commitChange(root, mode, cmd, ids, touched.splice(0), identity, extra, notice);
      },
      notice,
      summarise(text) {
        subject = text;
      },
    };
    try {
      return await fn(writer);
    } finally {
      // The caches forget the cases changed (their stamps would catch them; this leaves no doubt).
      dropCacheEntries(root, [...dropped]);
      // What landed is committed, even when the command fails after writing it.
      if (touched.length > 0)
        commitChange(root, mode, command, cases, touched, identity, opts.trailers ?? {}, notice, opts.parents, subject);
    }
  } finally {
    lock.release();
  }
}

function commitChange(
  root: string,
  mode: 'commit' | 'off' | 'no-git',
  command: string,
  cases: string[],
  touched: string[],
  who: { id?: string; identity?: Identity },
  trailers: Record<string, string>,
  notice: (s: string) => void,
  parents?: string[],
  subject?: string,
): void {
  if (mode === 'off') return;
  if (mode === 'no-git') {
    // Once per repository: a service that chose to keep its repository outside git is told, not nagged.
    const marker = join(root, STATE_DIR, 'no-git-notice');
    if (!existsSync(marker)) {
      notice(t('store.no-git'));
      try {
        writeFileSync(marker, '', { mode: 0o600 });
      } catch {
        // told again next time
      }
    }
    return;
  }
  // The access log (store/access-log.ts) rides along with the next commit.
  const paths = [...new Set([...touched.map((p) => p.split(sep).join('/')), ...accessLogPath(root)])];
  // A path gone from the work tree (a case moved to the archive) can be named only if git knows it.
  const gone = paths.filter((p) => !existsSync(join(root, p)));
  const tracked = gone.length
    ? git(root, ['ls-files', '--', ...gone])
        .stdout.split('\n')
        .filter(Boolean)
    : [];
  const named = paths.filter((p) => !gone.includes(p) || tracked.some((f) => f === p || f.startsWith(`${p}/`)));
  if (named.length === 0) return;
  const message = commitMessage(command, cases, who.id, trailers, subject);
  const env = identityEnv(who.identity ?? (gitConfig(root, 'user.email') ? undefined : fallbackIdentity(HOST)));
  const r = parents?.length
    ? commitWithIndex(root, message, env, (idx) => git(root, ['add', '-A', '--', ...named], { env: idx }), {
        parents,
        paths: named,
      })
    : commitPaths(root, named, message, identityEnv(who.identity), fallbackIdentity(HOST));
  if (r.status === 0) return;
  if (diskFull(r)) {
    // Not even the history has room: the change is taken back, so the clone is as it was.
    rollBack(root, named);
    throw new SpisError('store.disk-full', {});
  }
  notice(t('store.commit-failed', { reason: r.stderr.split('\n').find((l) => l.trim()) ?? String(r.status) }));
}

/** Puts the paths back as HEAD has them (new ones removed first, to free the room the rest needs). */
function rollBack(root: string, paths: string[]): void {
  const inHead = new Set(
    git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', ...paths])
      .stdout.split('\0')
      .filter(Boolean),
  );
  const tracked = (p: string): boolean => inHead.has(p) || [...inHead].some((f) => f.startsWith(`${p}/`));
  for (const p of paths) {
    const abs = join(root, p);
    if (!tracked(p)) {
      rmSync(abs, { recursive: true, force: true });
      continue;
    }
    // A folder: what HEAD does not have in it goes.
    try {
      if (lstatSync(abs).isDirectory()) {
        const now = git(root, ['ls-files', '-z', '--others', '--', p]).stdout.split('\0').filter(Boolean);
        for (const f of now) rmSync(join(root, f), { force: true });
      }
    } catch {
      // gone: checked out below
    }
  }
  if (git(root, ['reset', '--quiet', '--', ...paths]).status !== 0) {
    // No room even for the index: the next writer unstages them (they are not in the work tree).
    try {
      writeFileSync(join(root, STATE_DIR, UNSTAGE), JSON.stringify(paths), { mode: 0o600 });
    } catch {
      // nor for this; git status shows the staged paths as deleted, and sync leaves them be
    }
  }
  const back = paths.filter(tracked);
  if (back.length) git(root, ['checkout', '--quiet', 'HEAD', '--', ...back]);
}

const UNSTAGE = 'unstage';

/** Paths a write taken back for want of room left staged (rollBack could not rewrite the index). */
function unstageLeftovers(root: string): void {
  const file = join(root, STATE_DIR, UNSTAGE);
  if (!existsSync(file)) return;
  try {
    const paths = JSON.parse(readFileSync(file, 'utf8')) as string[];
    if (Array.isArray(paths) && paths.length && git(root, ['reset', '--quiet', '--', ...paths]).status !== 0) return;
  } catch {
    // unreadable: nothing to do but forget it
  }
  rmSync(file, { force: true });
}

/**
 * Refuses a write when the disk has no room for its commit: about twice git's index (it is
 * written anew) and a margin for the records and objects. Checked before anything is written.
 */
function assertRoom(root: string): void {
  let free: number;
  try {
    const s = statfsSync(root);
    free = s.bavail * s.bsize;
  } catch {
    return;
  }
  let index = 0;
  try {
    index = statSync(join(root, '.git', 'index'), { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    // .git is a file (a linked work tree): the margin alone
  }
  if (free < 2 * index + 256 * 1024) throw new SpisError('store.disk-full', {});
}
