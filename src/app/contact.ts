// spis contact add, the application side: the early refusals, the contact and goals it would
// write (checked against the plan), scripted input read and held to the place rule.
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { t } from '../i18n/index.js';
import type { ContactRecord, Goals } from '../domain/types.js';
import { placeOutOfPerson } from '../domain/config.js';
import { applyContact } from '../domain/planning.js';
import { completeContact, type ContactInput } from '../domain/contact.js';
import { isOneOffCase, oneOffTermination, renumberNewGoals } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import type { Repo } from '../store/repo.js';
import { CONTACTS_DIR, newContactFileName, type SoundCase } from '../store/case-store.js';
import { formatPath, problemAtKey } from '../store/yaml-file.js';
import { readInput, relocateToInput, type ScriptedInput } from './input.js';
import { atKeyboard } from './worker.js';

export function assertContactOpen(kase: SoundCase): void {
  const client = kase.client.data;
  if (client.status !== 'applicant' && client.status !== 'active')
    throw new SpisError('contact.case-ended', { id: kase.id, status: statusLabel(client) });
}

/** The contact and the goals after it, as they would be written to `kase`; throws with its problems when they do not fit. */
export function contactChanges(
  kase: SoundCase,
  record: ContactRecord,
  input: ScriptedInput | undefined,
): { name: string; goals?: Goals } {
  if ((record.goal_reviews?.length || record.new_goals?.length || record.personal_goal_review) && !kase.goals?.data) {
    throw new SpisError('contact.no-plan', { id: kase.id });
  }
  const name = newContactFileName(
    record.date,
    kase.contacts.map((c) => c.name),
  );
  if (!kase.goals?.data || !(record.goal_reviews?.length || record.new_goals?.length || record.personal_goal_review))
    return { name };
  const source = `${CONTACTS_DIR}/${name}`;
  const applied = applyContact(kase.goals.data, record, source);
  if (applied.issues.length > 0) {
    const file = input?.label ?? `${kase.dir}/${source}`;
    const problems = applied.issues.map((i) => ({ code: i.code, file, path: formatPath(i.path), params: i.params }));
    throw new SpisError('store.nothing-written', {}, 1, input ? relocateToInput(problems, input) : problems);
  }
  return { name, goals: applied.goals };
}

/** `contact add --from`: the record as given, held to the place rule, with the worker at the keyboard by default. */
export async function readContactInput(
  ctx: Context,
  repo: Repo,
  from: string,
  seen: SoundCase,
): Promise<{ input: ScriptedInput; data: ContactInput }> {
  const { input, data } = await readInput(ctx, from, 'contact');
  // A place only for a meeting in person (the form given, or the last contact's that it takes).
  const form = placeOutOfPerson({ place: data.place, form: data.form ?? seen.contacts.at(-1)?.data.form });
  if (form)
    throw new SpisError('store.nothing-written', {}, 1, [
      problemAtKey(input.parsed, ['place'], 'place-not-in-person', { form }),
    ]);
  const writer = atKeyboard(ctx, repo);
  return { input, data: data.worker === undefined && writer ? { ...data, worker: writer } : data };
}

/**
 * What one contact writes into the case as it stands under the lock: the record (goal ids the
 * prompts offered renumbered if another writer took them meanwhile), the goals after it, and for a
 * one-off contact of an anonymous person the closing of the case with it.
 */
export function contactWrite(
  kase: SoundCase,
  given: { asked?: ContactRecord; data?: ContactInput; input?: ScriptedInput },
  o: { today: string; oneOff: boolean },
) {
  assertContactOpen(kase);
  const { record, renumbered } = given.asked
    ? renumberNewGoals(given.asked, kase.goals?.data)
    : { record: completeContact(given.data ?? {}, kase, o.today), renumbered: [] };
  const { name, goals } = contactChanges(kase, record, given.input);
  const result = { path: `${kase.dir}/${CONTACTS_DIR}/${name}`, renumbered };
  if (o.oneOff) {
    if (!isOneOffCase(kase.client.data, kase.contract?.data))
      throw new SpisError('contact.one-off-not-anonymous', { id: kase.id });
    const closing = {
      termination: oneOffTermination(record.date, record.worker),
      client: { ...kase.client.data, status: 'closed' as const },
    };
    return { changes: { newContact: { name, data: record }, ...closing }, opts: { input: given.input }, result };
  }
  return {
    changes: { newContact: { name, data: record }, ...(goals ? { goals } : {}) },
    opts: { input: given.input },
    result,
  };
}

/** The record to be e-mailed (with the client's consent) is prepared as a ready message; sending it is the worker's step. */
export async function prepareContactEmail(ctx: Context, repo: Repo, kase: SoundCase, path: string): Promise<string> {
  const { saveContactEmail } = await import('./documents.js');
  const eml = await saveContactEmail(ctx, repo, kase.id, path.slice(path.lastIndexOf('/') + 1));
  return eml
    ? t('contact.email-ready', { path: eml })
    : t('contact.email-no-address', { id: kase.id, sex: kase.client.data.sex });
}
