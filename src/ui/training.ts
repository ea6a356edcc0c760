// spis training, what people see and answer: the prompts of a training record with the review
// summary, and each worker's year: the share in direct care, the hours against the minimum.
import type { Context } from '../context.js';
import type { SpisConfig, Training } from '../domain/types.js';
import { fteOn, trainingHours, type TrainingInput } from '../domain/training.js';
import { rulesOf, workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { printable, table } from './format.js';

const ACCREDITATION_RE = /^[A-Za-z0-9/ .-]+$/;
const num = (n: number): string => String(n).replace('.', ',');

export function trainingSummary(config: SpisConfig, x: TrainingInput, lang: Context['lang']): string {
  return [
    t('training.summary-head'),
    `  ${t('training.worker')}: ${x.worker ? workerName(config, x.worker) : '–'}`,
    `  ${t('training.date')}: ${x.date ? formatDate(x.date, lang) : '–'}`,
    `  ${t('training.course')}: ${x.course ? printable(x.course) : '–'}${x.provider ? ` (${printable(x.provider)})` : ''}`,
    `  ${t('training.hours')}: ${x.hours !== undefined ? num(x.hours) : '–'}${x.accreditation ? `, ${t('training.accreditation')} ${x.accreditation}` : ''}`,
  ].join('\n');
}

export async function askTrainingReviewed(
  ctx: Context,
  config: SpisConfig,
  given: TrainingInput,
): Promise<TrainingInput | undefined> {
  const flow = async (c: Context): Promise<TrainingInput> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: TrainingInput = { ...given };
    x.worker ??= await ask.select({
      message: t('training.ask-worker'),
      choices: config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })),
    });
    x.date ??= await ask.date({ message: t('training.ask-date'), default: ctx.today, max: ctx.today });
    x.course ??= await ask.text({ message: t('training.ask-course') });
    if (given.provider === undefined) {
      const p = await ask.text({ message: t('training.ask-provider'), required: false });
      if (p.trim()) x.provider = p.trim();
    }
    x.hours ??= await ask.number({ message: t('training.ask-hours'), min: 0.5, max: 1000, decimal: true });
    if (given.accreditation === undefined) {
      const a = await ask.text({
        message: t('training.ask-accreditation'),
        required: false,
        validate: (v) => !v.trim() || ACCREDITATION_RE.test(v.trim()) || t('training.bad-accreditation'),
      });
      if (a.trim()) x.accreditation = a.trim();
    }
    return x;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, {
    summary: (x) => trainingSummary(config, x, ctx.lang),
    question: t('training.ask-save'),
  });
}

/** Each worker's year: share in direct care today, the courses' hours, the minimum, and whether it is met. */
export function trainingTable(
  config: SpisConfig,
  list: readonly Training[],
  year: string,
  ctx: Pick<Context, 'color' | 'today'>,
): string {
  const hours = trainingHours(config, list, year);
  const minimum = rulesOf(config).training_hours;
  const day = ctx.today.startsWith(year) ? ctx.today : `${year}-12-31`;
  const header = [
    t('training.worker'),
    t('training.col-fte'),
    t('training.col-courses'),
    t('training.hours'),
    t('training.col-state'),
  ];
  const rows = config.workers
    .filter((w) => w.active !== false || (hours[w.id] ?? 0) > 0)
    .map((w) => [
      workerName(config, w.id),
      num(fteOn(w, day)),
      String(list.filter((x) => x.worker === w.id && x.date.startsWith(`${year}-`)).length),
      `${num(hours[w.id] ?? 0)} / ${minimum}`,
      (hours[w.id] ?? 0) >= minimum
        ? t('training.met')
        : t('training.below', { missing: num(minimum - (hours[w.id] ?? 0)) }),
    ]);
  return table(header, rows, ctx.color);
}
