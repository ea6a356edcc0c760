// The questions several prompt flows share: the contact basics asked with defaults from the last
// contact, several different workers, the cooperating persons, the summary-and-confirm step.
import type { Context } from '../context.js';
import { codeList, IN_PERSON_FORMS } from '../domain/config.js';
import { clientWord, currentKeyWorker } from '../domain/case.js';
import { splitList, uniqueNames } from '../domain/lists.js';
import type { Client, ContactRecord, Cooperating } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import type { Prompter } from './prompts.js';

export type Answers = Partial<ContactRecord>;

/** Shows what will be written and offers to save or discard it (a step with no answers to change). */
export async function confirmSave(
  ctx: Context,
  summary: string,
  question: string,
  labels?: { save: string; discard: string },
): Promise<boolean> {
  const { askAndReview } = await import('./review.js');
  return (
    (await askAndReview(ctx, async () => true, { summary: () => summary, question, ...(labels ? { labels } : {}) })) ===
    true
  );
}

/** What the contact basics are asked from: the case's contacts so far and its client (a one-off contact's has none yet). */
export interface ContactBasicsCase {
  contacts: readonly Pick<SoundCase['contacts'][number], 'data'>[];
  client: { data: Pick<Client, 'sex' | 'key_workers' | 'household'> };
}

/** Contact types that are not meetings with the client (the client is not a participant by default). */
const WITHOUT_CLIENT = new Set(['jednani_s_institucemi']);

/**
 * Type, form, place, duration, writer and participants of a contact. Defaults follow the answers
 * given: the place only for a meeting in person (the last such meeting's place, else the
 * service's); the writer is the key worker (or `writer`); the participants are the client (once)
 * and the writer.
 */
export async function askContactBasics(
  ask: Prompter,
  repo: Repo,
  kase: ContactBasicsCase,
  date: string,
  o: { type?: string; form?: string; writer?: string; participants?: false } = {},
): Promise<Answers> {
  const last = kase.contacts.at(-1)?.data;
  const client = kase.client.data;
  const a: Answers = {};
  a.type = await ask.select({
    message: t('contact.ask-type'),
    choices: Object.entries(codeList(repo.config, 'contact_types')).map(([value, name]) => ({ name, value })),
    default: o.type ?? 'konzultace',
  });
  a.form = await ask.select({
    message: t('contact.ask-form'),
    choices: Object.entries(codeList(repo.config, 'contact_forms')).map(([value, name]) => ({ name, value })),
    default: last?.form ?? o.form,
  });
  // A place only for a meeting in person: a call, an e-mail or a letter has none. (Changing the
  // form at "change an answer" asks the flow again, so the place is then asked, or dropped.)
  if (IN_PERSON_FORMS.has(a.form)) {
    const lastInPerson = [...kase.contacts].reverse().find((c) => IN_PERSON_FORMS.has(c.data.form) && c.data.place)
      ?.data.place;
    const place = await ask.text({
      message: t('contact.ask-place'),
      default: lastInPerson ?? repo.config.provider.service.place,
      required: false,
    });
    if (place) a.place = place;
  }
  const minutes = await ask.number({
    message: t('contact.ask-duration'),
    default: last?.duration_min,
    min: 1,
    max: 1440,
    optional: true,
  });
  if (minutes !== undefined) a.duration_min = minutes;
  const workers = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({
    message: t('contact.ask-worker'),
    choices: workers.map((w) => ({ name: w.name, value: w.id })),
    default: o.writer ?? currentKeyWorker(client, date),
  });
  // A one-off contact takes the client and the worker as they are, unasked.
  if (o.participants === false) return a;
  const offered = [...(WITHOUT_CLIENT.has(a.type) ? [] : [clientWord(client, repo.config)]), a.worker];
  const participants = await ask.text({
    message: t('contact.ask-participants'),
    default: offered.join(', '),
    required: false,
  });
  if (participants) a.participants = uniqueNames(splitList(participants));
  // Which household members were there (foster-care support counts a visit with the children).
  const members = client.household ?? [];
  if (members.length) {
    const ids = members.map((m) => m.id);
    const typed = await ask.text({
      message: t('contact.ask-present', {
        members: members
          .map((m) => `${m.id} ${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })}`)
          .join(', '),
      }),
      required: false,
      validate: (v) => {
        const bad = splitList(v).filter((id) => !ids.includes(id));
        return bad.length === 0 || t('contact.no-such-member', { ids: bad.join(', '), known: ids.join(', ') });
      },
    });
    const present = [...new Set(splitList(typed))];
    if (present.length) a.present = present;
  }
  return a;
}

/**
 * Several different workers, one select at a time: the first, then the next from those not yet
 * chosen, until `min` are chosen and the worker wants no more. A worker is never chosen twice.
 */
export async function askWorkers(
  ask: Prompter,
  repo: Repo,
  o: { first: string; next: string; more: string; min: number; default?: string },
): Promise<string[]> {
  const active = repo.config.workers.filter((w) => w.active !== false);
  const chosen: string[] = [];
  for (;;) {
    const left = active.filter((w) => !chosen.includes(w.id));
    if (left.length === 0) break;
    if (chosen.length >= o.min && !(await ask.confirm({ message: o.more, default: false }))) break;
    chosen.push(
      await ask.select({
        message: chosen.length === 0 ? o.first : o.next,
        choices: left.map((w) => ({ name: w.name, value: w.id })),
        default: chosen.length === 0 ? o.default : undefined,
      }),
    );
  }
  return chosen;
}

/** The list of cooperating persons: keep or remove each, then add new ones. Undefined when unchanged. */
export async function askCooperating(ask: Prompter, current: Cooperating[]): Promise<Cooperating[] | undefined> {
  const kept: Cooperating[] = [];
  for (const p of current) {
    if (await ask.confirm({ message: t('client.ask-keep-cooperating', { name: p.name, role: p.role }), default: true }))
      kept.push(p);
  }
  while (
    await ask.confirm({
      message: t(kept.length || current.length ? 'client.ask-more-cooperating' : 'client.ask-cooperating'),
      default: false,
    })
  ) {
    const name = await ask.text({ message: t('client.ask-cooperating-name') });
    const role = await ask.text({ message: t('client.ask-cooperating-role') });
    const organisation = await ask.text({ message: t('client.ask-cooperating-organisation'), required: false });
    kept.push({ name, role, ...(organisation ? { organisation } : {}) });
  }
  return JSON.stringify(kept) === JSON.stringify(current) ? undefined : kept;
}
