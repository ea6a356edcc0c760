// spis report: the service's figures for a period – persons served, applicants and refusals,
// work done, outcomes – for the statutory report (§ 85 odst. 5), the capacity register
// (§ 88 písm. g) and the standards of quality. Read-only; aggregates only, never a name.
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { buildReport } from '../domain/report.js';
import { assertWorkerOption } from '../app/input.js';
import { periodOf, readRegisterFacts, readReportFacts, type ReportCommandOptions } from '../app/report.js';
import { findRepoRoot, readConfig, commitFiles, readDisposals } from '../store/index.js';

export async function runReport(ctx: Context, opts: ReportCommandOptions): Promise<ExitCode> {
  if ([opts.json, opts.csv, opts.html !== undefined].filter(Boolean).length > 1) throw usageError('report.one-format');
  const period = periodOf(opts, ctx.today);
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { config, problems: configProblems } = readConfig(root);
  if (!config) throw new SpisError('store.nothing-written', {}, 1, configProblems);
  assertWorkerOption(config, opts.worker);
  const { facts, problems, stats } = await readReportFacts(root, config, ctx.io.env, opts.cache !== false, ctx.io.now);
  if (stats && ctx.io.env.SPIS_CACHE_STATS) ctx.io.stderr.write(`${stats}\n`);
  const disposals = readDisposals(root).records.map((r) => ({ kind: r.kind, date: r.date, cases: r.cases.length }));
  const registers = readRegisterFacts(root);
  problems.push(...registers.problems);
  const { complaints, incidents, trainings, groups } = registers;
  const report = buildReport(facts, config, period, {
    worker: opts.worker,
    disposals,
    complaints,
    incidents,
    trainings,
    groups,
  });
  const threshold = config.report?.small_cell ?? 3;
  const view = await import('../ui/report-view.js');
  if (opts.refusedCapacity) {
    if (opts.json) out(ctx, JSON.stringify(report.refused_capacity, null, 2));
    else if (opts.csv) out(ctx, view.refusedCapacityCsv(report.refused_capacity));
    else out(ctx, view.refusedCapacityText(report.refused_capacity, period, ctx.lang));
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
  // A broken record does not hide the others: the figures are of every readable case, the broken ones named.
  if (problems.length > 0) throw new SpisError('report.broken', { count: problems.length }, 1, problems);
  return 0;
}
