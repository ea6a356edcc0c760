// spis contract new / spis contract amend: concluding the contract (the applicant becomes a
// client) and its amendments, including a change of the personal goal.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Client, ContactRecord, Contract, Goals } from '../domain/types.js';
import { addDuration, formatDate, parseDuration } from '../domain/dates.js';
import { clientLabel, currentKeyWorker, currentPersonalGoal } from '../domain/case.js';
import { t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { CONTACTS_DIR, loadCaseForEdit, newContactFileName, type SoundCase } from '../store/case-store.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from './input.js';
import { updateCase } from './write-case.js';
import { askContactBasics, confirmSave, editorTempDir, removeEditorTempDir, resolveRelativeDates, type Answers } from './shared.js';

interface ContractInput extends Partial<Omit<Contract, 'term'>> {
  term?: Contract['term'] | string;
  initial_situation?: string;
  key_worker?: string;
  contact?: Partial<ContactRecord>;
}

function defaultTerm(repo: Repo, concluded: string): Contract['term'] {
  const spec = repo.config.contract_defaults?.term;
  const d = spec && spec !== 'indefinite' ? parseDuration(spec) : undefined;
  return d ? { until: addDuration(addDuration(concluded, d), { amount: 1, unit: 'd' }, -1) } : { indefinite: true };
}

/** The contract as it will be written: the worker's answers over the provider's defaults. */
export function buildContract(repo: Repo, kase: SoundCase, input: ContractInput, today: string): { contract: Contract; contact?: { name: string; data: ContactRecord } } {
  const d = repo.config.contract_defaults ?? {};
  const client = kase.client.data;
  const concluded = input.concluded ?? today;
  const worker = input.worker ?? currentKeyWorker(client, concluded) ?? input.key_worker ?? '';
  const service = repo.config.provider.service;
  const term = typeof input.term === 'string' ? (input.term === 'indefinite' ? { indefinite: true } : { until: input.term }) : (input.term ?? defaultTerm(repo, concluded));
  const contract: Contract = {
    ...(input.number ? { number: input.number } : {}),
    form: input.form ?? 'written',
    concluded,
    ...((input.place ?? service.place) ? { place: input.place ?? service.place } : {}),
    worker,
    ...(input.representative_party ?? client.legal_representative ? { representative_party: input.representative_party ?? true } : {}),
    service: input.service ?? `${service.name} (${service.paragraph} zákona č. 108/2006 Sb.)`,
    scope: input.scope ?? d.scope ?? '',
    place_time: input.place_time ?? d.place_time ?? '',
    payment: input.payment ?? d.payment ?? '',
    internal_rules: input.internal_rules ?? d.internal_rules ?? '',
    notice: input.notice ?? d.notice ?? '',
    term,
    personal_goal: input.personal_goal ?? '',
    email_records: input.email_records ?? false,
    ...((input.legal_basis ?? d.legal_basis) ? { legal_basis: input.legal_basis ?? d.legal_basis } : {}),
    documents: input.documents ?? (d.documents ?? []).map((name) => ({ name, date: concluded })),
  };
  if (contract.form !== 'oral') return { contract };
  // An oral contract is recorded in the contact record of the meeting where it was concluded.
  const name = newContactFileName(concluded, kase.contacts.map((c) => c.name));
  contract.recorded_in = `${CONTACTS_DIR}/${name}`;
  const c = input.contact ?? {};
  const data: ContactRecord = {
    date: concluded,
    form: c.form ?? 'osobne',
    type: c.type ?? 'konzultace',
    ...(c.place ? { place: c.place } : {}),
    ...(c.duration_min ? { duration_min: c.duration_min } : {}),
    worker: c.worker ?? worker,
    ...(c.participants ? { participants: c.participants } : {}),
    summary: c.summary ?? '',
    oral_contract: true,
    ...(c.next_meeting ? { next_meeting: c.next_meeting } : {}),
  };
  return { contract, contact: { name, data } };
}

export async function runContractNew(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  if (client.status !== 'applicant' || kase.contract) throw new SpisError('contract.not-applicant', { id, status: t(`status.${client.status}`) });
  let input: ScriptedInput | undefined;
  let answers: ContractInput;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!);
    answers = resolveRelativeDates(input.data, ctx.today, ['concluded', 'term.until', 'contact.next_meeting']) as ContractInput;
  } else {
    try {
      answers = await askContract(ctx, repo, kase);
    } finally {
      removeEditorTempDir(repo);
    }
  }
  if (mode === 'interactive' && !(await confirmSave(ctx, contractSummary(ctx, repo, buildContract(repo, kase, answers, ctx.today).contract, clientLabel(client))))) return 0;
  const form = await updateCase(ctx, repo, id, 'contract new', (fresh) => {
    const now = fresh.client.data;
    if (now.status !== 'applicant' || fresh.contract) throw new SpisError('contract.not-applicant', { id, status: t(`status.${now.status}`) });
    const { contract, contact } = buildContract(repo, fresh, answers, ctx.today);
    const source = contact ? `${CONTACTS_DIR}/${contact.name}` : 'contract';
    const goals: Goals = {
      ...(answers.initial_situation ? { plan: { initial_situation: answers.initial_situation } } : {}),
      personal_goals: [{ text: contract.personal_goal, set: contract.concluded, source }],
      partial_goals: [],
    };
    const nextClient: Client = { ...now, status: 'active' };
    if (!now.key_workers?.length) nextClient.key_workers = [{ worker: answers.key_worker ?? contract.worker, from: contract.concluded }];
    return {
      changes: { client: nextClient, contract, goals, ...(contact ? { newContact: contact } : {}) },
      opts: { input, mapPath: contractInputPath(contact?.name) },
      result: contract.form,
    };
  });
  out(ctx, t('contract.saved', { id, form: t(form === 'oral' ? 'show.contract-oral' : 'show.contract-written') }));
  return 0;
}

