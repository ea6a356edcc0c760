// spis plan: records the written individual plan – the day it was made, the client's initial
// situation, how the client took part and who else did – and can render it at once.
import type { Context } from '../context.js';
import { out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { PlanInput } from '../domain/plan.js';
import { t } from '../i18n/index.js';
import { readInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { recordWriter } from '../app/worker.js';
import { assertPlannable, planWrite } from '../app/plan.js';
import { openRepo, loadCaseForEdit, removeEditorTempDir } from '../store/index.js';

export async function runPlan(ctx: Context, id: string, opts: { from?: string; render?: boolean }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  const goals = assertPlannable(seen);
  let input: ScriptedInput | undefined;
  let a: PlanInput;
  let render = opts.render === true;
  if (opts.from !== undefined) {
    ({ input, data: a } = await readInput(ctx, opts.from, 'plan'));
  } else {
    let asked;
    try {
      const defaultWorker = (date: string) => recordWriter(ctx, repo, seen.client.data, date);
      asked = await (await import('../ui/plan.js')).askPlanReviewed(ctx, repo, seen, goals, defaultWorker);
    } finally {
      removeEditorTempDir(repo);
    }
    if (!asked) return 0;
    a = asked.a;
    render ||= asked.render;
  }
  await updateCase(ctx, repo, id, 'plan', (kase) => planWrite(ctx, repo, kase, a, input));
  out(ctx, t('plan.saved', { id }));
  if (render) {
    const { saveDocument } = await import('../app/documents.js');
    out(ctx, await saveDocument(ctx, repo, id, 'plan', 'html'));
  }
  return 0;
}
