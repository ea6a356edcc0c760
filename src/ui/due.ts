// spis due, what people see: the rows of --json and --csv, and the report grouped by key worker.
import type { Context } from '../context.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { clientInitials } from '../domain/case.js';
import type { DueItem } from '../domain/due.js';
import type { SpisConfig } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { style } from './style.js';
import { printable } from './format.js';

/** One row of --json and --csv; the field names are documented in the README and stay stable. */
export interface DueRow {
  case_id: string;
  client: string;
  key_worker: string;
  key_worker_name: string;
  kind: string;
  subject: string;
  due_date: string;
  days: number;
  overdue: boolean;
  description: string;
}

/** The CSV columns, in order. */
export const DUE_FIELDS: readonly (keyof DueRow)[] = [
  'case_id',
  'client',
  'key_worker',
  'key_worker_name',
  'kind',
  'subject',
  'due_date',
  'days',
  'overdue',
  'description',
];

export function describeItem(item: DueItem): string {
  return t(`due.kind.${item.kind}` as const, { subject: item.subject });
}

/** A row; what it says of the client came from a record or the cache: never a control character to the terminal. */
export function toRow(item: DueItem, config: SpisConfig, names: Map<string, string> | undefined): DueRow {
  return {
    case_id: item.caseId,
    client: item.client ? printable(names?.get(item.caseId) ?? clientInitials(item.client)) : '',
    key_worker: item.keyWorker ?? '',
    key_worker_name: item.keyWorker ? workerName(config, item.keyWorker) : '',
    kind: item.kind,
    subject: item.subject ?? '',
    due_date: item.due,
    days: item.days,
    overdue: item.days < 0,
    description: describeItem(item),
  };
}

function csvCell(v: string | number | boolean): string {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function relative(days: number): string {
  if (days === 0) return t('due.today');
  return days < 0 ? t('due.overdue', { days: -days }) : t('due.left', { days });
}

export function dueCsv(rows: DueRow[]): string {
  return [DUE_FIELDS.join(','), ...rows.map((r) => DUE_FIELDS.map((f) => csvCell(r[f])).join(','))].join('\n');
}

export function dueText(
  report: { asOf: string; until: string },
  rows: DueRow[],
  config: SpisConfig,
  ctx: Context,
): string {
  const c = style(ctx.color);
  const lines = [
    c.bold(t('due.title', { date: formatDate(report.asOf, ctx.lang), until: formatDate(report.until, ctx.lang) })),
  ];
  const order = [...config.workers.map((w) => w.id), ''];
  // Each row's date and distance worded once (thousands of rows at a large service).
  const worded = rows.map((r) => ({ r, date: formatDate(r.due_date, ctx.lang), rel: relative(r.days) }));
  const groups = new Map<string, typeof worded>();
  // The end of retention belongs to no key worker: its own group, last.
  const RETENTION = '\u0000retention';
  for (const w of worded) {
    const key = w.r.kind === 'retention-end' ? RETENTION : w.r.key_worker;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  const rank = (k: string): number => (k === RETENTION ? 100 : order.indexOf(k) === -1 ? 99 : order.indexOf(k));
  const sorted = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
  const width = (s: string): number => [...s].length;
  const clientWidth = rows.reduce((w, r) => Math.max(w, width(r.client)), 0);
  const relWidth = worded.reduce((w, x) => Math.max(w, width(x.rel)), 0);
  const dateWidth = worded.reduce((w, x) => Math.max(w, width(x.date)), 0);
  for (const [key, group] of sorted) {
    const title = key === RETENTION ? t('due.retention-group') : key ? workerName(config, key) : t('due.no-key-worker');
    lines.push('', c.bold(`${title} (${group.length})`));
    for (const { r, date: d, rel: rl } of group) {
      const date = d.padStart(dateWidth);
      const rel = rl.padEnd(relWidth);
      const when = r.overdue
        ? c.red(`${date}  ${rel}`)
        : r.days === 0
          ? c.yellow(`${date}  ${rel}`)
          : `${date}  ${rel}`;
      // A register's item (a complaint) belongs to no case: its line is its description, which names it.
      lines.push(
        r.case_id
          ? `  ${when}  ${r.case_id}  ${r.client.padEnd(clientWidth)}  ${r.description}`
          : `  ${when}  ${r.description}`,
      );
    }
  }
  return lines.join('\n');
}
