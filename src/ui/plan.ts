// spis plan, the prompts: the day, the initial situation, the client's participation, the
// worker and who took part; the summary before saving, and whether to render the plan.
import type { Context } from '../context.js';
import type { Goals } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { clientLabel, clientWord } from '../domain/case.js';
import { splitList } from '../domain/lists.js';
import { withWrittenPlan, type PlanInput } from '../domain/plan.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { editorTempDir } from '../store/atomic.js';

function planSummary(ctx: Context, repo: Repo, seen: SoundCase, goals: Goals, x: PlanInput): string {
  const draft = withWrittenPlan(goals, x, x.worker, ctx.today).plan!;
  return [
    t('plan.summary', { label: clientLabel(seen.client.data), date: formatDate(draft.written!, ctx.lang) }),
    `  ${t('plan.initial-situation')}: ${(draft.initial_situation ?? '').replace(/\s+/g, ' ')}`,
    ...(draft.participation
      ? [`  ${t('plan.participation', { sex: seen.client.data.sex })}: ${draft.participation.replace(/\s+/g, ' ')}`]
      : []),
    ...(draft.participants
      ? [`  ${t('plan.participants')}: ${draft.participants.map((p) => workerName(repo.config, p)).join(', ')}`]
      : []),
  ].join('\n');
}

/** The plan asked at the prompts and summarised before saving (undefined when discarded), and whether to render it. */
export async function askPlanReviewed(
  ctx: Context,
  repo: Repo,
  seen: SoundCase,
  goals: Goals,
  defaultWorker: (date: string) => string | undefined,
): Promise<{ a: PlanInput; render: boolean } | undefined> {
  const { askAndReview } = await import('./review.js');
  const a = await askAndReview(ctx, (c) => askPlan(c, repo, seen, goals, defaultWorker), {
    summary: (x) => planSummary(ctx, repo, seen, goals, x),
    question: t('prompt.save-record'),
  });
  if (!a) return undefined;
  const { createPrompter } = await import('./prompts.js');
  return { a, render: await createPrompter(ctx).confirm({ message: t('plan.ask-render'), default: true }) };
}

async function askPlan(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  goals: Goals,
  defaultWorker: (date: string) => string | undefined,
): Promise<PlanInput> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const a: PlanInput = {};
  a.date = await ask.date({
    message: t('plan.ask-date'),
    default: ctx.today,
    min: kase.contract?.data?.concluded ?? client.applied,
    max: ctx.today,
  });
  a.initial_situation = await ask.longText({
    message: t('plan.ask-initial-situation', { sex: client.sex }),
    default: goals.plan?.initial_situation,
  });
  const participation = await ask.longText({
    message: t('plan.ask-participation', { sex: client.sex }),
    required: false,
  });
  if (participation) a.participation = participation;
  const kw = defaultWorker(a.date ?? ctx.today);
  const active = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({
    message: t('plan.ask-worker'),
    choices: active.map((w) => ({ name: w.name, value: w.id })),
    default: kw,
  });
  const participants = splitList(
    await ask.text({
      message: t('plan.ask-participants'),
      default: [clientWord(client, repo.config), a.worker].join(', '),
    }),
  );
  if (participants.length) a.participants = participants;
  return a;
}
