// spis complaint list: the service's complaints register – the year's (or all), open ones only,
// as a table or --json – the answer to an inspection's "show me the complaints and how each was answered".
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { readComplaints } from '../app/complaint.js';
import { complaintsTable } from '../ui/complaint.js';
import { linkedCases } from '../domain/complaint.js';
import { logAccess, openRepo } from '../store/index.js';

export async function runComplaintList(
  ctx: Context,
  opts: { year?: string; open?: boolean; json?: boolean },
): Promise<ExitCode> {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
    throw usageError('complaint.bad-year', { value: opts.year });
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const list = readComplaints(repo)
    .records.map((r) => r.data)
    .filter((c) => opts.year === undefined || c.received.startsWith(`${opts.year}-`))
    .filter((c) => !opts.open || !c.reply);
  // The register names complainants and the cases they link to: who read it is logged, as for a case.
  logAccess(repo.root, ctx.io.env, repo.config, 'complaint list', [...new Set(list.flatMap(linkedCases))]);
  out(ctx, opts.json ? JSON.stringify(list, null, 2) : complaintsTable(repo.config, list, ctx));
  return 0;
}
