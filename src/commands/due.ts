// spis due: what is overdue and what falls due within the window, for the worker at the
// terminal and for cron. Never writes a record; keeps what it read in its cache (store/stamp-cache.ts).
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode, type Problem } from '../problems.js';
import { addDays, addDuration, formatDate, parseDuration } from '../domain/dates.js';
import { dateOption } from '../app/input.js';
import { rulesOf, workerName } from '../domain/config.js';
import { clientInitials, clientLabel } from '../domain/case.js';
import { cachedItems, dueDeadlines, itemsDue, retentionItem, sortDue, type DueItem } from '../domain/due.js';
import type { Client, SpisConfig } from '../domain/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { openRepo } from '../store/repo.js';
import { CASE_FILES, caseDirRel, readRecord, scanCases } from '../store/case-store.js';
import { pendingProblems } from '../store/lock.js';
import { dueClient, readArchivedClient, readDueFacts, readRetention } from '../store/due-reader.js';
import { StampCache } from '../store/stamp-cache.js';
import { newTrace } from '../store/trace.js';
import { retentionEnds } from '../domain/case.js';
import { style } from '../ui/style.js';
import { printable } from '../ui/format.js';

export interface DueOptions {
  asOf?: string;
  within?: string;
  worker?: string;
  json?: boolean;
  csv?: boolean;
  quiet?: boolean;
  names?: boolean;
  /** --no-cache: read every record, as if there were no cache. */
  cache?: boolean;
}

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

export interface DueReport {
  asOf: string;
  until: string;
  items: DueItem[];
  problems: Problem[];
  /** How many cases the cache answered for, of how many (SPIS_CACHE_STATS=1 prints it). */
  cache?: { hits: number; cases: number; thread: boolean };
}

export async function computeDue(
  root: string,
  config: SpisConfig,
  asOf: string,
  until: string,
  worker?: string,
  opts: { cache?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<DueReport> {
  const rules = rulesOf(config);
  const items: DueItem[] = [];
  // A half-done change or a linked case folder would make the report wrong without a word: say so.
  // The cache (store/stamp-cache.ts) answers for a case only while it is provably unchanged;
  // a second thread starts checking its stamps while the cases are listed.
  // It keeps each case's deadlines, which the provider's rules set: made under other rules, not used.
  const cache = opts.cache === false ? undefined : StampCache.open(root, 'due', opts.env, JSON.stringify(rules));
  const scan = scanCases({ root }, ['clients']);
  const problems: Problem[] = [...pendingProblems(root), ...scan.problems.filter((p) => p.code === 'symlink')];
  const archived = worker ? [] : scanCases({ root }, ['archive']).cases;
  await cache?.validate();
  const seen = new Set<string>();
  let hits = 0;
  for (const { id } of scan.cases) {
    const key = `clients/${id}`;
    seen.add(key);
    const hit = cache?.get(key);
    // An entry not of its shape (the sum holds, but not what this tool wrote) is no cache: read afresh.
    const cached = hit ? cachedItems(hit.value, asOf, until) : undefined;
    if (cached) {
      hits++;
      items.push(...cached);
      continue;
    }
    const trace = cache ? newTrace(key) : undefined;
    const r = readDueFacts(root, id, trace);
    problems.push(...r.problems);
    const deadlines = r.facts ? dueDeadlines(r.facts, rules) : null;
    if (deadlines) items.push(...itemsDue(deadlines, asOf, until));
    if (trace && r.problems.length === 0) cache!.put(trace, deadlines);
  }
  // Archived cases are closed: the only thing of theirs that falls due is the end of their retention.
  if (!worker) {
    for (const { id } of archived) {
      const key = `archive/${id}`;
      seen.add(key);
      const hit = cache?.get(key);
      let retention: string | undefined;
      if (hit) {
        hits++;
        retention = (hit.value as { until?: string }).until;
      } else {
        const trace = cache ? newTrace(key) : undefined;
        const r = readRetention(root, id, trace);
        problems.push(...r.problems);
        retention = r.until;
        if (trace && r.problems.length === 0) cache!.put(trace, retention ? { until: retention } : {});
      }
      // The client (for the initials) only of a case whose retention ends within the window.
      if (!retention || retentionEnds(retention) > until) continue;
      const client = readArchivedClient(root, id, problems);
      const item = client ? retentionItem(id, dueClient(client), retention, asOf, until) : undefined;
      if (item) items.push(item);
    }
    // Cases gone (purged) or moved leave the cache; with --worker the archive was not looked at.
    cache?.keepOnly(seen);
  }
  cache?.save();
  return {
    asOf,
    until,
    items: sortDue(worker ? items.filter((i) => i.keyWorker === worker) : items),
    problems,
    ...(cache ? { cache: { hits, cases: seen.size, thread: cache.thread } } : {}),
  };
}

/** The names of the clients of the listed cases, from their client.yaml (in the archive for the end of retention). */
function fullNames(root: string, report: DueReport): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of report.items) {
    if (names.has(item.caseId)) continue;
    const location = item.kind === 'retention-end' ? 'archive' : 'clients';
    const client = readRecord<Client>(
      { root },
      `${caseDirRel(item.caseId, location)}/${CASE_FILES.client}`,
      'client',
      report.problems,
    )?.data;
    if (client) names.set(item.caseId, clientLabel(client));
  }
  return names;
}

