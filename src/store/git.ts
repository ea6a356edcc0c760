// Talking to git: the only module that runs it. Every call is synchronous and local unless it
// names the remote; nothing here prints.
import { spawnSync } from 'node:child_process';
import { lstatSync, realpathSync, rmSync, statfsSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { SpisError } from '../problems.js';

export interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface GitOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** Runs git in `root`; status -1 when git itself cannot be run (not installed). */
export function git(root: string, args: string[], opts: GitOptions = {}): GitResult {
  const r = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    input: opts.input,
    env: {
      ...process.env,
      ...opts.env,
      ...(NETWORK.has(args[0]) ? networkEnv(root) : {}),
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) return { status: -1, stdout: '', stderr: r.error.message };
  const status = r.status ?? -1;
  // git does not always say why a write failed ("unable to write new index file"): a disk with
  // almost no room left is named, so the user hears that the disk is full.
  return {
    status,
    stdout: r.stdout,
    stderr: status !== 0 && lowOnSpace(root) ? `${r.stderr}\nENOSPC: the disk is (nearly) full\n` : r.stderr,
  };
}

/** Less than 1 MiB free where the repository is. */
export function lowOnSpace(root: string): boolean {
  try {
    const s = statfsSync(root);
    return s.bavail * s.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/** Runs git and returns its trimmed output, or throws with git's first line of complaint. */
export function gitOk(root: string, args: string[], opts: GitOptions = {}): string {
  const r = git(root, args, opts);
  if (r.status !== 0) {
    if (diskFull(r)) throw new SpisError('store.disk-full', {});
    throw new GitError(args, r);
  }
  return r.stdout.trim();
}

/** Whether git's complaint means the disk (or the user's quota) is full. */
export function diskFull(r: Pick<GitResult, 'stderr'> | string): boolean {
  const text = typeof r === 'string' ? r : r.stderr;
  return /No space left on device|Disk quota exceeded|ENOSPC|EDQUOT/i.test(text);
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(firstLine(result.stderr) || `git ${args[0]} failed (${result.status})`);
    this.name = 'GitError';
  }
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('hint:')) ?? ''
  );
}

/**
 * Whether the case repository is a git work tree of its own: its root is the top of the work
 * tree. A case repository inside some other project's work tree (the bundled example inside
 * this project) is not, so the tool never commits into a repository it does not own.
 */
export function isOwnWorkTree(root: string): boolean {
  const r = git(root, ['rev-parse', '--show-toplevel']);
  if (r.status !== 0) return false;
  try {
    return realpathSync(r.stdout.trim()) === realpathSync(root);
  } catch {
    return false;
  }
}

export function gitConfig(root: string, key: string): string | undefined {
  const r = git(root, ['config', '--get', key]);
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

export interface Identity {
  name: string;
  email: string;
}

/** Who commits when neither the worker nor git's own configuration says: the tool, on this host. */
export function fallbackIdentity(host: string): Identity {
  return { name: 'spis', email: `spis@${host}` };
}

/** Environment that makes `who` the author and committer of what git writes next. */
export function identityEnv(who: Identity | undefined): NodeJS.ProcessEnv {
  if (!who) return {};
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
  };
}

/** True when git has no identity to commit with (no user.name/user.email anywhere). */
export function lacksIdentity(r: GitResult): boolean {
  return /Author identity unknown|Committer identity unknown|Please tell me who you are|empty ident name/i.test(
    r.stderr,
  );
}

/**
 * Commits exactly `paths` (relative, may include deleted ones) with `message`, whatever else is
 * staged or changed in the work tree; the index then has them as committed. Returns git's result.
 *
 * Built of plumbing (a temporary index from HEAD, update-index, commit-tree) rather than
 * `git add -A -- paths` and `git commit --only -- paths`: those match every index entry against
 * every path given, so committing 4,000 records of a 10,000-client repository took 20 s; naming
 * files to update-index costs what the files cost. Folders (a case moved or purged) are still
 * given to `git add -A`, which alone knows what went from under them.
 */
