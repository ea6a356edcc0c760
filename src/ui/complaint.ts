// spis complaint, what people see and answer: the prompts of a new complaint and of its written
// reply, each ending in the summary to save, change an answer or discard; and the register as a
// table. Texts of the complaint are shown only here, to the worker who asked for them.
import type { Context } from '../context.js';
import type { Complaint, ComplaintOutcome, SpisConfig } from '../domain/types.js';
import { replyDeadline, type ComplaintInput } from '../domain/complaint.js';
import { workerName, workerSex } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { oneLine, table } from './format.js';

type Reply = Partial<NonNullable<Complaint['reply']>>;
const CHANNELS = ['written', 'oral', 'email', 'box'] as const;
const ABOUTS = ['worker', 'case', 'service'] as const;
const OUTCOMES = ['justified', 'partly', 'unjustified'] as const;

/** Who made the complaint, in words (a case by its number only). */
export function complainantText(c: Pick<Complaint, 'from'>): string {
  if (c.from.case) return t('complaint.from-case', { id: c.from.case });
  if (c.from.name) return c.from.relation ? `${c.from.name} (${c.from.relation})` : c.from.name;
  return c.from.anonymous ? t('complaint.from-anonymous') : t('complaint.from-purged');
}

/** What the complaint is about, in words. */
export function aboutText(config: SpisConfig, c: Pick<Complaint, 'about' | 'worker' | 'case'>): string {
  if (c.about === 'worker')
    return t('complaint.about-worker-of', {
      name: c.worker ? workerName(config, c.worker) : '–',
      wsex: workerSex(config, c.worker),
    });
  if (c.about === 'case') return t('complaint.about-case-of', { id: c.case ?? '–' });
  return t('complaint.about-service');
}

export function complaintSummary(config: SpisConfig, c: ComplaintInput, lang: Context['lang']): string {
  const date = (d: string | undefined): string => (d ? formatDate(d, lang) : '–');
  return [
    t('complaint.summary-head'),
    `  ${t('complaint.received')}: ${date(c.received)} (${c.channel ? t(`complaint.channel.${c.channel}`) : '–'})`,
    `  ${t('complaint.from')}: ${c.from ? complainantText({ from: c.from }) : '–'}`,
    `  ${t('complaint.about')}: ${c.about ? aboutText(config, { about: c.about, worker: c.worker, case: c.case }) : '–'}`,
    `  ${t('complaint.subject')}: ${c.summary ? oneLine(c.summary) : '–'}`,
    `  ${t('complaint.handler')}: ${c.handler ? workerName(config, c.handler) : '–'}`,
    `  ${t('complaint.deadline')}: ${date(c.deadline)}`,
  ].join('\n');
}

/** A new complaint asked at the prompts (what --from and the options left out), then summarised; undefined when discarded. */
export async function askComplaintReviewed(
  ctx: Context,
  config: SpisConfig,
  caseIds: readonly string[],
  given: ComplaintInput,
): Promise<ComplaintInput | undefined> {
  const active = config.workers.filter((w) => w.active !== false);
  const flow = async (c: Context): Promise<ComplaintInput> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: ComplaintInput = { ...given };
    x.received ??= await ask.date({ message: t('complaint.ask-received'), default: ctx.today, max: ctx.today });
    x.channel ??= await ask.select({
      message: t('complaint.ask-channel'),
      choices: CHANNELS.map((value) => ({ name: t(`complaint.channel.${value}`), value })),
    });
    const known = (v: string): string | true => caseIds.includes(v.trim()) || t('complaint.no-such-case', { id: v });
    if (!x.from) {
      const who =
        x.channel === 'box'
          ? 'anonymous'
          : await ask.select({
              message: t('complaint.ask-from'),
              choices: (['case', 'name', 'anonymous'] as const).map((value) => ({
                name: t(`complaint.from-kind.${value}`),
                value,
              })),
            });
      if (who === 'case')
        x.from = { case: (await ask.text({ message: t('complaint.ask-case'), validate: known })).trim() };
      else if (who === 'name') {
        const name = await ask.text({ message: t('complaint.ask-name') });
        const relation = await ask.text({ message: t('complaint.ask-relation'), required: false });
        x.from = { name, ...(relation ? { relation } : {}) };
      } else x.from = { anonymous: true };
    }
    x.about ??= await ask.select({
      message: t('complaint.ask-about'),
      choices: ABOUTS.map((value) => ({ name: t(`complaint.about-kind.${value}`), value })),
    });
    if (x.about === 'worker' && x.worker === undefined)
      x.worker = await ask.select({
        message: t('complaint.ask-worker'),
        choices: config.workers.map((w) => ({ name: w.name, value: w.id })),
      });
    if (x.about === 'case' && x.case === undefined)
      x.case = (
        await ask.text({ message: t('complaint.ask-about-case'), default: x.from?.case, validate: known })
      ).trim();
    x.summary ??= await ask.longText({ message: t('complaint.ask-summary') });
    // A complaint about a worker is handled by someone else: that worker is not offered.
    x.handler ??= await ask.select({
      message: t('complaint.ask-handler'),
      choices: active
        .filter((w) => x.about !== 'worker' || w.id !== x.worker)
        .map((w) => ({ name: w.name, value: w.id })),
    });
    const received = x.received ?? ctx.today;
    x.deadline ??= await ask.date({
      message: t('complaint.ask-deadline'),
      default: replyDeadline(config, received),
      min: received,
      base: received,
    });
    return x;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, {
    summary: (x) => complaintSummary(config, x, ctx.lang),
    question: t('complaint.ask-save'),
  });
}

