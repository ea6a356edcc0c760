// Who viewed what, where git cannot see it: rendering a document, showing a case with names,
// `due --names` and exporting append one line – time, worker, command, case ids – to an
// owner-only log at the repository's root, which the next write commits. No names, no values.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SpisConfig } from '../domain/types.js';
import { currentWorker } from './worker-id.js';
import { isOwnWorkTree } from './git.js';

export const ACCESS_LOG = 'access.log';

export function accessLogOn(config: SpisConfig | undefined): boolean {
  return config?.privacy?.access_log !== false;
}

export function logAccess(
  root: string,
  env: NodeJS.ProcessEnv,
  config: SpisConfig | undefined,
  command: string,
  ids: readonly string[],
): void {
  if (!accessLogOn(config) || ids.length === 0) return;
  // SPIS_WORKER needs no git process; only without it is the clone's spis.worker asked.
  let who: string;
  try {
    who = currentWorker(root, env, config, !env.SPIS_WORKER && isOwnWorkTree(root)).id ?? env.USER ?? '?';
  } catch {
    // An unknown worker id: a read is not refused for it; the log keeps what was given.
    who = env.SPIS_WORKER?.trim() || '?';
  }
  const line = `${new Date().toISOString()}\t${who}\t${command}\t${ids.join(' ')}\n`;
  appendFileSync(join(root, ACCESS_LOG), line, { mode: 0o600 });
}

/** The log, when there is one, rides along with the next commit. */
export function accessLogPath(root: string): string[] {
  return existsSync(join(root, ACCESS_LOG)) ? [ACCESS_LOG] : [];
}
