// What a reader saw of a case, for the stamped caches (stamp-cache.ts): a stamp of every folder
// and record, taken before it was listed or read. Node built-ins only, so the case loader can
// take a trace without loading the caches.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The stamps of a case's folders and records, flat: for each, its path within the case folder
 * ("." the folder itself), size, mtime (ms with the sub-millisecond part the file system gives),
 * ctime less mtime, inode.
 */
export type Stamps = (string | number)[];
export const STAMP_WIDTH = 5;

export interface Trace {
  /** The case folder ("clients/2026-0001"): stamps are relative to it. */
  key: string;
  stamps: Stamps;
  /** A file changed within a second of being read: this trace is not kept. */
  racy: boolean;
  /** When reading began (ms since the epoch). */
  started: number;
}

/** A trace of one case, begun at `started` (the clock's now: injectable, so that tests need not sleep). */
export function newTrace(key: string, started: number = Date.now()): Trace {
  return { key, stamps: [], racy: false, started };
}

const SECOND = 1000;

/** Stamps a folder or record (path relative to the repository) before it is listed or read; a missing one is no stamp (its folder's stamp covers it). */
export function stampFile(root: string, rel: string, trace: Trace): void {
  const st = lstatSync(join(root, rel), { throwIfNoEntry: false });
  if (!st) return;
  if (st.mtimeMs >= trace.started - SECOND || st.ctimeMs >= trace.started - SECOND) trace.racy = true;
  const inCase = rel === trace.key ? '.' : rel.startsWith(`${trace.key}/`) ? rel.slice(trace.key.length + 1) : rel;
  // ctime as its distance from mtime (mostly 0): a smaller file to read each morning
  trace.stamps.push(inCase, st.size, st.mtimeMs, st.ctimeMs - st.mtimeMs, st.ino);
}
