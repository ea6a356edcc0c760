// A one-off anonymous contact in one go (standard of quality 6b): a person calls or comes once,
// gives no name, gets basic counselling. The case is opened, the contact recorded and the case
// closed together – what `client new` (anonymous), `contact add --one-off` did in two steps.
import type { Client, ContactRecord, Termination } from './types.js';
import type { IsoDate } from './dates.js';
import { clientWord, oneOffTermination } from './case.js';

/** What is asked of a one-off contact (the keys of its scripted input): of the person, then of the contact. */
export const ONE_OFF_CLIENT_KEYS = ['pseudonym', 'sex', 'target_group', 'district', 'birth_year'] as const;
export const ONE_OFF_CONTACT_KEYS = [
  'date',
  'type',
  'form',
  'place',
  'duration_min',
  'worker',
  'participants',
  'summary',
] as const;

export type OneOffInput = Partial<Pick<Client, (typeof ONE_OFF_CLIENT_KEYS)[number]>> &
  Partial<Pick<ContactRecord, (typeof ONE_OFF_CONTACT_KEYS)[number]>>;

/** The contact type of a one-off contact unless another is given. */
export const ONE_OFF_TYPE = 'zakladni_poradenstvi';

/**
 * The pseudonym of a person who gave none: the running number of the case (A-2026-0042). It
 * follows the case when a provisional number is made permanent (store/sync.ts).
 */
export function runningPseudonym(caseId: string): string {
  return `A-${caseId}`;
}

/** The three records of a one-off contact in case `id`: the client (closed at once), the contact, the termination. */
export function oneOffCase(
  input: OneOffInput,
  id: string,
  today: IsoDate,
): { client: Client; contact: ContactRecord; termination: Termination } {
  const date = input.date ?? today;
  const sex = input.sex ?? 'unknown';
  const client = {
    id,
    status: 'closed',
    anonymous: true,
    pseudonym: input.pseudonym?.trim() || runningPseudonym(id),
    sex,
    ...(input.birth_year !== undefined ? { birth_year: input.birth_year } : {}),
    ...(input.district !== undefined ? { district: input.district } : {}),
    target_group: input.target_group,
    applied: date,
  } as Client;
  const contact = {
    date,
    type: input.type ?? ONE_OFF_TYPE,
    form: input.form,
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.duration_min !== undefined ? { duration_min: input.duration_min } : {}),
    worker: input.worker,
    participants: input.participants ?? [clientWord({ sex }), ...(input.worker ? [input.worker] : [])],
    summary: input.summary,
  } as ContactRecord;
  const termination = oneOffTermination(date, input.worker as string);
  // No worker known: the contact's schema says so once (and the termination's, at the same key, is the same problem).
  if (input.worker === undefined) delete (termination as Partial<Termination>).worker;
  return { client, contact, termination };
}
