// The contract as it is written: the worker's answers over the defaults (the oral contract's
// items when it is put in writing, else the provider's), the client and goals it changes, and
// its amendments. Pure: the commands read the case and write through the one writer.
import { SpisError } from '../problems.js';
import type { Client, Consents, ContactRecord, Contract, Goals, SpisConfig } from './types.js';
import type { SoundCase } from '../store/case-store.js';
import { missingContractItems } from './legal.js';
import { addDuration, parseDuration } from './dates.js';
import { serviceLaw, isFosterCare } from './config.js';
import { CONTACTS_DIR, contractEnd, currentKeyWorker, currentPersonalGoal } from './case.js';
import { agreeDefault } from '../i18n/agree.js';

export interface ContractInput extends Partial<Omit<Contract, 'term' | 'documents'>> {
  term?: Contract['term'] | string;
  initial_situation?: string;
  key_worker?: string;
  contact?: Partial<ContactRecord>;
  /** The personal-data instruction and the consents (written to client.yaml, shown in the contract). */
  consents?: Consents;
  /** Documents handed over: names (dated the day of the contract) or {name, date}. */
  documents?: (string | { name: string; date: string })[];
  /** Identification a written contract needs and client.yaml lacks, given on the spot. */
  client?: { birth_date?: string; address?: string };
  /** Why an oral contract is put in writing (who asked). */
  reason?: string;
}

function defaultTerm(config: SpisConfig, concluded: string): Contract['term'] {
  const spec = config.contract_defaults?.term;
  const d = spec && spec !== 'indefinite' ? parseDuration(spec) : undefined;
  return d ? { until: addDuration(addDuration(concluded, d), { amount: 1, unit: 'd' }, -1) } : { indefinite: true };
}

/**
 * What the new contract's items default to: the oral contract's own items when it is put in
 * writing (amendments included), else the provider's defaults.
 */
export function itemDefaults(
  config: SpisConfig,
  oral: Contract | undefined,
  sex: unknown,
): {
  scope?: string;
  place_time?: string;
  payment?: string;
  internal_rules?: string;
  notice?: string;
  documents?: string[];
} {
  const d = config.contract_defaults ?? {};
  if (!oral) {
    // The provider's wording, made to agree with the person ({Klient|Klientka} byl…): it goes into a signed contract.
    const agreed = (v: string | undefined): string | undefined => (v === undefined ? undefined : agreeDefault(v, sex));
    return {
      scope: agreed(d.scope),
      place_time: agreed(d.place_time),
      payment: agreed(d.payment),
      internal_rules: agreed(d.internal_rules),
      notice: agreed(d.notice),
      documents: d.documents,
    };
  }
  const latest = <K extends 'scope' | 'place_time' | 'payment'>(k: K): string | undefined =>
    (oral.amendments ?? []).reduce<string | undefined>((v, a) => a[k] ?? v, oral[k]);
  return {
    scope: latest('scope'),
    place_time: latest('place_time'),
    payment: latest('payment'),
    internal_rules: oral.internal_rules,
    notice: oral.notice,
    documents: d.documents,
  };
}

/** The oral contract the client has, if the case is one where it can be put in writing. */
export function oralContract(kase: Pick<SoundCase, 'client' | 'contract'>): Contract | undefined {
  const c = kase.contract?.data;
  return kase.client.data.status === 'active' && c?.form === 'oral' ? c : undefined;
}

/** The form of the meeting an oral contract is concluded at, unless the input gives another. */
export const ORAL_MEETING_FORM = 'osobne';

