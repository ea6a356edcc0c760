// spis incident list: the service's incidents register – the year's (or all), open ones, those that
// concerned children – as a table or --json: "which incidents involved children and who was informed".
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { incidentCases } from '../domain/incident.js';
import { readIncidents } from '../app/incident.js';
import { incidentsTable } from '../ui/incident.js';
import { logAccess, openRepo } from '../store/index.js';

export async function runIncidentList(
  ctx: Context,
  opts: { year?: string; open?: boolean; children?: boolean; json?: boolean },
): Promise<ExitCode> {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
    throw usageError('complaint.bad-year', { value: opts.year });
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const list = readIncidents(repo)
    .records.map((r) => r.data)
    .filter((i) => opts.year === undefined || i.date.startsWith(`${opts.year}-`))
    .filter((i) => !opts.open || !i.closed)
    .filter((i) => !opts.children || i.children === true);
  // The register names the cases its incidents concern: who read it is logged, as for a case.
  logAccess(repo.root, ctx.io.env, repo.config, 'incident list', [...new Set(list.flatMap(incidentCases))]);
  out(ctx, opts.json ? JSON.stringify(list, null, 2) : incidentsTable(repo.config, list, ctx));
  return 0;
}
