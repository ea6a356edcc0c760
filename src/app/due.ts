// spis due, the reading: every case's deadlines from the cache while the case is provably
// unchanged (store/stamp-cache.ts), or from its records, and the archive's ends of retention.
import type { Problem } from '../problems.js';
import { usageError } from '../problems.js';
import { addDays, addDuration, parseDuration } from '../domain/dates.js';
import { rulesOf } from '../domain/config.js';
import { clientLabel, retentionEnds } from '../domain/case.js';
import { cachedItems, dueDeadlines, itemsDue, retentionItem, sortDue, type DueItem } from '../domain/due.js';
import type { Client, SpisConfig } from '../domain/types.js';
import { CASE_FILES, caseDirRel, readRecord, scanCases } from '../store/case-store.js';
import { pendingProblems } from '../store/lock.js';
import { dueClient, readArchivedClient, readDueFacts, readRetention } from '../store/due-reader.js';
import { StampCache } from '../store/stamp-cache.js';
import { newTrace } from '../store/trace.js';

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
  opts: { cache?: boolean; env?: NodeJS.ProcessEnv; now?: () => number } = {},
): Promise<DueReport> {
  const now = opts.now ?? Date.now;
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
    const trace = cache ? newTrace(key, now()) : undefined;
    const r = readDueFacts(root, id, trace);
    problems.push(...r.problems);
    const deadlines = r.facts ? dueDeadlines(r.facts, rules) : null;
    if (deadlines) items.push(...itemsDue(deadlines, asOf, until));
    if (trace && r.problems.length === 0) cache?.put(trace, deadlines);
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
        const trace = cache ? newTrace(key, now()) : undefined;
        const r = readRetention(root, id, trace);
        problems.push(...r.problems);
        retention = r.until;
        if (trace && r.problems.length === 0) cache?.put(trace, retention ? { until: retention } : {});
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
export function fullNames(root: string, report: DueReport): Map<string, string> {
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

/** The last day of the window: --within days, or the provider's due window (14 days by default). */
export function dueUntil(config: SpisConfig, asOf: string, within: string | undefined): string {
  if (within === undefined)
    return addDuration(asOf, parseDuration(rulesOf(config).due_window) ?? { amount: 14, unit: 'd' });
  if (!/^\d{1,4}$/.test(within)) throw usageError('due.bad-within', { value: within });
  return addDays(asOf, Number(within));
}
