// spis sync: this clone and the team's shared remote brought together (see store/sync.ts);
// spis merge-driver: what git calls to merge goals.yaml during a sync.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { settleBeforeSync, setUpClone, syncThroughWriter } from '../app/sync.js';
import { reportSettled, reportSync } from '../ui/sync.js';

import { mergeGoalsText, pendingConflicts } from '../app/sync.js';

export async function runSync(
  ctx: Context,
  opts: { setup?: string | boolean; worker?: string; reclone?: boolean },
): Promise<ExitCode> {
  const settled = await settleBeforeSync(ctx);
  if (settled) reportSettled(ctx, settled);
  const repo = setUpClone(ctx, opts);
  reportSync(ctx, await syncThroughWriter(ctx, repo, opts.reclone));
  // Records waiting for a person: named by case and file, and the way on; until then sync says so.
  const pending = pendingConflicts(repo.root);
  if (pending.length === 0) return 0;
  throw new SpisError('sync.conflicts-pending', {
    count: pending.length,
    list: pending.map((c) => `  ${c.caseId} ${c.record}`).join('\n'),
  });
}

/** git's merge driver for goals.yaml: merged text into `ours`, exit 0; 1 leaves the conflict to sync. */
export async function runMergeDriver(
  _ctx: Context,
  kind: string,
  base: string,
  ours: string,
  theirs: string,
): Promise<ExitCode> {
  if (kind !== 'goals') return 1;
  try {
    const merged = mergeGoalsText(readFileSync(base, 'utf8'), readFileSync(ours, 'utf8'), readFileSync(theirs, 'utf8'));
    if (merged === undefined) return 1;
    writeFileSync(ours, merged);
    return 0;
  } catch {
    return 1;
  }
}
