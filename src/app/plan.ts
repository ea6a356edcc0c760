// spis plan, the application side: whether the case can have a plan, --from read, and the
// written plan recorded in goals.yaml.
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import type { Goals } from '../domain/types.js';
import { withWrittenPlan, type PlanInput } from '../domain/plan.js';
import { statusLabel } from '../ui/format.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import type { ScriptedInput } from './input.js';
import { recordWriter } from './worker.js';

export function assertPlannable(kase: SoundCase): Goals {
  const status = kase.client.data.status;
  if (status !== 'active' || !kase.goals?.data)
    throw new SpisError('plan.not-active', { id: kase.id, status: statusLabel(kase.client.data) });
  return kase.goals.data;
}

/** What the plan writes into the case as it stands under the lock. */
export function planWrite(ctx: Context, repo: Repo, kase: SoundCase, a: PlanInput, input: ScriptedInput | undefined) {
  const id = kase.id;
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
}
