// Foster-care support (zákon č. 359/1999 Sb., § 47a odst. 2): what the carer is entitled to and
// bound to, as contact records of its own types say it – respite days per child and calendar year,
// short-term help, mediated expert help, help with the child's contact with the birth family, and
// education hours over 12 consecutive months. Pure: records in, figures and deadlines out.
import { addMonths, type IsoDate } from './dates.js';
import type { ContactRecord, GroupActivity } from './types.js';

/** The contact types (code list contact_types) that record the carer's support. */
export const FOSTER_SUPPORT = {
  /** § 47a odst. 2 písm. b): all-day care of the child, at least 14 days a calendar year. */
  respite: 'respitni_pece',
  /** písm. a): short-term help in illness, at a birth, a death, urgent personal matters. */
  shortTerm: 'kratkodoba_pomoc',
  /** písm. c): psychological, therapeutic or other expert help, at least every 6 months. */
  expert: 'odborna_pomoc',
  /** písm. d), f): education of the carer (24 hours in 12 consecutive months). */
  education: 'vzdelavani',
  /** písm. e), h): help with the child's contact with the parents and people close to it. */
  family: 'styk_s_rodinou',
} as const;

/** The foster-care kind's contact types with their names (added to the code list in that kind of service). */
export const FOSTER_CONTACT_TYPES: Record<string, string> = {
  [FOSTER_SUPPORT.respite]: 'respitní péče – celodenní péče o svěřené dítě (§ 47a odst. 2 písm. b))',
  [FOSTER_SUPPORT.shortTerm]: 'krátkodobá pomoc při péči o svěřené dítě (§ 47a odst. 2 písm. a))',
  [FOSTER_SUPPORT.expert]:
    'zprostředkovaná psychologická, terapeutická nebo jiná odborná pomoc (§ 47a odst. 2 písm. c))',
  [FOSTER_SUPPORT.education]: 'vzdělávání osoby pečující (§ 47a odst. 2 písm. d) a f))',
  [FOSTER_SUPPORT.family]: 'pomoc při styku dítěte s rodiči a osobami blízkými (§ 47a odst. 2 písm. e) a h))',
};

/** One education event: its day, its hours, and the co-carers (household ids) it counted for beside the client. */
export type EducationEvent = [IsoDate, number, string[]?];

type EducationContact = Pick<ContactRecord, 'date' | 'type' | 'duration_min' | 'present'>;

/** The education contacts as events: their length in hours, the household members present. */
export function contactEducation(contacts: readonly EducationContact[], since: IsoDate = ''): EducationEvent[] {
  return contacts
    .filter((c) => c.type === FOSTER_SUPPORT.education && c.date >= since && c.duration_min)
    .map((c): EducationEvent => {
      const hours = Math.round(((c.duration_min ?? 0) / 60) * 100) / 100;
      return c.present?.length ? [c.date, hours, [...c.present]] : [c.date, hours];
    });
}

/** A case's education in the group activities: each activity marked as education it attended, with the co-carers who came. */
export function groupEducation(groups: readonly GroupActivity[], id: string): EducationEvent[] {
  return groups.flatMap((g): EducationEvent[] => {
    const a = g.education === true ? g.attendees?.find((x) => x.case === id && x.attendance === 'present') : undefined;
    if (!a) return [];
    return [a.members?.length ? [g.date, g.hours, [...a.members]] : [g.date, g.hours]];
  });
}

/**
 * Each carer's own education: the client's is every event of the case, a co-carer's (household
 * id) those she was present at. The client first, under the empty id.
 */
export function perCarer(events: readonly EducationEvent[], carers: readonly string[]): [string, EducationEvent[]][] {
  return [
    ['', [...events]],
    ...carers.map((m): [string, EducationEvent[]] => [m, events.filter(([, , p]) => p?.includes(m))]),
  ];
}

/** The hours of the events in the 12 months up to a day (the day itself in, the day 12 months before out). */
export function educationSum(events: readonly EducationEvent[], day: IsoDate): number {
  const from = addMonths(day, -12);
  return events.filter(([date]) => date > from && date <= day).reduce((n, [, hours]) => n + hours, 0);
}

/**
 * The day by which the carer must have had `required` hours in the preceding 12 months and, with
 * no more education recorded, will not: the first day from a year after the dohoda on which the
 * sum falls short – a year after the dohoda, or the day an earlier course drops out of the window.
 */
export function educationDeadline(events: readonly EducationEvent[], since: IsoDate, required: number): IsoDate {
  const first = addMonths(since, 12);
  const candidates = [first, ...events.map(([date]) => addMonths(date, 12)).filter((d) => d > first)].sort();
  for (const day of candidates) if (educationSum(events, day) < required) return day;
  return candidates.at(-1) ?? first;
}

export interface FosterSupport {
  /** Respite days per child (household id) in the period. */
  respite: Record<string, number>;
  shortTerm: number;
  expert: number;
  /** The last expert help (a due reminder: at least every 6 months). */
  lastExpert?: IsoDate;
  family: number;
}

/** The carer's support in a period (both days in), from the contact records of its types. */
export function fosterSupport(
  contacts: readonly Pick<ContactRecord, 'date' | 'type' | 'days' | 'members'>[],
  from: IsoDate,
  to: IsoDate,
): FosterSupport {
  const inYear = contacts.filter((c) => c.date >= from && c.date <= to);
  const respite: Record<string, number> = {};
  for (const c of inYear.filter((x) => x.type === FOSTER_SUPPORT.respite))
    for (const m of c.members?.length ? c.members : ['']) respite[m] = (respite[m] ?? 0) + (c.days ?? 1);
  const expert = inYear.filter((c) => c.type === FOSTER_SUPPORT.expert);
  const lastExpert = expert
    .map((c) => c.date)
    .sort()
    .at(-1);
  return {
    respite,
    shortTerm: inYear.filter((c) => c.type === FOSTER_SUPPORT.shortTerm).length,
    expert: expert.length,
    ...(lastExpert ? { lastExpert } : {}),
    family: inYear.filter((c) => c.type === FOSTER_SUPPORT.family).length,
  };
}
