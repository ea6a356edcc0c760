// spis due, the reading: every case's deadlines from the cache while the case is provably
// unchanged (store/stamp-cache.ts), or from its records, and the archive's ends of retention.
import type { Problem } from '../problems.js';
import { usageError } from '../problems.js';
import { addDays, addDuration, parseDuration } from '../domain/dates.js';
import { rulesOf } from '../domain/config.js';
import { clientLabel, retentionEnds } from '../domain/case.js';
import { cachedItems, dueDeadlines, itemsDue, retentionItem, sortDue, type DueItem } from '../domain/due.js';
import type { Client, GroupActivity, RecordTypes, SpisConfig } from '../domain/types.js';
import { SERVICE_FOLDER_KINDS, type ServiceFolderKind } from '../domain/kinds.js';
import { complaintDue } from '../domain/complaint.js';
import { incidentDue } from '../domain/incident.js';
import { trainingDue } from '../domain/training.js';
import { groupEducation, type EducationEvent } from '../domain/foster.js';
import { readServiceFolder } from '../store/service-records.js';
import { CASE_FILES, caseDirRel, readRecord } from '../store/case-store.js';
import { readCases, type CaseOutcome } from '../store/case-reader.js';
import { pendingProblems } from '../store/lock.js';
import { dueClient, readArchivedClient, readDueFacts, readRetention } from '../store/due-reader.js';
import { newTrace } from '../store/trace.js';

export interface DueReport {
  asOf: string;
  until: string;
  items: DueItem[];
  problems: Problem[];
  /** How many cases the cache answered for, of how many (SPIS_CACHE_STATS=1 prints it). */
  cache?: { hits: number; cases: number; thread: boolean };
}

/** What due reads of a case: its deadlines' items (clients/), or its end of retention (archive/). */
type DueOutcome = CaseOutcome & { items?: DueItem[]; retention?: string };
/** A kept entry, projected: the items within the window, or the end of retention. */
type DueCached = { items: DueItem[] } | { retention?: string };

export async function computeDue(
  root: string,
  config: SpisConfig,
  asOf: string,
  until: string,
  worker?: string,
  opts: { cache?: boolean; env?: NodeJS.ProcessEnv; now?: () => number } = {},
): Promise<DueReport> {
  const rules = rulesOf(config);
  // Foster-care support: each client's education in the group activities (the register, read whole).
  const groupEducation = rules.carer_education ? educationByCase(root) : new Map<string, EducationEvent[]>();
  // Archived cases are closed: the only thing of theirs that falls due is the end of their
  // retention (not with --worker). The cache (store/case-reader.ts) keeps each case's deadlines,
  // which the provider's rules set: made under other rules, not used.
  const read = await readCases(root, {
    locations: worker ? ['clients'] : ['clients', 'archive'],
    ...(opts.cache === false
      ? {}
      : { cache: { kind: 'stamped', name: 'due', depends: JSON.stringify(rules) } as const }),
    // An entry not of its shape (the sum holds, but not what this tool wrote) is no cache: read afresh.
    project: (value, job): DueCached | undefined => {
      if (job.location === 'archive') return retentionOf(value);
      const items = cachedItems(value, asOf, until, groupEducation.get(job.id));
      return items ? { items } : undefined;
    },
    read: ({ jobs, started }) =>
      jobs.map((job): DueOutcome => {
        if (job.hit) return { problems: [] };
        const trace = job.cached ? newTrace(job.key, started) : undefined;
        if (job.location === 'archive') {
          const r = readRetention(root, job.id, trace);
          return { problems: r.problems, trace, keep: r.until ? { until: r.until } : {}, retention: r.until };
        }
        const r = readDueFacts(root, job.id, trace, {
          personalContact: rules.personal_contact !== undefined,
          education: rules.carer_education !== undefined,
        });
        const deadlines = r.facts ? dueDeadlines(r.facts, rules) : null;
        return {
          problems: r.problems,
          trace,
          keep: deadlines,
          items: deadlines ? itemsDue(deadlines, asOf, until, groupEducation.get(job.id)) : [],
        };
      }),
    data: {},
    env: opts.env ?? {},
    ...(opts.now ? { now: opts.now } : {}),
  });
  // A half-done change or a linked case folder (in clients/ or in archive/, whose end of retention
  // would be missing) would make the report wrong without a word: say so.
  const problems: Problem[] = [...pendingProblems(root), ...read.problems.filter((p) => p.code === 'symlink')];
  const items: DueItem[] = [];
  for (const { location, cached, outcome } of read.cases) {
    if (location !== 'clients') continue;
    problems.push(...outcome.problems);
    items.push(...(cached && 'items' in cached ? cached.items : (outcome.items ?? [])));
  }
  for (const { id, location, cached, outcome } of read.cases) {
    if (location !== 'archive') continue;
    problems.push(...outcome.problems);
    const retention = cached && 'retention' in cached ? cached.retention : outcome.retention;
    // The client (for the initials) only of a case whose retention ends within the window.
    if (!retention || retentionEnds(retention) > until) continue;
    const client = readArchivedClient(root, id, problems);
    const item = client ? retentionItem(id, dueClient(client), retention, asOf, until) : undefined;
    if (item) items.push(item);
  }
  // The registers' items (a complaint awaiting its reply): read whole, each time – they are few.
  const registers = registerItems(root, config, asOf, until);
  problems.push(...registers.problems);
  items.push(...registers.items);
  return {
    asOf,
    until,
    items: sortDue(worker ? items.filter((i) => i.keyWorker === worker) : items),
    problems,
    ...(read.stats ? { cache: read.stats } : {}),
  };
}

