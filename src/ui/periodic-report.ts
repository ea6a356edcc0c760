// spis periodic-report, the prompts: the report's day, the period it covers, the worker and the
// recipient, and the summary before saving.
import type { Context } from '../context.js';
import type { Contract, PeriodicReport } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { isFosterCare, workerName, workerSex } from '../domain/config.js';
import { clientLabel } from '../domain/case.js';
import { buildReport } from '../domain/periodic-report.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';

/** The report asked at the prompts and summarised before saving; undefined when discarded. */
export async function askPeriodicReportReviewed(
  ctx: Context,
  repo: Repo,
  seen: SoundCase,
  contract: Contract,
  defaultWorker: (date: string) => string | undefined,
): Promise<Partial<PeriodicReport> | undefined> {
  const askReport = async (c: Context): Promise<Partial<PeriodicReport>> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const draft = buildReport(contract, {}, defaultWorker(ctx.today), ctx.today);
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
    const acquainted = await ask.date({
      message: t('report-record.ask-acquainted', {
        sex: seen.client.data.sex,
        foster: isFosterCare(repo.config) ? 1 : 0,
      }),
      optional: true,
      min: x.from,
      max: ctx.today,
    });
    if (acquainted) x.acquainted = acquainted;
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
      recipient: r.recipient,
      acquainted: r.acquainted ? formatDate(r.acquainted, ctx.lang) : undefined,
      sex: seen.client.data.sex,
    });
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, askReport, { summary, question: t('prompt.save-record') });
}
