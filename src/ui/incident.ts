// spis incident, what people see and answer: the prompts of a new incident (what happened, what
// was done, who was informed and when, what follows) and of its closing, each ending in the summary
// to save, change an answer or discard; and the register as a table.
import type { Context } from '../context.js';
import type { Incident, InformedParty, SpisConfig } from '../domain/types.js';
import type { IncidentInput } from '../domain/incident.js';
import { codeList, workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { oneLine, table } from './format.js';

type Closing = Partial<NonNullable<Incident['closed']>>;
const PARTIES = ['ospod', 'police', 'family', 'management', 'other'] as const;
const TIME_RE = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function incidentSummary(config: SpisConfig, i: IncidentInput, lang: Context['lang']): string {
  const kinds = codeList(config, 'incident_kinds');
  const date = (d: string | undefined): string => (d ? formatDate(d, lang) : '–');
  return [
    t('incident.summary-head'),
    `  ${t('incident.when')}: ${date(i.date)}${i.time ? ` ${i.time}` : ''}`,
    `  ${t('incident.kind')}: ${i.kind ? (kinds[i.kind] ?? i.kind) : '–'}${i.children ? ` (${t('incident.children-mark')})` : ''}`,
    `  ${t('incident.cases')}: ${i.cases?.length ? i.cases.join(', ') : '–'}`,
    `  ${t('incident.what')}: ${i.summary ? oneLine(i.summary) : '–'}`,
    `  ${t('incident.measures')}: ${i.measures ? oneLine(i.measures) : '–'}`,
    ...(i.informed ?? []).map(
      (x) =>
        `  ${t('incident.informed')}: ${t(`incident.party.${x.whom}`)}${x.name ? ` (${oneLine(x.name)})` : ''} ${date(x.date)}${x.time ? ` ${x.time}` : ''}`,
    ),
    ...(i.follow_up ?? []).map((x) => `  ${t('incident.step')}: ${oneLine(x.step)} – ${date(x.due)}`),
    `  ${t('incident.worker')}: ${i.worker ? workerName(config, i.worker) : '–'}`,
  ].join('\n');
}

/** A new incident asked at the prompts, then summarised; undefined when discarded. */
export async function askIncidentReviewed(
  ctx: Context,
  config: SpisConfig,
  caseIds: readonly string[],
  given: IncidentInput,
): Promise<IncidentInput | undefined> {
  const kinds = codeList(config, 'incident_kinds');
  const flow = async (c: Context): Promise<IncidentInput> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: IncidentInput = { ...given };
    x.date ??= await ask.date({ message: t('incident.ask-date'), default: ctx.today, max: ctx.today });
    const day = x.date;
    if (x.time === undefined) {
      const time = await ask.text({
        message: t('incident.ask-time'),
        required: false,
        validate: (v) => !v.trim() || TIME_RE.test(v.trim()) || t('incident.bad-time'),
      });
      if (time.trim()) x.time = time.trim();
    }
    x.kind ??= await ask.select({
      message: t('incident.ask-kind'),
      choices: Object.entries(kinds).map(([value, name]) => ({ name, value })),
    });
    if (x.cases === undefined) {
      const typed = await ask.text({
        message: t('incident.ask-cases'),
        required: false,
        validate: (v) => {
          const bad = v.split(/[\s,]+/).filter((id) => id && !caseIds.includes(id));
          return bad.length === 0 || t('incident.no-such-case', { ids: bad.join(', ') });
        },
      });
      const ids = [...new Set(typed.split(/[\s,]+/).filter(Boolean))];
      if (ids.length) x.cases = ids;
    }
    x.children ??= await ask.confirm({ message: t('incident.ask-children'), default: x.kind === 'ohrozeni_ditete' });
    x.summary ??= await ask.longText({ message: t('incident.ask-summary') });
    x.measures ??= await ask.longText({ message: t('incident.ask-measures') });
    if (x.informed === undefined) {
      const informed: NonNullable<IncidentInput['informed']> = [];
      while (
        await ask.confirm({
          message: t(informed.length ? 'incident.ask-informed-more' : 'incident.ask-informed'),
          default: informed.length === 0,
        })
      ) {
        const whom = await ask.select<InformedParty>({
          message: t('incident.ask-whom'),
          choices: PARTIES.map((value) => ({ name: t(`incident.party.${value}`), value })),
        });
        const name = await ask.text({ message: t('incident.ask-whom-name'), required: false });
        const date = await ask.date({
          message: t('incident.ask-informed-date'),
          default: day,
          min: day,
          max: ctx.today,
        });
        informed.push({ whom, ...(name.trim() ? { name: name.trim() } : {}), date });
      }
      if (informed.length) x.informed = informed;
    }
    if (x.follow_up === undefined) {
      const steps: NonNullable<IncidentInput['follow_up']> = [];
      while (
        await ask.confirm({
          message: t(steps.length ? 'incident.ask-step-more' : 'incident.ask-step'),
          default: steps.length === 0,
        })
      ) {
        const step = await ask.text({ message: t('incident.ask-step-text') });
        const due = await ask.date({ message: t('incident.ask-step-due'), min: day, base: ctx.today });
        steps.push({ step, due });
      }
      if (steps.length) x.follow_up = steps;
    }
    x.worker ??= await ask.select({
      message: t('incident.ask-worker'),
      choices: config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })),
    });
    return x;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, {
    summary: (x) => incidentSummary(config, x, ctx.lang),
    question: t('incident.ask-save'),
  });
}