/** The contract as it will be written: the worker's answers over the defaults (the oral contract's, or the provider's). */
export function buildContract(
  config: SpisConfig,
  kase: SoundCase,
  input: ContractInput,
  today: string,
  nameContact: (date: string) => string,
): { contract: Contract; contact?: { name: string; data: ContactRecord } } {
  const client = kase.client.data;
  const oral = oralContract(kase);
  const d = itemDefaults(config, oral, client.sex);
  const concluded = input.concluded ?? today;
  const worker = input.worker ?? currentKeyWorker(client, concluded) ?? input.key_worker ?? '';
  const service = config.provider.service;
  const oralEnd = oral ? contractEnd(oral) : undefined;
  const term =
    typeof input.term === 'string'
      ? input.term === 'indefinite'
        ? { indefinite: true }
        : { until: input.term }
      : (input.term ?? (oral ? (oralEnd ? { until: oralEnd } : { indefinite: true }) : defaultTerm(config, concluded)));
  const documents = (input.documents ?? d.documents ?? []).map((doc) =>
    typeof doc === 'string' ? { name: doc, date: concluded } : doc,
  );
  const contract: Contract = {
    ...(input.number ? { number: input.number } : {}),
    form: oral ? 'written' : (input.form ?? 'written'),
    concluded,
    ...((input.place ?? service.place) ? { place: input.place ?? service.place } : {}),
    // Nobody known (no key worker, nobody at the keyboard): left out, so the check says worker is missing.
    ...(worker ? { worker } : {}),
    // A dohoda o výkonu pěstounské péče: the OSPOD and its consent.
    ...(input.ospod ? { ospod: input.ospod } : {}),
    ...((input.representative_party ?? client.legal_representative)
      ? { representative_party: input.representative_party ?? true }
      : {}),
    service: input.service ?? oral?.service ?? `${service.name} (${service.paragraph} ${serviceLaw(config)})`,
    scope: input.scope ?? d.scope ?? '',
    place_time: input.place_time ?? d.place_time ?? '',
    payment: input.payment ?? d.payment ?? '',
    internal_rules: input.internal_rules ?? d.internal_rules ?? '',
    notice: input.notice ?? d.notice ?? '',
    term,
    personal_goal:
      input.personal_goal ?? (oral ? (currentPersonalGoal(kase.goals?.data)?.text ?? oral.personal_goal) : ''),
    // The provider's own clause on the legal basis (spis.yaml), printed under the fixed data-protection text.
    ...((input.legal_basis ?? oral?.legal_basis ?? config.contract_defaults?.legal_basis)
      ? { legal_basis: input.legal_basis ?? oral?.legal_basis ?? config.contract_defaults?.legal_basis }
      : {}),
    documents,
  } as Contract;
  if (oral) {
    // The oral contract stays in the history: when, by whom, where it was recorded, what amended it.
    const { form, number, concluded: was, worker: by, recorded_in, amendments } = oral;
    contract.previous = [
      ...(oral.previous ?? []),
      {
        form,
        ...(number ? { number } : {}),
        concluded: was,
        worker: by,
        ...(recorded_in ? { recorded_in } : {}),
        replaced: concluded,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(amendments?.length ? { amendments } : {}),
      },
    ];
    if (oral.reports?.length) contract.reports = oral.reports;
    // Consent recorded on the oral contract (older records) stays in force.
    if (oral.email_records !== undefined) contract.email_records = oral.email_records;
    return { contract };
  }
  if (contract.form !== 'oral') return { contract };
  // An oral contract is recorded in the contact record of the meeting where it was concluded.
  const name = nameContact(concluded);
  contract.recorded_in = `${CONTACTS_DIR}/${name}`;
  const c = input.contact ?? {};
  // Nobody known to have written it: left out, so the check says so (once, with the contract's).
  const data = {
    date: concluded,
    form: c.form ?? ORAL_MEETING_FORM,
    type: c.type ?? 'konzultace',
    ...(c.place ? { place: c.place } : {}),
    ...(c.duration_min ? { duration_min: c.duration_min } : {}),
    ...((c.worker ?? worker) ? { worker: c.worker ?? worker } : {}),
    ...(c.participants ? { participants: c.participants } : {}),
    summary: c.summary ?? '',
    oral_contract: true,
    ...(c.next_meeting ? { next_meeting: c.next_meeting } : {}),
  } as ContactRecord;
  return { contract, contact: { name, data } };
}

/** The client after the contract: consents and instruction recorded, identification given on the spot filled in. */
export function clientWithContract(client: Client, input: ContractInput, contract: Contract): Client {
  const consents: Consents = { ...(client.consents ?? {}), ...(input.consents ?? {}) };
  if (input.email_records !== undefined) consents.email_records = input.email_records;
  const next: Client = {
    ...client,
    ...(input.client?.birth_date ? { birth_date: input.client.birth_date } : {}),
    ...(input.client?.address ? { address: input.client.address } : {}),
  };
  if (Object.keys(consents).length)
    next.consents = {
      ...consents,
      ...(consents.date || !Object.keys(input.consents ?? {}).length ? {} : { date: contract.concluded }),
    };
  return next;
}

/**
 * What contract new writes into the case as it is under the lock: the contract (and the oral
 * contract's meeting), the client with the consents, the goals. A written contract that cannot
 * name the parties (§ 91 odst. 2 písm. a) is refused rather than written.
 */
