// What falls due, computed from the records – never stored. Pure: dates in, items out.
import { addDuration, daysBetween, parseDuration, type Duration, type IsoDate } from './dates.js';
import { educationDeadline, perCarer, type EducationEvent } from './foster.js';
import { contractEnd, currentKeyWorker, currentPersonalGoal, openPartialGoals, retentionEnds } from './case.js';
import type {
  Amendment,
  Client,
  Contract,
  KeyWorkerEntry,
  PartialGoal,
  PeriodicReport,
  PersonalGoal,
  PersonalGoalEvaluation,
  Plan,
  ProviderRules,
} from './types.js';

export type DueKind =
  | 'partial-goal-review'
  | 'personal-goal-evaluation'
  | 'contract-end'
  | 'missed-meeting'
  | 'contact-gap'
  | 'personal-contact'
  | 'agreement-deadline'
  | 'carer-education'
  | 'assessment'
  | 'written-plan'
  | 'periodic-report'
  | 'retention-end'
  | 'complaint-reply'
  | 'incident-follow-up'
  | 'training-hours';

/**
 * What of a client the due rules read – and so all a cache of due facts may hold (the name
 * reduced to initials there): the types make the rules unable to read more.
 */
export interface DueClient extends Pick<Client, 'id' | 'status' | 'anonymous' | 'pseudonym' | 'applied'> {
  name?: Pick<NonNullable<Client['name']>, 'given' | 'family'>;
  assessment?: Pick<NonNullable<Client['assessment']>, 'date'>;
  key_workers?: Pick<KeyWorkerEntry, 'worker' | 'from'>[];
  /** Foster-care support: the earliest finality of a court's decision placing a child of the household. */
  placed?: IsoDate;
  /** Foster-care support: the household's other carers (ids m1…), each with education hours of their own. */
  carers?: string[];
}
/** Of the client, what a row of the report shows and who the key worker is on a day. */
export type DueRowClient = Pick<DueClient, 'id' | 'anonymous' | 'pseudonym' | 'name' | 'key_workers'>;
export interface DueContract extends Pick<Contract, 'concluded' | 'term'> {
  amendments?: Pick<Amendment, 'term_until'>[];
  reports?: Pick<PeriodicReport, 'date'>[];
}
export interface DueGoals {
  plan?: Pick<Plan, 'written'>;
  personal_goals: (Pick<PersonalGoal, 'set'> & { evaluations?: Pick<PersonalGoalEvaluation, 'date'>[] })[];
  partial_goals: Pick<PartialGoal, 'id' | 'status' | 'review'>[];
}

export interface DueFacts {
  id: string;
  client: DueClient;
  contract?: DueContract;
  goals?: DueGoals;
  /** Dates of all contact records, oldest first (from the file names). */
  contactDates: IsoDate[];
  /** The next meeting as planned by the newest contact record that planned one (next_meeting). */
  plannedMeeting?: IsoDate;
  /** Under the personal-contact rule: the newest contact in person with the household's children (domain/household.ts). */
  lastPersonal?: IsoDate;
  /** Foster-care support: the education contacts (domain/foster.ts), oldest first. */
  education?: EducationEvent[];
}

export interface DueItem {
  /** The case; '' for an item of a register (a complaint), which `subject` names. */
  caseId: string;
  kind: DueKind;
  /** The partial goal, where the item is about one. */
  subject?: string;
  due: IsoDate;
  /** Negative when overdue. */
  days: number;
  keyWorker?: string;
  /** The client of the case (none for a register's item). */
  client?: DueRowClient;
}

/** Parsed provider durations ("3m"): the same few specs for every case. */
const durations = new Map<string, Duration>();

function duration(spec: string, fallback: string): Duration {
  const key = `${spec}\u0000${fallback}`;
  let d = durations.get(key);
  if (!d) durations.set(key, (d = parseDuration(spec) ?? parseDuration(fallback)!));
  return d;
}