/** The closing asked at the prompts, then summarised; undefined when discarded. */
export async function askClosingReviewed(
  ctx: Context,
  incident: Incident,
  given: Closing,
): Promise<Closing | undefined> {
  const flow = async (c: Context): Promise<Closing> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: Closing = { ...given };
    x.date ??= await ask.date({
      message: t('incident.ask-closed'),
      default: ctx.today,
      min: incident.date,
      max: ctx.today,
    });
    x.conclusion ??= await ask.longText({ message: t('incident.ask-conclusion') });
    return x;
  };
  const summary = (x: Closing): string =>
    [
      t('incident.close-head', { id: incident.id }),
      `  ${t('incident.closed-on')}: ${x.date ? formatDate(x.date, ctx.lang) : '–'}`,
      `  ${t('incident.conclusion')}: ${x.conclusion ? oneLine(x.conclusion) : '–'}`,
    ].join('\n');
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, { summary, question: t('incident.ask-save-close') });
}

/** The register as a table: number, when, kind, the cases, who was informed, and whether it is closed. */
export function incidentsTable(
  config: SpisConfig,
  list: readonly Incident[],
  ctx: Pick<Context, 'lang' | 'color'>,
): string {
  if (list.length === 0) return t('incident.none');
  const kinds = codeList(config, 'incident_kinds');
  const header = [
    t('incident.col-id'),
    t('incident.when'),
    t('incident.kind'),
    t('incident.cases'),
    t('incident.informed'),
    t('incident.col-state'),
  ];
  const rows = list.map((i) => [
    i.id,
    `${formatDate(i.date, ctx.lang)}${i.time ? ` ${i.time}` : ''}`,
    `${kinds[i.kind] ?? i.kind}${i.children ? ` (${t('incident.children-mark')})` : ''}`,
    [...(i.cases ?? []), ...(i.cases_purged ? [t('incident.purged-cases', { count: i.cases_purged })] : [])].join(
      ', ',
    ) || '–',
    (i.informed ?? []).map((x) => `${t(`incident.party.${x.whom}`)} ${formatDate(x.date, ctx.lang)}`).join('; ') || '–',
    i.closed ? t('incident.closed-state', { date: formatDate(i.closed.date, ctx.lang) }) : t('incident.open-state'),
  ]);
  return table(header, rows, ctx.color);
}