export function commitPaths(
  root: string,
  paths: string[],
  message: string,
  env: NodeJS.ProcessEnv,
  fallback: Identity,
): GitResult {
  const { files, folders } = splitPaths(root, paths);
  // Folders first: a file named beside its gone folder (a moved case's record) is then no entry
  // left for `git add` to miss, and update-index takes a removed entry's removal quietly.
  const update = (idx: NodeJS.ProcessEnv): GitResult => {
    if (folders.length) {
      const a = git(root, ['add', '-A', '--', ...folders], { env: idx });
      if (a.status !== 0) return a;
    }
    return files.length
      ? git(root, ['update-index', '--add', '--remove', '-z', '--stdin'], { env: idx, input: `${files.join('\0')}\0` })
      : { status: 0, stdout: '', stderr: '' };
  };
  // The index then takes the same update: it holds what was committed.
  const opts = { paths: [], after: () => update({}) };
  let r = commitWithIndex(root, message, env, update, opts);
  if (r.status !== 0 && lacksIdentity(r))
    r = commitWithIndex(root, message, { ...identityEnv(fallback), ...env }, update, opts);
  if (r.status === 0) git(root, ['maintenance', 'run', '--auto', '--quiet']);
  return r;
}

/** The paths that are files (present, or gone but tracked as a file) and the rest (folders). */
function splitPaths(root: string, paths: string[]): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  const gone: string[] = [];
  for (const p of paths) {
    let st: Stats | undefined;
    try {
      st = lstatSync(join(root, p));
    } catch {
      gone.push(p);
      continue;
    }
    (st.isDirectory() ? folders : files).push(p);
  }
  if (gone.length) {
    const asFile = new Set(
      git(root, ['ls-files', '-z', '--', ...gone])
        .stdout.split('\0')
        .filter(Boolean),
    );
    for (const p of gone) (asFile.has(p) ? files : folders).push(p);
  }
  return { files, folders };
}

/** Paths under `pathspecs` that differ from HEAD or are untracked (relative to root). */
export function changedPaths(root: string, pathspecs: string[]): string[] {
  const r = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs]);
  if (r.status !== 0) return [];
  const out: string[] = [];
  const parts = r.stdout.split('\0');
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i];
    if (entry.length < 4) continue;
    out.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') i++; // the original path follows
  }
  return out;
}

/** The git commands that talk to the remote. */
const NETWORK = new Set(['fetch', 'push', 'ls-remote', 'clone', 'pull']);

/** How long a silent server is waited for, in seconds (SPIS_NET_TIMEOUT, else 20). */
export function netTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SPIS_NET_TIMEOUT);
  return Number.isFinite(n) && n > 0 ? n : 20;
}

const networkEnvs = new Map<string, NodeJS.ProcessEnv>();
/** Whether the user bounded the network commands by settings of their own (then a timeout is theirs, not SPIS_NET_TIMEOUT's). */
let ownBound = false;

/** Whether the last network command ran under a time bound the user set (ssh options, http.lowSpeed*). */
export function userNetBound(): boolean {
  return ownBound;
}

/**
 * What bounds a network git command: ssh gives up on a server that does not answer
 * (ConnectTimeout covers the handshake; ServerAlive* a connection that goes silent) and, with no
 * terminal to answer on, never asks (BatchMode: no host-key question, no passphrase prompt that
 * would hang a cron job). Options the user gave ssh come first and so win; a GIT_SSH program of
 * the user's own is left alone. Over HTTPS, git's low-speed limit does the same.
 */
function networkEnv(root: string): NodeJS.ProcessEnv {
  const known = networkEnvs.get(root);
  if (known) return known;
  const env: NodeJS.ProcessEnv = {};
  const t = netTimeout();
  if (!process.env.GIT_SSH) {
    const configured = process.env.GIT_SSH_COMMAND ?? gitConfigQuiet(root, 'core.sshCommand');
    const base = configured ?? 'ssh';
    if (/ConnectTimeout|ServerAlive/i.test(base)) ownBound = true;
    if (/^\s*(\S*\/)?ssh(\s|$)/.test(base)) {
      const batch = process.stdin.isTTY ? '' : ' -o BatchMode=yes';
      env.GIT_SSH_COMMAND = `${base} -o ConnectTimeout=${t} -o ServerAliveInterval=${Math.max(1, Math.ceil(t / 4))} -o ServerAliveCountMax=4${batch}`;
    }
  }
  if (!process.env.GIT_HTTP_LOW_SPEED_LIMIT && !gitConfigQuiet(root, 'http.lowSpeedLimit')) {
    env.GIT_HTTP_LOW_SPEED_LIMIT = '1';
    env.GIT_HTTP_LOW_SPEED_TIME = String(t);
  } else ownBound = true;
  networkEnvs.set(root, env);
  return env;
}