/** When the current personal goal must be evaluated: its last evaluation (or the day it was set) plus the review interval. */
export function personalGoalEvaluationDue(goals: DueGoals | undefined, rules: ProviderRules): IsoDate | undefined {
  const pg = currentPersonalGoal(goals);
  if (!pg) return undefined;
  const last = pg.evaluations
    ?.map((e) => e.date)
    .sort()
    .at(-1);
  return addDuration(last && last > pg.set ? last : pg.set, duration(rules.personal_goal_review, '12m'));
}

/**
 * A case's deadlines as its records and the provider's rules set them – the same on every day,
 * so the due cache keeps these (store/stamp-cache.ts) rather than the facts: dates, kinds, goal
 * ids, and of the client what a row shows and who the key worker is on a day.
 */
export interface DueDeadlines {
  id: string;
  client: DueRowClient;
  /** Each deadline: its kind, date, and the partial goal where it is about one. */
  deadlines: [DueKind, IsoDate, string?][];
  /** A meeting planned that no contact has answered yet: missed once its day has passed. */
  planned?: IsoDate;
  /**
   * Foster-care support: the carers' education since the dohoda, from the case's contacts; the
   * group activities of the register are added when the items are made (itemsDue).
   */
  education?: { since: IsoDate; required: number; events: EducationEvent[]; carers?: string[] };
}

/** Every deadline of one case, whatever the day (dueItems picks those due by a day). */
export function dueDeadlines(f: DueFacts, rules: ProviderRules): DueDeadlines {
  const deadlines: DueDeadlines['deadlines'] = [];
  const add = (kind: DueKind, due: IsoDate, subject?: string): void => {
    deadlines.push(subject ? [kind, due, subject] : [kind, due]);
  };
  const { id, anonymous, pseudonym, name, key_workers } = f.client;
  const base = {
    id: f.id,
    client: {
      id,
      ...(anonymous !== undefined ? { anonymous } : {}),
      ...(pseudonym !== undefined ? { pseudonym } : {}),
      ...(name ? { name } : {}),
      ...(key_workers ? { key_workers } : {}),
    },
  };
  const status = f.client.status;
  if (status !== 'active' && status !== 'applicant') return { ...base, deadlines };

  // A planned meeting is missed until there is a contact on or after its date, whatever later
  // records that planned nothing (a phone call) left out.
  const planned = f.plannedMeeting;
  const lastContact = f.contactDates.at(-1);
  const unanswered = planned && (!lastContact || lastContact < planned) ? planned : undefined;
  const since = f.contract?.concluded;
  const education =
    rules.carer_education && since && f.education
      ? {
          since,
          required: rules.carer_education,
          events: f.education.filter(([date]) => date >= since),
          ...(f.client.carers?.length ? { carers: f.client.carers } : {}),
        }
      : undefined;
  const result = (): DueDeadlines => ({
    ...base,
    deadlines,
    ...(unanswered ? { planned: unanswered } : {}),
    ...(education && status === 'active' ? { education } : {}),
  });

  if (status === 'applicant') {
    // One-off anonymous counselling has no assessment: nobody is taken on.
    if (!f.client.assessment && !f.client.anonymous)
      add('assessment', addDuration(f.client.applied, duration(rules.assessment, '7d')));
    // Foster-care support: the dohoda within 30 days of the first placement's finality (§ 47b).
    if (rules.agreement_deadline && f.client.placed)
      add('agreement-deadline', addDuration(f.client.placed, duration(rules.agreement_deadline, '30d')));
    return result();
  }

  for (const g of openPartialGoals(f.goals)) add('partial-goal-review', g.review, g.id);

  const evaluation = personalGoalEvaluationDue(f.goals, rules);
  if (evaluation) add('personal-goal-evaluation', evaluation);

  const end = f.contract ? contractEnd(f.contract) : undefined;
  if (end) add('contract-end', end);

  if (rules.personal_contact) {
    // Foster-care support: the organisation's duty to see the carer and the children in person –
    // a phone call or a visit without the children does not meet it.
    const since = f.lastPersonal ?? f.contract?.concluded ?? f.client.applied;
    add('personal-contact', addDuration(since, duration(rules.personal_contact, '2m')));
  } else {
    // "Does not use the service in the agreed scope": no contact for longer than the provider allows.
    const since = lastContact ?? f.contract?.concluded ?? f.client.applied;
    add('contact-gap', addDuration(since, duration(rules.max_contact_gap, '3m')));
  }

  // Foster-care support (zákon č. 359/1999 Sb.): a report on the care every report_interval.
  if (rules.report_interval && f.contract) {
    const last = f.contract.reports
      ?.map((r) => r.date)
      .sort()
      .at(-1);
    add(
      'periodic-report',
      addDuration(
        last && last > f.contract.concluded ? last : f.contract.concluded,
        duration(rules.report_interval, '6m'),
      ),
    );
  }

  const threshold = rules.written_plan_after_contacts;
  if (threshold > 0 && f.contactDates.length > threshold && !f.goals?.plan?.written)
    add('written-plan', f.contactDates[threshold]);
  return result();
}

