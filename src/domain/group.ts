// Group activities (group education, a club, a self-help group): one event, many attendees.
// Pure rules of the register – the cases an activity names, what a client's copy and a purge make
// of it, the activities of one case, a participant's education hours, and the register's figures.
import type { IsoDate } from './dates.js';
import type { GroupActivity } from './types.js';
// A text a purge removed reads as in the pseudonymised copy.
import { REMOVED } from './pseudonymise.js';

/** Every case an activity names, present or excused. */
export function groupCases(g: GroupActivity): string[] {
  return (g.attendees ?? []).map((p) => p.case);
}

/** The cases that took part (not those who sent apologies). */
export function presentCases(g: GroupActivity): string[] {
  return (g.attendees ?? []).filter((p) => p.attendance === 'present').map((p) => p.case);
}

/**
 * The activity as one participant's copy (Art. 15) holds it: her own attendance only – the other
 * attendees are other people's data, counted but not named – and the rest as recorded.
 */
export function groupCopyFor(g: GroupActivity, id: string): GroupActivity & { other_attendees?: number } {
  const { attendees, other_names: _names, others: _others, attendees_purged: _purged, ...rest } = g;
  const own = (attendees ?? []).filter((p) => p.case === id);
  const others = (attendees ?? []).length - own.length + (g.attendees_purged ?? 0) + (g.others ?? 0);
  return { ...rest, attendees: own, ...(others ? { other_attendees: others } : {}) };
}

/**
 * An activity as a purge of one of its attendees leaves it: that case is gone from it (if she
 * took part, counted in attendees_purged), and with it the short record, which may speak of
 * her; the date, kind, topic, hours, workers and the other attendees stay, so the register
 * still counts the same attendances.
 */
export function unlinkGroupCase(g: GroupActivity, id: string): GroupActivity {
  if (!groupCases(g).includes(id)) return g;
  const rest = (g.attendees ?? []).filter((p) => p.case !== id);
  const came = presentCases(g).includes(id);
  const { attendees: _p, attendees_purged: purged, ...kept } = g;
  const count = (purged ?? 0) + (came ? 1 : 0);
  return {
    ...kept,
    ...(rest.length ? { attendees: rest } : {}),
    ...(count ? { attendees_purged: count } : {}),
    record: REMOVED,
  };
}

/** The activities that name a case, oldest first. */
export function activitiesOf(list: readonly GroupActivity[], id: string): GroupActivity[] {
  return list.filter((g) => groupCases(g).includes(id)).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A participant's hours of the activities marked as education in the period (both days included). */
export function educationHours(list: readonly GroupActivity[], id: string, from: IsoDate, to: IsoDate): number {
  return list
    .filter((g) => g.education === true && g.date >= from && g.date <= to && presentCases(g).includes(id))
    .reduce((n, g) => n + g.hours, 0);
}

export interface GroupFigures {
  /** Group activities held in the period. */
  total: number;
  by_kind: Record<string, number>;
  /** Of them, those marked as education. */
  education: number;
  /** The hours the activities took. */
  hours: number;
  /** Attendances: the attendees from the cases present and the others, summed over the activities. */
  attendances: number;
  /** Each attendance times the activity's hours. */
  participant_hours: number;
  /** Distinct persons from the cases present at least once (counted once however often she came, in however many cases). */
  cases_reached: number;
  /** The others (anonymous or outside the cases), summed: they cannot be told apart, so each attendance counts. */
  others: number;
  /** Persons reached: the distinct cases and the others. */
  persons_reached: number;
}

/** The figures of the activities held in the period; `personOf` tells the person of a case (client.yaml `person`). */
export function groupFigures(
  list: readonly GroupActivity[],
  from: IsoDate,
  to: IsoDate,
  personOf: (caseId: string) => string = (id) => id,
): GroupFigures {
  const f: GroupFigures = {
    total: 0,
    by_kind: {},
    education: 0,
    hours: 0,
    attendances: 0,
    participant_hours: 0,
    cases_reached: 0,
    others: 0,
    persons_reached: 0,
  };
  const reached = new Set<string>();
  for (const g of list) {
    if (g.date < from || g.date > to) continue;
    f.total++;
    f.by_kind[g.kind] = (f.by_kind[g.kind] ?? 0) + 1;
    if (g.education) f.education++;
    f.hours += g.hours;
    // A purged participant who took part still counts in the attendances, not among the cases reached.
    const came = presentCases(g).length + (g.others ?? 0) + (g.attendees_purged ?? 0);
    f.attendances += came;
    f.participant_hours += came * g.hours;
    f.others += g.others ?? 0;
    for (const c of presentCases(g)) reached.add(personOf(c));
  }
  f.hours = Math.round(f.hours * 100) / 100;
  f.participant_hours = Math.round(f.participant_hours * 100) / 100;
  f.cases_reached = reached.size;
  f.persons_reached = reached.size + f.others;
  return f;
}

/** What `spis group add` takes (at the prompts or --from): the record without its number. */
export type GroupInput = Partial<Omit<GroupActivity, 'id' | 'attendees_purged'>>;

/** A new activity from what was given: on today unless said; the schema and the rules then say what is missing. */
export function buildGroup(id: string, given: GroupInput, today: IsoDate): Partial<GroupActivity> {
  return { id, date: given.date ?? today, ...given };
}
