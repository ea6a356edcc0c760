// spis plan: records the written individual plan – the day it was made, the client's initial
// situation, how the client took part and who else did – and can render it at once.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Goals, Plan } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { clientLabel, clientWord } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { loadCaseForEdit, type SoundCase } from '../store/case-store.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { editorTempDir, removeEditorTempDir } from '../store/atomic.js';
import { recordWriter } from '../app/worker.js';
import { splitList } from '../domain/lists.js';

export interface PlanInput {
  date?: string;
  initial_situation?: string;
  participation?: string;
  participants?: string[];
  worker?: string;
}

function assertPlannable(kase: SoundCase): Goals {
  const status = kase.client.data.status;
  if (status !== 'active' || !kase.goals?.data)
    throw new SpisError('plan.not-active', { id: kase.id, status: statusLabel(kase.client.data) });
  return kase.goals.data;
}

/** The goals with the written plan recorded; an earlier written plan stays in `previous`. */
export function withWrittenPlan(goals: Goals, a: PlanInput, worker: string | undefined, today: string): Goals {
  const old = goals.plan ?? {};
  const situation = a.initial_situation ?? old.initial_situation;
  const plan: Plan = {
    written: a.date ?? today,
    ...(situation ? { initial_situation: situation } : {}),
    ...(worker ? { worker } : {}),
    ...(a.participants?.length ? { participants: a.participants } : {}),
    ...(a.participation ? { participation: a.participation } : {}),
  };
  const previous = [
    ...(old.previous ?? []),
    ...(old.written ? [{ written: old.written, ...(old.worker ? { worker: old.worker } : {}) }] : []),
  ];
  if (previous.length) plan.previous = previous;
  return { ...goals, plan };
}

export async function runPlan(ctx: Context, id: string, opts: { from?: string; render?: boolean }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  const goals = assertPlannable(seen);
  let input: ScriptedInput | undefined;
  let a: PlanInput;
  let render = opts.render === true;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'plan');
    a = input.data as PlanInput;
  } else {
    const summary = (x: PlanInput): string => {
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
    };
    const { askAndReview } = await import('../ui/review.js');
    let asked: PlanInput | undefined;
    try {
      asked = await askAndReview(ctx, (c) => askPlan(c, repo, seen, goals), {
        summary,
        question: t('prompt.save-record'),
      });
    } finally {
      removeEditorTempDir(repo);
    }
    if (!asked) return 0;
    a = asked;
    const { createPrompter } = await import('../ui/prompts.js');
    render ||= await createPrompter(ctx).confirm({ message: t('plan.ask-render'), default: true });
  }
  await updateCase(ctx, repo, id, 'plan', (kase) => {
    const now = assertPlannable(kase);
    const next = withWrittenPlan(
      now,
      a,
      a.worker ?? recordWriter(ctx, repo, kase.client.data, a.date ?? ctx.today),
      ctx.today,
    );
    // Standard of quality 5: the plan starts from the client's situation; a plan without it is not one.
    if (!next.plan?.initial_situation?.trim()) throw new SpisError('plan.no-situation', { id });
    const mapPath = (segs: (string | number)[]): (string | number)[] =>
      segs[0] === 'plan' ? (segs[1] === 'written' ? ['date'] : segs.slice(1)) : segs;
    return { changes: { goals: next }, opts: { input, mapPath }, result: undefined };
  });
  out(ctx, t('plan.saved', { id }));
  if (render) {
    const { saveDocument } = await import('../app/documents.js');
    out(ctx, await saveDocument(ctx, repo, id, 'plan', 'html'));
  }
  return 0;
}

async function askPlan(ctx: Context, repo: Repo, kase: SoundCase, goals: Goals): Promise<PlanInput> {
  const { createPrompter } = await import('../ui/prompts.js');
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
  const kw = recordWriter(ctx, repo, client, a.date!);
  const active = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({
    message: t('plan.ask-worker'),
    choices: active.map((w) => ({ name: w.name, value: w.id })),
    default: kw,
  });
  const participants = splitList(
    await ask.text({ message: t('plan.ask-participants'), default: [clientWord(client), a.worker].join(', ') }),
  );
  if (participants.length) a.participants = participants;
  return a;
}
