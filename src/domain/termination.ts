// The final evaluation: what closing a case does to its goals.
import type { Client, Goals, SpisConfig, Termination } from './types.js';
import { CASE_FILES, clientWord } from './case.js';

/** Goals after the final evaluation: every open partial goal closed with its outcome, the personal goal evaluated. */
export function closeGoals(
  goals: Goals,
  t: Termination,
  client: Pick<Client, 'sex'>,
  config?: Pick<SpisConfig, 'provider'>,
): Goals {
  const next: Goals = structuredClone(goals);
  for (const g of next.partial_goals) {
    if (g.status !== 'open') continue;
    const final = t.partial_goals?.find((x) => x.goal === g.id);
    if (!final) continue;
    g.status = final.outcome;
    g.closed = t.date;
    g.evaluations = [
      ...(g.evaluations ?? []),
      {
        date: t.date,
        source: CASE_FILES.termination,
        ...(final.comment ? { progress: final.comment } : {}),
        status: final.outcome,
      },
    ];
  }
  const pg = next.personal_goals.at(-1);
  if (pg && t.personal_goal) {
    pg.evaluations = [
      ...(pg.evaluations ?? []),
      {
        date: t.date,
        source: CASE_FILES.termination,
        ...(t.personal_goal.client_absent_reason
          ? { client_absent_reason: t.personal_goal.client_absent_reason }
          : { participants: [clientWord(client, config), t.worker] }),
        outcome: t.personal_goal.outcome,
        ...(t.personal_goal.comment ? { note: t.personal_goal.comment } : {}),
      },
    ];
  }
  return next;
}
