// Changes made beside spis – an editor, a file manager, `rm -rf` – as sync finds them in the
// work tree. Adding or editing a record is fine once the case passes `check`; what spis itself
// never does is not: deleting a record or a whole case (only `spis purge` deletes, and only an
// expired archived case), rewriting a contact record (a correction keeps the original), an empty
// file. Those stop the sync, and `spis restore` puts back the committed version.
import { lstatSync, rmSync } from 'node:fs';
import { gitFiles, ownerOnly } from './git-state.js';
import { join } from 'node:path';
import { git } from './git.js';
import { ARCHIVE_DIR, CLIENTS_DIR } from './repo.js';
import { SERVICE_FOLDER_DIRS } from '../domain/kinds.js';

export type HandChangeKind = 'case-deleted' | 'record-deleted' | 'contact-rewritten' | 'empty-file';

export interface HandChange {
  kind: HandChangeKind;
  /** The case folder's id. */
  caseId: string;
  /** The file (or the case folder, for case-deleted), relative to the repository. */
  file: string;
}

export interface HandChanges {
  /** Paths sync may commit once the cases pass check. */
  allowed: string[];
  /** What stops the sync. */
  refused: HandChange[];
}

const REGISTER_DIRS: readonly string[] = SERVICE_FOLDER_DIRS;
const CASE_PATH_RE = /^(clients|archive)\/([^/]+)(?:\/(.*))?$/;
const CONTACT_RE = /^contacts\/[^/]+\.yaml$/;

/** Paths under `pathspecs` that differ from HEAD or are untracked, with git's status letters. */
function statusEntries(root: string, pathspecs: string[]): { x: string; y: string; path: string }[] {
  const r = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...pathspecs]);
  if (r.status !== 0) return [];
  return r.stdout
    .split('\0')
    .filter((e) => e.length >= 4)
    .map((e) => ({ x: e[0], y: e[1], path: e.slice(3) }));
}

const hidden = (p: string): boolean => p.split('/').some((s) => s.startsWith('.') && s !== '.gitkeep');

function sizeOf(root: string, rel: string): number | undefined {
  try {
    const st = lstatSync(join(root, rel));
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

function caseFolderGone(root: string, where: string, id: string): boolean {
  try {
    lstatSync(join(root, where, id));
    return false;
  } catch {
    return true;
  }
}

export function handChanges(root: string, pathspecs: string[]): HandChanges {
  const allowed: string[] = [];
  const refused: HandChange[] = [];
  const goneCases = new Set<string>();
  for (const { x, y, path } of statusEntries(root, pathspecs)) {
    if (hidden(path)) continue;
    // Staged by a write that was then taken back (a full disk): nothing committed, nothing there.
    if (x === 'A' && y === 'D') continue;
    const m = CASE_PATH_RE.exec(path);
    const deleted = x === 'D' || y === 'D';
    if (m && (m[1] === CLIENTS_DIR || m[1] === ARCHIVE_DIR)) {
      const [, where, id, inner = ''] = m;
      if (deleted) {
        if (caseFolderGone(root, where, id)) {
          const key = `${where}/${id}`;
          if (!goneCases.has(key)) refused.push({ kind: 'case-deleted', caseId: id, file: key });
          goneCases.add(key);
        } else refused.push({ kind: 'record-deleted', caseId: id, file: path });
        continue;
      }
      const tracked = x !== '?' && x !== 'A';
      if (sizeOf(root, path) === 0) {
        refused.push({ kind: 'empty-file', caseId: id, file: path });
        continue;
      }
      if (tracked && CONTACT_RE.test(inner) && !/\.correction-/.test(inner)) {
        refused.push({ kind: 'contact-rewritten', caseId: id, file: path });
        continue;
      }
      allowed.push(path);
      continue;
    }
    // A record of a register (complaints/…) deleted by hand is refused like a case's record: the register keeps it.
    if (deleted && REGISTER_DIRS.some((d) => path.startsWith(`${d}/`))) {
      refused.push({ kind: 'record-deleted', caseId: '', file: path });
      continue;
    }
    if (!deleted && sizeOf(root, path) === 0 && path.endsWith('.yaml')) {
      refused.push({ kind: 'empty-file', caseId: '', file: path });
      continue;
    }
    allowed.push(path);
  }
  return { allowed, refused };
}

/**
 * Puts back what `handChanges` refused, for the given cases (all when none are named): the
 * committed version of a deleted or rewritten record or case, and an empty file removed where
 * nothing was committed. Returns what was put back.
 */
export function restoreHandChanges(root: string, pathspecs: string[], cases?: readonly string[]): HandChange[] {
  const { refused } = handChanges(root, pathspecs);
  const mine = refused.filter((c) => !cases || cases.length === 0 || cases.includes(c.caseId));
  const back: string[] = [];
  for (const c of mine) {
    const inHead = git(root, ['ls-tree', '-r', '--name-only', 'HEAD', '--', c.file]).stdout.trim() !== '';
    if (inHead) back.push(c.file);
    else rmSync(join(root, c.file), { force: true });
  }
  if (back.length > 0) {
    const r = git(root, ['checkout', '--quiet', 'HEAD', '--pathspec-from-file=-', '--pathspec-file-nul'], {
      input: back.join('\0'),
    });
    if (r.status !== 0) throw new Error(r.stderr.trim());
    ownerOnly(root, gitFiles(root, back));
  }
  return mine;
}
