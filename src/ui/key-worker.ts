// spis key-worker, the prompts: from when and why, and the summary of the hand-over.
import type { Context } from '../context.js';
import { currentKeyWorker } from '../domain/case.js';
import { workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import type { HandOver } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';

/** The hand-over asked at the prompts (what the options left out) and summarised; undefined when discarded. */
export async function askHandOverReviewed(
  ctx: Context,
  repo: Repo,
  seen: SoundCase,
  given: HandOver,
  w: { name: string; sex?: string },
): Promise<HandOver | undefined> {
  const id = seen.id;
  const client = seen.client.data;
  const flow = async (c: Context): Promise<HandOver> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x = { ...given };
    x.date ??= await ask.date({
      message: t('key-worker.ask-date'),
      default: ctx.today,
      min: client.key_workers?.at(-1)?.from ?? client.applied,
      max: ctx.today,
    });
    if (given.note === undefined)
      x.note = (await ask.text({ message: t('key-worker.ask-note'), required: false })) || undefined;
    return x;
  };
  const summary = (x: HandOver): string => {
    const from = x.date ?? ctx.today;
    const before = currentKeyWorker(client, from);
    const head = t('key-worker.summary', {
      id,
      name: w.name,
      wsex: w.sex,
      from: formatDate(from, ctx.lang),
      before: before ? workerName(repo.config, before) : '–',
    });
    return x.note ? `${head}\n  ${t('key-worker.note')}: ${x.note.replace(/\s+/g, ' ')}` : head;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, { summary, question: t('prompt.save') });
}
