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
import { caseDirRel, scanCases } from '../store/case-store.js';
import { StampCache } from '../store/stamp-cache.js';
import { acrossThreads } from '../store/threads.js';
import { commitFiles } from '../store/atomic.js';
import { factsFor, type CaseFacts, type FactsJob, type ReportCase, type ReportWork } from '../report/facts.js';
import { assertWorkerOption, dateOption } from '../app/input.js';

export interface ReportCommandOptions {
  year?: string;
  from?: string;
  to?: string;
  worker?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  refusedCapacity?: boolean;
  /** --no-cache: read every record, as if there were no cache. */
  cache?: boolean;
}

/** The period asked for: a calendar year, or from–to; by default the last full year (the report is due by 30 June for it). */
export function periodOf(opts: ReportCommandOptions, today: string): Period {
  if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined))
    throw usageError('report.year-and-dates');
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
  assertWorkerOption(config, opts.worker);
  const servicePlace = config.provider.service.place;
  // The work done in a case unchanged since it was read comes from the cache (store/stamp-cache.ts);
  // what client.yaml says of the person is read every time. The setting of a contact depends on
  // the service's place: facts made for another place are not used.
  const cache =
    opts.cache !== false && config.cache !== false
      ? StampCache.open(root, 'report', ctx.io.env, servicePlace ?? '')
      : undefined;
  const { cases, problems: scanProblems } = scanCases({ root }, ['clients', 'archive']);
  await cache?.validate();
  const keys = cases.map((c) => caseDirRel(c.id, c.location));
  const jobs: FactsJob[] = cases.map((c, i) => ({
    ...c,
    ...(cache?.get(keys[i]!) ? { personOnly: true } : cache ? { trace: true } : {}),
  }));
  const read = await acrossThreads<FactsJob, CaseFacts>(
    jobs,
    ctx.io.env,
    new URL('../report/worker.js', import.meta.url),
    { root, servicePlace },
    (share) => share.map((job) => factsFor(root, job, servicePlace)),
  );
  // A broken record does not hide the others: the figures are of every readable case, the broken ones named.
  const problems: Problem[] = [...scanProblems, ...read.flatMap((r) => r.problems)];
  const facts: ReportCase[] = [];
  read.forEach((r, i) => {
    if (r.person) facts.push({ ...r.person, ...(cache!.get(keys[i]!)!.value as ReportWork) });
    else if (r.facts) facts.push(r.facts);
    if (r.trace && r.work && r.problems.length === 0) cache!.put(r.trace, r.work);
  });
  if (cache) {
    cache.keepOnly(new Set(keys));
    cache.save();
    if (ctx.io.env.SPIS_CACHE_STATS)
      ctx.io.stderr.write(
        `report-cache: ${jobs.filter((j) => j.personOnly).length}/${jobs.length}${cache.thread ? ' (thread)' : ''}\n`,
      );
  }
  const { readDisposals } = await import('../store/disposal.js');
  const disposals = readDisposals(root).records.map((r) => ({ kind: r.kind, date: r.date, cases: r.cases.length }));
  const report = buildReport(facts, config, period, { worker: opts.worker, disposals });
  const threshold = config.report?.small_cell ?? 3;
  const view = await import('../ui/report-view.js');
  if (opts.refusedCapacity) {
    if (opts.json) out(ctx, JSON.stringify(report.refused_capacity, null, 2));
    else if (opts.csv)
      out(
        ctx,
        [
          'case_id,applied,refused',
          ...report.refused_capacity.map((x) => `${x.case_id},${x.applied},${x.refused}`),
        ].join('\n'),
      );
    else
      out(
        ctx,
        [
          t('report.capacity-head', { from: formatDate(period.from, ctx.lang), to: formatDate(period.to, ctx.lang) }),
          ...report.refused_capacity.map(
            (x) =>
              `  ${x.case_id}  ${t('report.capacity-row', { applied: formatDate(x.applied, ctx.lang), refused: formatDate(x.refused, ctx.lang) })}`,
          ),
          ...(report.refused_capacity.length ? [] : [`  ${t('report.capacity-none')}`]),
        ].join('\n'),
      );
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
  if (problems.length > 0) throw new SpisError('report.broken', { count: problems.length }, 1, problems);
  return 0;
}
