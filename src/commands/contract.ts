// spis contract new / spis contract amend: concluding the contract (the applicant becomes a
// client) and its amendments, including a change of the personal goal.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Client, Consents, ContactRecord, Contract, Goals } from '../domain/types.js';
import { missingContractItems } from '../domain/legal.js';
import type { Prompter } from '../ui/prompts.js';
import { addDuration, formatDate, parseDuration } from '../domain/dates.js';
import { placeOutOfPerson, rulesOf, serviceLaw, workerName } from '../domain/config.js';
import { problemAtKey } from '../store/yaml-file.js';
import { clientLabel, contractEnd, currentKeyWorker, currentPersonalGoal } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { agreeDefault } from '../i18n/agree.js';
import { t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { CONTACTS_DIR, loadCaseForEdit, newContactFileName, type SoundCase } from '../store/case-store.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { askContactBasics, type Answers } from '../ui/asks.js';
import { atKeyboard, recordWriter } from '../app/worker.js';
import { editorTempDir, removeEditorTempDir } from '../store/atomic.js';

interface ContractInput extends Partial<Omit<Contract, 'term' | 'documents'>> {
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

function defaultTerm(repo: Repo, concluded: string): Contract['term'] {
  const spec = repo.config.contract_defaults?.term;
  const d = spec && spec !== 'indefinite' ? parseDuration(spec) : undefined;
  return d ? { until: addDuration(addDuration(concluded, d), { amount: 1, unit: 'd' }, -1) } : { indefinite: true };
}

/**
 * What the new contract's items default to: the oral contract's own items when it is put in
 * writing (amendments included), else the provider's defaults.
 */
function itemDefaults(repo: Repo, oral: Contract | undefined, sex: unknown): { scope?: string; place_time?: string; payment?: string; internal_rules?: string; notice?: string; documents?: string[] } {
  const d = repo.config.contract_defaults ?? {};
  if (!oral) {
    // The provider's wording, made to agree with the person ({Klient|Klientka} byl…): it goes into a signed contract.
    const agreed = (v: string | undefined): string | undefined => (v === undefined ? undefined : agreeDefault(v, sex));
    return { scope: agreed(d.scope), place_time: agreed(d.place_time), payment: agreed(d.payment), internal_rules: agreed(d.internal_rules), notice: agreed(d.notice), documents: d.documents };
  }
  const latest = <K extends 'scope' | 'place_time' | 'payment'>(k: K): string | undefined => (oral.amendments ?? []).reduce<string | undefined>((v, a) => a[k] ?? v, oral[k]);
  return { scope: latest('scope'), place_time: latest('place_time'), payment: latest('payment'), internal_rules: oral.internal_rules, notice: oral.notice, documents: d.documents };
}

/** The oral contract the client has, if the case is one where it can be put in writing. */
function oralContract(kase: SoundCase): Contract | undefined {
  const c = kase.contract?.data;
  return kase.client.data.status === 'active' && c?.form === 'oral' ? c : undefined;
}

/** The form of the meeting an oral contract is concluded at, unless the input gives another. */
const ORAL_MEETING_FORM = 'osobne';

/** The contract as it will be written: the worker's answers over the defaults (the oral contract's, or the provider's). */
export function buildContract(repo: Repo, kase: SoundCase, input: ContractInput, today: string): { contract: Contract; contact?: { name: string; data: ContactRecord } } {
  const client = kase.client.data;
  const oral = oralContract(kase);
  const d = itemDefaults(repo, oral, client.sex);
  const concluded = input.concluded ?? today;
  const worker = input.worker ?? currentKeyWorker(client, concluded) ?? input.key_worker ?? '';
  const service = repo.config.provider.service;
  const oralEnd = oral ? contractEnd(oral) : undefined;
  const term =
    typeof input.term === 'string'
      ? input.term === 'indefinite'
        ? { indefinite: true }
        : { until: input.term }
      : (input.term ?? (oral ? (oralEnd ? { until: oralEnd } : { indefinite: true }) : defaultTerm(repo, concluded)));
  const documents = (input.documents ?? d.documents ?? []).map((doc) => (typeof doc === 'string' ? { name: doc, date: concluded } : doc));
  const contract: Contract = {
    ...(input.number ? { number: input.number } : {}),
    form: oral ? 'written' : (input.form ?? 'written'),
    concluded,
    ...((input.place ?? service.place) ? { place: input.place ?? service.place } : {}),
    // Nobody known (no key worker, nobody at the keyboard): left out, so the check says worker is missing.
    ...(worker ? { worker } : {}),
    ...(input.representative_party ?? client.legal_representative ? { representative_party: input.representative_party ?? true } : {}),
    service: input.service ?? oral?.service ?? `${service.name} (${service.paragraph} ${serviceLaw(repo.config)})`,
    scope: input.scope ?? d.scope ?? '',
    place_time: input.place_time ?? d.place_time ?? '',
    payment: input.payment ?? d.payment ?? '',
    internal_rules: input.internal_rules ?? d.internal_rules ?? '',
    notice: input.notice ?? d.notice ?? '',
    term,
    personal_goal: input.personal_goal ?? (oral ? (currentPersonalGoal(kase.goals?.data)?.text ?? oral.personal_goal) : ''),
    // The provider's own clause on the legal basis (spis.yaml), printed under the fixed data-protection text.
    ...((input.legal_basis ?? oral?.legal_basis ?? repo.config.contract_defaults?.legal_basis) ? { legal_basis: input.legal_basis ?? oral?.legal_basis ?? repo.config.contract_defaults?.legal_basis } : {}),
    documents,
  } as Contract;
  if (oral) {
    // The oral contract stays in the history: when, by whom, where it was recorded, what amended it.
    const { form, number, concluded: was, worker: by, recorded_in, amendments } = oral;
    contract.previous = [
      ...(oral.previous ?? []),
      { form, ...(number ? { number } : {}), concluded: was, worker: by, ...(recorded_in ? { recorded_in } : {}), replaced: concluded, ...(input.reason ? { reason: input.reason } : {}), ...(amendments?.length ? { amendments } : {}) },
    ];
    if (oral.reports?.length) contract.reports = oral.reports;
    // Consent recorded on the oral contract (older records) stays in force.
    if (oral.email_records !== undefined) contract.email_records = oral.email_records;
    return { contract };
  }
  if (contract.form !== 'oral') return { contract };
  // An oral contract is recorded in the contact record of the meeting where it was concluded.
  const name = newContactFileName(concluded, kase.contacts.map((c) => c.name));
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
function clientWithContract(client: Client, input: ContractInput, contract: Contract): Client {
  const consents: Consents = { ...(client.consents ?? {}), ...(input.consents ?? {}) };
  if (input.email_records !== undefined) consents.email_records = input.email_records;
  const next: Client = { ...client, ...(input.client?.birth_date ? { birth_date: input.client.birth_date } : {}), ...(input.client?.address ? { address: input.client.address } : {}) };
  if (Object.keys(consents).length) next.consents = { ...consents, ...(consents.date || !Object.keys(input.consents ?? {}).length ? {} : { date: contract.concluded }) };
  return next;
}

export async function runContractNew(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  // An oral contract becomes written when either party asks (§ 91): the same command, with the oral contract's items.
  const converting = oralContract(kase) !== undefined;
  if (!converting && (client.status !== 'applicant' || kase.contract)) throw new SpisError('contract.not-applicant', { id, status: statusLabel(client) });
  // Seed 003: the assessment comes first. A provider may make it a condition.
  if (!converting && !client.assessment && !client.anonymous) {
    if (rulesOf(repo.config).require_assessment) throw new SpisError('assess.required', { id, sex: client.sex });
    err(ctx, t('assess.no-assessment', { id, sex: client.sex }));
  }
  let input: ScriptedInput | undefined;
  let answers: ContractInput;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'contract-new');
    answers = input.data as ContractInput;
    // The oral contract's meeting (in person unless its form says otherwise) has a place only in person.
    const off = placeOutOfPerson({ place: answers.contact?.place, form: answers.contact?.form ?? ORAL_MEETING_FORM });
    if (off) throw new SpisError('store.nothing-written', {}, 1, [problemAtKey(input.parsed, ['contact', 'place'], 'place-not-in-person', { form: off })]);
    const writer = atKeyboard(ctx, repo);
    if (answers.worker === undefined && writer) answers = { ...answers, worker: writer };
    // Only the identification a written contract needs may be given here; anything else belongs to spis client edit.
    const extra = Object.keys(answers.client ?? {}).filter((k) => k !== 'birth_date' && k !== 'address');
    if (extra.length) throw new SpisError('contract.client-fields', { file: input.label, fields: extra.join(', '), id });
  } else {
    const summary = (x: ContractInput): string => {
      const draft = buildContract(repo, kase, x, ctx.today).contract;
      return contractSummary(ctx, repo, draft, clientWithContract(client, x, draft), converting);
    };
    const { askAndReview } = await import('../ui/review.js');
    let asked: ContractInput | undefined;
    try {
      asked = await askAndReview(ctx, (c) => askContract(c, repo, kase), { summary, question: t('prompt.save-summary', { sex: client.sex }) });
    } finally {
      removeEditorTempDir(repo);
    }
    if (!asked) return 0;
    answers = asked;
  }
  const form = await updateCase(ctx, repo, id, converting ? 'contract written' : 'contract new', (fresh) => {
    const now = fresh.client.data;
    const stillOral = oralContract(fresh) !== undefined;
    if (stillOral !== converting || (!converting && (now.status !== 'applicant' || fresh.contract))) throw new SpisError('contract.not-applicant', { id, status: statusLabel(now) });
    const { contract, contact } = buildContract(repo, fresh, answers, ctx.today);
    const nextClient = clientWithContract(now, answers, contract);
    // A written contract names the parties (§ 91 odst. 2 písm. a): stop here rather than write one that cannot be printed.
    if (contract.form === 'written') {
      const missing = missingContractItems(contract, nextClient).filter((r) => r.record === 'client.yaml');
      if (missing.length) throw new SpisError('contract.identification-missing', { id, items: missing.map((r) => `  – ${r.what} – ${r.paragraph}`).join('\n') });
    }
    if (converting) {
      // A personal goal worded anew in the written contract is a change of the goal, kept in its history.
      const g = fresh.goals!.data;
      const changed = contract.personal_goal !== currentPersonalGoal(g)?.text;
      const goals = changed ? { ...g, personal_goals: [...g.personal_goals, { text: contract.personal_goal, set: contract.concluded, source: 'contract' }] } : undefined;
      return { changes: { client: nextClient, contract, ...(goals ? { goals } : {}) }, opts: { input }, result: contract.form };
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
      opts: { input, mapPath: contractInputPath(contact?.name) },
      result: contract.form,
    };
  });
  out(ctx, t(converting ? 'contract.saved-written' : 'contract.saved', { id, form: t(form === 'oral' ? 'show.contract-oral' : 'show.contract-written') }));
  return 0;
}

/** Problems in the oral contract's contact record point at the `contact:` part of the input. */
function contractInputPath(contactName: string | undefined) {
  return (segs: (string | number)[]): (string | number)[] => (contactName && segs.length && typeof segs[0] === 'string' && ['summary', 'form', 'type', 'participants'].includes(segs[0]) ? ['contact', ...segs] : segs);
}

function contractSummary(ctx: Context, repo: Repo, c: Contract, client: Client, converting: boolean): string {
  const d = (x?: string): string => (x ? formatDate(x, ctx.lang) : '–');
  const yesNo = (v: boolean | undefined): string => t(v ? 'ui.yes' : 'ui.no');
  const consents = client.consents ?? {};
  return [
    t(converting ? 'contract.summary-written' : 'contract.summary-head', { sex: client.sex, label: clientLabel(client), form: t(c.form === 'oral' ? 'show.contract-oral' : 'show.contract-written'), date: d(c.concluded) }),
    `  ${t('contract.personal-goal')}: „${c.personal_goal}“`,
    `  (b) ${c.service}`,
    `  (c) ${c.scope}`,
    `  (d) ${c.place_time}`,
    `  (e) ${c.payment}`,
    `  (f) ${c.internal_rules}`,
    `  (g) ${c.notice}`,
    `  (h) ${c.term.indefinite ? t('show.indefinite') : t('show.until-fixed', { date: d(c.term.until) })}`,
    `  ${t('contract.instruction')}: ${consents.personal_data ? `${d(consents.personal_data)}${consents.personal_data_by ? `, ${workerName(repo.config, consents.personal_data_by)}` : ''}` : t('ui.no')}`,
    `  ${t('contract.email-records')}: ${yesNo(consents.email_records)}`,
    `  ${t('contract.photos')}: ${yesNo(consents.photos)}`,
    ...(c.documents ?? []).map((doc) => `  ${t('contract.document')}: ${doc.name} (${d(doc.date)})`),
    ...(repo.config.workers.some((w) => w.id === c.worker) ? [`  ${t('contract.worker')}: ${workerName(repo.config, c.worker)}`] : []),
  ].join('\n');
}

async function askContract(ctx: Context, repo: Repo, kase: SoundCase): Promise<ContractInput> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const oral = oralContract(kase);
  const d = itemDefaults(repo, oral, client.sex);
  const a: ContractInput = {};
  if (oral) {
    ctx.io.stderr.write(`${t('contract.converting', { sex: client.sex, date: formatDate(oral.concluded, ctx.lang) })}\n`);
    a.form = 'written';
  } else {
    a.form = await ask.select({ message: t('contract.ask-form'), choices: [{ name: t('show.contract-written'), value: 'written' as const }, { name: t('show.contract-oral'), value: 'oral' as const }] });
  }
  a.concluded = await ask.date({ message: t('contract.ask-date'), default: ctx.today, min: oral?.concluded ?? client.applied, max: ctx.today });
  const workers = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({ message: t('contract.ask-worker'), choices: workers.map((w) => ({ name: w.name, value: w.id })), default: recordWriter(ctx, repo, client, ctx.today) });
  if (oral) {
    const reason = await ask.text({ message: t('contract.ask-written-reason'), required: false });
    if (reason) a.reason = reason;
  }
  if (!client.key_workers?.length) a.key_worker = await ask.select({ message: t('client.ask-key-worker'), choices: workers.map((w) => ({ name: w.name, value: w.id })), default: a.worker });
  // A written contract identifies the client (§ 91 odst. 2 písm. a): what client.yaml lacks is asked here.
  if (a.form === 'written' && !client.anonymous && !client.birth_date && !client.address?.trim()) {
    ctx.io.stderr.write(`${t('contract.identification-tip', { sex: client.sex })}\n`);
    const birth = await ask.date({ message: t('client.ask-birth-date'), optional: true, max: ctx.today, longAgo: true });
    const address = await ask.text({ message: t('client.ask-address'), required: !birth });
    a.client = { ...(birth ? { birth_date: birth } : {}), ...(address ? { address } : {}) };
  }
  const currentGoal = currentPersonalGoal(kase.goals?.data)?.text;
  a.personal_goal = await ask.longText({ message: t('contract.ask-personal-goal', { sex: client.sex }), default: currentGoal });
  ctx.io.stderr.write(`${t(oral ? 'contract.oral-defaults-tip' : 'contract.defaults-tip')}\n`);
  a.scope = await ask.text({ message: t('contract.ask-scope'), default: d.scope });
  a.place_time = await ask.text({ message: t('contract.ask-place-time'), default: d.place_time });
  a.payment = await ask.text({ message: t('contract.ask-payment'), default: d.payment });
  a.internal_rules = await ask.text({ message: t('contract.ask-internal-rules'), default: d.internal_rules });
  a.notice = await ask.text({ message: t('contract.ask-notice'), default: d.notice });
  const oralEnd = oral ? contractEnd(oral) : undefined;
  const until = await ask.date({ message: t('contract.ask-term'), optional: true, min: a.concluded, default: oralEnd });
  a.term = until ? { until } : { indefinite: true };
  a.consents = await askConsents(ask, repo, client, a.concluded!, a.worker!);
  a.documents = await askDocuments(ask, d.documents ?? [], a.concluded!);
  if (!oral) {
    const situation = await ask.longText({ message: t('contract.ask-initial-situation', { sex: client.sex }), required: false });
    if (situation) a.initial_situation = situation;
  }
  if (a.form === 'oral') {
    const basics: Answers = await askContactBasics(ask, repo, kase, a.concluded!, { writer: a.worker });
    a.contact = { ...basics, summary: await ask.longText({ message: t('contact.ask-summary') }) };
  }
  return a;
}

