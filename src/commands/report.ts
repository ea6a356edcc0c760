// spis report: the service's figures for a period – persons served, applicants and refusals,
// work done, outcomes – for the statutory report (§ 85 odst. 5), the capacity register
// (§ 88 písm. g) and the standards of quality. Read-only; aggregates only, never a name.
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode, type Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../domain/dates.js';
import { buildReport, type Period } from '../domain/report.js';
import { findRepoRoot, readConfig } from '../store/repo.js';
import { scanCases } from '../store/case-store.js';
import { acrossThreads } from '../store/threads.js';
import { commitFiles } from '../store/atomic.js';
import { reportFacts, type CaseFacts, type ReportCase } from '../report/facts.js';
import { dateOption } from './input.js';
import { reportBroken } from '../ui/problems.js';

export interface ReportCommandOptions {
  year?: string;
  from?: string;
  to?: string;
  worker?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  refusedCapacity?: boolean;
}

/** The period asked for: a calendar year, or from–to; by default the last full year (the report is due by 30 June for it). */
export function periodOf(opts: ReportCommandOptions, today: string): Period {
  if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined)) throw usageError('report.year-and-dates');
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) throw usageError('report.bad-year', { value: opts.year });
    return { from: `${opts.year}-01-01`, to: `${opts.year}-12-31` };
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    const year = today.slice(0, 4);
    const from = dateOption(opts.from, today) ?? `${year}-01-01`;
    const to = dateOption(opts.to, today) ?? today;
    if (from > to) throw usageError('report.from-after-to', { from: formatDate(from, 'cs'), to: formatDate(to, 'cs') });
    return { from, to };
  }
  const last = String(Number(today.slice(0, 4)) - 1);
  return { from: `${last}-01-01`, to: `${last}-12-31` };
}

export async function runReport(ctx: Context, opts: ReportCommandOptions): Promise<ExitCode> {
  if ([opts.json, opts.csv, opts.html !== undefined].filter(Boolean).length > 1) throw usageError('report.one-format');
  const period = periodOf(opts, ctx.today);
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { config, problems: configProblems } = readConfig(root);
  if (!config) throw new SpisError('store.nothing-written', {}, 1, configProblems);
  if (opts.worker !== undefined && !config.workers.some((w) => w.id === opts.worker)) {
    throw usageError('list.bad-worker', { value: opts.worker, allowed: config.workers.map((w) => w.id).join(', ') });
  }
  const { cases, problems: scanProblems } = scanCases({ root }, ['clients', 'archive']);
  const read = await acrossThreads<{ id: string; location: 'clients' | 'archive' }, CaseFacts>(cases, ctx.io.env, new URL('../report/worker.js', import.meta.url), { root }, (share) =>
    share.map((c) => reportFacts(root, c.id, c.location)),
  );
  // A broken record does not hide the others: the figures are of every readable case, the broken ones named.
  const problems: Problem[] = [...scanProblems, ...read.flatMap((r) => r.problems)];
  const facts = read.map((r) => r.facts).filter((f): f is ReportCase => f !== undefined);
  const report = buildReport(facts, config, period, { worker: opts.worker });
  const threshold = config.report?.small_cell ?? 3;
  const view = await import('../ui/report-view.js');
  if (opts.refusedCapacity) {
    if (opts.json) out(ctx, JSON.stringify(report.refused_capacity, null, 2));
    else if (opts.csv) out(ctx, ['case_id,applied,refused', ...report.refused_capacity.map((x) => `${x.case_id},${x.applied},${x.refused}`)].join('\n'));
    else out(ctx, [t('report.capacity-head', { from: formatDate(period.from, ctx.lang), to: formatDate(period.to, ctx.lang) }), ...report.refused_capacity.map((x) => `  ${x.case_id}  ${t('report.capacity-row', { applied: formatDate(x.applied, ctx.lang), refused: formatDate(x.refused, ctx.lang) })}`), ...(report.refused_capacity.length ? [] : [`  ${t('report.capacity-none')}`])].join('\n'));
  } else if (opts.json) {
    out(ctx, JSON.stringify(report, null, 2));
  } else if (opts.csv) {
    ctx.io.stdout.write(view.reportCsv(report));
  } else if (opts.html !== undefined) {
    const path = resolve(ctx.io.cwd, opts.html);
    commitFiles([{ path, content: view.reportHtml(report, config, threshold) }], dirname(path));
    out(ctx, path);
  } else {
    ctx.io.stdout.write(view.reportText(report, config, threshold));
  }
  if (problems.length > 0) {
    reportBroken(ctx, 'report.broken', { count: problems.length }, problems, opts.json === true);
    return 1;
  }
  return 0;
}
