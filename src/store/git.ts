// Talking to git: the only module that runs it. Every call is synchronous and local unless it
// names the remote; nothing here prints.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

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
    env: { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) return { status: -1, stdout: '', stderr: r.error.message };
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs git and returns its trimmed output, or throws with git's first line of complaint. */
export function gitOk(root: string, args: string[], opts: GitOptions = {}): string {
  const r = git(root, args, opts);
  if (r.status !== 0) throw new GitError(args, r);
  return r.stdout.trim();
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
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}

/** True when git has no identity to commit with (no user.name/user.email anywhere). */
export function lacksIdentity(r: GitResult): boolean {
  return /Author identity unknown|Committer identity unknown|Please tell me who you are|empty ident name/i.test(r.stderr);
}

/**
 * Commits exactly `paths` (relative, may include deleted ones) with `message`, whatever else is
 * staged or changed in the work tree. Returns git's result.
 */
export function commitPaths(root: string, paths: string[], message: string, env: NodeJS.ProcessEnv, fallback: Identity): GitResult {
  const add = git(root, ['add', '-A', '--', ...paths], { env });
  if (add.status !== 0) return add;
  const args = ['commit', '--quiet', '--no-edit', '-F', '-', '--only', '--', ...paths];
  let r = git(root, args, { env, input: message });
  if (r.status !== 0 && lacksIdentity(r)) r = git(root, args, { env: { ...identityEnv(fallback), ...env }, input: message });
  return r;
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

/** Whether git's complaint means the remote could not be reached at all (not that it refused). */
export function remoteUnreachable(stderr: string): boolean {
  if (/rejected|fetch first|non-fast-forward|stale info/i.test(stderr)) return false;
  return /Could not read from remote|unable to access|does not appear to be a git repository|Connection|resolve host|No such file or directory|not found/i.test(stderr);
}
