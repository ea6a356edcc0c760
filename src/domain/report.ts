// The service's year in numbers: pure aggregation over the facts of every case (report/facts.ts).
// Counts only – no name, no text, no contact detail ever reaches a figure. Persons are counted
// once however many cases they have (client.yaml `person`).
import { complaintFigures, type ComplaintFigures } from './complaint.js';
import type { Complaint, GroupActivity, Incident, Training } from './types.js';
import { staffFigures, type StaffFigures } from './training.js';
import { incidentFigures, type IncidentFigures } from './incident.js';
import { groupFigures, type GroupFigures } from './group.js';
import type { ReportCase } from '../report/facts.js';
import type { SpisConfig } from './types.js';
import { addDuration, parseDuration, type IsoDate } from './dates.js';
import { codeList, IN_PERSON_FORMS, rulesOf } from './config.js';

export type Setting = 'ambulatory' | 'field' | 'remote' | 'unknown';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type Counts = Record<string, number>;

export interface Report {
  period: Period;
  /** Ages are counted on this day (the period's last). */
  reference_date: IsoDate;
  worker: string | null;
  persons: {
    total: number;
    new: number;
    continuing: number;
    ended: number;
    by_sex: Counts;
    by_age_band: Counts;
    by_age_band_sex: Record<string, Counts>;
    by_target_group: Counts;
    by_district: Counts;
  };
  /**
   * Families and households: the families served (cases linked by client.yaml `family` counted
   * once) and the persons reached – the clients and the household members who take part, each
   * once across the family's cases.
   */
  families: { total: number; persons: number; members: number; children: number };
  anonymous: { cases: number; contacts: number; minutes: number };
  applicants: {
    new: number;
    contracts: { written: number; oral: number };
    refused: number;
    /** By the letter of § 91 odst. 3 (a–d); a provider's own reason code where it has no letter. */
    refused_by_reason: Counts;
  };
  /** § 88 písm. g): applicants refused for lack of capacity (case id and dates only). */
  refused_capacity: { case_id: string; applied: IsoDate; refused: IsoDate }[];
  /** Standard 6c: case files destroyed after their retention in the period, and proposed for the state archive's disposal procedure. */
  disposal: { destroyed: number; proposed: number };
  /** Standard 7: the complaints register for the period (with --worker, those the worker handles). */
  complaints: ComplaintFigures;
  /** Standard 14: the incidents of the period by kind, those with children, who was informed, still open. */
  incidents: IncidentFigures;
  /** Standards 9 and 10: full-time equivalents in direct care on the period's last day, training hours of its year. */
  staff: StaffFigures;
  /** Group activities of the period: how many, attendances, participant-hours, persons reached (each once). */
  groups: GroupFigures;
  work: {
    contacts: number;
    minutes: number;
    contacts_with_minutes: number;
    by_form: Record<string, { contacts: number; minutes: number }>;
    by_type: Record<string, { contacts: number; minutes: number }>;
    by_worker: Record<string, { contacts: number; minutes: number }>;
    by_setting: Counts;
    by_month: Counts;
  };
  outcomes: {
    ended_by_reason: Counts;
    personal_goal_at_closing: Counts;
    partial_goals: Counts;
    written_plan: { required: number; written: number };
    personal_goal_evaluated: { due: number; evaluated: number };
    overdue_reviews_at_end: number;
    evaluations: { held: number; client_took_part: number; client_absent: number; satisfaction_recorded: number };
  };
}

/** § 91 odst. 3: the built-in refusal reasons by their letter. */
const REFUSAL_LETTER: Record<string, string> = {
  neposkytuje_sluzbu: 'a',
  kapacita: 'b',
  zdravotni_stav: 'c',
  vypoved_6_mesicu: 'd',
};

export const DEFAULT_AGE_BANDS = ['0-17', '18-26', '27-64', '65-80', '81-'];
export const UNKNOWN = 'neuvedeno';

const inside = (d: string | undefined, p: Period): d is string => d !== undefined && d >= p.from && d <= p.to;
const add = (c: Counts, key: string, n = 1): void => {
  c[key] = (c[key] ?? 0) + n;
};

