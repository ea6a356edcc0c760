// The written individual plan: the day it was made, the client's initial situation, how the
// client took part and who else did; an earlier written plan stays in `previous`.
import type { Goals, Plan } from './types.js';

export interface PlanInput {
  date?: string;
  initial_situation?: string;
  participation?: string;
  participants?: string[];
  worker?: string;
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
