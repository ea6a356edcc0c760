// spis periodic-report, the application side: whether the case can have a report, and the report
// added to the contract's list.
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import type { Contract, PathSegment, PeriodicReport } from '../domain/types.js';
import { buildReport } from '../domain/periodic-report.js';
import { statusLabel } from '../ui/format.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import type { ScriptedInput } from './input.js';
import { recordWriter } from './worker.js';

export function assertReportable(kase: SoundCase): Contract {
  const c = kase.contract?.data;
  if (kase.client.data.status !== 'active' || !c)
    throw new SpisError('report-record.not-active', { id: kase.id, status: statusLabel(kase.client.data) });
  return c;
}

/** What the report writes into the case as it stands under the lock. */
export function periodicReportWrite(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  a: Partial<PeriodicReport>,
  input: ScriptedInput | undefined,
) {
  const c = assertReportable(kase);
  const report = buildReport(c, a, recordWriter(ctx, repo, kase.client.data, a.date ?? ctx.today), ctx.today);
  const reports = [...(c.reports ?? []), report];
  const index = reports.length - 1;
  return {
    changes: { contract: { ...c, reports } },
    opts: {
      input,
      mapPath: (segs: PathSegment[]) => (segs[0] === 'reports' && segs[1] === index ? segs.slice(2) : segs),
    },
    result: undefined,
  };
}
