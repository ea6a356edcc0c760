// spis purge: the end of the retention period (Art. 5(1)(e) GDPR, standard of quality 6c).
// Expired archived cases are removed from the work tree in one commit; because git keeps every
// version, the second step – rewriting the shared history – is printed for the administrator.
// A public-law provider lists the cases for the records-disposal procedure instead.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { rulesOf } from '../domain/config.js';
import { casesToPurge, destroyCases, proposeDisposal, purgedBefore, type PurgeOptions } from '../app/purge.js';
import { confirmPurge, historyRewrite, procedureList } from '../ui/purge.js';
import { openRepo, assertCaseId, DISPOSAL_DIR } from '../store/index.js';

export async function runPurge(ctx: Context, id: string | undefined, opts: PurgeOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.printHistoryRewrite) {
    const ids = id !== undefined ? (assertCaseId(id), [id]) : purgedBefore(repo.root);
    if (ids.length === 0) throw new SpisError('purge.nothing-purged');
    out(ctx, historyRewrite(ids));
    return 0;
  }
  if ((id === undefined) === !opts.expired) throw usageError('purge.which');
  const chosen = casesToPurge(repo, id, ctx.today, ctx.lang);
  if (chosen.length === 0) {
    out(ctx, t('purge.none'));
    return 0;
  }
  const ids = chosen.map((c) => c.id);
  // A public-law provider may destroy records only through the disposal procedure with the state archive.
  if (rulesOf(repo.config).disposal === 'procedure') {
    out(ctx, procedureList(chosen, ctx));
    const name = await proposeDisposal(ctx, repo, chosen);
    out(ctx, t('purge.record-saved', { file: `${DISPOSAL_DIR}/${name}`, id: name.slice(0, -5) }));
    return 0;
  }
  if (isInteractive(ctx.io) && !opts.yes) {
    if (!(await confirmPurge(ctx, ids))) return 0;
  } else if (!opts.yes) {
    throw usageError('purge.needs-yes', { ids: ids.join(' ') });
  }
  const record = await destroyCases(ctx, repo, chosen);
  out(ctx, t('purge.done', { count: ids.length, ids: ids.join(' ') }));
  out(ctx, t('purge.record-saved', { file: `${DISPOSAL_DIR}/${record}`, id: record.slice(0, -5) }));
  out(ctx, t('purge.history-still'));
  return 0;
}
