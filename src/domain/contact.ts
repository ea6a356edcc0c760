// A contact record as scripted input gives it: what it may leave out, filled from the case.
import type { ContactRecord, NewGoal } from './types.js';
import { IN_PERSON_FORMS } from './config.js';
import { currentKeyWorker, nextGoalId } from './case.js';
import type { SoundCase } from '../store/case-store.js';

/** The contact types where persons and institutions beyond the client and the workers take part. */
export const CONFERENCE_TYPES = new Set(['pripadova_konference', 'jednani_s_institucemi']);

/** The contact types at which the personal goal is evaluated. */
export const EVALUATION_TYPES = new Set(['hodnotici_schuzka']);

export type ContactInput = Partial<ContactRecord> & { new_goals?: (Partial<NewGoal> & Omit<NewGoal, 'id'>)[] };

/** Fills what scripted input may leave out: date, worker, form/place/participants of the last contact, new goal ids. */
export function completeContact(input: ContactInput, kase: SoundCase, today: string): ContactRecord {
  const last = kase.contacts.at(-1)?.data;
  const client = kase.client.data;
  const date = input.date ?? today;
  const taken: string[] = [];
  const newGoals = (input.new_goals ?? []).map((g) => {
    const id = g.id ?? nextGoalId(kase.goals?.data, taken);
    taken.push(id);
    return { ...g, id };
  });
  const form = input.form ?? last?.form;
  // The last meeting's place carries over only to a meeting in person: a phone call has no place.
  const place =
    input.place ??
    (form && IN_PERSON_FORMS.has(form)
      ? [...kase.contacts].reverse().find((c) => c.data && IN_PERSON_FORMS.has(c.data.form) && c.data.place)?.data.place
      : undefined);
  const record = {
    ...input,
    date,
    form,
    ...(place ? { place } : {}),
    worker: input.worker ?? currentKeyWorker(client, date),
    ...((input.participants ?? last?.participants) ? { participants: input.participants ?? last?.participants } : {}),
    ...(newGoals.length ? { new_goals: newGoals } : {}),
  } as ContactRecord;
  if (!record.new_goals) delete record.new_goals;
  return record;
}
