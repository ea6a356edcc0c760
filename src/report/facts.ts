// What `spis report` needs of each case, read once (in threads for a large repository) and kept
// small: dates, codes and counts – never a name, a text or a contact detail. Two parts: what
// client.yaml says of the person (sex, age, district, target group… – read at every run, never
// cached), and the work done (contract, contacts, goals, termination: dates, codes, minutes,
// worker ids – kept in the report cache, store/stamp-cache.ts, while the records are unchanged).
import type { Problem } from '../problems.js';
import type { Client, GoalOutcome, PartialGoalStatus, ReviewStatus } from '../domain/types.js';
import { caseDirRel, loadCase, type CaseLocation } from '../store/case-store.js';
import type { CaseJob } from '../store/case-reader.js';
import { readRecord } from '../store/read-yaml.js';
import { CASE_FILES } from '../store/repo-root.js';
import { newTrace, type Trace } from '../store/trace.js';
import { clientTookPart } from '../domain/planning.js';
import { settingOf, type Setting } from '../domain/report.js';

export interface ReportContact {
  date: string;
  form: string;
  type: string;
  /** At the service, in the field, remote: told from the place written when read (no place's text is kept). */
  setting: Setting;
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
  /** The family: client.yaml `family` (the case the work with the family began with), else this case's id. */
  family: string;
  /**
   * The household members who take part, each by a key that is the same in every case of the
   * family: the member's `person` (a case id, or another case's member "2026-0001/m2"), else
   * "<this case>/<member id>". No name, no year.
   */
  household: { key: string; child: boolean }[];
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

/** What of a case comes from client.yaml: read at every run, never cached. */
export type ReportPerson = Pick<
  ReportCase,
  | 'id'
  | 'location'
  | 'person'
  | 'family'
  | 'household'
  | 'anonymous'
  | 'sex'
  | 'birth_date'
  | 'birth_year'
  | 'target_group'
  | 'district'
  | 'status'
  | 'applied'
  | 'keyWorkers'
  | 'refusal'
>;
/** What comes from the other records: dates, codes, minutes and worker ids – what the report cache may hold. */
export type ReportWork = Omit<ReportCase, keyof ReportPerson>;

export interface CaseFacts {
  facts?: ReportCase;
  /** Of a case whose work part the cache holds: what client.yaml says now. */
  person?: ReportPerson;
  /** The work part as read now, and the stamps of what was read: to keep in the cache. */
  keep?: ReportWork;
  trace?: Trace;
  problems: Problem[];
}

/** A kept work part in the shape this tool writes (its lists where they belong), or undefined: read afresh. */
export function reportWorkOf(value: unknown): ReportWork | undefined {
  return isReportWork(value) ? value : undefined;
}

function isReportWork(v: unknown): v is ReportWork {
  return (
    typeof v === 'object' &&
    v !== null &&
    'contacts' in v &&
    Array.isArray(v.contacts) &&
    'personalGoals' in v &&
    Array.isArray(v.personalGoals) &&
    'evaluations' in v &&
    Array.isArray(v.evaluations) &&
    'partialGoals' in v &&
    Array.isArray(v.partialGoals)
  );
}

/** The data of the report's reading (store/case-reader.ts): the jobs, and the service's place a contact's setting is told from. */
export interface ReportReadData {
  root: string;
  servicePlace?: string;
  started: number;
  jobs: CaseJob[];
}

/**
 * A share of the cases read as each job says – everything (stamping it while a cache is open), or
 * only client.yaml where the cache holds the rest; in the main thread or one of the pool's.
 */
export function readReportCases(data: ReportReadData): CaseFacts[] {
  return data.jobs.map((job) => {
    if (job.hit) return reportPerson(data.root, job.id, job.location);
    const trace = job.cached ? newTrace(job.key, data.started) : undefined;
    return reportFacts(data.root, job.id, job.location, data.servicePlace, trace);
  });
}

function personOf(id: string, location: CaseLocation, client: Client): ReportPerson {
  return {
    id,
    location,
    person: client.person ?? id,
    family: client.family ?? client.person ?? id,
    household: (client.household ?? [])
      .filter((m) => m.takes_part !== false)
      .map((m) => ({ key: m.person ?? `${id}/${m.id}`, child: m.role === 'child' })),
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
  };
}

/** Every record of a case read: its facts, and with a trace the stamps of what was read (the work part then given to keep). */
export function reportFacts(
  root: string,
  id: string,
  location: CaseLocation,
  servicePlace: string | undefined,
  trace?: Trace,
): CaseFacts {
  const kase = loadCase({ root }, id, location, trace);
  const client = kase.client?.data;
  if (kase.problems.length > 0) return { problems: kase.problems };
  // A case folder without its client.yaml is reported, never left out in silence.
  if (!client)
    return { problems: [{ code: 'missing-client', file: `${kase.dir}/${CASE_FILES.client}`, params: { id } }] };
  const contract = kase.contract?.data;
  const first = contract
    ? [...(contract.previous ?? []), contract].sort((a, b) => (a.concluded < b.concluded ? -1 : 1))[0]
    : undefined;
  const term = kase.termination?.data;
  const goals = kase.goals?.data;
  const contacts = kase.contacts.map((c) => c.data).filter((c): c is NonNullable<typeof c> => c !== undefined);
  const initialReview = new Map<string, string>();
  for (const c of contacts) for (const g of c.new_goals ?? []) initialReview.set(g.id, g.review);
  const evaluations: ReportEvaluation[] = (goals?.personal_goals ?? []).flatMap((p) =>
    (p.evaluations ?? []).map((e) => ({
      date: e.date,
      tookPart: !e.client_absent_reason && (clientTookPart(e.participants) || !e.participants),
      satisfaction: !!e.satisfaction?.trim(),
    })),
  );
  const work: ReportWork = {
    ...(first ? { contract: { concluded: first.concluded, form: first.form } } : {}),
    ...(term
      ? {
          termination: {
            date: term.date,
            reason: term.reason,
            ...(term.personal_goal ? { outcome: term.personal_goal.outcome } : {}),
            oneOff: term.one_off === true,
          },
        }
      : {}),
    contacts: contacts.map((c) => ({
      date: c.date,
      form: c.form,
      type: c.type,
      setting: settingOf(c, servicePlace),
      ...(c.duration_min ? { minutes: c.duration_min } : {}),
      worker: c.worker,
    })),
    personalGoals: (goals?.personal_goals ?? []).map((p) => ({
      set: p.set,
      evaluations: (p.evaluations ?? []).map((e) => e.date),
    })),
    evaluations,
    partialGoals: (goals?.partial_goals ?? []).map((g) => ({
      set: g.set,
      ...(initialReview.has(g.id) ? { firstReview: initialReview.get(g.id) } : {}),
      review: g.review,
      status: g.status,
      ...(g.closed ? { closed: g.closed } : {}),
      evaluations: (g.evaluations ?? []).map((e) => ({
        date: e.date,
        status: e.status,
        ...(e.next_review ? { next_review: e.next_review } : {}),
      })),
    })),
    ...(goals?.plan?.written ? { planWritten: goals.plan.written } : {}),
  };
  return {
    facts: { ...personOf(id, location, client), ...work },
    ...(trace ? { keep: work, trace } : {}),
    problems: [],
  };
}

/** Of a case whose other records are as the cache saw them: client.yaml, read (and checked) now. */
export function reportPerson(root: string, id: string, location: CaseLocation): CaseFacts {
  const problems: Problem[] = [];
  const rel = `${caseDirRel(id, location)}/${CASE_FILES.client}`;
  const client = readRecord<Client>({ root }, rel, 'client', problems)?.data;
  if (problems.length > 0) return { problems };
  if (!client) return { problems: [{ code: 'missing-client', file: rel, params: { id } }] };
  return { person: personOf(id, location, client), problems };
}
