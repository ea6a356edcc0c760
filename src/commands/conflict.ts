// spis conflict: the records of this clone that wait for a person after a sync (a field two
// clones changed differently), listed; or one case's, decided field by field – through the
// prompts or --from – checked like any write, committed with the waiting version as second
// parent, and sent with a sync.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { conflictList } from '../ui/conflict.js';
import { readScriptedInput, requireInputMode } from '../app/input.js';
import { decideConflict } from '../app/conflict.js';
import { openRepo } from '../store/index.js';
import { pendingConflicts } from '../app/conflict.js';

export async function runConflict(ctx: Context, id: string | undefined, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const pending = pendingConflicts(repo.root, id);
  if (id === undefined) {
    if (opts.from !== undefined) throw usageError('conflict.from-needs-case');
    out(ctx, pending.length === 0 ? t('conflict.none') : conflictList(ctx, pending));
    return 0;
  }
  if (pending.length === 0) {
    out(ctx, t('conflict.none-for-case', { id }));
    return 0;
  }
  requireInputMode(ctx, opts.from);
  const scripted = opts.from !== undefined ? await readScriptedInput(ctx, opts.from) : undefined;
  let decided = 0;
  for (const c of pending) {
    const done = await decideConflict(ctx, repo, c, scripted);
    // Discarded at the prompts (the review said nothing was saved), as every other prompt flow: exit 0.
    if (done === 'discarded') return 0;
    if (done === 'gone') err(ctx, t('conflict.case-gone', { id: c.caseId, record: c.record }));
    else {
      decided++;
      out(ctx, t('conflict.saved', { id: c.caseId, record: c.record }));
    }
  }
  if (decided === 0) return 0;
  // Sent at once where the team's remote is set up; offline, the next sync sends it.
  const { hasRemote } = await import('../app/client-new.js');
  if (!hasRemote(repo.root, repo.config)) return 0;
  const { runSync } = await import('./sync.js');
  try {
    return await runSync(ctx, {});
  } catch (e) {
    if (e instanceof SpisError && e.key === 'sync.offline') {
      err(ctx, t('conflict.send-later'));
      return 0;
    }
    throw e;
  }
}
