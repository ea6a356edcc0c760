// Case numbers (YYYY-NNNN) that never collide, in one clone or in many.
//
// Every number handed out leaves a ref, refs/spis/ids/YYYY/NNNN, so a number whose folder was
// deleted is never handed out again. In a team (a git work tree with the shared remote), a
// number is reserved on the remote before it is used: `git push --force-with-lease=REF:` with an
// empty expected value creates REF only where it does not exist yet, which makes the remote a
// compare-and-swap counter. `spis sync` reserves a few ahead (refs/spis/mine/YYYY/NNNN mark this
// clone's), so `client new` works offline; with none left it gives a provisional id (YYYY-pXXX)
// that `spis sync` renumbers before anything is printed or signed.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SpisError } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { HOST } from './atomic.js';
import { git, gitOk, netTimeout, remoteFailure, remoteUnreachable, serverLines, userNetBound } from './git.js';
import { ARCHIVE_DIR, CLIENTS_DIR } from './repo.js';

export const IDS_REF = 'refs/spis/ids';
export const MINE_REF = 'refs/spis/mine';

export function remoteName(config: SpisConfig | undefined): string {
  return config?.git?.remote ?? 'origin';
}

export function mainBranch(config: SpisConfig | undefined): string {
  return config?.git?.branch ?? 'main';
}

export function hasRemote(root: string, config: SpisConfig | undefined): boolean {
  return git(root, ['remote', 'get-url', remoteName(config)]).status === 0;
}

const pad = (n: number): string => String(n).padStart(4, '0');

/** Numbers of a year used by case folders in clients/ and archive/ (links too: they hold the name). */
function folderNumbers(root: string, year: string): Set<number> {
  const out = new Set<number>();
  for (const dir of [CLIENTS_DIR, ARCHIVE_DIR]) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const n of names) if (n.startsWith(`${year}-`) && /^[0-9]{4}$/.test(n.slice(5))) out.add(Number(n.slice(5)));
  }
  return out;
}

function refNumbers(root: string, prefix: string, year: string): number[] {
  const r = git(root, ['for-each-ref', '--format=%(refname)', `${prefix}/${year}/`]);
  if (r.status !== 0) return [];
  return r.stdout
    .split('\n')
    .map((l) => l.trim().split('/').at(-1) ?? '')
    .filter((n) => /^[0-9]{4}$/.test(n))
    .map(Number);
}

function caseFolderExists(root: string, id: string): boolean {
  for (const dir of [CLIENTS_DIR, ARCHIVE_DIR]) {
    try {
      lstatSync(join(root, dir, id));
      return true;
    } catch {
      // not there
    }
  }
  return false;
}

/** The highest number known for a year: folders, and every number ever handed out or reserved. */
export function highestNumber(root: string, year: string, useGit: boolean): number {
  let max = 0;
  for (const n of folderNumbers(root, year)) max = Math.max(max, n);
  if (useGit) for (const n of refNumbers(root, IDS_REF, year)) max = Math.max(max, n);
  return max;
}

/** A reserved number now in use: no longer this clone's to hand out (its refs/spis/ids ref stays). */
export function releaseReservation(root: string, id: string): void {
  git(root, ['update-ref', '-d', `${MINE_REF}/${id.slice(0, 4)}/${id.slice(5)}`]);
}

export interface Allocation {
  id: string;
  provisional: boolean;
  /** Records the number as used; call once the case folder is in place. */
  settle(): void;
}

/**
 * The id for a new case, chosen under the writer's lock. `team` is a git work tree with the
 * shared remote; `useGit` a git work tree of its own.
 */
export function allocateCaseId(root: string, year: string, mode: { useGit: boolean; team: boolean }): Allocation {
  if (mode.team) {
    const mine = refNumbers(root, MINE_REF, year).sort((a, b) => a - b);
    for (const n of mine) {
      const id = `${year}-${pad(n)}`;
      if (caseFolderExists(root, id)) {
        releaseReservation(root, id);
        continue;
      }
      return { id, provisional: false, settle: () => releaseReservation(root, id) };
    }
    for (;;) {
      const id = `${year}-p${randomBytes(3).readUIntBE(0, 3).toString(36).padStart(3, '0').slice(-3)}`;
      if (!caseFolderExists(root, id)) return { id, provisional: true, settle: () => undefined };
    }
  }
  const next = highestNumber(root, year, mode.useGit) + 1;
  if (next > 9999) throw new SpisError('case.ids-exhausted', { year });
  const id = `${year}-${pad(next)}`;
  return {
    id,
    provisional: false,
    settle: () => {
      if (mode.useGit) git(root, ['update-ref', `${IDS_REF}/${year}/${pad(next)}`, reservationObject(root, id)]);
    },
  };
}