export function describeItem(item: DueItem): string {
  return t(`due.kind.${item.kind}` as MessageKey, { subject: item.subject });
}

function toRow(item: DueItem, config: SpisConfig, names: Map<string, string> | undefined): DueRow {
  return {
    case_id: item.caseId,
    client: names?.get(item.caseId) ?? clientInitials(item.client),
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

export async function runDue(ctx: Context, opts: DueOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const asOf = dateOption(opts.asOf, ctx.today) ?? ctx.today;
  let until: string;
  if (opts.within !== undefined) {
    if (!/^\d{1,4}$/.test(opts.within)) throw usageError('due.bad-within', { value: opts.within });
    until = addDays(asOf, Number(opts.within));
  } else {
    until = addDuration(asOf, parseDuration(rulesOf(repo.config).due_window) ?? { amount: 14, unit: 'd' });
  }
  if (opts.worker !== undefined && !repo.config.workers.some((w) => w.id === opts.worker)) {
    throw usageError('list.bad-worker', {
      value: opts.worker,
      allowed: repo.config.workers.map((w) => w.id).join(', '),
      suggestion: didYouMean(
        opts.worker,
        repo.config.workers.map((w) => w.id),
      ),
    });
  }
  if (opts.json && opts.csv) throw usageError('due.json-and-csv');
  const cache = opts.cache !== false && repo.config.cache !== false;
  const report = await computeDue(repo.root, repo.config, asOf, until, opts.worker, { cache, env: ctx.io.env });
  // Due facts hold initials only: --names reads the names from the records of the cases listed.
  const names = opts.names ? fullNames(repo.root, report) : undefined;
  if (ctx.io.env.SPIS_CACHE_STATS && report.cache)
    ctx.io.stderr.write(
      `due-cache: ${report.cache.hits}/${report.cache.cases}${report.cache.thread ? ' (thread)' : ''}\n`,
    );
  // What a row says of the client came from a record or the cache: never a control character to the terminal.
  const rows = report.items
    .map((i) => toRow(i, repo.config, names))
    .map((r) => ({ ...r, client: printable(r.client) }));
  // Full names are identifying data: who saw them is logged (initials are not).
  if (opts.names)
    (await import('../store/access-log.js')).logAccess(repo.root, ctx.io.env, repo.config, 'due --names', [
      ...new Set(report.items.map((i) => i.caseId)),
    ]);

  if (opts.json) {
    if (!(opts.quiet && rows.length === 0)) out(ctx, JSON.stringify(rows, null, 2));
  } else if (opts.csv) {
    if (!(opts.quiet && rows.length === 0)) {
      out(ctx, [DUE_FIELDS.join(','), ...rows.map((r) => DUE_FIELDS.map((f) => csvCell(r[f])).join(','))].join('\n'));
    }
  } else if (rows.length === 0) {
    if (!opts.quiet)
      out(ctx, t('due.nothing', { date: formatDate(asOf, ctx.lang), until: formatDate(until, ctx.lang) }));
  } else {
    out(ctx, renderText(report, rows, repo.config, ctx));
  }
  // Records that could not be read: listed after the report, by cli.ts, with the exit code 1.
  if (report.problems.length > 0)
    throw new SpisError('due.broken', { count: new Set(report.problems.map((p) => p.file)).size }, 1, report.problems);
  return 0;
}

function renderText(report: DueReport, rows: DueRow[], config: SpisConfig, ctx: Context): string {
  const c = style(ctx.color);
  const lines = [
    c.bold(t('due.title', { date: formatDate(report.asOf, ctx.lang), until: formatDate(report.until, ctx.lang) })),
  ];
  const order = [...config.workers.map((w) => w.id), ''];
  const groups = new Map<string, DueRow[]>();
  // The end of retention belongs to no key worker: its own group, last.
  const RETENTION = '\u0000retention';
  for (const r of rows) {
    const key = r.kind === 'retention-end' ? RETENTION : r.key_worker;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const rank = (k: string): number => (k === RETENTION ? 100 : order.indexOf(k) === -1 ? 99 : order.indexOf(k));
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
  const width = (s: string): number => [...s].length;
  // Each row's date and distance worded once (thousands of rows at a large service).
  const dates = new Map(rows.map((r) => [r, formatDate(r.due_date, ctx.lang)]));
  const rels = new Map(rows.map((r) => [r, relative(r.days)]));
  const clientWidth = rows.reduce((w, r) => Math.max(w, width(r.client)), 0);
  const relWidth = rows.reduce((w, r) => Math.max(w, width(rels.get(r)!)), 0);
  const dateWidth = rows.reduce((w, r) => Math.max(w, width(dates.get(r)!)), 0);
  for (const key of keys) {
    const group = groups.get(key)!;
    const title = key === RETENTION ? t('due.retention-group') : key ? workerName(config, key) : t('due.no-key-worker');
    lines.push('', c.bold(`${title} (${group.length})`));
    for (const r of group) {
      const date = dates.get(r)!.padStart(dateWidth);
      const rel = rels.get(r)!.padEnd(relWidth);
      const when = r.overdue
        ? c.red(`${date}  ${rel}`)
        : r.days === 0
          ? c.yellow(`${date}  ${rel}`)
          : `${date}  ${rel}`;
      lines.push(`  ${when}  ${r.case_id}  ${r.client.padEnd(clientWidth)}  ${r.description}`);
    }
  }
  return lines.join('\n');
}
