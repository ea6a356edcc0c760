// The incidents register (standard 14 of the quality standards; for work with children also the
// threat to a child): pure rules of one incident – the cases it names, what a purge of one of them
// leaves, its follow-up steps as due items until it is closed, and the register's figures.
import { daysBetween, type IsoDate } from './dates.js';
import type { DueItem } from './due.js';
import type { Incident } from './types.js';
// A text a purge removed reads as in the pseudonymised copy.
import { REMOVED } from './pseudonymise.js';

/** Every case an incident names. */
export function incidentCases(i: Incident): string[] {
  return [...(i.cases ?? [])];
}

/**
 * An incident as one concerned case's copy (Art. 15) holds it: the incident as recorded, but of
 * the other cases it concerns only how many there are (their numbers are other people's data).
 */
export function incidentCopyFor(i: Incident, id: string): Incident & { other_cases?: number } {
  const { cases, cases_purged, ...rest } = i;
  const others = (cases ?? []).filter((c) => c !== id).length + (cases_purged ?? 0);
  return { ...rest, cases: (cases ?? []).filter((c) => c === id), ...(others ? { other_cases: others } : {}) };
}

/**
 * An incident as a purge of one of its cases leaves it: that case is gone from it (counted in
 * cases_purged), and with it every text and every name of whoever was informed, since they are
 * about that person too; the date, kind, who was informed and when, the steps' dates and the
 * closing's date stay, so the register still counts it. An incident not naming the case is
 * returned as it is.
 */
export function unlinkIncidentCase(i: Incident, id: string): Incident {
  if (!i.cases?.includes(id)) return i;
  const rest = i.cases.filter((c) => c !== id);
  const { cases: _cases, informed, follow_up, closed, ...kept } = i;
  return {
    ...kept,
    ...(rest.length ? { cases: rest } : {}),
    cases_purged: (i.cases_purged ?? 0) + 1,
    summary: REMOVED,
    measures: REMOVED,
    ...(informed ? { informed: informed.map(({ name: _n, ...x }) => x) } : {}),
    ...(follow_up ? { follow_up: follow_up.map((s) => ({ step: REMOVED, due: s.due })) } : {}),
    ...(closed ? { closed: { date: closed.date, conclusion: REMOVED } } : {}),
  };
}

/** An open incident's follow-up steps, each due at its date for the worker who recorded it, until the incident is closed. */
export function incidentDue(i: Incident, asOf: IsoDate, until: IsoDate): DueItem[] {
  if (i.closed) return [];
  return (i.follow_up ?? [])
    .filter((s) => s.due <= until)
    .map((s) => ({
      caseId: '',
      kind: 'incident-follow-up' as const,
      subject: i.id,
      due: s.due,
      days: daysBetween(asOf, s.due),
      keyWorker: i.worker,
    }));
}

export interface IncidentFigures {
  /** Incidents that happened in the period. */
  total: number;
  by_kind: Record<string, number>;
  /** Of them, those that concerned children. */
  children: number;
  /** Of them, those about which OSPOD, the police, the family or the management was informed. */
  informed: Record<'ospod' | 'police' | 'family' | 'management' | 'other', number>;
  /** Of them, still not closed. */
  open: number;
}

export function incidentFigures(list: readonly Incident[], from: IsoDate, to: IsoDate): IncidentFigures {
  const f: IncidentFigures = {
    total: 0,
    by_kind: {},
    children: 0,
    informed: { ospod: 0, police: 0, family: 0, management: 0, other: 0 },
    open: 0,
  };
  for (const i of list) {
    if (i.date < from || i.date > to) continue;
    f.total++;
    f.by_kind[i.kind] = (f.by_kind[i.kind] ?? 0) + 1;
    if (i.children) f.children++;
    for (const whom of new Set((i.informed ?? []).map((x) => x.whom))) f.informed[whom]++;
    if (!i.closed) f.open++;
  }
  return f;
}

/** What `spis incident add` takes (at the prompts or --from): the record without its number and closing. */
export type IncidentInput = Partial<Omit<Incident, 'id' | 'closed' | 'cases_purged'>>;

/** A new incident from what was given: on today unless said; the schema and the rules then say what is missing. */
export function buildIncident(id: string, given: IncidentInput, today: IsoDate): Partial<Incident> {
  return { id, date: given.date ?? today, ...given };
}