/** Problems in the oral contract's contact record point at the `contact:` part of the input. */
function contractInputPath(contactName: string | undefined) {
  return (segs: (string | number)[]): (string | number)[] => (contactName && segs.length && typeof segs[0] === 'string' && ['summary', 'form', 'type', 'participants'].includes(segs[0]) ? ['contact', ...segs] : segs);
}

function contractSummary(ctx: Context, repo: Repo, c: Contract, label: string): string {
  const d = (x?: string): string => (x ? formatDate(x, ctx.lang) : '–');
  return [
    t('contract.summary-head', { label, form: t(c.form === 'oral' ? 'show.contract-oral' : 'show.contract-written'), date: d(c.concluded) }),
    `  ${t('contract.personal-goal')}: „${c.personal_goal}“`,
    `  (b) ${c.service}`,
    `  (c) ${c.scope}`,
    `  (d) ${c.place_time}`,
    `  (e) ${c.payment}`,
    `  (f) ${c.internal_rules}`,
    `  (g) ${c.notice}`,
    `  (h) ${c.term.indefinite ? t('show.indefinite') : t('show.until', { date: d(c.term.until) })}`,
    `  ${t('contract.email-records')}: ${t(c.email_records ? 'ui.yes' : 'ui.no')}`,
    ...(c.documents ?? []).map((doc) => `  ${t('contract.document')}: ${doc.name} (${d(doc.date)})`),
    ...(repo.config.workers.some((w) => w.id === c.worker) ? [`  ${t('contract.worker')}: ${repo.config.workers.find((w) => w.id === c.worker)!.name}`] : []),
  ].join('\n');
}

