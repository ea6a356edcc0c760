// The prompts and the summaries of contract new and contract amend.
import { personParams } from './format.js';
import type { Context } from '../context.js';
import type { Client, Consents, Contract, Goals } from '../domain/types.js';
import type { Prompter } from './prompts.js';
import { formatDate } from '../domain/dates.js';
import { workerName, isFosterCare } from '../domain/config.js';
import { clientLabel, contractEnd, currentPersonalGoal } from '../domain/case.js';
import { itemDefaults, oralContract, type AmendInput, type ContractInput } from '../domain/contract.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { editorTempDir } from '../store/atomic.js';
import { askContactBasics, type Answers } from './asks.js';

/** What contract new will write, as the summary before saving shows it. */
export function contractSummary(ctx: Context, repo: Repo, c: Contract, client: Client, converting: boolean): string {
  const d = (x?: string): string => (x ? formatDate(x, ctx.lang) : '–');
  const yesNo = (v: boolean | undefined): string => t(v ? 'ui.yes' : 'ui.no');
  const consents = client.consents ?? {};
  return [
    t(converting ? 'contract.summary-written' : 'contract.summary-head', {
      sex: client.sex,
      label: clientLabel(client),
      form: t(c.form === 'oral' ? 'show.contract-oral' : 'show.contract-written'),
      date: d(c.concluded),
    }),
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
    ...(repo.config.workers.some((w) => w.id === c.worker)
      ? [`  ${t('contract.worker')}: ${workerName(repo.config, c.worker)}`]
      : []),
  ].join('\n');
}

/**
 * The prompts of contract new: the form, the date and worker, what a written contract lacks of the
 * identification, the personal goal, the items of § 91 odst. 2 (defaults: the oral contract's, or
 * the provider's), the term, the consents, the documents handed over; for an oral contract its meeting.
 * `writer`: the worker offered (the one at the keyboard, else the key worker).
 */
export async function askContract(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  writer: string | undefined,
): Promise<ContractInput> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const oral = oralContract(kase);
  const d = itemDefaults(repo.config, oral, client.sex);
  const a: ContractInput = {};
  if (oral) {
    ctx.io.stderr.write(
      `${t('contract.converting', { sex: client.sex, date: formatDate(oral.concluded, ctx.lang) })}\n`,
    );
    a.form = 'written';
  } else if (isFosterCare(repo.config)) {
    // A dohoda o výkonu pěstounské péče is written (§ 47b zákona č. 359/1999 Sb.): no oral form to choose.
    a.form = 'written';
  } else {
    a.form = await ask.select({
      message: t('contract.ask-form'),
      choices: [
        { name: t('show.contract-written'), value: 'written' as const },
        { name: t('show.contract-oral'), value: 'oral' as const },
      ],
    });
  }
  a.concluded = await ask.date({
    message: t('contract.ask-date'),
    default: ctx.today,
    min: oral?.concluded ?? client.applied,
    max: ctx.today,
  });
  const workers = repo.config.workers.filter((w) => w.active !== false);
  a.worker = await ask.select({
    message: t('contract.ask-worker'),
    choices: workers.map((w) => ({ name: w.name, value: w.id })),
    default: writer,
  });
  if (oral) {
    const reason = await ask.text({ message: t('contract.ask-written-reason'), required: false });
    if (reason) a.reason = reason;
  }
  if (!client.key_workers?.length)
    a.key_worker = await ask.select({
      message: t('client.ask-key-worker'),
      choices: workers.map((w) => ({ name: w.name, value: w.id })),
      default: a.worker,
    });
  // A written contract identifies the client (§ 91 odst. 2 písm. a): what client.yaml lacks is asked here.
  if (a.form === 'written' && !client.anonymous && !client.birth_date && !client.address?.trim()) {
    ctx.io.stderr.write(`${t('contract.identification-tip', { sex: client.sex })}\n`);
    const birth = await ask.date({
      message: t('client.ask-birth-date'),
      optional: true,
      max: ctx.today,
      longAgo: true,
    });
    const address = await ask.text({ message: t('client.ask-address'), required: !birth });
    a.client = { ...(birth ? { birth_date: birth } : {}), ...(address ? { address } : {}) };
  }
  const currentGoal = currentPersonalGoal(kase.goals?.data)?.text;
  a.personal_goal = await ask.longText({
    message: t('contract.ask-personal-goal', personParams(repo.config, client)),
    default: currentGoal,
  });
  ctx.io.stderr.write(`${t(oral ? 'contract.oral-defaults-tip' : 'contract.defaults-tip')}\n`);
  a.scope = await ask.text({ message: t('contract.ask-scope'), default: d.scope });
  a.place_time = await ask.text({ message: t('contract.ask-place-time'), default: d.place_time });
  a.payment = await ask.text({ message: t('contract.ask-payment'), default: d.payment });
  a.internal_rules = await ask.text({ message: t('contract.ask-internal-rules'), default: d.internal_rules });
  a.notice = await ask.text({ message: t('contract.ask-notice'), default: d.notice });
  const oralEnd = oral ? contractEnd(oral) : undefined;
  const until = await ask.date({ message: t('contract.ask-term'), optional: true, min: a.concluded, default: oralEnd });
  a.term = until ? { until } : { indefinite: true };
  a.consents = await askConsents(ask, repo, client, a.concluded, a.worker);
  a.documents = await askDocuments(ask, d.documents ?? [], a.concluded);
  if (!oral) {
    const situation = await ask.longText({
      message: t('contract.ask-initial-situation', { sex: client.sex }),
      required: false,
    });
    if (situation) a.initial_situation = situation;
  }
  if (a.form === 'oral') {
    const basics: Answers = await askContactBasics(ask, repo, kase, a.concluded, { writer: a.worker });
    a.contact = { ...basics, summary: await ask.longText({ message: t('contact.ask-summary') }) };
  }
  return a;
}

