// spis client edit, the prompts: each field asked with its current value ("-" removes an
// optional one), and the summary of what would change.
import type { Context } from '../context.js';
import type { Client, HouseholdMember } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { codeList } from '../domain/config.js';
import { clientLabel } from '../domain/case.js';
import { fieldsOf } from '../domain/fields.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { applyClientChanges, changedFields, type ClientChanges, type Editable } from '../domain/client-changes.js';
import { askCooperating } from './asks.js';
import type { Prompter } from './prompts.js';

/** Typed at a prompt to remove an optional value. */
const CLEAR = '-';

function changesSummary(ctx: Context, seen: SoundCase, ch: ClientChanges): string {
  const id = seen.id;
  const after = applyClientChanges(seen.client.data, ch);
  const fields = changedFields(seen.client.data, after);
  if (fields.length === 0) return t('client.edit-nothing', { id });
  return [
    t('client.edit-summary', { label: clientLabel(after) }),
    ...fields.map((f) => `  ${t(`client.field.${f}` as const)}: ${shown(ctx, after, f)}`),
  ].join('\n');
}

/** The changes asked at the prompts and summarised before saving; undefined when discarded. */
export async function askClientChangesReviewed(
  ctx: Context,
  repo: Repo,
  seen: SoundCase,
): Promise<ClientChanges | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (c) => askClientChanges(c, repo, seen), {
    summary: (ch) => changesSummary(ctx, seen, ch),
    question: t('prompt.save'),
  });
}