/**
 * The deadlines overdue or falling due by `until` (inclusive), as of `asOf`. `groups`: the
 * client's education in the group activities of the register (foster-care support).
 */
export function itemsDue(
  d: DueDeadlines,
  asOf: IsoDate,
  until: IsoDate,
  groups: readonly EducationEvent[] = [],
): DueItem[] {
  const items: DueItem[] = [];
  const kw = currentKeyWorker(d.client, asOf);
  const add = (kind: DueKind, due: IsoDate, subject?: string): void => {
    if (due > until) return;
    items.push({
      caseId: d.id,
      kind,
      ...(subject ? { subject } : {}),
      due,
      days: daysBetween(asOf, due),
      ...(kw ? { keyWorker: kw } : {}),
      client: d.client,
    });
  };
  if (d.planned && d.planned < asOf) add('missed-meeting', d.planned);
  for (const [kind, due, subject] of d.deadlines) add(kind, due, subject);
  if (d.education) {
    // Each carer's own hours: the client's contacts and group activities; a co-carer's, those she was present at.
    const { since, required, events, carers } = d.education;
    const own = [...events, ...groups.filter(([date]) => date >= since)];
    for (const [who, mine] of perCarer(own, carers ?? []))
      add('carer-education', educationDeadline(mine, since, required), who);
  }
  return items;
}

/**
 * Every deadline of one case that is overdue or falls due by `until` (inclusive), as of `asOf`.
 */
export function dueItems(f: DueFacts, rules: ProviderRules, asOf: IsoDate, until: IsoDate): DueItem[] {
  return itemsDue(dueDeadlines(f, rules), asOf, until);
}

/**
 * An archived case whose retention period has run out: from the day after `archive_until` its
 * records are to be destroyed (spis purge) or handed to the disposal procedure.
 */
export function retentionItem(
  id: string,
  client: DueClient,
  archiveUntil: IsoDate,
  asOf: IsoDate,
  until: IsoDate,
): DueItem | undefined {
  const due = retentionEnds(archiveUntil);
  if (due > until) return undefined;
  return { caseId: id, kind: 'retention-end', due, days: daysBetween(asOf, due), client };
}

const KIND_ORDER: DueKind[] = [
  'retention-end',
  'complaint-reply',
  'incident-follow-up',
  'training-hours',
  'assessment',
  'agreement-deadline',
  'carer-education',
  'missed-meeting',
  'partial-goal-review',
  'personal-goal-evaluation',
  'written-plan',
  'periodic-report',
  'personal-contact',
  'contact-gap',
  'contract-end',
];

/** Overdue first, then by date; ties by case and kind, so the report is stable. */
export function sortDue(items: DueItem[]): DueItem[] {
  return [...items].sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.subject ?? '').localeCompare(b.subject ?? ''),
  );
}

/** The items of a cached entry, or undefined where the entry cannot be read as deadlines. */
export function cachedItems(
  value: unknown,
  asOf: string,
  until: string,
  groups?: readonly EducationEvent[],
): DueItem[] | undefined {
  if (value === null) return [];
  try {
    const out = itemsDue(value as DueDeadlines, asOf, until, groups);
    return out.every(
      (i) =>
        typeof i.caseId === 'string' &&
        typeof i.due === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(i.due) &&
        Number.isFinite(i.days) &&
        (i.subject === undefined || typeof i.subject === 'string'),
    )
      ? out
      : undefined;
  } catch {
    return undefined;
  }
}