/** The written reply asked at the prompts, then summarised; undefined when discarded. */
export async function askReplyReviewed(ctx: Context, complaint: Complaint, given: Reply): Promise<Reply | undefined> {
  const flow = async (c: Context): Promise<Reply> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: Reply = { ...given };
    x.date ??= await ask.date({
      message: t('complaint.ask-reply-date'),
      default: ctx.today,
      min: complaint.received,
      max: ctx.today,
    });
    x.outcome ??= await ask.select<ComplaintOutcome>({
      message: t('complaint.ask-outcome'),
      choices: OUTCOMES.map((value) => ({ name: t(`complaint.outcome.${value}`), value })),
    });
    x.text ??= await ask.longText({ message: t('complaint.ask-reply-text') });
    if (given.measures === undefined) {
      const m = await ask.longText({ message: t('complaint.ask-measures'), required: false });
      if (m) x.measures = m;
    }
    return x;
  };
  const summary = (x: Reply): string =>
    [
      t('complaint.reply-head', { id: complaint.id }),
      `  ${t('complaint.reply-date')}: ${x.date ? formatDate(x.date, ctx.lang) : '–'}`,
      `  ${t('complaint.outcome-label')}: ${x.outcome ? t(`complaint.outcome.${x.outcome}`) : '–'}`,
      `  ${t('complaint.reply-text')}: ${x.text ? oneLine(x.text) : '–'}`,
      ...(x.measures ? [`  ${t('complaint.measures')}: ${oneLine(x.measures)}`] : []),
    ].join('\n');
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, { summary, question: t('complaint.ask-save-reply') });
}

/** The register as a table: number, received, from, about, handler, deadline, and how it was answered. */
export function complaintsTable(
  config: SpisConfig,
  list: readonly Complaint[],
  ctx: Pick<Context, 'lang' | 'color' | 'today'>,
): string {
  if (list.length === 0) return t('complaint.none');
  const header = [
    t('complaint.col-id'),
    t('complaint.received'),
    t('complaint.from'),
    t('complaint.about'),
    t('complaint.handler'),
    t('complaint.col-answer'),
  ];
  const rows = list.map((c) => [
    c.id,
    formatDate(c.received, ctx.lang),
    complainantText(c),
    aboutText(config, c),
    workerName(config, c.handler),
    c.reply
      ? t('complaint.answered', {
          date: formatDate(c.reply.date, ctx.lang),
          outcome: t(`complaint.outcome.${c.reply.outcome}`),
        })
      : t(c.deadline < ctx.today ? 'complaint.overdue' : 'complaint.open', {
          date: formatDate(c.deadline, ctx.lang),
        }),
  ]);
  return table(header, rows, ctx.color);
}
