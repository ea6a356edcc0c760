// Pure facts derived from a case's records.
import type {
  Amendment,
  Client,
  ContactRecord,
  Contract,
  Goals,
  KeyWorkerEntry,
  PartialGoal,
  PersonalGoal,
  SpisConfig,
  Termination,
} from './types.js';
import { isFosterCare, ONE_OFF_REASON } from './config.js';
import { addDuration, type IsoDate } from './dates.js';

/** The folder of a case's contact records. */
export { CASE_FILES, CONTACTS_DIR } from './kinds.js';

/** The key worker on a day: the last hand-over that has taken effect by then. */
export function currentKeyWorker(
  client: { key_workers?: Pick<KeyWorkerEntry, 'worker' | 'from'>[] },
  today: IsoDate,
): string | undefined {
  const list = client.key_workers ?? [];
  let current: string | undefined;
  for (const k of list) if (k.from <= today) current = k.worker;
  return current ?? list[0]?.worker;
}

export function clientLabel(client: Pick<Client, 'anonymous' | 'name' | 'pseudonym' | 'id'>): string {
  if (client.anonymous || !client.name) return client.pseudonym ?? client.id;
  return `${client.name.given} ${client.name.family}`;
}

/**
 * How the client is named among participants and responsible persons: klientka, klient – in
 * foster-care support the carer she is, pěstounka, pěstoun (domain/planning.ts clientTookPart
 * knows each word).
 */
export function clientWord(client: Pick<Client, 'sex'>, config?: Pick<SpisConfig, 'provider'>): string {
  const female = client.sex === 'female';
  if (config && isFosterCare(config)) return female ? 'pěstounka' : 'pěstoun';
  return female ? 'klientka' : 'klient';
}

/** Initials for reports that may leave the office (J. D.); a pseudonym stays as it is. */
export function clientInitials(client: Pick<Client, 'anonymous' | 'name' | 'pseudonym' | 'id'>): string {
  if (client.anonymous || !client.name) return client.pseudonym ?? client.id;
  return `${initialOf(client.name.given)}. ${initialOf(client.name.family)}.`;
}

/** A name's initial, as reports show it. */
export function initialOf(name: string): string {
  // NFC first: a name typed on another system (Č as C and a combining caron) keeps its letter.
  return [...name.normalize('NFC').trim()][0]?.toUpperCase() ?? '';
}

export function currentPersonalGoal<P = PersonalGoal>(goals: { personal_goals: P[] } | undefined): P | undefined {
  return goals?.personal_goals.at(-1);
}

/**
 * Which personal goal (its index in personal_goals) a partial goal serves: the one it names
 * (`serves: p2`), else the one that was current on the day the partial goal was set.
 */
export function personalGoalOf(goals: Goals, g: PartialGoal): number {
  const named = g.serves ? Number(g.serves.slice(1)) - 1 : -1;
  if (named >= 0 && named < goals.personal_goals.length) return named;
  let index = 0;
  goals.personal_goals.forEach((p, i) => {
    if (p.set <= g.set) index = i;
  });
  return index;
}

export function openPartialGoals<G extends Pick<PartialGoal, 'status'> = PartialGoal>(
  goals: { partial_goals: G[] } | undefined,
): G[] {
  return (goals?.partial_goals ?? []).filter((g) => g.status === 'open');
}

/** The contract's end date after amendments, or undefined for an indefinite term. */
export function contractEnd(
  contract: Pick<Contract, 'term'> & { amendments?: Pick<Amendment, 'term_until'>[] },
): IsoDate | undefined {
  let end = contract.term.indefinite ? undefined : contract.term.until;
  for (const a of contract.amendments ?? []) if (a.term_until) end = a.term_until;
  return end;
}

/** Next free partial goal id: c1, c2, … never reusing one. */
export function nextGoalId(goals: Goals | undefined, alsoTaken: readonly string[] = []): string {
  let max = 0;
  for (const id of [...(goals?.partial_goals ?? []).map((g) => g.id), ...alsoTaken]) {
    const n = Number(id.slice(1));
    if (Number.isInteger(n)) max = Math.max(max, n);
  }
  return `c${max + 1}`;
}

/**
 * A contact whose new partial goals got ids from an older view of the goals: every id that is
 * taken by now moves to the next free one, and the contact's references follow.
 */
export function renumberNewGoals(
  record: ContactRecord,
  goals: Goals | undefined,
): { record: ContactRecord; renumbered: { from: string; to: string }[] } {
  const taken = new Set((goals?.partial_goals ?? []).map((g) => g.id));
  const clashes = (record.new_goals ?? []).filter((g) => taken.has(g.id));
  if (clashes.length === 0) return { record, renumbered: [] };
  const map = new Map<string, string>();
  const assigned: string[] = (record.new_goals ?? []).filter((g) => !taken.has(g.id)).map((g) => g.id);
  for (const g of clashes) {
    const id = nextGoalId(goals, assigned);
    assigned.push(id);
    map.set(g.id, id);
  }
  const next: ContactRecord = structuredClone(record);
  for (const g of next.new_goals ?? []) g.id = map.get(g.id) ?? g.id;
  for (const r of next.goal_reviews ?? [])
    if (r.reworded_as && map.has(r.reworded_as)) r.reworded_as = map.get(r.reworded_as);
  return { record: next, renumbered: [...map].map(([from, to]) => ({ from, to })) };
}

/** Until when an archived case is kept: the termination's date, or the refusal's. */
export function archiveUntil(
  client: Pick<Client, 'refusal'> | undefined,
  termination: Pick<Termination, 'archive_until'> | undefined,
): IsoDate | undefined {
  return termination?.archive_until ?? client?.refusal?.archive_until;
}

/** The first day the records may be destroyed: the day after `archive_until`. */
export function retentionEnds(until: IsoDate): IsoDate {
  return addDuration(until, { amount: 1, unit: 'd' });
}

/** An anonymous applicant served once without a contract (standard of quality 6b). */
export function isOneOffCase(client: Client, contract: Contract | undefined): boolean {
  return client.status === 'applicant' && client.anonymous === true && !contract;
}

/** The termination of a one-off anonymous contact: no contract, no goals to evaluate. */
export function oneOffTermination(date: IsoDate, worker: string): Termination {
  return { date, reason: ONE_OFF_REASON, worker, one_off: true };
}
