// Real git for the team tests: a bare repository as the shared remote and clones of it in temp
// folders, with a private HOME so the machine's own git settings play no part.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, exampleFiles, runBin, type RunResult } from './cli.js';

export interface Team {
  home: string;
  /** The bare repository's path on this machine. */
  remote: string;
  dir: string;
  /** How the clones reach it: the URL, and what their git needs (ssh's key). The file system when absent. */
  transport?: Transport;
}

export interface Transport {
  url(path: string): string;
  env: Record<string, string>;
}

export function gitIn(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A private HOME with a git identity for the test's own git commands (spis signs with the worker). */
export function makeHome(base: string): string {
  const home = join(base, 'home');
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(home, '.gitconfig'),
    '[user]\n\tname = Test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n',
  );
  return home;
}

/** Env for spis processes of a team test. */
export function teamEnv(team: Team, extra: Record<string, string> = {}): Record<string, string> {
  return { HOME: team.home, GIT_CONFIG_NOSYSTEM: '1', SPIS_LOCK_WAIT: '60', ...team.transport?.env, ...extra };
}

export function spisIn(
  team: Team,
  cwd: string,
  args: string[],
  opts: { stdin?: string; env?: Record<string, string> } = {},
): RunResult {
  return runBin([...args, '-C', cwd], { env: teamEnv(team, opts.env), stdin: opts.stdin, timeout: 60_000 });
}

/**
 * Teams already made in this process (a test file), by first worker and transport, and the clones
 * made of them: the next team of the same is a copy (a team is the same few git and spis commands
 * every time, two seconds of a test's time), with its clones' origin pointed at the copy's remote.
 * A clone is copied only while the remote is as it was when the copied one was made, and only
 * when making it changed nothing on the remote. The first team of each kind in a file is made for
 * real, so every file still sets a team up through `spis sync --setup`.
 */
interface Made {
  dir: string;
  /** The remote's refs when the team was made: a clone copied from it needs them unchanged. */
  refs: string;
  clones: Map<string, string>;
}
const made = new Map<string, Made>();
process.once('exit', () => {
  for (const m of made.values()) rmSync(m.dir, { recursive: true, force: true });
});
/** Which made team a team's remote was copied from (or made as). */
const madeAs = new Map<string, Made>();

function remoteRefs(team: Team): string {
  const refs = gitIn(team.dir, ['--git-dir', team.remote, 'for-each-ref', '--format=%(objectname) %(refname)'], {
    HOME: team.home,
  });
  const head = gitIn(team.dir, ['--git-dir', team.remote, 'symbolic-ref', 'HEAD'], { HOME: team.home });
  return `${head}\n${refs}`;
}

function pointAt(team: Team, clone: string): void {
  gitIn(clone, ['remote', 'set-url', 'origin', team.transport ? team.transport.url(team.remote) : team.remote], {
    HOME: team.home,
  });
}

const snapshot = (from: string, to: string): void => cpSync(from, to, { recursive: true, verbatimSymlinks: true });

/** The example repository as the first clone of a new shared remote, set up and synced by `worker`. */
export function makeTeam(base: string, worker: string, transport?: Transport): Team & { first: string } {
  const home = join(base, 'home');
  const remote = join(base, 'remote.git');
  const first = join(base, worker);
  const team: Team = { home, remote, dir: base, transport };
  const key = `${worker} ${transport ? transport.url('/') : 'file system'}`;
  const before = made.get(key);
  if (before) {
    for (const part of ['home', 'remote.git', worker]) snapshot(join(before.dir, part), join(base, part));
    pointAt(team, first);
    madeAs.set(remote, before);
    return { ...team, first };
  }
  makeHome(base);
  gitIn(base, ['init', '--quiet', '--bare', '--initial-branch=main', remote], { HOME: home });
  cpSync(EXAMPLE, first, { recursive: true, dereference: true, filter: exampleFiles });
  writeFileSync(join(first, '.gitignore'), '.spis/\n.*.tmp\n.spis-tmp/\n');
  gitIn(first, ['init', '--quiet', '--initial-branch=main'], { HOME: home });
  gitIn(first, ['add', '-A'], { HOME: home });
  gitIn(first, ['commit', '--quiet', '-m', 'the service starts'], { HOME: home });
  const r = spisIn(team, first, ['sync', '--setup', transport ? transport.url(remote) : remote, '--worker', worker]);
  if (r.code !== 0) throw new Error(`setup sync failed: ${r.stderr}`);
  const kept = mkdtempSync(join(tmpdir(), 'spis-team-'));
  for (const part of ['home', 'remote.git', worker]) snapshot(join(base, part), join(kept, part));
  const m: Made = { dir: kept, refs: remoteRefs(team), clones: new Map() };
  made.set(key, m);
  madeAs.set(remote, m);
  return { ...team, first };
}

/** Another worker's clone of the shared remote, set up for sync. */
export function cloneFor(team: Team, worker: string): string {
  const dir = join(team.dir, worker);
  const m = madeAs.get(team.remote);
  const refs = m ? remoteRefs(team) : undefined;
  const copy = m && refs === m.refs ? m.clones.get(worker) : undefined;
  if (copy) {
    snapshot(copy, dir);
    pointAt(team, dir);
    return dir;
  }
  gitIn(team.dir, ['clone', '--quiet', team.transport ? team.transport.url(team.remote) : team.remote, dir], {
    HOME: team.home,
    ...team.transport?.env,
  });
  const r = spisIn(team, dir, ['sync', '--setup', '--worker', worker]);
  if (r.code !== 0) throw new Error(`setup sync failed: ${r.stderr}`);
  // Kept for the next team only when it was cloned from the remote as made and changed nothing there.
  if (m && refs === m.refs && remoteRefs(team) === m.refs) {
    const kept = join(m.dir, `clone-${worker}`);
    snapshot(dir, kept);
    m.clones.set(worker, kept);
  }
  return dir;
}
