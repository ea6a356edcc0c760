// What `spis report` needs of each case, read once (in threads for a large repository) and kept
// small: dates, codes and counts – never a name, a text or a contact detail.
import type { Problem } from '../problems.js';
import type { Client, GoalOutcome, PartialGoalStatus, ReviewStatus } from '../domain/types.js';
import { loadCase, type CaseLocation } from '../store/case-store.js';
import { clientTookPart } from '../domain/planning.js';

export interface ReportContact {
  date: string;
  form: string;
  type: string;
  /** The place as written (to tell a meeting at the service from one in the field); no other text. */
  place?: string;
  minutes?: number;
  worker: string;
}

export interface ReportGoal {
  set: string;
  /** The review date it was set with (from the contact record that set it), where known. */
  firstReview?: string;
  review: string;
  status: PartialGoalStatus;
  closed?: string;
  evaluations: { date: string; status: ReviewStatus; next_review?: string }[];
}

export interface ReportEvaluation {
  date: string;
  tookPart: boolean;
  satisfaction: boolean;
}

export interface ReportCase {
  id: string;
  location: CaseLocation;
  /** The person: the case id of the person's first case (client.yaml `person`), else this case's id. */
  person: string;
  anonymous: boolean;
  sex: Client['sex'];
  birth_date?: string;
  birth_year?: number;
  target_group: string;
  district?: string;
  status: Client['status'];
  applied: string;
  keyWorkers: { worker: string; from: string }[];
  refusal?: { date: string; reason: string };
  /** The first contract (an oral one put in writing counts from the oral one). */
  contract?: { concluded: string; form: 'written' | 'oral' };
  termination?: { date: string; reason: string; outcome?: GoalOutcome; oneOff: boolean };
  contacts: ReportContact[];
  /** Each personal goal: when it was set and when it was evaluated. */
  personalGoals: { set: string; evaluations: string[] }[];
  evaluations: ReportEvaluation[];
  partialGoals: ReportGoal[];
  planWritten?: string;
}

export interface CaseFacts {
  facts?: ReportCase;
  problems: Problem[];
}

export function reportFacts(root: string, id: string, location: CaseLocation): CaseFacts {
  const kase = loadCase({ root }, id, location);
  const client = kase.client?.data;
  if (kase.problems.length > 0 || !client) return { problems: kase.problems };
  const contract = kase.contract?.data;
  const first = contract ? [...(contract.previous ?? []), contract].sort((a, b) => (a.concluded < b.concluded ? -1 : 1))[0] : undefined;
  const term = kase.termination?.data;
  const goals = kase.goals?.data;
  const contacts = kase.contacts.map((c) => c.data).filter((c): c is NonNullable<typeof c> => c !== undefined);
  const initialReview = new Map<string, string>();
  for (const c of contacts) for (const g of c.new_goals ?? []) initialReview.set(g.id, g.review);
  const evaluations: ReportEvaluation[] = (goals?.personal_goals ?? []).flatMap((p) =>
    (p.evaluations ?? []).map((e) => ({ date: e.date, tookPart: !e.client_absent_reason && (clientTookPart(e.participants) || !e.participants), satisfaction: !!e.satisfaction?.trim() })),
  );
  const facts: ReportCase = {
    id,
    location,
    person: client.person ?? id,
    anonymous: client.anonymous === true,
    sex: client.sex,
    ...(client.birth_date ? { birth_date: client.birth_date } : {}),
    ...(client.birth_year !== undefined ? { birth_year: client.birth_year } : {}),
    target_group: client.target_group,
    ...(client.district ? { district: client.district } : {}),
    status: client.status,
    applied: client.applied,
    keyWorkers: (client.key_workers ?? []).map((k) => ({ worker: k.worker, from: k.from })),
    ...(client.refusal ? { refusal: { date: client.refusal.date, reason: client.refusal.reason } } : {}),
    ...(first ? { contract: { concluded: first.concluded, form: first.form } } : {}),
    ...(term ? { termination: { date: term.date, reason: term.reason, ...(term.personal_goal ? { outcome: term.personal_goal.outcome } : {}), oneOff: term.one_off === true } } : {}),
    contacts: contacts.map((c) => ({ date: c.date, form: c.form, type: c.type, ...(c.place ? { place: c.place } : {}), ...(c.duration_min ? { minutes: c.duration_min } : {}), worker: c.worker })),
    personalGoals: (goals?.personal_goals ?? []).map((p) => ({ set: p.set, evaluations: (p.evaluations ?? []).map((e) => e.date) })),
    evaluations,
    partialGoals: (goals?.partial_goals ?? []).map((g) => ({
      set: g.set,
      ...(initialReview.has(g.id) ? { firstReview: initialReview.get(g.id) } : {}),
      review: g.review,
      status: g.status,
      ...(g.closed ? { closed: g.closed } : {}),
      evaluations: (g.evaluations ?? []).map((e) => ({ date: e.date, status: e.status, ...(e.next_review ? { next_review: e.next_review } : {}) })),
    })),
    ...(goals?.plan?.written ? { planWritten: goals.plan.written } : {}),
  };
  return { facts, problems: [] };
}