/** A commit object unique to one reservation: the lease compares values, so two must never be equal. */
function reservationObject(root: string, id: string): string {
  const tree = gitOk(root, ['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' });
  return gitOk(root, ['commit-tree', tree, '-m', `spis: case id ${id} (${HOST} ${randomBytes(6).toString('hex')})`], {
    env: {
      GIT_AUTHOR_NAME: 'spis',
      GIT_AUTHOR_EMAIL: 'spis@localhost',
      GIT_COMMITTER_NAME: 'spis',
      GIT_COMMITTER_EMAIL: 'spis@localhost',
    },
  });
}

/** The error for a remote that could not be talked to, saying why where ssh or the server said. */
export function remoteError(remote: string, stderr: string): SpisError {
  switch (remoteFailure(stderr)) {
    case 'host-key':
      return new SpisError('sync.ssh-host-key', { remote });
    case 'key-refused':
      return new SpisError('sync.ssh-key-refused', { remote });
    case 'timeout':
      return userNetBound()
        ? new SpisError('sync.timeout-own', { remote })
        : new SpisError('sync.timeout', { remote, seconds: netTimeout() });
    case 'refused-push':
      return new SpisError('sync.push-refused', {
        remote,
        lines: serverLines(stderr)
          .map((l) => `  ${l}`)
          .join('\n'),
      });
    default:
      return new SpisError('sync.offline', { remote });
  }
}

/** Brings refs/spis/ids from the remote (every number any clone has reserved). */
export function fetchIds(root: string, remote: string): boolean {
  return fetchIdsResult(root, remote).status === 0;
}

function fetchIdsResult(root: string, remote: string): { status: number; stderr: string } {
  return git(root, ['fetch', '--quiet', remote, `+${IDS_REF}/*:${IDS_REF}/*`]);
}

/**
 * Makes sure this clone holds `want` unused reserved numbers of `year`, reserving on the remote
 * as needed. Returns the numbers newly reserved; throws when the remote cannot be reached.
 */
export function reserveIds(root: string, remote: string, year: string, want: number): string[] {
  const unused = (): number[] =>
    refNumbers(root, MINE_REF, year).filter((n) => !caseFolderExists(root, `${year}-${pad(n)}`));
  const got: string[] = [];
  for (let attempt = 0; attempt < 8 && unused().length < want; attempt++) {
    const f = fetchIdsResult(root, remote);
    if (f.status !== 0) throw remoteError(remote, f.stderr);
    const start = highestNumber(root, year, true) + 1;
    const count = want - unused().length;
    if (start + count - 1 > 9999) throw new SpisError('case.ids-exhausted', { year });
    const nums = Array.from({ length: count }, (_, i) => start + i);
    const objects = nums.map((n) => reservationObject(root, `${year}-${pad(n)}`));
    const refs = nums.map((n) => `${IDS_REF}/${year}/${pad(n)}`);
    const push = git(root, [
      'push',
      '--quiet',
      '--atomic',
      remote,
      ...refs.map((r, i) => `${objects[i]}:${r}`),
      ...refs.map((r) => `--force-with-lease=${r}:`),
    ]);
    if (push.status !== 0) {
      if (remoteUnreachable(push.stderr) || ['refused-push', 'timeout'].includes(remoteFailure(push.stderr)))
        throw remoteError(remote, push.stderr);
      continue; // another clone took one of them first: look again
    }
    refs.forEach((r, i) => {
      gitOk(root, ['update-ref', r, objects[i]]);
      gitOk(root, ['update-ref', `${MINE_REF}/${year}/${pad(nums[i])}`, objects[i]]);
    });
    got.push(...nums.map((n) => `${year}-${pad(n)}`));
  }
  if (unused().length < want) throw new SpisError('sync.reserve-failed', { remote });
  return got;
}

/** This clone's reserved, unused numbers of a year, lowest first. */
export function reservedIds(root: string, year: string): string[] {
  return refNumbers(root, MINE_REF, year)
    .sort((a, b) => a - b)
    .map((n) => `${year}-${pad(n)}`)
    .filter((id) => !caseFolderExists(root, id));
}
