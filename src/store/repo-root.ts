// Finding the case repository and its folders – without loading a YAML parser, so that shell
// completion can list case folders fast.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SpisError } from '../problems.js';

export const CONFIG_FILE = 'spis.yaml';
export const CLIENTS_DIR = 'clients';
export const ARCHIVE_DIR = 'archive';
export const SCHEMAS_DIR = 'schemas';

export interface FindOptions {
  dir?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** -C wins, then SPIS_DIR, then the nearest parent folder holding spis.yaml (like git). */
export function findRepoRoot(opts: FindOptions): string {
  const explicit = opts.dir ?? (opts.env.SPIS_DIR || undefined);
  if (explicit !== undefined) {
    const root = resolve(opts.cwd, explicit);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new SpisError('repo.dir-missing', { dir: explicit });
    if (!existsSync(join(root, CONFIG_FILE))) throw new SpisError('repo.not-a-repo', { dir: explicit });
    return root;
  }
  let dir = resolve(opts.cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new SpisError('repo.not-found');
    dir = parent;
  }
}

/** A case folder's name: the year and a number, or a provisional id until the next sync. */
export const CASE_ID_RE = /^[0-9]{4}-(?:[0-9]{4}|p[0-9a-z]{3})$/;

export { CASE_FILES } from '../domain/case.js';
