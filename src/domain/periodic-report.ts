// The regular report on the care (foster-care support: every 6 months, rules.report_interval).
import type { Contract, PeriodicReport } from './types.js';
import { addDuration } from './dates.js';

/** The report as recorded: the period runs on from the last report (or the contract) to the report's day. */
export function buildReport(
  contract: Contract,
  a: Partial<PeriodicReport>,
  worker: string | undefined,
  today: string,
): PeriodicReport {
  const last = contract.reports
    ?.map((r) => r.to)
    .sort()
    .at(-1);
  const date = a.date ?? today;
  return {
    date,
    from: a.from ?? (last ? addDuration(last, { amount: 1, unit: 'd' }) : contract.concluded),
    to: a.to ?? date,
    worker: a.worker ?? worker ?? contract.worker,
    ...(a.recipient ? { recipient: a.recipient } : {}),
    ...(a.acquainted ? { acquainted: a.acquainted } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}
