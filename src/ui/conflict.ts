// A record two clones changed: its conflicting fields put to the worker one by one – her
// version, the colleague's (who and when), or a value typed – then the summary with save /
// change an answer / discard (ui/review.ts).
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { formatDate, parseDateInput } from '../domain/dates.js';
import { fieldName, type FieldConflict } from '../domain/merge-record.js';
import type { ChangeBy } from '../store/conflicts.js';
import type { SpisConfig } from '../domain/types.js';

export type Side = 'ours' | 'theirs';
export type Decision = { keep: Side } | { value: unknown };

export interface ConflictView {
  caseId: string;
  record: string;
  conflicts: FieldConflict[];
  ours: ChangeBy[];
  theirs: ChangeBy[];
  config: SpisConfig;
}

/** A value on one line, as a person reads it. */
export function shownValue(v: unknown, ctx: Pick<Context, 'lang'>): string {
  if (v === undefined || v === null) return t('conflict.absent');
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, ctx.lang) : v.replace(/\s+/g, ' ');
  if (typeof v === 'boolean') return t(v ? 'ui.yes' : 'ui.no');
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

function byLine(list: ChangeBy[], config: SpisConfig, ctx: Pick<Context, 'lang'>): string {
  const last = list.at(-1);
  if (!last) return t('conflict.by-unknown');
  const name = config.workers.find((w) => w.id === last.worker)?.name ?? last.worker;
  return t('conflict.by', { name, date: last.date ? formatDate(last.date, ctx.lang) : '?' });
}

/** A typed answer as a value of the field's kind (number, yes/no, date), else text. */
export function typedValue(text: string, like: unknown, today: string): unknown {
  const v = text.trim();
  if (typeof like === 'number') {
    const n = Number(v.replace(',', '.'));
    return Number.isFinite(n) ? n : v;
  }
  if (typeof like === 'boolean') return /^(a|ano|y|yes|true)$/i.test(v);
  if (typeof like === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(like)) return parseDateInput(v, today) ?? v;
  return v;
}

export function decidedValue(c: FieldConflict, d: Decision): unknown {
  return 'keep' in d ? (d.keep === 'ours' ? c.ours : c.theirs) : d.value;
}

/** The questions, one per conflicting field. */
export async function askConflict(ctx: Context, view: ConflictView): Promise<Decision[]> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx);
  ctx.io.stdout.write(
    `${t('conflict.intro', { id: view.caseId, record: view.record, count: view.conflicts.length })}\n`,
  );
  const out: Decision[] = [];
  for (const c of view.conflicts) {
    const like = c.ours ?? c.theirs ?? c.base;
    const choice = await ask.select<'ours' | 'theirs' | 'type'>({
      message: t('conflict.which', { field: fieldName(c.path), base: shownValue(c.base, ctx) }),
      choices: [
        {
          name: t('conflict.keep-ours', { value: shownValue(c.ours, ctx), by: byLine(view.ours, view.config, ctx) }),
          value: 'ours',
        },
        {
          name: t('conflict.keep-theirs', {
            value: shownValue(c.theirs, ctx),
            by: byLine(view.theirs, view.config, ctx),
          }),
          value: 'theirs',
        },
        ...(typeof like === 'object' && like !== null ? [] : [{ name: t('conflict.type'), value: 'type' as const }]),
      ],
    });
    if (choice !== 'type') out.push({ keep: choice });
    else {
      const text = await ask.text({ message: t('conflict.type-value', { field: fieldName(c.path) }), required: false });
      out.push({ value: text.trim() === '' ? undefined : typedValue(text, like, ctx.today) });
    }
  }
  return out;
}

export function conflictSummary(ctx: Context, view: ConflictView, decisions: Decision[]): string {
  const lines = view.conflicts.map((c, i) => {
    const d = decisions[i];
    const how =
      'keep' in d
        ? t(d.keep === 'ours' ? 'conflict.summary-ours' : 'conflict.summary-theirs')
        : t('conflict.summary-typed');
    return `  ${fieldName(c.path)}: ${shownValue(decidedValue(c, d), ctx)} (${how})`;
  });
  return `${t('conflict.summary', { id: view.caseId, record: view.record })}\n${lines.join('\n')}`;
}

/** The decisions asked at the prompts, field by field, and summarised; undefined when discarded. */
export async function askConflictReviewed(ctx: Context, view: ConflictView): Promise<Decision[] | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (x) => askConflict(x, view), {
    summary: (d) => conflictSummary(ctx, view, d),
    question: t('conflict.question'),
  });
}

/** The records waiting for a person, one line each, and the way on. */
export function conflictList(
  ctx: Pick<Context, 'lang'>,
  pending: { caseId: string; record: string; ours: ChangeBy[]; theirs: ChangeBy[] }[],
): string {
  const who = (c: ChangeBy[]): string =>
    c.map((x) => `${x.worker} ${x.date ? formatDate(x.date, ctx.lang) : ''}`.trim()).join(', ') || '?';
  return [
    ...pending.map((c) =>
      t('conflict.line', { id: c.caseId, record: c.record, ours: who(c.ours), theirs: who(c.theirs) }),
    ),
    t('conflict.how'),
  ].join('\n');
}
