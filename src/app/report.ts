// spis report, the reading: the period asked for, and every case's facts – the work done from the
// cache while the case is unchanged (store/stamp-cache.ts), the person read every time – spread
// over threads.
import type { Problem } from '../problems.js';
import { usageError } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import type { Period } from '../domain/report.js';
import type { Complaint, GroupActivity, Incident, SpisConfig, Training } from '../domain/types.js';
import { readServiceFolder } from '../store/service-records.js';
import { readCases } from '../store/case-reader.js';
import { readReportCases, reportWorkOf, type ReportCase } from '../report/facts.js';
import { dateOption } from './input.js';

export interface ReportCommandOptions {
  year?: string;
  from?: string;
  to?: string;
  worker?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  refusedCapacity?: boolean;
  /** --no-cache: read every record, as if there were no cache. */
  cache?: boolean;
}

/** The period asked for: a calendar year, or from–to; by default the last full year (the report is due by 30 June for it). */
export function periodOf(opts: ReportCommandOptions, today: string): Period {
  if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined))
    throw usageError('report.year-and-dates');
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) throw usageError('report.bad-year', { value: opts.year });
    return { from: `${opts.year}-01-01`, to: `${opts.year}-12-31` };
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    const year = today.slice(0, 4);
    const from = dateOption(opts.from, today) ?? `${year}-01-01`;
    const to = dateOption(opts.to, today) ?? today;
    if (from > to) throw usageError('report.from-after-to', { from: formatDate(from, 'cs'), to: formatDate(to, 'cs') });
    return { from, to };
  }
  const last = String(Number(today.slice(0, 4)) - 1);
  return { from: `${last}-01-01`, to: `${last}-12-31` };
}

/** The facts of every readable case, the problems of the others, and the cache's numbers for SPIS_CACHE_STATS. */
export async function readReportFacts(
  root: string,
  config: SpisConfig,
  env: NodeJS.ProcessEnv,
  useCache: boolean,
  now: () => number = Date.now,
): Promise<{ facts: ReportCase[]; problems: Problem[]; stats?: string }> {
  const servicePlace = config.provider.service.place;
  // The work done in a case unchanged since it was read comes from the cache (store/case-reader.ts);
  // what client.yaml says of the person is read every time. The setting of a contact depends on
  // the service's place: facts made for another place are not used.
  const read = await readCases(root, {
    locations: ['clients', 'archive'],
    ...(useCache && config.cache !== false
      ? { cache: { kind: 'stamped', name: 'report', depends: servicePlace ?? '' } as const }
      : {}),
    project: reportWorkOf,
    read: readReportCases,
    thread: { module: new URL('../report/facts.js', import.meta.url), name: 'readReportCases' },
    data: { root, ...(servicePlace !== undefined ? { servicePlace } : {}) },
    env,
    now,
  });
  // A broken record does not hide the others: the figures are of every readable case, the broken ones named.
  const problems: Problem[] = [...read.problems, ...read.cases.flatMap((c) => c.outcome.problems)];
  const facts: ReportCase[] = [];
  for (const { cached, outcome } of read.cases) {
    if (outcome.person && cached) facts.push({ ...outcome.person, ...cached });
    else if (outcome.facts) facts.push(outcome.facts);
  }
  const s = read.stats;
  return {
    facts,
    problems,
    ...(s ? { stats: `report-cache: ${s.hits}/${s.cases}${s.thread ? ' (thread)' : ''}` } : {}),
  };
}

/** The registers for the figures: the sound records counted, a broken one named (it does not hide the others). */
export function readRegisterFacts(root: string): {
  complaints: Complaint[];
  incidents: Incident[];
  trainings: Training[];
  groups: GroupActivity[];
  problems: Problem[];
} {
  const complaints = readServiceFolder({ root }, 'complaint');
  const incidents = readServiceFolder({ root }, 'incident');
  const trainings = readServiceFolder({ root }, 'training');
  const groups = readServiceFolder({ root }, 'group');
  return {
    complaints: complaints.records.map((r) => r.data),
    incidents: incidents.records.map((r) => r.data),
    trainings: trainings.records.map((r) => r.data),
    groups: groups.records.map((r) => r.data),
    problems: [...complaints.problems, ...incidents.problems, ...trainings.problems, ...groups.problems],
  };
}