/** The education hours of the group activities each case took part in (foster-care support). */
function educationByCase(root: string): Map<string, EducationEvent[]> {
  const groups = readServiceFolder({ root }, 'group').records.map((r) => r.data);
  const byCase = new Map<string, GroupActivity[]>();
  for (const g of groups)
    if (g.education === true) for (const a of g.attendees ?? []) byCase.set(a.case, [...(byCase.get(a.case) ?? []), g]);
  // Each case's own activities only: one pass over the register, not one per case.
  return new Map([...byCase].map(([id, mine]) => [id, groupEducation(mine, id)]));
}

/** What falls due in each register, from its records (domain/kinds.ts: the service-level kinds in a folder); a kind without it does not compile. */
const REGISTER_DUE: {
  readonly [K in ServiceFolderKind]: (
    r: readonly RecordTypes[K][],
    config: SpisConfig,
    asOf: string,
    until: string,
  ) => DueItem[];
} = {
  complaint: (list, _config, asOf, until) =>
    list.flatMap((c) => [complaintDue(c, asOf, until)].filter((x) => x !== undefined)),
  incident: (list, _config, asOf, until) => list.flatMap((i) => incidentDue(i, asOf, until)),
  training: (list, config, asOf, until) => trainingDue(config, list, asOf, until),
  // A group activity is recorded once it took place: nothing of it falls due.
  group: () => [],
};

function registerItems(
  root: string,
  config: SpisConfig,
  asOf: string,
  until: string,
): { items: DueItem[]; problems: Problem[] } {
  const read = SERVICE_FOLDER_KINDS.map((kind) => itemsOf(root, kind, config, asOf, until));
  return { items: read.flatMap((r) => r.items), problems: read.flatMap((r) => r.problems) };
}

function itemsOf<K extends ServiceFolderKind>(
  root: string,
  kind: K,
  config: SpisConfig,
  asOf: string,
  until: string,
): { items: DueItem[]; problems: Problem[] } {
  const register = readServiceFolder({ root }, kind);
  const due: (r: readonly RecordTypes[K][], config: SpisConfig, asOf: string, until: string) => DueItem[] =
    REGISTER_DUE[kind];
  return {
    items: due(
      register.records.map((r) => r.data),
      config,
      asOf,
      until,
    ),
    problems: register.problems,
  };
}

/** A kept end of retention: `{ until }`, or `{}` for a case without one. */
function retentionOf(value: unknown): { retention?: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!('until' in value)) return {};
  return typeof value.until === 'string' ? { retention: value.until } : undefined;
}

/** The names of the clients of the listed cases, from their client.yaml (in the archive for the end of retention). */
export function fullNames(root: string, report: DueReport): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of report.items) {
    if (!item.caseId || names.has(item.caseId)) continue;
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
