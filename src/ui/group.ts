// spis group, what people see and answer: the prompts of a group activity (what, when, how long,
// who led it, who came and who sent apologies, how many others) ending in the summary to save,
// change an answer or discard; and the register as a table with its totals.
import type { Context } from '../context.js';
import type { GroupActivity, SpisConfig } from '../domain/types.js';
import { groupFigures, type GroupInput } from '../domain/group.js';
import { codeList, workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { clip, oneLine, table } from './format.js';

const TIME_RE = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const num = (n: number, lang: Context['lang']): string => (lang === 'cs' ? String(n).replace('.', ',') : String(n));
const ids = (typed: string): string[] => [...new Set(typed.split(/[\s,;]+/).filter(Boolean))];

export function groupSummary(config: SpisConfig, g: GroupInput, lang: Context['lang']): string {
  const kinds = codeList(config, 'group_kinds');
  const attending = (a: 'present' | 'excused'): string =>
    (g.attendees ?? [])
      .filter((x) => x.attendance === a)
      .map((x) => x.case)
      .join(', ') || '–';
  return [
    t('group.summary-head'),
    `  ${t('group.when')}: ${g.date ? formatDate(g.date, lang) : '–'}${g.time ? ` ${g.time}` : ''}`,
    `  ${t('group.kind')}: ${g.kind ? (kinds[g.kind] ?? g.kind) : '–'}${g.education ? ` (${t('group.education-mark')})` : ''}`,
    `  ${t('group.topic')}: ${g.topic ? oneLine(g.topic) : '–'}`,
    `  ${t('group.hours')}: ${g.hours !== undefined ? num(g.hours, lang) : '–'}`,
    `  ${t('group.workers')}: ${g.workers?.length ? g.workers.map((w) => workerName(config, w)).join(', ') : '–'}`,
    `  ${t('group.present')}: ${attending('present')}`,
    `  ${t('group.excused')}: ${attending('excused')}`,
    `  ${t('group.others')}: ${g.others ?? 0}${g.other_names?.length ? ` (${g.other_names.map(oneLine).join('; ')})` : ''}`,
    `  ${t('group.record')}: ${g.record ? oneLine(g.record) : '–'}`,
  ].join('\n');
}

/** A new group activity asked at the prompts, then summarised; undefined when discarded. */
export async function askGroupReviewed(
  ctx: Context,
  config: SpisConfig,
  caseIds: readonly string[],
  given: GroupInput,
): Promise<GroupInput | undefined> {
  const kinds = codeList(config, 'group_kinds');
  const active = config.workers.filter((w) => w.active !== false);
  const flow = async (c: Context): Promise<GroupInput> => {
    const { createPrompter } = await import('./prompts.js');
    const ask = createPrompter(c);
    const x: GroupInput = { ...given };
    x.date ??= await ask.date({ message: t('group.ask-date'), default: ctx.today, max: ctx.today });
    if (x.time === undefined) {
      const time = await ask.text({
        message: t('group.ask-time'),
        required: false,
        validate: (v) => !v.trim() || TIME_RE.test(v.trim()) || t('incident.bad-time'),
      });
      if (time.trim()) x.time = time.trim();
    }
    x.kind ??= await ask.select({
      message: t('group.ask-kind'),
      choices: Object.entries(kinds).map(([value, name]) => ({ name, value })),
    });
    x.topic ??= await ask.text({ message: t('group.ask-topic') });
    x.education ??= await ask.confirm({
      message: t('group.ask-education'),
      default: x.kind === 'skupinove_vzdelavani',
    });
    x.hours ??= await ask.number({ message: t('group.ask-hours'), min: 0.25, max: 24, decimal: true });
    if (x.workers === undefined) {
      const workers: string[] = [];
      do {
        const left = active.filter((w) => !workers.includes(w.id));
        workers.push(
          await ask.select({
            message: t(workers.length ? 'group.ask-worker-next' : 'group.ask-worker'),
            choices: left.map((w) => ({ name: w.name, value: w.id })),
          }),
        );
      } while (
        workers.length < active.length &&
        (await ask.confirm({ message: t('group.ask-worker-more'), default: false }))
      );
      x.workers = workers;
    }
    if (x.attendees === undefined) {
      const known = (v: string): true | string => {
        const bad = ids(v).filter((id) => !caseIds.includes(id));
        return bad.length === 0 || t('incident.no-such-case', { ids: bad.join(', ') });
      };
      const present = ids(await ask.text({ message: t('group.ask-present'), required: false, validate: known }));
      const excused = ids(
        await ask.text({
          message: t('group.ask-excused'),
          required: false,
          validate: (v) => {
            const twice = ids(v).filter((id) => present.includes(id));
            return twice.length ? t('group.both', { ids: twice.join(', ') }) : known(v);
          },
        }),
      );
      const attendees = [
        ...present.map((id) => ({ case: id, attendance: 'present' as const })),
        ...excused.map((id) => ({ case: id, attendance: 'excused' as const })),
      ];
      if (attendees.length) x.attendees = attendees;
    }
    if (x.others === undefined) {
      const others = await ask.number({ message: t('group.ask-others'), min: 0, max: 1000, optional: true });
      if (others) x.others = others;
    }
    if (x.others && x.other_names === undefined) {
      const names = await ask.text({ message: t('group.ask-other-names'), required: false });
      const list = names
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean);
      if (list.length) x.other_names = list.slice(0, x.others);
    }
    x.record ??= await ask.longText({ message: t('group.ask-record') });
    return x;
  };
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, flow, {
    summary: (x) => groupSummary(config, x, ctx.lang),
    question: t('group.ask-save'),
  });
}

/** The register as a table – number, when, kind, topic, hours, who came – and the totals under it. */
export function groupsTable(
  config: SpisConfig,
  list: readonly GroupActivity[],
  ctx: Pick<Context, 'lang' | 'color'>,
): string {
  if (list.length === 0) return t('group.none');
  const kinds = codeList(config, 'group_kinds');
  const header = [
    t('group.col-id'),
    t('group.when'),
    t('group.kind'),
    t('group.topic'),
    t('group.hours'),
    t('group.col-came'),
    t('group.excused'),
  ];
  const rows = list.map((g) => {
    const present = (g.attendees ?? []).filter((a) => a.attendance === 'present').length + (g.attendees_purged ?? 0);
    return [
      g.id,
      formatDate(g.date, ctx.lang),
      `${kinds[g.kind] ?? g.kind}${g.education ? ` (${t('group.education-mark')})` : ''}`,
      clip(oneLine(g.topic), 40),
      num(g.hours, ctx.lang),
      g.others ? t('group.came-with-others', { cases: present, others: g.others }) : String(present),
      String((g.attendees ?? []).filter((a) => a.attendance === 'excused').length),
    ];
  });
  const dates = list.map((g) => g.date).sort();
  const f = groupFigures(list, dates[0] ?? '0000-01-01', dates.at(-1) ?? '9999-12-31');
  return `${table(header, rows, ctx.color)}\n${t('group.totals', {
    count: f.total,
    attendances: f.attendances,
    hours: num(f.participant_hours, ctx.lang),
    persons: f.persons_reached,
  })}`;
}