/** Full years on a day: from the birth date, else the year of birth (the age reached that year). */
export function ageOn(c: Pick<ReportCase, 'birth_date' | 'birth_year'>, day: IsoDate): number | undefined {
  if (c.birth_date) {
    const [y, m, d] = c.birth_date.split('-').map(Number);
    const [ty, tm, td] = day.split('-').map(Number);
    return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  }
  return c.birth_year !== undefined ? Number(day.slice(0, 4)) - c.birth_year : undefined;
}

export function ageBand(age: number | undefined, bands: readonly string[]): string {
  if (age === undefined || age < 0) return UNKNOWN;
  for (const b of bands) {
    const [lo, hi] = b.split('-');
    if (age >= Number(lo) && (hi === '' || hi === undefined || age <= Number(hi))) return b;
  }
  return UNKNOWN;
}

function keyWorkerOn(c: ReportCase, day: IsoDate): string | undefined {
  let kw: string | undefined;
  for (const k of c.keyWorkers) if (k.from <= day) kw = k.worker;
  return kw ?? c.keyWorkers[0]?.worker;
}

/** A meeting at the service (ambulatory) or away from it (field), told by the place written – when the facts are read (report/facts.ts), so no place's text is kept. */
export function settingOf(contact: { form: string; place?: string }, servicePlace: string | undefined): Setting {
  if (!IN_PERSON_FORMS.has(contact.form)) return 'remote';
  const place = contact.place?.trim().toLowerCase();
  if (!place) return 'unknown';
  const home = servicePlace?.trim().toLowerCase();
  if ((home && (place.includes(home) || home.includes(place))) || /poradn|kancelá|pracoviš|ambulan/.test(place))
    return 'ambulatory';
  return 'field';
}

/** A case served in the period: it has its contract. */
type Served = ReportCase & { contract: NonNullable<ReportCase['contract']> };

/** The review date an open partial goal had on a day: from the last evaluation by then, else the one it was set with. */
function reviewOn(g: ReportCase['partialGoals'][number], day: IsoDate): string {
  const last = g.evaluations.flatMap((e) => (e.date <= day && e.next_review ? [e.next_review] : [])).at(-1);
  if (last) return last;
  return g.evaluations.length === 0 ? g.review : (g.firstReview ?? g.review);
}

export interface ReportOptions {
  worker?: string;
  /** The service's disposal records (spis purge): their kind, date and number of cases. */
  disposals?: readonly { kind: 'destroyed' | 'proposed'; date: IsoDate; cases: number }[];
  /** The complaints register (complaints/). */
  complaints?: readonly Complaint[];
  /** The incidents register (incidents/). */
  incidents?: readonly Incident[];
  /** The staff's training records (trainings/). */
  trainings?: readonly Training[];
  /** The group activities (groups/). */
  groups?: readonly GroupActivity[];
}

