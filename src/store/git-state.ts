// The clone's own git state, as the writers and sync see it: an unfinished git operation (a
// rebase, merge, cherry-pick or revert someone started by hand, or an older spis left), and the
// one step of sync that touches the work tree – moving the branch to the integrated commit –
// made restartable: it is announced in a marker first, so a sync killed while git rewrote the
// files is finished by the next command instead of leaving half a checkout for sync to take
// for hand edits.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SpisError } from '../problems.js';
import { t } from '../i18n/index.js';
import { diskFull, git, gitOk, firstLine, type GitResult } from './git.js';

export type GitOperation = 'rebase' | 'merge' | 'cherry-pick' | 'revert';

export function gitDir(root: string): string {
  return gitOk(root, ['rev-parse', '--absolute-git-dir']);
}

/** The git operation left unfinished in this clone, if any. */
export function gitOperation(root: string, dir?: string): GitOperation | undefined {
  if (dir === undefined) {
    const r = git(root, ['rev-parse', '--absolute-git-dir']);
    if (r.status !== 0) return undefined;
    dir = r.stdout.trim();
  }
  if (existsSync(join(dir, 'rebase-merge')) || existsSync(join(dir, 'rebase-apply'))) return 'rebase';
  if (existsSync(join(dir, 'MERGE_HEAD'))) return 'merge';
  if (existsSync(join(dir, 'CHERRY_PICK_HEAD'))) return 'cherry-pick';
  if (existsSync(join(dir, 'REVERT_HEAD'))) return 'revert';
  if (existsSync(join(dir, 'sequencer'))) return 'cherry-pick';
  return undefined;
}

export { diskFull };

/** Throws the disk-full message when git failed for want of space. */
export function failOnDiskFull(r: GitResult): void {
  if (r.status !== 0 && diskFull(r)) throw new SpisError('store.disk-full', {});
}

const MARKER = 'spis-checkout';

interface CheckoutMarker {
  ref: string;
  from: string;
  to: string;
}

/**
 * Moves the branch `ref` (HEAD's) from commit `from` to `to`, updating the work tree and index
 * for the paths that differ (local changes elsewhere are kept). Announced first, so an
 * interruption is finished by finishCheckout. Throws on a full disk; returns false when git
 * refuses (a local change in the way), with nothing moved.
 */
export function moveBranch(root: string, ref: string, from: string, to: string): boolean {
  if (from === to) return true;
  const dir = gitDir(root);
  const marker = join(dir, MARKER);
  writeFileSync(marker, JSON.stringify({ ref, from, to } satisfies CheckoutMarker));
  const r = git(root, ['reset', '--quiet', '--keep', to]);
  if (r.status === 0) {
    rmSync(marker, { force: true });
    ownerOnly(root, changedBetween(root, from, to));
    return true;
  }
  if (diskFull(r)) {
    // Half the files may be written: the next command finishes it once there is room.
    throw new SpisError('store.disk-full', {});
  }
  // Refused before anything was written (a local change in the way): nothing to finish.
  if (revParse(root, 'HEAD') === from) rmSync(marker, { force: true });
  return false;
}

function revParse(root: string, rev: string): string | undefined {
  const r = git(root, ['rev-parse', '--verify', '--quiet', rev]);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Finishes a branch move a killed or starved sync left: the paths that differ between the two
 * commits were clean before the move, so they are written as the target has them, and the
 * branch points at it. True when there was one to finish.
 */
export function finishCheckout(root: string): boolean {
  const dir = gitDir(root);
  const marker = join(dir, MARKER);
  if (!existsSync(marker)) return false;
  let m: CheckoutMarker;
  try {
    m = JSON.parse(readFileSync(marker, 'utf8')) as CheckoutMarker;
  } catch {
    rmSync(marker, { force: true });
    return false;
  }
  const head = revParse(root, 'HEAD');
  if (head !== m.from && head !== m.to) {
    // Someone moved the branch meanwhile: not ours to finish.
    rmSync(marker, { force: true });
    return false;
  }
  for (const lock of ['index.lock', 'HEAD.lock', `${m.ref}.lock`]) rmSync(join(dir, lock), { force: true });
  const paths = gitOk(root, ['diff', '--name-only', '-z', '--no-renames', m.from, m.to]).split('\0').filter(Boolean);
  const inTarget = new Set(gitOk(root, ['ls-tree', '-r', '-z', '--name-only', m.to]).split('\0').filter(Boolean));
  const present = paths.filter((p) => inTarget.has(p));
  if (present.length > 0)
    failOnDiskFull(
      git(root, ['checkout', '--quiet', m.to, '--pathspec-from-file=-', '--pathspec-file-nul'], {
        input: present.join('\0'),
      }),
    );
  const gone = paths.filter((p) => !inTarget.has(p));
  for (const p of gone) rmSync(join(root, p), { force: true });
  if (gone.length > 0)
    git(root, ['rm', '--quiet', '--cached', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], {
      input: gone.join('\0'),
    });
  ownerOnly(root, present);
  if (head !== m.to) {
    const r = git(root, ['update-ref', m.ref, m.to, m.from]);
    if (r.status !== 0) throw new SpisError('sync.git-failed', { reason: firstLine(r.stderr) });
  }
  rmSync(marker, { force: true });
  return true;
}

/** HEAD's branch ref (refs/heads/main), or undefined on a detached HEAD. */
export function headRef(root: string): string | undefined {
  const r = git(root, ['symbolic-ref', '--quiet', 'HEAD']);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export interface SettledOperation {
  op: GitOperation;
  /** Record files made during the operation that the undo would have deleted: put back into the work tree. */
  restored: string[];
  /** Where the state found is kept when some of it is neither the branch's nor the incoming side's. */
  branch?: string;
}

/** A free branch name under `stem` (stem, stem-2, stem-3 …). */
export function freeBranch(root: string, stem: string): string {
  let name = stem;
  for (let i = 2; git(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]).status === 0; i++)
    name = `${stem}-${i}`;
  return name;
}

function treeBlobs(root: string, rev: string): Map<string, string> {
  const out = new Map<string, string>();
  const r = git(root, ['ls-tree', '-r', '-z', rev]);
  if (r.status !== 0) return out;
  for (const entry of r.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, sha] = entry.slice(0, tab).split(' ');
    if (type === 'blob') out.set(entry.slice(tab + 1), sha);
  }
  return out;
}