/** The personal-data instruction (date, by whom) and each consent, asked one by one. */
async function askConsents(ask: Prompter, repo: Repo, client: Client, date: string, worker: string): Promise<Consents> {
  const had = client.consents ?? {};
  const c: Consents = {};
  if (await ask.confirm({ message: t('contract.ask-instruction', { sex: client.sex }), default: true })) {
    c.personal_data = (await ask.date({ message: t('contract.ask-instruction-date'), default: had.personal_data ?? date, max: date }))!;
    const workers = repo.config.workers.filter((w) => w.active !== false);
    c.personal_data_by = await ask.select({ message: t('contract.ask-instruction-by'), choices: workers.map((w) => ({ name: w.name, value: w.id })), default: had.personal_data_by ?? worker });
  }
  c.email_records = await ask.confirm({ message: t('contract.ask-email-records', { sex: client.sex }), default: had.email_records ?? false });
  c.photos = await ask.confirm({ message: t('contract.ask-photos', { sex: client.sex }), default: had.photos ?? false });
  return c;
}

/** Which documents were handed over: each usual one confirmed, then any other. */
async function askDocuments(ask: Prompter, usual: string[], date: string): Promise<{ name: string; date: string }[]> {
  const out: { name: string; date: string }[] = [];
  for (const name of usual) if (await ask.confirm({ message: t('contract.ask-document', { name }), default: true })) out.push({ name, date });
  while (await ask.confirm({ message: t('contract.ask-other-document'), default: false })) out.push({ name: await ask.text({ message: t('contract.ask-document-name') }), date });
  return out;
}

