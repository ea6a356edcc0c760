// Real git for the team tests: a bare repository as the shared remote and clones of it in temp
// folders, with a private HOME so the machine's own git settings play no part.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
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

/** The example repository as the first clone of a new shared remote, set up and synced by `worker`. */
export function makeTeam(base: string, worker: string, transport?: Transport): Team & { first: string } {
  const home = makeHome(base);
  const remote = join(base, 'remote.git');
  gitIn(base, ['init', '--quiet', '--bare', '--initial-branch=main', remote], { HOME: home });
  const first = join(base, worker);
  cpSync(EXAMPLE, first, { recursive: true, dereference: true, filter: exampleFiles });
  writeFileSync(join(first, '.gitignore'), '.spis/\n.*.tmp\n.spis-tmp/\n');
  gitIn(first, ['init', '--quiet', '--initial-branch=main'], { HOME: home });
  gitIn(first, ['add', '-A'], { HOME: home });
  gitIn(first, ['commit', '--quiet', '-m', 'the service starts'], { HOME: home });
  const team: Team = { home, remote, dir: base, transport };
  const r = spisIn(team, first, ['sync', '--setup', transport ? transport.url(remote) : remote, '--worker', worker]);
  if (r.code !== 0) throw new Error(`setup sync failed: ${r.stderr}`);
  return { ...team, first };
}

/** Another worker's clone of the shared remote, set up for sync. */
export function cloneFor(team: Team, worker: string): string {
  const dir = join(team.dir, worker);
  gitIn(team.dir, ['clone', '--quiet', team.transport ? team.transport.url(team.remote) : team.remote, dir], {
    HOME: team.home,
    ...team.transport?.env,
  });
  const r = spisIn(team, dir, ['sync', '--setup', '--worker', worker]);
  if (r.code !== 0) throw new Error(`setup sync failed: ${r.stderr}`);
  return dir;
}
