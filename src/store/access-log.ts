// Who viewed what, where git cannot see it: rendering a document, showing a case with names,
// `due --names` and exporting append one line – time, worker, command, case ids – to an
// owner-only log at the repository's root, which the next write commits. No names, no values.
// A read appends its line to .spis/access-pending.log (tool state, never committed; an append
// of one short line is atomic); only the writer, under its lock, moves the lines into the
// tracked access.log (flushAccessLog) – so a sync, a merge or a commit never races a read.
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commitFiles, ensureStateDir, STATE_DIR } from './atomic.js';
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
  ensureStateDir(root);
  appendFileSync(join(root, PENDING_LOG), line, { mode: 0o600 });
}

/** The lines of reads since the last write, waiting for the writer. */
export const PENDING_LOG = `${STATE_DIR}/access-pending.log`;

/**
 * Under the writer's lock: the waiting lines appended to access.log, written atomically. The
 * pending file is first renamed aside (a read appending now starts a new one); a writer killed
 * after writing access.log but before removing what it renamed leaves those lines to be appended
 * again by the next writer – a line twice, never a line lost.
 */
export function flushAccessLog(root: string): void {
  const pending = join(root, PENDING_LOG);
  if (existsSync(pending)) renameSync(pending, `${pending}.${Date.now()}.${process.pid}.taking`);
  let taken: string[];
  try {
    taken = readdirSync(join(root, STATE_DIR))
      .filter((n) => n.startsWith('access-pending.log.') && n.endsWith('.taking'))
      .sort()
      .map((n) => join(root, STATE_DIR, n));
  } catch {
    return;
  }
  if (taken.length === 0) return;
  const log = join(root, ACCESS_LOG);
  const before = existsSync(log) ? readFileSync(log) : Buffer.alloc(0);
  commitFiles([{ path: log, content: Buffer.concat([before, ...taken.map((f) => readFileSync(f))]) }], root);
  for (const f of taken) rmSync(f, { force: true });
}

/** The log, when there is one, rides along with the next commit. */
export function accessLogPath(root: string): string[] {
  return existsSync(join(root, ACCESS_LOG)) ? [ACCESS_LOG] : [];
}