function gitConfigQuiet(root: string, key: string): string | undefined {
  const r = spawnSync('git', ['config', '--get', key], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

export type RemoteFailure = 'host-key' | 'key-refused' | 'timeout' | 'unreachable' | 'refused-push' | 'other';

/** What went wrong talking to the remote, from git's (and ssh's) complaint. */
export function remoteFailure(stderr: string): RemoteFailure {
  if (
    /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key for .* has changed|No \S+ host key is known/i.test(
      stderr,
    )
  )
    return 'host-key';
  if (
    /Permission denied \((publickey|password|keyboard)|Permission denied, please try again|Too many authentication failures|Authentication failed/i.test(
      stderr,
    )
  )
    return 'key-refused';
  if (/timed out|Timeout, server .* not responding|Operation too slow|Connection timed out/i.test(stderr))
    return 'timeout';
  // Refused by the server's rules (a hook, a protected branch) – not a ref that moved meanwhile, which is another round.
  if (
    /hook declined/i.test(stderr) ||
    (/\[remote rejected\]/.test(stderr) &&
      !/cannot lock ref|failed to update ref|incorrect old value|stale info/i.test(stderr))
  )
    return 'refused-push';
  if (remoteUnreachable(stderr)) return 'unreachable';
  return 'other';
}

/** The lines the server itself said (a hook's message), without git's "remote:" prefix. */
export function serverLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('remote: '))
    .map((l) => l.slice('remote: '.length).replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '');
}

/** Whether git's complaint means the remote could not be reached at all (not that it refused). */
export function remoteUnreachable(stderr: string): boolean {
  if (/rejected|fetch first|non-fast-forward|stale info/i.test(stderr)) return false;
  return /Could not read from remote|unable to access|does not appear to be a git repository|Connection|resolve host|No such file or directory|not found|timed out|Host key verification failed|Permission denied/i.test(
    stderr,
  );
}

/**
 * A commit made in an index of its own: HEAD's tree, changed by `edit` (git commands given the
 * index's environment), committed with HEAD and `parents` as parents, and HEAD moved to it only
 * if it has not moved meanwhile (compare and swap). The real index is then brought to the same
 * state for the paths named. Returns the new commit, or git's failure.
 */
export function commitWithIndex(
  root: string,
  message: string,
  env: NodeJS.ProcessEnv,
  edit: (idxEnv: NodeJS.ProcessEnv) => GitResult,
  opts: { parents?: string[]; paths: string[]; after?: () => GitResult },
): GitResult {
  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).stdout.trim();
  const gitDir = gitOk(root, ['rev-parse', '--absolute-git-dir']);
  const index = `${gitDir}/spis-commit-${process.pid}.index`;
  const idx = { ...env, GIT_INDEX_FILE: index };
  try {
    if (head) {
      const rt = git(root, ['read-tree', head], { env: idx });
      if (rt.status !== 0) return rt;
    }
    const e = edit(idx);
    if (e.status !== 0) return e;
    const tree = git(root, ['write-tree'], { env: idx });
    if (tree.status !== 0) return tree;
    const parents = [...(head ? [head] : []), ...(opts.parents ?? [])];
    const c = git(root, ['commit-tree', tree.stdout.trim(), ...parents.flatMap((p) => ['-p', p]), '-F', '-'], {
      env,
      input: message,
    });
    if (c.status !== 0) return c;
    const sha = c.stdout.trim();
    const u = git(root, ['update-ref', 'HEAD', sha, ...(head ? [head] : [])]);
    if (u.status !== 0) return u;
    // The index takes what was committed: reset for paths, or the caller's own update.
    if (opts.paths.length > 0)
      git(root, ['reset', '--quiet', sha, '--pathspec-from-file=-', '--pathspec-file-nul'], {
        input: opts.paths.join('\0'),
      });
    opts.after?.();
    return { status: 0, stdout: sha, stderr: '' };
  } finally {
    try {
      rmSync(index, { force: true });
    } catch {
      // gone
    }
  }
}
