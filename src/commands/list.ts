// spis list: the cases with status, key worker and last contact.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { CASE_STATUSES } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { assertWorkerOption } from '../app/input.js';
import { listRows } from '../app/list.js';
import { STATUS_WORDS, statusFromWord } from '../ui/format.js';
import { listTable } from '../ui/list.js';
import { openRepo } from '../store/index.js';

export async function runList(
  ctx: Context,
  opts: { status?: string; worker?: string; archived?: boolean; json?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // Czech words for the statuses are taken as well as the codes (aktivní, zájemkyně, ukončený…).
  if (opts.status !== undefined) {
    const status = statusFromWord(opts.status);
    if (!status)
      throw usageError('list.bad-status', {
        value: opts.status,
        allowed: CASE_STATUSES.map((s) => `${STATUS_WORDS[s][0]} (${s})`).join(', '),
      });
    opts = { ...opts, status };
  }
  assertWorkerOption(repo.config, opts.worker);
  const { rows, sexes, broken, brokenProblems } = await listRows(repo, ctx.today, opts);
  if (opts.json) out(ctx, JSON.stringify(rows, null, 2));
  else if (rows.length === 0) err(ctx, t('list.empty'));
  else out(ctx, listTable(rows, sexes, repo.config, ctx));
  if (broken > 0) throw new SpisError('list.broken', { count: broken }, 1, brokenProblems);
  return 0;
}
