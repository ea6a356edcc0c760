// Opening the case repository: finding it (repo-root.ts) and reading its spis.yaml.
import { SpisError, type Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { readRecord } from './read-yaml.js';
import { gitOperation, opName } from './git-state.js';
import { sweepWorkDirs } from './atomic.js';

export { ARCHIVE_DIR, CLIENTS_DIR, CONFIG_FILE, findRepoRoot, SCHEMAS_DIR, type FindOptions } from './repo-root.js';
import { CONFIG_FILE, findRepoRoot, type FindOptions } from './repo-root.js';

export interface Repo {
  root: string;
  config: SpisConfig;
}

/** Reads and checks spis.yaml; returns the problems rather than throwing, so `check` can list them. */
export function readConfig(root: string): { config: SpisConfig | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const rec = readRecord<SpisConfig>({ root }, CONFIG_FILE, 'spis', problems);
  if (!rec && problems.length === 0)
    problems.push({ code: 'file-unreadable', file: CONFIG_FILE, params: { reason: 'ENOENT' } });
  return { config: problems.length === 0 ? rec?.data : undefined, problems };
}

/** Opens the repository for a command that needs a sound spis.yaml. */
export function openRepo(opts: FindOptions): Repo {
  const root = findRepoRoot(opts);
  // Copies of records a killed spis edit or print left: gone before anything else is done.
  sweepWorkDirs(root);
  const { config, problems } = readConfig(root);
  if (problems.length > 0 || !config) {
    // Conflict markers of an unfinished merge or rebase: the way on is to undo it, not to edit by hand.
    const op = gitOperation(root);
    if (op) throw new SpisError('store.git-operation', { op: opName(op) }, 1, problems);
    throw new SpisError('repo.config-invalid', { file: CONFIG_FILE }, 1, problems);
  }
  return { root, config };
}
