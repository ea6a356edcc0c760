// spis assess, the prompts: the date, the two (or more) professionals, the conclusion and the key
// worker, and the summary before saving.
import type { Context } from '../context.js';
import { formatDate } from '../domain/dates.js';
import { workerName, workerSex } from '../domain/config.js';
import { clientLabel, currentKeyWorker } from '../domain/case.js';
import type { AssessInput } from '../domain/assessment.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { editorTempDir } from '../store/atomic.js';
import { askWorkers } from './asks.js';

function assessmentSummary(ctx: Context, repo: Repo, seen: SoundCase, x: AssessInput): string {
  return [
    t('assess.summary', { label: clientLabel(seen.client.data), date: formatDate(x.date!, ctx.lang) }),
    `  ${t('assess.workers')}: ${(x.workers ?? []).map((w) => workerName(repo.config, w)).join(', ')}`,
    `  ${t('assess.key-worker', { wsex: workerSex(repo.config, x.key_worker) })}: ${workerName(repo.config, x.key_worker!)}`,
    ...(x.note ? [`  ${t('assess.conclusion')}: ${x.note.replace(/\s+/g, ' ')}`] : []),
  ].join('\n');
}

/** The assessment asked at the prompts and summarised before saving; undefined when discarded. */
export async function askAssessmentReviewed(
  ctx: Context,
  repo: Repo,
  seen: SoundCase,
): Promise<AssessInput | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (c) => askAssessment(c, repo, seen), {
    summary: (x) => assessmentSummary(ctx, repo, seen, x),
    question: t('prompt.save-record'),
  });
}

async function askAssessment(ctx: Context, repo: Repo, kase: SoundCase): Promise<AssessInput> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const a: AssessInput = {};
  a.date = await ask.date({ message: t('assess.ask-date'), default: ctx.today, min: client.applied, max: ctx.today });
  a.workers = await askWorkers(ask, repo, {
    first: t('assess.ask-first-worker'),
    next: t('assess.ask-second-worker'),
    more: t('assess.ask-more-workers'),
    min: 2,
    default: currentKeyWorker(client, ctx.today),
  });
  const conclusion = await ask.longText({ message: t('assess.ask-conclusion') });
  if (conclusion) a.note = conclusion;
  const active = repo.config.workers.filter((w) => w.active !== false);
  a.key_worker = await ask.select({
    message: t('assess.ask-key-worker'),
    choices: active.map((w) => ({ name: w.name, value: w.id })),
    default: a.workers[0],
  });
  return a;
}
