// How the records of individual planning change the goals: pure functions over plain data.
import type { ContactRecord, Goals, GoalReview, PartialGoal, PathSegment } from './types.js';
import { personalGoalOf } from './case.js';
import type { ProblemCode } from '../problems.js';
import type { Params } from '../i18n/index.js';

export interface PlanningIssue {
  code: ProblemCode;
  /** Path in the contact record. */
  path: PathSegment[];
  params: Params;
}

const CLOSING: ReadonlySet<string> = new Set(['met', 'partly_met', 'not_met', 'reworded', 'dropped']);

/**
 * Participants that stand for the client taking part in an evaluation (§ 88 písm. f): the client
 * (in foster-care support the carer – pěstoun, pěstounka, osoba pečující), her legal representative.
 */
export function clientTookPart(participants: readonly string[] | undefined): boolean {
  return (participants ?? []).some((p) =>
    /^(klient|klientka|client|zákonný zástupce|zakonny zastupce|opatrovník|opatrovnik|pěstoun|pestoun|osoba pečující|osoba pecujici|carer)/i.test(
      p.trim(),
    ),
  );
}

/**
 * Checks a contact record against the goals as they stand before it, and returns the goals as
 * they stand after it. The contact and the goal changes land together: nothing is applied when
 * an issue is returned.
 */
export function applyContact(
  before: Goals,
  contact: ContactRecord,
  source: string,
): { goals: Goals; issues: PlanningIssue[] } {
  const goals: Goals = structuredClone(before);
  const issues: PlanningIssue[] = [];
  const byId = new Map(goals.partial_goals.map((g) => [g.id, g]));
  const newIds = new Set((contact.new_goals ?? []).map((g) => g.id));
  const seen = new Set<string>();

  (contact.goal_reviews ?? []).forEach((r: GoalReview, i) => {
    const goal = byId.get(r.goal);
    if (!goal) {
      issues.push({
        code: 'unknown-goal',
        path: ['goal_reviews', i, 'goal'],
        params: { value: r.goal, known: [...byId.keys()].join(', ') },
      });
      return;
    }
    if (seen.has(r.goal)) {
      issues.push({ code: 'duplicate-goal-id', path: ['goal_reviews', i, 'goal'], params: { value: r.goal } });
      return;
    }
    seen.add(r.goal);
    if (goal.status !== 'open') {
      issues.push({
        code: 'goal-closed',
        path: ['goal_reviews', i, 'goal'],
        params: { value: goal.id, closed: goal.closed ?? goal.set },
      });
      return;
    }
    if (contact.date < goal.set) {
      issues.push({
        code: 'date-order',
        path: ['date'],
        params: { value: contact.date, other: goal.set, label: `${goal.id}.set` },
      });
      return;
    }
    if (r.status === 'continues' && !r.next_review) {
      issues.push({
        code: 'schema-required',
        path: ['goal_reviews', i],
        params: { field: 'next_review', where: `goal_reviews[${i}]` },
      });
      return;
    }
    // Partly met is not an end: the goal goes on (next_review) or is reworded into a new one (reworded_as).
    if (r.status === 'partly_met' && !r.next_review && !r.reworded_as) {
      issues.push({
        code: 'schema-required',
        path: ['goal_reviews', i],
        params: { field: 'next_review', where: `goal_reviews[${i}]`, alternative: 'reworded_as' },
      });
      return;
    }
    if (r.status === 'partly_met' && r.next_review && r.reworded_as) {
      issues.push({
        code: 'unexpected-record',
        path: ['goal_reviews', i, 'reworded_as'],
        params: { status: 'partly_met + next_review', record: 'reworded_as' },
      });
      return;
    }
    if (r.status === 'reworded' || (r.status === 'partly_met' && r.reworded_as)) {
      if (!r.reworded_as) {
        issues.push({
          code: 'schema-required',
          path: ['goal_reviews', i],
          params: { field: 'reworded_as', where: `goal_reviews[${i}]` },
        });
        return;
      }
      if (!newIds.has(r.reworded_as)) {
        issues.push({
          code: 'unknown-goal',
          path: ['goal_reviews', i, 'reworded_as'],
          params: { value: r.reworded_as, known: [...newIds].join(', ') },
        });
        return;
      }
    }
    goal.evaluations = [
      ...(goal.evaluations ?? []),
      {
        date: contact.date,
        source,
        ...(r.progress ? { progress: r.progress } : {}),
        status: r.status,
        ...(r.next_review ? { next_review: r.next_review } : {}),
      },
    ];
    if (r.status === 'continues' || (r.status === 'partly_met' && r.next_review)) {
      goal.review = r.next_review!;
    } else if (r.status === 'partly_met') {
      // Partly met and reworded: this wording ends, the new goal carries on.
      goal.status = 'reworded';
      goal.closed = contact.date;
      goal.replaced_by = r.reworded_as;
    } else if (CLOSING.has(r.status)) {
      goal.status = r.status;
      goal.closed = contact.date;
      if (r.reworded_as) goal.replaced_by = r.reworded_as;
    }
  });

  // The personal goal first: a new one set at this meeting is the one its new partial goals serve.
  const pr = contact.personal_goal_review;
  if (pr) {
    const current = goals.personal_goals.at(-1);
    if (!current) {
      issues.push({
        code: 'missing-record',
        path: ['personal_goal_review'],
        params: { status: 'active', record: 'personal_goals' },
      });
    } else if (!clientTookPart(pr.participants) && !pr.client_absent_reason) {
      // § 88 písm. f: the client takes part in the evaluation, or the record says why not.
      issues.push({
        code: 'schema-required',
        path: ['personal_goal_review'],
        params: { field: 'client_absent_reason', where: 'personal_goal_review' },
      });
    } else {
      current.evaluations = [
        ...(current.evaluations ?? []),
        {
          date: contact.date,
          source,
          ...(pr.participants ? { participants: pr.participants } : {}),
          ...(pr.client_absent_reason ? { client_absent_reason: pr.client_absent_reason } : {}),
          outcome: pr.outcome,
          ...(pr.satisfaction ? { satisfaction: pr.satisfaction } : {}),
          ...(pr.note ? { note: pr.note } : {}),
        },
      ];
      if (pr.new_personal_goal) goals.personal_goals.push({ text: pr.new_personal_goal, set: contact.date, source });
    }
  }
  (contact.new_goals ?? []).forEach((g, i) => {
    if (byId.has(g.id)) {
      issues.push({ code: 'duplicate-goal-id', path: ['new_goals', i, 'id'], params: { value: g.id } });
      return;
    }
    // Each step leads to a personal goal: the one named; a rewording, the one its old wording served; else the current one.
    const reworded = (contact.goal_reviews ?? []).find((r) => r.reworded_as === g.id);
    const old = reworded ? before.partial_goals.find((x) => x.id === reworded.goal) : undefined;
    const serves =
      g.serves ??
      (old
        ? `p${personalGoalOf(before, old) + 1}`
        : goals.personal_goals.length
          ? `p${goals.personal_goals.length}`
          : undefined);
    const goal: PartialGoal = {
      id: g.id,
      text: g.text,
      ...(serves ? { serves } : {}),
      ...(g.member ? { member: g.member } : {}),
      criteria: g.criteria,
      responsible: g.responsible,
      set: contact.date,
      source,
      review: g.review,
      status: 'open',
    };
    goals.partial_goals.push(goal);
    byId.set(g.id, goal);
  });

  return { goals, issues };
}