async function askContract(ctx: Context, repo: Repo, kase: SoundCase): Promise<ContractInput> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const d = repo.config.contract_defaults ?? {};
  const a: ContractInput = {};
  a.form = await ask.select({ message: t('contract.ask-form'), choices: [{ name: t('show.contract-written'), value: 'written' as const }, { name: t('show.contract-oral'), value: 'oral' as const }] });
  a.concluded = await ask.date({ message: t('contract.ask-date'), default: ctx.today, min: client.applied, max: ctx.today });
  const workers = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({ message: t('contract.ask-worker'), choices: workers.map((w) => ({ name: w.name, value: w.id })), default: currentKeyWorker(client, ctx.today) });
  if (!client.key_workers?.length) a.key_worker = await ask.select({ message: t('client.ask-key-worker'), choices: workers.map((w) => ({ name: w.name, value: w.id })), default: a.worker });
  a.personal_goal = await ask.longText({ message: t('contract.ask-personal-goal') });
  ctx.io.stderr.write(`${t('contract.defaults-tip')}\n`);
  a.scope = await ask.text({ message: t('contract.ask-scope'), default: d.scope });
  a.place_time = await ask.text({ message: t('contract.ask-place-time'), default: d.place_time });
  a.payment = await ask.text({ message: t('contract.ask-payment'), default: d.payment });
  a.internal_rules = await ask.text({ message: t('contract.ask-internal-rules'), default: d.internal_rules });
  a.notice = await ask.text({ message: t('contract.ask-notice'), default: d.notice });
  const until = await ask.date({ message: t('contract.ask-term'), optional: true, min: a.concluded });
  a.term = until ? { until } : { indefinite: true };
  a.email_records = await ask.confirm({ message: t('contract.ask-email-records'), default: client.consents?.email_records ?? false });
  const situation = await ask.longText({ message: t('contract.ask-initial-situation'), required: false });
  if (situation) a.initial_situation = situation;
  if (a.form === 'oral') {
    const basics: Answers = await askContactBasics(ask, repo, kase, a.concluded!);
    a.contact = { ...basics, summary: await ask.longText({ message: t('contact.ask-summary') }) };
  }
  return a;
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
    input = await readScriptedInput(ctx, opts.from!);
    a = resolveRelativeDates(input.data, ctx.today, ['date', 'effective', 'term_until']) as AmendInput;
  } else {
    const { createPrompter } = await import('../ui/prompts.js');
    const ask = createPrompter(ctx, editorTempDir(repo));
    a = {};
    try {
      a.date = await ask.date({ message: t('amend.ask-date'), default: ctx.today, min: contract.concluded, max: ctx.today });
      a.effective = await ask.date({ message: t('amend.ask-effective'), default: a.date, min: a.date });
      a.changes = await ask.longText({ message: t('amend.ask-changes') });
      if (await ask.confirm({ message: t('amend.ask-goal-change', { goal: currentPersonalGoal(goals)?.text ?? '' }), default: false })) {
        a.personal_goal = await ask.longText({ message: t('contract.ask-personal-goal') });
      }
      const until = await ask.date({ message: t('amend.ask-term'), optional: true, min: a.effective });
      if (until) a.term_until = until;
    } finally {
      removeEditorTempDir(repo);
    }
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
      worker: a.worker ?? currentKeyWorker(now, date) ?? c.worker,
    };
    const next: Contract = { ...c, amendments: [...(c.amendments ?? []), amendment] };
    const goals = a.personal_goal ? { ...g, personal_goals: [...g.personal_goals, { text: a.personal_goal, set: amendment.effective, source: `amendment ${number}` }] } : undefined;
    return { contract: next, goals, number, effective: amendment.effective };
  };
  if (mode === 'interactive') {
    const draft = build(kase);
    const summary = [t('amend.summary', { number: draft.number, date: formatDate(draft.effective, ctx.lang) }), `  ${a.changes ?? ''}`];
    if (a.personal_goal) summary.push(`  ${t('contract.personal-goal')}: „${a.personal_goal}“`);
    if (!(await confirmSave(ctx, summary.join('\n')))) return 0;
  }
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
