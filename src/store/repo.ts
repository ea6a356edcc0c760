// Finding the case repository and reading its spis.yaml.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SpisError, type Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { readRecord } from './read-yaml.js';

export const CONFIG_FILE = 'spis.yaml';
export const CLIENTS_DIR = 'clients';
export const ARCHIVE_DIR = 'archive';
export const SCHEMAS_DIR = 'schemas';

export interface Repo {
  root: string;
  config: SpisConfig;
}

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

/** Reads and checks spis.yaml; returns the problems rather than throwing, so `check` can list them. */
export function readConfig(root: string): { config: SpisConfig | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const rec = readRecord<SpisConfig>({ root }, CONFIG_FILE, 'spis', problems);
  if (!rec && problems.length === 0) problems.push({ code: 'file-unreadable', file: CONFIG_FILE, params: { reason: 'ENOENT' } });
  return { config: problems.length === 0 ? rec?.data : undefined, problems };
}

/** Opens the repository for a command that needs a sound spis.yaml. */
export function openRepo(opts: FindOptions): Repo {
  const root = findRepoRoot(opts);
  const { config, problems } = readConfig(root);
  if (problems.length > 0 || !config) throw new SpisError('repo.config-invalid', { file: CONFIG_FILE }, 1, problems);
  return { root, config };
}