export function buildReport(
  cases: readonly ReportCase[],
  config: SpisConfig,
  period: Period,
  o: ReportOptions = {},
): Report {
  const rules = rulesOf(config);
  const bands = config.report?.age_bands ?? DEFAULT_AGE_BANDS;
  const worker = o.worker;
  const oneOff = (c: ReportCase): boolean => c.termination?.oneOff === true;
  // A case belongs to a worker when they are its key worker at the end of the period (or of the case).
  const mine = (c: ReportCase): boolean =>
    !worker ||
    keyWorkerOn(c, c.termination && c.termination.date < period.to ? c.termination.date : period.to) === worker;
  const served = cases.filter(
    (c): c is Served =>
      !oneOff(c) &&
      c.contract !== undefined &&
      c.contract.concluded <= period.to &&
      (!c.termination || c.termination.date >= period.from) &&
      mine(c),
  );

  // A case's person (client.yaml `person`), so that a group's participant is counted once across her cases.
  const personOfCase = new Map(cases.map((c) => [c.id, c.person]));

  // Persons: each counted once; their attributes from their latest case.
  const byPerson = new Map<string, Served[]>();
  for (const c of served) byPerson.set(c.person, [...(byPerson.get(c.person) ?? []), c]);
  const persons: Report['persons'] = {
    total: byPerson.size,
    new: 0,
    continuing: 0,
    ended: 0,
    by_sex: { female: 0, male: 0, unknown: 0 },
    by_age_band: {},
    by_age_band_sex: {},
    by_target_group: {},
    by_district: {},
  };
  for (const b of [...bands, UNKNOWN]) {
    persons.by_age_band[b] = 0;
    persons.by_age_band_sex[b] = { female: 0, male: 0, unknown: 0 };
  }
  for (const code of Object.keys(codeList(config, 'target_groups'))) persons.by_target_group[code] = 0;
  for (const list of byPerson.values()) {
    const sorted = [...list].sort((a, b) => (a.contract.concluded < b.contract.concluded ? -1 : 1));
    const latest = sorted[sorted.length - 1];
    if (sorted[0].contract.concluded >= period.from) persons.new++;
    else persons.continuing++;
    if (list.every((c) => c.termination && c.termination.date <= period.to)) persons.ended++;
    add(persons.by_sex, latest.sex);
    const band = ageBand(ageOn(latest, period.to), bands);
    add(persons.by_age_band, band);
    add(persons.by_age_band_sex[band], latest.sex);
    add(persons.by_target_group, latest.target_group);
    add(persons.by_district, latest.district ?? UNKNOWN);
  }

  // Families: a member who is the client of a served case is that client; a member named in two
  // cases of the family by the same key is one person.
  const clients = new Set(byPerson.keys());
  const members = new Map<string, boolean>();
  for (const c of served)
    for (const m of c.household) {
      const key = m.key.includes('/') ? m.key : (personOfCase.get(m.key) ?? m.key);
      if (!clients.has(key)) members.set(key, members.get(key) === true || m.child);
    }
  const families: Report['families'] = {
    total: new Set(served.map((c) => c.family)).size,
    persons: clients.size + members.size,
    members: members.size,
    children: [...members.values()].filter(Boolean).length,
  };

  // Anonymous one-off basic counselling (standard 6b), counted apart: no person can be told apart.
  const anonymousCases = cases.filter((c) => oneOff(c) && mine(c) && c.contacts.some((x) => inside(x.date, period)));
  const anonymousContacts = anonymousCases.flatMap((c) =>
    c.contacts.filter((x) => inside(x.date, period) && (!worker || x.worker === worker)),
  );

  const applicants: Report['applicants'] = {
    new: 0,
    contracts: { written: 0, oral: 0 },
    refused: 0,
    refused_by_reason: { a: 0, b: 0, c: 0, d: 0 },
  };
  const refusedCapacity: Report['refused_capacity'] = [];
  for (const c of cases.filter((x) => !oneOff(x) && mine(x))) {
    if (inside(c.applied, period)) applicants.new++;
    if (c.contract && inside(c.contract.concluded, period)) applicants.contracts[c.contract.form]++;
    if (c.refusal && inside(c.refusal.date, period)) {
      applicants.refused++;
      add(applicants.refused_by_reason, REFUSAL_LETTER[c.refusal.reason] ?? c.refusal.reason);
      if (c.refusal.reason === 'kapacita')
        refusedCapacity.push({ case_id: c.id, applied: c.applied, refused: c.refusal.date });
    }
  }
  refusedCapacity.sort((a, b) =>
    a.refused < b.refused ? -1 : a.refused > b.refused ? 1 : a.case_id < b.case_id ? -1 : 1,
  );

  // Work done: every contact in the period (one-off ones included), by the worker who recorded it.
  const work: Report['work'] = {
    contacts: 0,
    minutes: 0,
    contacts_with_minutes: 0,
    by_form: {},
    by_type: {},
    by_worker: {},
    by_setting: { ambulatory: 0, field: 0, remote: 0, unknown: 0 },
    by_month: {},
  };
  const tally = (t: Record<string, { contacts: number; minutes: number }>, key: string, minutes: number): void => {
    t[key] ??= { contacts: 0, minutes: 0 };
    t[key].contacts++;
    t[key].minutes += minutes;
  };
  for (
    let m = period.from.slice(0, 7);
    m <= period.to.slice(0, 7);
    m = addDuration(`${m}-01`, { amount: 1, unit: 'm' }).slice(0, 7)
  )
    work.by_month[m] = 0;
  for (const c of cases) {
    for (const x of c.contacts) {
      if (!inside(x.date, period) || (worker && x.worker !== worker)) continue;
      const minutes = x.minutes ?? 0;
      work.contacts++;
      work.minutes += minutes;
      if (x.minutes) work.contacts_with_minutes++;
      tally(work.by_form, x.form, minutes);
      tally(work.by_type, x.type, minutes);
      tally(work.by_worker, x.worker, minutes);
      add(work.by_setting, x.setting);
      add(work.by_month, x.date.slice(0, 7));
    }
  }

  // Outcomes (standards of quality 5 and 15).
  const outcomes: Report['outcomes'] = {
    ended_by_reason: {},
    personal_goal_at_closing: { met: 0, partly_met: 0, not_met: 0 },
    partial_goals: { set: 0, met: 0, partly_met: 0, not_met: 0, reworded: 0, dropped: 0, open_at_end: 0 },
    written_plan: { required: 0, written: 0 },
    personal_goal_evaluated: { due: 0, evaluated: 0 },
    overdue_reviews_at_end: 0,
    evaluations: { held: 0, client_took_part: 0, client_absent: 0, satisfaction_recorded: 0 },
  };
  const interval = parseDuration(rules.personal_goal_review) ?? { amount: 12, unit: 'm' as const };
  const threshold = rules.written_plan_after_contacts;
  for (const c of served) {
    if (c.termination && inside(c.termination.date, period)) {
      add(outcomes.ended_by_reason, c.termination.reason);
      if (c.termination.outcome) add(outcomes.personal_goal_at_closing, c.termination.outcome);
    }
    for (const g of c.partialGoals) {
      if (inside(g.set, period)) outcomes.partial_goals.set++;
      if (g.closed && inside(g.closed, period) && g.status !== 'open') add(outcomes.partial_goals, g.status);
      const openAtEnd = g.set <= period.to && (!g.closed || g.closed > period.to);
      if (openAtEnd) outcomes.partial_goals.open_at_end++;
      if (openAtEnd && reviewOn(g, period.to) < period.to) outcomes.overdue_reviews_at_end++;
    }
    for (const e of c.evaluations) {
      if (!inside(e.date, period)) continue;
      outcomes.evaluations.held++;
      if (e.tookPart) outcomes.evaluations.client_took_part++;
      else outcomes.evaluations.client_absent++;
      if (e.satisfaction) outcomes.evaluations.satisfaction_recorded++;
    }
    // Indicators on the last day, for the clients served then.
    const activeAtEnd = !c.termination || c.termination.date > period.to;
    if (!activeAtEnd) continue;
    if (threshold > 0 && c.contacts.filter((x) => x.date <= period.to).length > threshold) {
      outcomes.written_plan.required++;
      if (c.planWritten && c.planWritten <= period.to) outcomes.written_plan.written++;
    }
    const goal = c.personalGoals.filter((p) => p.set <= period.to).at(-1);
    const start = addDuration(period.to, interval, -1);
    if (goal && goal.set <= start) {
      outcomes.personal_goal_evaluated.due++;
      if (goal.evaluations.some((d) => d > start && d <= period.to)) outcomes.personal_goal_evaluated.evaluated++;
    }
  }
  return {
    period,
    reference_date: period.to,
    worker: worker ?? null,
    persons,
    families,
    anonymous: {
      cases: anonymousCases.length,
      contacts: anonymousContacts.length,
      minutes: anonymousContacts.reduce((n, x) => n + (x.minutes ?? 0), 0),
    },
    applicants,
    refused_capacity: refusedCapacity,
    disposal: {
      destroyed: (o.disposals ?? [])
        .filter((x) => x.kind === 'destroyed' && x.date >= period.from && x.date <= period.to)
        .reduce((n, x) => n + x.cases, 0),
      proposed: (o.disposals ?? [])
        .filter((x) => x.kind === 'proposed' && x.date >= period.from && x.date <= period.to)
        .reduce((n, x) => n + x.cases, 0),
    },
    complaints: complaintFigures(
      (o.complaints ?? []).filter((c) => !worker || c.handler === worker),
      period.from,
      period.to,
    ),
    staff: staffFigures(config, o.trainings ?? [], period.to),
    incidents: incidentFigures(
      (o.incidents ?? []).filter((i) => !worker || i.worker === worker),
      period.from,
      period.to,
    ),
    groups: groupFigures(
      (o.groups ?? []).filter((g) => !worker || g.workers.includes(worker)),
      period.from,
      period.to,
      (id) => personOfCase.get(id) ?? id,
    ),
    work,
    outcomes,
  };
}
