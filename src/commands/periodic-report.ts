// spis periodic-report: records the regular report on the care (foster-care support under
// zákon č. 359/1999 Sb.: a report every 6 months, rules.report_interval), which clears the
// periodic-report item of `spis due`.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Contract, PeriodicReport } from '../domain/types.js';
import { addDuration, formatDate } from '../domain/dates.js';
import { workerName, workerSex } from '../domain/config.js';
import { clientLabel } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { loadCaseForEdit, type SoundCase } from '../store/case-store.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { recordWriter } from '../app/worker.js';
import { updateCase } from '../app/write-case.js';

function assertReportable(kase: SoundCase): Contract {
  const c = kase.contract?.data;
  if (kase.client.data.status !== 'active' || !c)
    throw new SpisError('report-record.not-active', { id: kase.id, status: statusLabel(kase.client.data) });
  return c;
}

/** The report as recorded: the period runs on from the last report (or the contract) to the report's day. */
export function buildReport(
  contract: Contract,
  a: Partial<PeriodicReport>,
  worker: string | undefined,
  today: string,
): PeriodicReport {
  const last = contract.reports
    ?.map((r) => r.to)
    .sort()
    .at(-1);
  const date = a.date ?? today;
  return {
    date,
    from: a.from ?? (last ? addDuration(last, { amount: 1, unit: 'd' }) : contract.concluded),
    to: a.to ?? date,
    worker: a.worker ?? worker ?? contract.worker,
    ...(a.recipient ? { recipient: a.recipient } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}

export async function runPeriodicReport(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  const contract = assertReportable(seen);
  let input: ScriptedInput | undefined;
  let a: Partial<PeriodicReport>;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'periodic-report');
    a = input.data as Partial<PeriodicReport>;
  } else {
    const askReport = async (c: Context): Promise<Partial<PeriodicReport>> => {
      const { createPrompter } = await import('../ui/prompts.js');
      const ask = createPrompter(c);
      const draft = buildReport(contract, {}, recordWriter(ctx, repo, seen.client.data, ctx.today), ctx.today);
      const x: Partial<PeriodicReport> = {};
      x.date = await ask.date({
        message: t('report-record.ask-date'),
        default: ctx.today,
        min: contract.concluded,
        max: ctx.today,
      });
      x.from = await ask.date({ message: t('report-record.ask-from'), default: draft.from, max: x.date });
      x.to = await ask.date({ message: t('report-record.ask-to'), default: x.date, min: x.from, max: x.date });
      const active = repo.config.workers.filter((w) => w.active !== false);
      x.worker = await ask.select({
        message: t('report-record.ask-worker'),
        choices: active.map((w) => ({ name: w.name, value: w.id })),
        default: draft.worker,
      });
      const recipient = await ask.text({ message: t('report-record.ask-recipient'), required: false });
      if (recipient) x.recipient = recipient;
      return x;
    };
    const summary = (x: Partial<PeriodicReport>): string => {
      const r = buildReport(contract, x, undefined, ctx.today);
      return t('report-record.summary', {
        label: clientLabel(seen.client.data),
        date: formatDate(r.date, ctx.lang),
        from: formatDate(r.from, ctx.lang),
        to: formatDate(r.to, ctx.lang),
        worker: workerName(repo.config, r.worker),
        wsex: workerSex(repo.config, r.worker),
      });
    };
    const { askAndReview } = await import('../ui/review.js');
    const asked = await askAndReview(ctx, askReport, { summary, question: t('prompt.save-record') });
    if (!asked) return 0;
    a = asked;
  }
  await updateCase(ctx, repo, id, 'periodic-report', (kase) => {
    const c = assertReportable(kase);
    const report = buildReport(c, a, recordWriter(ctx, repo, kase.client.data, a.date ?? ctx.today), ctx.today);
    const reports = [...(c.reports ?? []), report];
    const index = reports.length - 1;
    return {
      changes: { contract: { ...c, reports } },
      opts: { input, mapPath: (segs) => (segs[0] === 'reports' && segs[1] === index ? segs.slice(2) : segs) },
      result: undefined,
    };
  });
  out(ctx, t('report-record.saved', { id }));
  return 0;
}
