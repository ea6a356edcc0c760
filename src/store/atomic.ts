// Durable writes. One file: a temp file in the same folder, fsync, rename, fsync the folder.
// Several renames that must land together (a contact and the goals it changes; a termination
// record and its case folder moving to the archive): every temp file first, then a manifest
// with a name of its own in .spis/pending/, then the renames in order. A writer that dies
// after its manifest is complete is finished by recoverPending() under the next writer's lock;
// one that dies before leaves only temp files, whose names say which host and process made
// them, so the next writer (and `spis check`) can tell them from a live writer's and remove them.
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { errnoCode, SpisError } from '../problems.js';
import { SERVICE_FOLDER_DIRS } from '../domain/kinds.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
/** The tool's own working state inside a case repository; never committed. */
export const STATE_DIR = '.spis';
export const PENDING_DIR = `${STATE_DIR}/pending`;

export interface FileChange {
  path: string;
  /** Text (UTF-8) or bytes (a PDF). */
  content: string | Uint8Array;
}

/** A rename that is part of a change, e.g. a case folder moving to the archive (absolute paths). */
export interface Move {
  from: string;
  to: string;
}

/** This machine's name as it may stand in a file name. */
export const HOST = (hostname() || 'localhost').replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'localhost';

const TEMP_RE = /^\.(.+)\.([A-Za-z0-9-]+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** Temp files of earlier versions carried the pid only. */
const OLD_TEMP_RE = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;

export function tempName(base: string): string {
  return `.${base}.${HOST}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Who made a temp file, read from its name; undefined for a name that is not a temp file. */
export function tempOwner(name: string): { host: string; pid: number } | undefined {
  const m = TEMP_RE.exec(name);
  if (m) return { host: m[2], pid: Number(m[3]) };
  const o = OLD_TEMP_RE.exec(name);
  return o ? { host: HOST, pid: Number(o[2]) } : undefined;
}

/** A temp name's writer: 'live' (or unknowable: another host), 'dead', or undefined for a name that is no temp file. */
export function tempState(name: string): 'live' | 'dead' | undefined {
  const owner = name.startsWith('.') ? tempOwner(name) : undefined;
  if (!owner) return undefined;
  return processMayLive(owner.host, owner.pid) ? 'live' : 'dead';
}

/** The folders where a writer may leave a temp folder or a manifest: swept at every write and check. */
export const TOP_LEVEL_DIRS = ['.', STATE_DIR, PENDING_DIR, 'clients', 'archive', ...SERVICE_FOLDER_DIRS];

/** Whether a process may still be running. On another host nobody can tell, so it may. */
export function processMayLive(host: string, pid: number): boolean {
  if (host !== HOST) return true;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
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

/**
 * The tool's own folder (.spis/, .spis-tmp/) of a repository, made owner-only and ignoring itself
 * (a .gitignore of '*' inside), so no `git add -A` of anyone ever puts caches, locks or copies
 * of records into the history.
 */
export function ensureStateDir(root: string, name: string = STATE_DIR): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  const ignore = join(dir, '.gitignore');
  if (!existsSync(ignore)) {
    try {
      writeFileSync(ignore, "# The tool's own state: never in git.\n*\n", { mode: FILE_MODE, flag: 'wx' });
    } catch {
      // another process made it, or the folder is read-only: the repository's .gitignore still says it
    }
  }
  return dir;
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
  const tmp = join(dirname(change.path), tempName(basename(change.path)));
  writeSynced(tmp, change.content, mode);
  return tmp;
}

/**
 * Writes every change and makes every move, or none of them. `root` is the case repository,
 * which holds the manifest while the renames run.
 */
export function commitFiles(changes: FileChange[], root: string, moves: Move[] = []): void {
  if (changes.length === 0 && moves.length === 0) return;
  const staged: { from: string; to: string }[] = [];
  try {
    for (const c of changes) staged.push({ from: stage(c), to: c.path });
  } catch (err) {
    for (const s of staged) safeUnlink(s.from);
    throw err;
  }
  if (staged.length === 1 && moves.length === 0) {
    renameSync(staged[0].from, staged[0].to);
    fsyncDir(dirname(staged[0].to));
    return;
  }
  const base = resolve(root);
  const renames = [...staged, ...moves].map((r) => ({ from: relative(base, r.from), to: relative(base, r.to) }));
  const manifestPath = join(base, PENDING_DIR, `${HOST}.${process.pid}.${randomBytes(4).toString('hex')}.json`);
  try {
    const manifestTmp = stage({ path: manifestPath, content: JSON.stringify({ renames }) });
    renameSync(manifestTmp, manifestPath);
    fsyncDir(dirname(manifestPath));
  } catch (err) {
    for (const s of staged) safeUnlink(s.from);
    throw err;
  }
  finish(base, manifestPath);
}

/**
 * The target must be nothing yet – not a folder, a file or a link (a dangling one included) – in a
 * folder that exists: said before any work, and never by the temp name the folder is made under.
 */
export function assertNewFolder(dir: string): void {
  let st: Stats | undefined;
  try {
    st = lstatSync(dir);
  } catch {
    // free
  }
  if (st?.isSymbolicLink()) throw new SpisError('export.link', { dir });
  if (st) throw new SpisError('export.exists', { dir });
  let parent: Stats | undefined;
  try {
    parent = statSync(dirname(dir));
  } catch {
    // missing
  }
  if (!parent?.isDirectory()) throw new SpisError('export.no-parent', { dir: dirname(dir) });
}

/**
 * A new folder with its files, whole or not at all: written aside under a temp name (a dead
 * writer's is swept), then renamed into place. Nobody sees it before the rename, so its files
 * need no manifest.
 */
export function writeNewFolder(dir: string, files: FileChange[]): void {
  const aside = join(dirname(dir), tempName(basename(dir)));
  try {
    ensureDir(aside);
    // Each file written in place (nobody sees the folder yet) and synced; then every folder's
    // entries once, before the rename shows them: a file and a folder sync per file, not a temp
    // file, a rename and a folder sync each (21,000 files of an export: 16 s -> a few).
    const folders = new Set<string>([aside]);
    for (const f of files) {
      const path = join(aside, relative(dir, f.path));
      for (let d = dirname(path); d.length > aside.length && !folders.has(d); d = dirname(d)) folders.add(d);
      ensureDir(dirname(path));
      writeSynced(path, f.content, FILE_MODE);
    }
    for (const d of [...folders].sort((x, y) => y.length - x.length)) fsyncDir(d);
    renameSync(aside, dir);
    fsyncDir(dirname(dir));
  } catch (err) {
    rmSync(aside, { recursive: true, force: true });
    throw err;
  }
}

/** A new file with its bytes on the disk; a short write is finished, or the file removed and the error thrown. */
function writeSynced(path: string, content: FileChange['content'], mode: number): void {
  const fd = openSync(path, 'wx', mode);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    // A short write (a disk filling up) is no write: the rest is written or an error is thrown.
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (err) {
    // What this call made and could not finish is not left behind.
    closeSync(fd);
    safeUnlink(path);
    throw err;
  }
  closeSync(fd);
}

/** Carries out a manifest's renames; safe to run again on a half-finished one. */
function finish(base: string, manifestPath: string): void {
  const { renames } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { renames: { from: string; to: string }[] };
  const dirs = new Set<string>();
  for (const r of renames) {
    const from = join(base, r.from);
    const to = join(base, r.to);
    if (existsSync(from)) {
      ensureDir(dirname(to));
      renameSync(from, to);
    }
    dirs.add(dirname(to));
    dirs.add(dirname(from));
  }
  for (const d of dirs) if (existsSync(d)) fsyncDir(d);
  unlinkSync(manifestPath);
  fsyncDir(dirname(manifestPath));
}

/** The manifests of changes that have not finished (relative paths). */
export function pendingChanges(root: string): string[] {
  try {
    return readdirSync(join(root, PENDING_DIR))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => `${PENDING_DIR}/${n}`);
  } catch {
    return [];
  }
}

/** The temp files a pending manifest still needs: they must not be swept away. */
export function pendingTemps(root: string): Set<string> {
  const keep = new Set<string>();
  for (const rel of pendingChanges(root)) {
    try {
      const { renames } = JSON.parse(readFileSync(join(root, rel), 'utf8')) as { renames: { from: string }[] };
      for (const r of renames) keep.add(resolve(root, r.from));
    } catch {
      // an unreadable manifest is reported by check; its temps stay
    }
  }
  return keep;
}

/**
 * Completes every change a dead writer left half done (roll forward: its manifest was written
 * only after all its temp files were). Only the holder of the repository lock may call it.
 * Returns the manifests it completed.
 */
export function recoverPending(root: string): string[] {
  const done: string[] = [];
  for (const rel of pendingChanges(root)) {
    const abs = join(root, rel);
    const owner = /^(.+)\.(\d+)\.[0-9a-f]{8}\.json$/.exec(basename(rel));
    if (owner && Number(owner[2]) === process.pid && owner[1] === HOST) continue;
    try {
      finish(root, abs);
    } catch {
      // A manifest that cannot be carried out is not ours to guess at: it stays, and check reports it.
      continue;
    }
    done.push(rel);
  }
  return done;
}

/**
 * Removes, in the given folders (relative to root), the temp files and temp folders of writers
 * that no longer run. Returns what it removed (relative paths). Temp files that a pending
 * manifest still needs are kept for recovery.
 */
export function sweepLeftovers(root: string, dirs: string[]): string[] {
  const removed = deadLeftovers(root, dirs);
  for (const rel of removed) rmSync(join(root, rel), { recursive: true, force: true });
  return removed;
}

/** What dead writers left in these folders (temp files and folders no pending change needs), without touching it. */
export function deadLeftovers(root: string, dirs: string[]): string[] {
  const keep = pendingTemps(root);
  const found: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      if (tempState(name) !== 'dead') continue;
      if (keep.has(join(root, dir, name))) continue;
      found.push(dir === '.' || dir === '' ? name : `${dir}/${name}`);
    }
  }
  return found;
}

/**
 * The folders where `spis check` found what dead writers left, noted for the writer: check only
 * reports, the next writer removes them under its lock (store/writer.ts). Like the caches, tool
 * state in .spis/ (owner only, never committed); a note that cannot be read is no note.
 */
export const LEFTOVERS_NOTE = `${STATE_DIR}/leftovers.json`;

export function noteLeftovers(root: string, leftovers: string[]): void {
  const dirs = new Set([...notedLeftoverDirs(root), ...leftovers.map((rel) => dirname(rel))]);
  try {
    ensureStateDir(root);
    commitFiles([{ path: join(root, LEFTOVERS_NOTE), content: `${JSON.stringify([...dirs].sort())}\n` }], root);
  } catch {
    // A read-only disk: no note; the writer that can write sweeps its own folders anyway.
  }
}

export function notedLeftoverDirs(root: string): string[] {
  try {
    const dirs: unknown = JSON.parse(readFileSync(join(root, LEFTOVERS_NOTE), 'utf8'));
    // Only folders inside the repository, as check wrote them.
    return Array.isArray(dirs)
      ? dirs.filter((d): d is string => typeof d === 'string' && !isAbsolute(d) && !d.split(/[\\/]/).includes('..'))
      : [];
  } catch {
    return [];
  }
}

/** Every folder of the repository where a writer puts temp files: for a full sweep. */
export function writableDirs(root: string): string[] {
  const dirs = ['.', STATE_DIR, PENDING_DIR];
  for (const top of ['clients', 'archive']) {
    dirs.push(top);
    let ids: string[];
    try {
      ids = readdirSync(join(root, top));
    } catch {
      continue;
    }
    for (const id of ids) {
      if (id.startsWith('.')) continue;
      const caseDir = `${top}/${id}`;
      try {
        if (!lstatSync(join(root, caseDir)).isDirectory()) continue;
      } catch {
        continue;
      }
      dirs.push(caseDir, `${caseDir}/contacts`, `${caseDir}/documents`);
    }
  }
  return dirs;
}

function safeUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // already gone
  }
}

/** The folder for temporary copies of records ($EDITOR, spis edit, a browser's print): inside the case repository, owner only, ignored by git. */
export function editorTempDir(repo: { root: string }): string {
  return ensureStateDir(repo.root, '.spis-tmp');
}

const WORK_RE = /^([a-z]+)-([A-Za-z0-9-]+)\.(\d+)\.[0-9a-f]{8}$/;
/** In a work folder, says that its copy is kept for the worker on purpose (spis edit refused): never swept. */
export const KEPT_MARK = '.kept';

/** A private work folder for a copy of a record (spis edit, a browser's print), named after its process. */
export function privateWorkDir(repo: { root: string }, kind: string): string {
  const dir = join(editorTempDir(repo), `${kind}-${HOST}.${process.pid}.${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { mode: DIR_MODE });
  return dir;
}

/** Marks a work folder's copy as kept for the worker. */
export function keepWorkDir(dir: string): void {
  writeFileSync(join(dir, KEPT_MARK), '', { mode: FILE_MODE });
}

/**
 * The work folders in .spis-tmp/ that no running process owns: left by a killed spis edit or
 * print (`dead`: removed by the next command of any kind), or kept for the worker on purpose
 * (`kept`: reported by check until dealt with).
 */
export function workLeftovers(root: string): { dead: string[]; kept: string[] } {
  const base = join(root, '.spis-tmp');
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return { dead: [], kept: [] };
  }
  const dead: string[] = [];
  const kept: string[] = [];
  for (const n of names) {
    if (n === '.gitignore') continue;
    const rel = `.spis-tmp/${n}`;
    if (existsSync(join(base, n, KEPT_MARK))) {
      kept.push(rel);
      continue;
    }
    const m = WORK_RE.exec(n);
    // Earlier versions named them edit-XXXXXX, print-XXXXXX (no owner): taken as dead.
    if (m ? !processMayLive(m[2], Number(m[3])) : /^(edit|print)-[A-Za-z0-9]{6}$/.test(n)) dead.push(rel);
  }
  return { dead, kept };
}

/** Removes the work folders of processes that are no longer running (copies of records a purge must not leave behind). */
export function sweepWorkDirs(root: string): number {
  const { dead } = workLeftovers(root);
  for (const rel of dead) rmSync(join(root, rel), { recursive: true, force: true });
  if (dead.length) removeEditorTempDir({ root });
  return dead.length;
}

export function removeEditorTempDir(repo: { root: string }): void {
  const dir = join(repo.root, '.spis-tmp');
  try {
    if (existsSync(dir) && readdirSync(dir).every((n) => n === '.gitignore'))
      rmSync(dir, { recursive: true, force: true });
  } catch {
    // left for the next run
  }
}