/** A value as the summary on the worker's own terminal shows it. */
function shown(ctx: Context, c: Client, field: Editable): string {
  const v = fieldsOf(c)[field];
  if (v === undefined) return t('client.edit-removed');
  if (field === 'birth_date' && typeof v === 'string') return formatDate(v, ctx.lang);
  if (field === 'name' && c.name) return [c.name.title, c.name.given, c.name.family].filter(Boolean).join(' ');
  if (field === 'sex') return t(`sex.${c.sex}` as const);
  if (field === 'legal_representative' && c.legal_representative)
    return `${c.legal_representative.name} (${c.legal_representative.relation})`;
  if (field === 'cooperating' && c.cooperating) return c.cooperating.map((p) => `${p.name} – ${p.role}`).join('; ');
  if (field === 'household' && c.household) return placementEnds(ctx, c.household).join('; ') || t('ui.yes');
  if (typeof v === 'boolean') return t(v ? 'ui.yes' : 'ui.no');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A member as the prompts name her: "m2 Ela – dcera (nar. 2016)". */
function memberShown(m: HouseholdMember): string {
  return `${m.id} ${m.name ? `${m.name} – ` : ''}${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })}`;
}

/** The placements that have an end, as the summary says them. */
function placementEnds(ctx: Context, household: readonly HouseholdMember[]): string[] {
  return household.flatMap((m) =>
    m.placement?.until
      ? [
          t('client.placement-ended', {
            member: memberShown(m),
            until: formatDate(m.placement.until, ctx.lang),
            ended: m.placement.ended ? t(`placement.ended.${m.placement.ended}` as const) : undefined,
          }),
        ]
      : [],
  );
}

const PLACEMENT_ENDINGS = ['return', 'adoption', 'adulthood', 'court', 'other'] as const;

/**
 * A child's placement that has ended (she went home, was adopted, came of age): asked for each
 * child still in care – the last day (not before the placement began, not after today) and why.
 * The household as it would be, or undefined where nothing ended.
 */
async function askPlacementEnds(ctx: Context, ask: Prompter, c: Client): Promise<HouseholdMember[] | undefined> {
  const household = c.household ?? [];
  let changed = false;
  const next: HouseholdMember[] = [];
  for (const m of household) {
    const p = m.placement;
    if (m.role !== 'child' || !p || p.until) {
      next.push(m);
      continue;
    }
    const ended = await ask.confirm({
      message: t('client.ask-placement-ended', {
        member: memberShown(m),
        sex: m.sex,
        from: formatDate(p.from, ctx.lang),
      }),
      default: false,
    });
    if (!ended) {
      next.push(m);
      continue;
    }
    const until = await ask.date({
      message: t('client.ask-placement-until'),
      default: ctx.today,
      min: p.from,
      max: ctx.today,
    });
    const why = await ask.select({
      message: t('client.ask-placement-why'),
      choices: PLACEMENT_ENDINGS.map((value) => ({ name: t(`placement.ended.${value}`), value })),
    });
    next.push({ ...m, placement: { ...p, until, ended: why } });
    changed = true;
  }
  return changed ? next : undefined;
}

/** One optional text: the current value offered, "-" removes it, an empty answer keeps it. */
async function optionalText(
  ask: Prompter,
  message: string,
  current: string | undefined,
): Promise<string | null | undefined> {
  const v = await ask.text({ message: `${message} ${t('client.edit-clear-tip')}`, default: current, required: false });
  if (v === CLEAR) return current === undefined ? undefined : null;
  if (v === '' || v === current) return undefined;
  return v;
}

async function askClientChanges(ctx: Context, repo: Repo, kase: SoundCase): Promise<ClientChanges> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx);
  const c = kase.client.data;
  const ch: ClientChanges = {};
  const set = (key: Editable, v: unknown): void => {
    if (v !== undefined) ch[key] = v;
  };
  if (c.anonymous && (await ask.confirm({ message: t('client.ask-reveal', { sex: c.sex }), default: false }))) {
    ch.anonymous = null;
    ch.pseudonym = null;
  }
  const anonymous = c.anonymous === true && ch.anonymous === undefined;
  if (!anonymous) {
    const given = await ask.text({ message: t('client.ask-given'), default: c.name?.given });
    const family = await ask.text({ message: t('client.ask-family'), default: c.name?.family });
    if (given !== c.name?.given || family !== c.name?.family) ch.name = { ...(c.name ?? {}), given, family };
  } else {
    const p = await ask.text({ message: t('client.ask-pseudonym'), default: c.pseudonym });
    if (p !== c.pseudonym) ch.pseudonym = p;
  }
  const sex = await ask.select({
    message: t('client.ask-sex'),
    choices: (['female', 'male', 'unknown'] as const).map((value) => ({ name: t(`sex.${value}`), value })),
    default: c.sex,
  });
  if (sex !== c.sex) ch.sex = sex;
  if (!anonymous) {
    const birth = await ask.date({
      message: t('client.ask-birth-date'),
      default: c.birth_date,
      optional: true,
      max: ctx.today,
      longAgo: true,
    });
    if (birth && birth !== c.birth_date) {
      ch.birth_date = birth;
      if (c.birth_year !== undefined) ch.birth_year = null;
    }
  }
  if (!(ch.birth_date ?? c.birth_date)) {
    const year = await ask.number({
      message: t('client.ask-birth-year'),
      default: c.birth_year,
      optional: true,
      min: 1900,
      max: Number(ctx.today.slice(0, 4)),
    });
    if (year !== undefined && year !== c.birth_year) ch.birth_year = year;
  }
  set('district', await optionalText(ask, t('client.ask-district'), c.district));
  const group = await ask.select({
    message: t('client.ask-target-group'),
    choices: Object.entries(codeList(repo.config, 'target_groups')).map(([value, name]) => ({ name, value })),
    default: c.target_group,
  });
  if (group !== c.target_group) ch.target_group = group;
  if (!anonymous) {
    for (const field of ['address', 'phone', 'email'] as const)
      set(field, await optionalText(ask, t(`client.ask-${field}`), c[field]));
    const rep = c.legal_representative;
    if (
      await ask.confirm({
        message: t(rep ? 'client.ask-change-representative' : 'client.ask-representative'),
        default: false,
      })
    ) {
      const name = await optionalText(ask, t('client.ask-rep-name'), rep?.name);
      if (name === null) ch.legal_representative = null;
      else
        ch.legal_representative = {
          ...(rep ?? {}),
          name: name ?? rep?.name,
          relation: await ask.text({ message: t('client.ask-rep-relation', { sex: c.sex }), default: rep?.relation }),
        };
    }
  }
  const cooperating = await askCooperating(ask, c.cooperating ?? []);
  if (cooperating) ch.cooperating = cooperating.length ? cooperating : null;
  const household = await askPlacementEnds(ctx, ask, c);
  if (household) ch.household = household;
  return ch;
}
