// spis sync, what people see: what the sync did, line by line, on stdout and stderr.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { t } from '../i18n/index.js';
import { opName, type SettledOperation } from '../store/git-state.js';
import type { syncRepository } from '../store/sync.js';

export function reportSync(ctx: Context, report: ReturnType<typeof syncRepository>): void {
  if (report.settled) reportSettled(ctx, report.settled);
  if (report.untracked) err(ctx, t('sync.untracked-state'));
  if (report.reclone)
    err(ctx, t('sync.reclone-done', { carried: report.reclone.carried, dropped: report.reclone.dropped.join(', ') }));
  for (const id of new Set(report.removedCases ?? [])) err(ctx, t('sync.case-removed', { id }));
  for (const r of report.renumbered) out(ctx, t('sync.renumbered', { from: r.from, to: r.to }));
  for (const g of report.goalsRenumbered) out(ctx, t('sync.goal-renumbered', { id: g.caseId, from: g.from, to: g.to }));
  if (report.handEdits.length) err(ctx, t('sync.hand-edits', { cases: report.handEdits.join(', ') }));
  for (const m of report.merged) out(ctx, t('sync.record-merged', { file: m }));
  if (report.defaultBranch)
    err(
      ctx,
      t(report.defaultBranch.set ? 'sync.default-branch-set' : 'sync.default-branch-wrong', {
        was: report.defaultBranch.was || '–',
        branch: report.defaultBranch.branch,
      }),
    );
  out(ctx, t('sync.done', { sent: report.sent, received: report.received }));
}

export function reportSettled(ctx: Context, s: SettledOperation): void {
  err(ctx, t('sync.settled', { op: opName(s.op) }));
  if (s.restored.length)
    err(
      ctx,
      t('sync.settled-restored', { count: s.restored.length, files: s.restored.map((f) => `  ${f}`).join('\n') }),
    );
  if (s.branch) err(ctx, t('sync.settled-branch', { branch: s.branch }));
}
