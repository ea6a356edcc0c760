// spis archive: moves closed cases out of clients/ for the retention period, or takes one back.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { archiveCases, restoreFromArchive } from '../app/archive.js';
import { openRepo } from '../store/index.js';

export async function runArchive(
  ctx: Context,
  id: string | undefined,
  opts: { allClosed?: boolean; restore?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.restore) {
    if (id === undefined || opts.allClosed) throw usageError('archive.which');
    await restoreFromArchive(ctx, repo, id);
    out(ctx, t('archive.restored', { id }));
    return 0;
  }
  if ((id === undefined) === !opts.allClosed) throw usageError('archive.which');
  const done = await archiveCases(ctx, repo, id);
  for (const m of done) out(ctx, t('archive.saved', { id: m.caseId, date: formatDate(m.until, ctx.lang) }));
  if (done.length === 0) out(ctx, t('archive.none'));
  return 0;
}
