// The prompts of a one-off anonymous contact (spis contact add --one-off without a case): a
// handful of questions for a five-minute call – the day, a pseudonym if the person gave one,
// sex if known, target group, then the contact's type, form (a place only in person), length
// and writer, and what was talked about.
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { codeList, workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { ONE_OFF_TYPE, runningPseudonym, type OneOffInput } from '../domain/one-off.js';
import type { Client } from '../domain/types.js';
import type { Repo } from '../store/repo.js';
import { editorTempDir } from '../store/atomic.js';
import { askContactBasics } from './asks.js';

/** The form a one-off contact most often has: a call (where the service's list has it). */
const USUAL_FORM = 'telefon';

export async function askOneOff(ctx: Context, repo: Repo, writer: string | undefined): Promise<OneOffInput> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const date = await ask.date({ message: t('contact.ask-date'), default: ctx.today, max: ctx.today });
  const pseudonym = await ask.text({ message: t('one-off.ask-pseudonym'), required: false });
  const sex = await ask.select<Client['sex']>({
    message: t('one-off.ask-sex'),
    choices: (['female', 'male', 'unknown'] as const).map((value) => ({ name: t(`sex.${value}`), value })),
    default: 'unknown',
  });
  const target_group = await ask.select({
    message: t('client.ask-target-group'),
    choices: Object.entries(codeList(repo.config, 'target_groups')).map(([value, name]) => ({ name, value })),
  });
  const forms = codeList(repo.config, 'contact_forms');
  const basics = await askContactBasics(ask, repo, { contacts: [], client: { data: { sex } } }, date, {
    type: ONE_OFF_TYPE,
    ...(USUAL_FORM in forms ? { form: USUAL_FORM } : {}),
    ...(writer ? { writer } : {}),
    participants: false,
  });
  const summary = await ask.longText({ message: t('contact.ask-summary') });
  return { date, ...(pseudonym.trim() ? { pseudonym: pseudonym.trim() } : {}), sex, target_group, ...basics, summary };
}

/** What will be written: the person, the contact, and that the case is closed with it. */
export function oneOffSummary(ctx: Pick<Context, 'lang'>, repo: Repo, a: OneOffInput): string {
  const code = (list: 'contact_types' | 'contact_forms' | 'target_groups', v: string | undefined): string =>
    v ? (codeList(repo.config, list)[v] ?? v) : '–';
  const head = t('contact.summary-head', {
    date: a.date ? formatDate(a.date, ctx.lang) : '–',
    type: code('contact_types', a.type),
    form: code('contact_forms', a.form),
  });
  const lines = [
    t('one-off.summary'),
    `  ${a.pseudonym ?? t('one-off.running-number', { example: runningPseudonym('…') })}, ${t(`sex.${a.sex ?? 'unknown'}`)}, ${code('target_groups', a.target_group)}`,
    `  ${head}${a.place ? `, ${a.place}` : ''}${a.duration_min !== undefined ? `, ${t('one-off.minutes', { n: a.duration_min })}` : ''}; ${a.worker ? workerName(repo.config, a.worker) : '–'}`,
    `  ${(a.summary ?? '').replace(/\s+/g, ' ')}`,
  ];
  return lines.join('\n');
}