export function concludeContract(
  config: SpisConfig,
  fresh: SoundCase,
  answers: ContractInput,
  today: string,
  converting: boolean,
  nameContact: (date: string) => string,
): {
  changes: { client: Client; contract: Contract; goals?: Goals; newContact?: { name: string; data: ContactRecord } };
  contactName?: string;
} {
  const id = fresh.id;
  const now = fresh.client.data;
  const { contract, contact } = buildContract(config, fresh, answers, today, nameContact);
  // A dohoda o výkonu pěstounské péče is written (§ 47b zákona č. 359/1999 Sb.): never concluded orally.
  if (contract.form === 'oral' && isFosterCare(config)) throw new SpisError('contract.foster-oral', { id });
  const nextClient = clientWithContract(now, answers, contract);
  if (contract.form === 'written') {
    const foster = isFosterCare(config);
    const missing = missingContractItems(contract, nextClient, foster).filter((r) => r.record === 'client.yaml');
    if (missing.length)
      throw new SpisError(foster ? 'contract.identification-missing-foster' : 'contract.identification-missing', {
        id,
        items: missing.map((r) => `  – ${r.what} – ${r.paragraph}`).join('\n'),
      });
  }
  if (converting) {
    // A personal goal worded anew in the written contract is a change of the goal, kept in its history.
    const g = fresh.goals?.data;
    if (!g) throw new SpisError('contract.not-active', { id });
    const changed = contract.personal_goal !== currentPersonalGoal(g)?.text;
    const goals = changed
      ? {
          ...g,
          personal_goals: [
            ...g.personal_goals,
            { text: contract.personal_goal, set: contract.concluded, source: 'contract' },
          ],
        }
      : undefined;
    return { changes: { client: nextClient, contract, ...(goals ? { goals } : {}) } };
  }
  const source = contact ? `${CONTACTS_DIR}/${contact.name}` : 'contract';
  const goals: Goals = {
    ...(answers.initial_situation ? { plan: { initial_situation: answers.initial_situation } } : {}),
    personal_goals: [{ text: contract.personal_goal, set: contract.concluded, source }],
    partial_goals: [],
  };
  nextClient.status = 'active';
  // Nobody known: the contract's missing worker is said once, not again for the key worker.
  const keyWorker = answers.key_worker ?? contract.worker;
  if (!now.key_workers?.length && keyWorker) nextClient.key_workers = [{ worker: keyWorker, from: contract.concluded }];
  return {
    changes: { client: nextClient, contract, goals, ...(contact ? { newContact: contact } : {}) },
    ...(contact ? { contactName: contact.name } : {}),
  };
}

/** Problems in the oral contract's contact record point at the `contact:` part of the input. */
export function contractInputPath(contactName: string | undefined) {
  return (segs: (string | number)[]): (string | number)[] =>
    contactName &&
    segs.length &&
    typeof segs[0] === 'string' &&
    ['summary', 'form', 'type', 'participants'].includes(segs[0])
      ? ['contact', ...segs]
      : segs;
}

export interface AmendInput {
  date?: string;
  effective?: string;
  changes?: string;
  scope?: string;
  place_time?: string;
  payment?: string;
  term_until?: string;
  personal_goal?: string;
  worker?: string;
}

/**
 * The next amendment, numbered after those in the case as it is under the lock (two amendments
 * written at once get 1 and 2), and the personal goal it changes, kept in the goal's history.
 */
export function amendContract(
  fresh: SoundCase,
  a: AmendInput,
  today: string,
  writer: string | undefined,
): { contract: Contract; goals?: Goals; number: number; effective: string } {
  const now = fresh.client.data;
  const c = fresh.contract?.data;
  const g = fresh.goals?.data;
  if (now.status !== 'active' || !c || !g) throw new SpisError('contract.not-active', { id: fresh.id });
  const number = (c.amendments?.length ?? 0) + 1;
  const date = a.date ?? today;
  const amendment = {
    number,
    date,
    effective: a.effective ?? date,
    changes: a.changes ?? '',
    ...(a.scope ? { scope: a.scope } : {}),
    ...(a.place_time ? { place_time: a.place_time } : {}),
    ...(a.payment ? { payment: a.payment } : {}),
    ...(a.term_until ? { term_until: a.term_until } : {}),
    ...(a.personal_goal ? { personal_goal: a.personal_goal } : {}),
    worker: a.worker ?? writer ?? c.worker,
  };
  const next: Contract = { ...c, amendments: [...(c.amendments ?? []), amendment] };
  const goals = a.personal_goal
    ? {
        ...g,
        personal_goals: [
          ...g.personal_goals,
          { text: a.personal_goal, set: amendment.effective, source: `amendment ${number}` },
        ],
      }
    : undefined;
  return { contract: next, goals, number, effective: amendment.effective };
}
