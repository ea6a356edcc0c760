// spis periodic-report: records the regular report on the care (foster-care support under
// zákon č. 359/1999 Sb.: a report every 6 months, rules.report_interval), which clears the
// periodic-report item of `spis due`.
import type { Context } from '../context.js';
import { out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { PeriodicReport } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { readInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { recordWriter } from '../app/worker.js';
import { updateCase } from '../app/write-case.js';
import { assertReportable, periodicReportWrite } from '../app/periodic-report.js';
import { openRepo, loadCaseForEdit } from '../store/index.js';

export async function runPeriodicReport(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  const contract = assertReportable(seen);
  let input: ScriptedInput | undefined;
  let a: Partial<PeriodicReport>;
  if (opts.from !== undefined) {
    ({ input, data: a } = await readInput(ctx, opts.from, 'periodic-report'));
  } else {
    const defaultWorker = (date: string) => recordWriter(ctx, repo, seen.client.data, date);
    const { askPeriodicReportReviewed } = await import('../ui/periodic-report.js');
    const asked = await askPeriodicReportReviewed(ctx, repo, seen, contract, defaultWorker);
    if (!asked) return 0;
    a = asked;
  }
  await updateCase(ctx, repo, id, 'periodic-report', (kase) => periodicReportWrite(ctx, repo, kase, a, input));
  out(ctx, t('report-record.saved', { id }));
  return 0;
}
