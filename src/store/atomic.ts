// Durable writes. One file: temp file in the same folder, fsync, rename, fsync the folder.
// Several files that must land together: all temp files first, then a manifest naming them,
// then the renames; a crash between renames is finished by recoverTransaction() next time.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
const MANIFEST = '.spis-transaction.json';

export interface FileChange {
  path: string;
  content: string;
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}

/** Writes the temp file next to its target and returns its path; an existing file keeps its mode. */
function stage(change: FileChange): string {
  ensureDir(dirname(change.path));
  let mode = FILE_MODE;
  try {
    mode = statSync(change.path).mode & 0o777;
  } catch {
    // a new file: owner only
  }
  const tmp = tempPathFor(change.path);
  const fd = openSync(tmp, 'wx', mode);
  try {
    writeSync(fd, change.content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

export function writeFileAtomic(path: string, content: string): void {
  commitFiles([{ path, content }]);
}

/**
 * Writes every change or none of them. `root` holds the manifest while the renames run.
 */
export function commitFiles(changes: FileChange[], root?: string): void {
  if (changes.length === 0) return;
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const c of changes) staged.push({ tmp: stage(c), target: c.path });
  } catch (err) {
    for (const s of staged) safeUnlink(s.tmp);
    throw err;
  }
  if (staged.length === 1) {
    renameSync(staged[0].tmp, staged[0].target);
    fsyncDir(dirname(staged[0].target));
    return;
  }
  const base = resolve(root ?? commonDir(staged.map((s) => s.target)));
  const manifestPath = join(base, MANIFEST);
  const manifest = JSON.stringify(staged.map((s) => ({ tmp: relative(base, s.tmp), target: relative(base, s.target) })));
  const manifestTmp = stage({ path: manifestPath, content: manifest });
  renameSync(manifestTmp, manifestPath);
  fsyncDir(base);
  finish(base, manifestPath);
}

function finish(base: string, manifestPath: string): void {
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8')) as { tmp: string; target: string }[];
  const dirs = new Set<string>();
  for (const e of entries) {
    const tmp = join(base, e.tmp);
    const target = join(base, e.target);
    if (existsSync(tmp)) renameSync(tmp, target);
    dirs.add(dirname(target));
  }
  for (const d of dirs) fsyncDir(d);
  unlinkSync(manifestPath);
  fsyncDir(base);
}

/** Completes a multi-file write that a crash interrupted after its manifest was written. */
export function recoverTransaction(base: string): boolean {
  const manifestPath = join(base, MANIFEST);
  if (!existsSync(manifestPath)) return false;
  finish(base, manifestPath);
  return true;
}

export function hasPendingTransaction(base: string): boolean {
  return existsSync(join(base, MANIFEST));
}

function commonDir(paths: string[]): string {
  const parts = paths.map((p) => resolve(dirname(p)).split('/'));
  const first = parts[0];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join('/') || '/';
}

function safeUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // already gone
  }
}
