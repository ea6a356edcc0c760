// spis refuse, the prompts: the day, the § 91 odst. 3 reason, a note and the worker – only what
// the options left out – and the summary before saving.
import type { Context } from '../context.js';
import { clientLabel } from '../domain/case.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';

export interface RefusalAnswers {
  reason?: string;
  note?: string;
  worker?: string;
  date?: string;
}

/** The refusal asked at the prompts and summarised before saving; undefined when discarded. */
export async function askRefusalReviewed(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  given: RefusalAnswers,
  reasons: Record<string, string>,
  defaultWorker: (date: string) => string | undefined,
): Promise<RefusalAnswers | undefined> {
  const client = kase.client.data;
  const askRefusal = async (c: Context): Promise<RefusalAnswers> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x = { ...given };
    // The day of the refusal, asked like every other writer's date (an applicant is often refused days later).
    x.date ??= await ask.date({
      message: t('refuse.ask-date'),
      default: ctx.today,
      min: client.applied,
      max: ctx.today,
    });
    x.reason ??= await ask.select({
      message: t('refuse.ask-reason'),
      choices: Object.entries(reasons).map(([value, name]) => ({ name, value })),
    });
    x.note ??= (await ask.text({ message: t('refuse.ask-note'), required: false })) || undefined;
    x.worker ??= await ask.select({
      message: t('contact.ask-worker'),
      choices: repo.config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })),
      default: defaultWorker(x.date ?? ctx.today),
    });
    return x;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, askRefusal, {
    summary: (x) =>
      t('refuse.summary', {
        sex: client.sex,
        label: clientLabel(client),
        reason: reasons[x.reason!] ?? x.reason,
        date: formatDate(x.date ?? ctx.today, ctx.lang),
      }),
    question: t('prompt.save-refusal'),
  });
}
