// spis close, the prompts: the date and reason, the final evaluation of the personal goal and of
// each open partial goal, the summary before saving, and the protocol offered afterwards.
import { personParams } from './format.js';
import type { Context } from '../context.js';
import type { GoalOutcome, Termination } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { OTHER_TERMINATION_REASON, terminationReasonText } from '../domain/config.js';
import { clientLabel, currentPersonalGoal, openPartialGoals } from '../domain/case.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { editorTempDir } from '../store/atomic.js';

type FinalOutcome = GoalOutcome | 'dropped';

function terminationSummary(ctx: Context, repo: Repo, kase: SoundCase, x: Termination): string {
  const client = kase.client.data;
  return [
    t('close.summary', {
      sex: client.sex,
      label: clientLabel(client),
      date: formatDate(x.date, ctx.lang),
      reason: terminationReasonText(repo.config, x),
    }),
    `  ${t('show.personal-goal')}: ${t(`outcome.${x.personal_goal!.outcome}`)}`,
    ...(x.partial_goals ?? []).map((g) => `  ${g.goal}: ${t(`goal-status.${g.outcome}`)}`),
  ].join('\n');
}

/** The protocol asked at the prompts and summarised before saving; undefined when discarded. */
export async function askTerminationReviewed(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  o: { date?: string; reason?: string; reasons: Record<string, string>; worker: (date: string) => string | undefined },
): Promise<Termination | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (c) => askTermination(c, repo, kase, o, o.reasons, o.worker), {
    summary: (x) => terminationSummary(ctx, repo, kase, x),
    // "Summarised with the client" only where the client took part in the final evaluation.
    question: (x) =>
      t(
        x.personal_goal?.client_absent_reason ? 'prompt.save-closing' : 'prompt.save-summary',
        personParams(repo.config, kase.client.data),
      ),
  });
}

/** After closing at the prompts: whether to save the termination protocol now. */
export async function askRenderProtocol(ctx: Context): Promise<boolean> {
  const { createPrompter } = await import('./prompts.js');
  return createPrompter(ctx).confirm({ message: t('close.ask-render'), default: true });
}

/** The one-off closing, summarised: saved only when the worker says so. */
export async function confirmOneOffClosing(ctx: Context, kase: SoundCase, date: string): Promise<boolean> {
  const { confirmSave } = await import('./asks.js');
  const summary = t('close.one-off-summary', {
    label: clientLabel(kase.client.data),
    date: formatDate(date, ctx.lang),
  });
  return confirmSave(ctx, summary, t('prompt.save-closing'));
}

async function askTermination(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  opts: { date?: string; reason?: string },
  reasons: Record<string, string>,
  worker: (date: string) => string | undefined,
): Promise<Termination> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const goals = kase.goals?.data;
  const date =
    opts.date ??
    (await ask.date({
      message: t('close.ask-date'),
      default: ctx.today,
      min: kase.contract?.data.concluded,
      max: ctx.today,
    }));
  const reason =
    opts.reason ??
    (await ask.select({
      message: t('close.ask-reason'),
      choices: Object.entries(reasons).map(([value, name]) => ({ name, value })),
    }));
  const termination: Termination & { personal_goal: NonNullable<Termination['personal_goal']> } = {
    date,
    reason,
    worker: worker(date) ?? kase.contract?.data.worker ?? '',
    personal_goal: { outcome: 'met' },
  };
  if (reason === OTHER_TERMINATION_REASON)
    termination.reason_other = await ask.text({ message: t('close.ask-reason-other') });
  const pg = currentPersonalGoal(goals);
  ctx.io.stdout.write(`\n${t('contact.personal-goal-head', { text: pg?.text ?? '' })}\n`);
  termination.personal_goal.outcome = await ask.select({
    message: t('contact.ask-outcome'),
    choices: (['met', 'partly_met', 'not_met'] as const).map((value) => ({ name: t(`outcome.${value}`), value })),
  });
  const comment = await ask.longText({ message: t('close.ask-comment'), required: false });
  if (comment) termination.personal_goal.comment = comment;
  if (
    !(await ask.confirm({ message: t('contact.ask-client-present', personParams(repo.config, client)), default: true }))
  )
    termination.personal_goal.client_absent_reason = await ask.text({
      message: t('contact.ask-absent-reason', personParams(repo.config, client)),
    });
  const finals: NonNullable<Termination['partial_goals']> = [];
  for (const g of openPartialGoals(goals)) {
    ctx.io.stdout.write(
      `\n${t('contact.goal-head', { id: g.id, text: g.text, criteria: g.criteria, review: formatDate(g.review, ctx.lang) })}\n`,
    );
    const outcome = await ask.select<FinalOutcome>({
      message: t('close.ask-goal-outcome'),
      choices: (['met', 'partly_met', 'not_met', 'dropped'] as const).map((value) => ({
        name: t(`goal-status.${value}`),
        value,
      })),
    });
    const note = await ask.text({ message: t('contact.ask-goal-progress'), required: false });
    finals.push({ goal: g.id, outcome, ...(note ? { comment: note } : {}) });
  }
  if (finals.length) termination.partial_goals = finals;
  return termination;
}