/** The personal-data instruction (date, by whom) and each consent, asked one by one. */
async function askConsents(ask: Prompter, repo: Repo, client: Client, date: string, worker: string): Promise<Consents> {
  const had = client.consents ?? {};
  const c: Consents = {};
  if (await ask.confirm({ message: t('contract.ask-instruction', { sex: client.sex }), default: true })) {
    c.personal_data = await ask.date({
      message: t('contract.ask-instruction-date'),
      default: had.personal_data ?? date,
      max: date,
    });
    const workers = repo.config.workers.filter((w) => w.active !== false);
    c.personal_data_by = await ask.select({
      message: t('contract.ask-instruction-by'),
      choices: workers.map((w) => ({ name: w.name, value: w.id })),
      default: had.personal_data_by ?? worker,
    });
  }
  c.email_records = await ask.confirm({
    message: t('contract.ask-email-records', { sex: client.sex }),
    default: had.email_records ?? false,
  });
  c.photos = await ask.confirm({
    message: t('contract.ask-photos', { sex: client.sex }),
    default: had.photos ?? false,
  });
  return c;
}

/** Which documents were handed over: each usual one confirmed, then any other. */
async function askDocuments(ask: Prompter, usual: string[], date: string): Promise<{ name: string; date: string }[]> {
  const out: { name: string; date: string }[] = [];
  for (const name of usual)
    if (await ask.confirm({ message: t('contract.ask-document', { name }), default: true })) out.push({ name, date });
  while (await ask.confirm({ message: t('contract.ask-other-document'), default: false }))
    out.push({ name: await ask.text({ message: t('contract.ask-document-name') }), date });
  return out;
}

/** The prompts of contract amend: when agreed, from when, what changes, the personal goal, the term. */
export async function askAmendment(
  ctx: Context,
  repo: Repo,
  contract: Contract,
  goals: Goals,
  client: Client,
): Promise<AmendInput> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const x: AmendInput = {};
  x.date = await ask.date({
    message: t('amend.ask-date'),
    default: ctx.today,
    min: contract.concluded,
    max: ctx.today,
  });
  x.effective = await ask.date({ message: t('amend.ask-effective'), default: x.date, min: x.date });
  x.changes = await ask.longText({ message: t('amend.ask-changes') });
  if (
    await ask.confirm({
      message: t('amend.ask-goal-change', { goal: currentPersonalGoal(goals)?.text ?? '' }),
      default: false,
    })
  ) {
    x.personal_goal = await ask.longText({
      message: t('contract.ask-personal-goal', personParams(repo.config, client)),
    });
  }
  const until = await ask.date({ message: t('amend.ask-term'), optional: true, min: x.effective });
  if (until) x.term_until = until;
  return x;
}

/** The amendment as the summary before saving shows it. */
export function amendSummary(ctx: Context, contract: Contract, x: AmendInput): string {
  const number = (contract.amendments?.length ?? 0) + 1;
  const lines = [
    t('amend.summary', { number, date: formatDate(x.effective ?? x.date ?? ctx.today, ctx.lang) }),
    `  ${x.changes ?? ''}`,
  ];
  if (x.personal_goal) lines.push(`  ${t('contract.personal-goal')}: „${x.personal_goal}“`);
  return lines.join('\n');
}
