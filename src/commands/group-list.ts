// spis group list: the group activities – the year's (or all), or one case's – as a table with the
// year's totals, or --json: "how many group activities and participants".
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { groupCases } from '../domain/group.js';
import { readGroups } from '../app/group.js';
import { groupsTable } from '../ui/group.js';
import { logAccess, openRepo } from '../store/index.js';

export async function runGroupList(
  ctx: Context,
  opts: { year?: string; case?: string; json?: boolean },
): Promise<ExitCode> {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
    throw usageError('complaint.bad-year', { value: opts.year });
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const list = readGroups(repo)
    .records.map((r) => r.data)
    .filter((g) => opts.year === undefined || g.date.startsWith(`${opts.year}-`))
    .filter((g) => opts.case === undefined || groupCases(g).includes(opts.case));
  // The register names the cases that took part: who read it is logged, as for a case.
  logAccess(repo.root, ctx.io.env, repo.config, 'group list', [...new Set(list.flatMap(groupCases))]);
  out(ctx, opts.json ? JSON.stringify(list, null, 2) : groupsTable(repo.config, list, ctx));
  return 0;
}