/**
 * Undoes an unfinished git operation before sync goes on, losing nothing made meanwhile: the
 * whole work tree as it stands (staged or not, conflicts included) is taken as a snapshot first;
 * after the undo, record files that only the snapshot has are put back (the hand-edit review then
 * commits them like any record), and if anything else of the snapshot is neither on the branch nor
 * on the incoming side, the snapshot is kept on a branch of its own and named.
 */
export function settleGitOperation(root: string, env: NodeJS.ProcessEnv, stem: string): SettledOperation | undefined {
  const dir = gitDir(root);
  const op = gitOperation(root, dir);
  if (!op) return undefined;
  const head = revParse(root, 'HEAD');
  const readRev = (file: string): string | undefined => {
    try {
      return readFileSync(join(dir, file), 'utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const other =
    op === 'rebase'
      ? (readRev('rebase-merge/onto') ?? readRev('rebase-apply/onto'))
      : op === 'merge'
        ? readRev('MERGE_HEAD')
        : op === 'revert'
          ? readRev('REVERT_HEAD')
          : readRev('CHERRY_PICK_HEAD');
  // The snapshot: HEAD's tree with the whole work tree added over it, in an index of its own.
  let snapshot: string | undefined;
  if (head) {
    const index = join(dir, `spis-snapshot-${process.pid}.index`);
    const idx = { ...env, GIT_INDEX_FILE: index };
    try {
      gitOk(root, ['read-tree', head], { env: idx });
      failOnDiskFull(git(root, ['add', '-A', '--', '.'], { env: idx }));
      snapshot = gitOk(root, ['write-tree'], { env: idx });
    } finally {
      rmSync(index, { force: true });
    }
  }
  const abort = git(root, [op, '--abort'], { env });
  if (abort.status !== 0 || gitOperation(root, dir)) {
    failOnDiskFull(abort);
    throw new SpisError('sync.git-operation-stuck', { op: opName(op) });
  }
  const result: SettledOperation = { op, restored: [] };
  if (!snapshot) return result;
  const now = treeBlobs(root, 'HEAD');
  const incoming = other ? treeBlobs(root, other) : new Map<string, string>();
  let unaccounted = false;
  for (const [path, sha] of treeBlobs(root, snapshot)) {
    if (now.get(path) === sha || incoming.get(path) === sha) continue;
    const text = gitOk(root, ['cat-file', 'blob', sha]);
    const isRecord = /^(clients|archive)\/[^/]+\/.+\.yaml$/.test(path);
    if (isRecord && !now.has(path) && !existsSync(join(root, path)) && !/^(<{7}|>{7}|={7})( |$)/m.test(text)) {
      writeRestored(root, path, gitBlobBytes(root, sha));
      result.restored.push(path);
    } else unaccounted = true;
  }
  if (unaccounted && head) {
    const name = freeBranch(root, stem);
    const commit = gitOk(root, ['commit-tree', snapshot, '-p', head, '-F', '-'], {
      env,
      input: `spis: the state of an unfinished git ${op}, kept\n\nSpis-Command: sync\n`,
    });
    gitOk(root, ['branch', name, commit]);
    result.branch = name;
  }
  return result;
}

function gitBlobBytes(root: string, sha: string): Buffer {
  return spawnBytes(root, ['cat-file', 'blob', sha]);
}

function writeRestored(root: string, path: string, bytes: Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true, mode: 0o700 });
  writeFileSync(join(root, path), bytes, { mode: 0o600, flag: 'wx' });
}

/** The operation as the messages name it. */
export function opName(op: GitOperation): string {
  return t(`git-op.${op}`);
}

function spawnBytes(root: string, args: string[]): Buffer {
  const r = spawnSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : Buffer.alloc(0);
}

/** Paths that differ between two commits and exist in the second. */
function changedBetween(root: string, from: string, to: string): string[] {
  return git(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', from, to])
    .stdout.split('\0')
    .filter(Boolean);
}

/** The tracked files under the given paths (folders expanded). */
export function gitFiles(root: string, paths: string[]): string[] {
  if (paths.length === 0) return [];
  return git(root, ['ls-files', '-z', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: paths.join('\0') })
    .stdout.split('\0')
    .filter(Boolean);
}

/** Records that git wrote into the work tree (with the umask's mode) made readable by their owner only, like every record spis writes. */
export function ownerOnly(root: string, paths: string[]): void {
  for (const p of paths) {
    if (!/^(clients|archive)\//.test(p) && p !== 'spis.yaml' && p !== 'access.log') continue;
    try {
      const abs = join(root, p);
      if (lstatSync(abs).isFile()) chmodSync(abs, 0o600);
    } catch {
      // not there
    }
  }
}
