// spis due: what is overdue and what falls due within the window, for the worker at the
// terminal and for cron. Never writes a record; keeps what it read in its cache (store/stamp-cache.ts).
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { assertWorkerOption, dateOption } from '../app/input.js';
import { computeDue, dueUntil, fullNames } from '../app/due.js';
import { dueCsv, dueText, toRow } from '../ui/due.js';
import { logAccess, openRepo } from '../store/index.js';

export interface DueOptions {
  asOf?: string;
  within?: string;
  worker?: string;
  json?: boolean;
  csv?: boolean;
  quiet?: boolean;
  names?: boolean;
  /** --no-cache: read every record, as if there were no cache. */
  cache?: boolean;
}

export async function runDue(ctx: Context, opts: DueOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const asOf = dateOption(opts.asOf, ctx.today) ?? ctx.today;
  const until = dueUntil(repo.config, asOf, opts.within);
  assertWorkerOption(repo.config, opts.worker);
  if (opts.json && opts.csv) throw usageError('due.json-and-csv');
  const cache = opts.cache !== false && repo.config.cache !== false;
  const report = await computeDue(repo.root, repo.config, asOf, until, opts.worker, {
    cache,
    env: ctx.io.env,
    now: ctx.io.now,
  });
  // Due facts hold initials only: --names reads the names from the records of the cases listed.
  const names = opts.names ? fullNames(repo.root, report) : undefined;
  if (ctx.io.env.SPIS_CACHE_STATS && report.cache)
    ctx.io.stderr.write(
      `due-cache: ${report.cache.hits}/${report.cache.cases}${report.cache.thread ? ' (thread)' : ''}\n`,
    );
  const rows = report.items.map((i) => toRow(i, repo.config, names));
  // Full names are identifying data: who saw them is logged (initials are not).
  if (opts.names)
    logAccess(repo.root, ctx.io.env, repo.config, 'due --names', [...new Set(report.items.map((i) => i.caseId))]);
  const quiet = opts.quiet && rows.length === 0;
  if (opts.json) {
    if (!quiet) out(ctx, JSON.stringify(rows, null, 2));
  } else if (opts.csv) {
    if (!quiet) out(ctx, dueCsv(rows));
  } else if (rows.length === 0) {
    if (!opts.quiet)
      out(ctx, t('due.nothing', { date: formatDate(asOf, ctx.lang), until: formatDate(until, ctx.lang) }));
  } else {
    out(ctx, dueText(report, rows, repo.config, ctx));
  }
  // Records that could not be read: listed after the report, by cli.ts, with the exit code 1.
  if (report.problems.length > 0)
    throw new SpisError('due.broken', { count: new Set(report.problems.map((p) => p.file)).size }, 1, report.problems);
  return 0;
}