interface AmendInput {
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

export async function runContractAmend(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  const contract = kase.contract?.data;
  const goals = kase.goals?.data;
  if (client.status !== 'active' || !contract || !goals) throw new SpisError('contract.not-active', { id });
  let input: ScriptedInput | undefined;
  let a: AmendInput;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'contract-amend');
    a = input.data as AmendInput;
  } else {
    const { createPrompter } = await import('../ui/prompts.js');
    const askAmendment = async (c: Context): Promise<AmendInput> => {
      const ask = createPrompter(c, editorTempDir(repo));
      const x: AmendInput = {};
      x.date = await ask.date({ message: t('amend.ask-date'), default: ctx.today, min: contract.concluded, max: ctx.today });
      x.effective = await ask.date({ message: t('amend.ask-effective'), default: x.date, min: x.date });
      x.changes = await ask.longText({ message: t('amend.ask-changes') });
      if (await ask.confirm({ message: t('amend.ask-goal-change', { goal: currentPersonalGoal(goals)?.text ?? '' }), default: false })) {
        x.personal_goal = await ask.longText({ message: t('contract.ask-personal-goal', { sex: client.sex }) });
      }
      const until = await ask.date({ message: t('amend.ask-term'), optional: true, min: x.effective });
      if (until) x.term_until = until;
      return x;
    };
    const summary = (x: AmendInput): string => {
      const number = (contract.amendments?.length ?? 0) + 1;
      const lines = [t('amend.summary', { number, date: formatDate(x.effective ?? x.date ?? ctx.today, ctx.lang) }), `  ${x.changes ?? ''}`];
      if (x.personal_goal) lines.push(`  ${t('contract.personal-goal')}: „${x.personal_goal}“`);
      return lines.join('\n');
    };
    const { askAndReview } = await import('../ui/review.js');
    let asked: AmendInput | undefined;
    try {
      asked = await askAndReview(ctx, askAmendment, { summary, question: t('prompt.save') });
    } finally {
      removeEditorTempDir(repo);
    }
    if (!asked) return 0;
    a = asked;
  }
  const build = (fresh: SoundCase): { contract: Contract; goals?: Goals; number: number; effective: string } => {
    const now = fresh.client.data;
    const c = fresh.contract?.data;
    const g = fresh.goals?.data;
    if (now.status !== 'active' || !c || !g) throw new SpisError('contract.not-active', { id });
    const number = (c.amendments?.length ?? 0) + 1;
    const date = a.date ?? ctx.today;
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
      worker: a.worker ?? recordWriter(ctx, repo, now, date) ?? c.worker,
    };
    const next: Contract = { ...c, amendments: [...(c.amendments ?? []), amendment] };
    const goals = a.personal_goal ? { ...g, personal_goals: [...g.personal_goals, { text: a.personal_goal, set: amendment.effective, source: `amendment ${number}` }] } : undefined;
    return { contract: next, goals, number, effective: amendment.effective };
  };
  // The number is taken under the lock: two amendments written at once get 1 and 2, not 1 twice.
  const number = await updateCase(ctx, repo, id, 'contract amend', (fresh) => {
    const { contract: next, goals: nextGoals, number: n } = build(fresh);
    return {
      changes: { contract: next, ...(nextGoals ? { goals: nextGoals } : {}) },
      opts: { input, mapPath: (segs) => (segs[0] === 'amendments' ? segs.slice(2) : segs) },
      result: n,
    };
  });
  out(ctx, t('amend.saved', { id, number }));
  return 0;
}
