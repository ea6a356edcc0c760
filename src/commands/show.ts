// spis show: one case at a glance, with the group activities of the register that name it.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { checkCase } from '../check/rules.js';
import { caseActivities } from '../app/group.js';
import { caseJson, renderCase } from '../ui/case-view.js';
import { openRepo, logAccess, loadCase } from '../store/index.js';

export async function runShow(ctx: Context, id: string, opts: { json?: boolean }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCase(repo, id);
  logAccess(repo.root, ctx.io.env, repo.config, 'show', [kase.id]);
  const groups = caseActivities(repo, kase.id);
  const problems = [...checkCase({ config: repo.config, kase, today: ctx.today }), ...groups.problems];
  out(ctx, opts.json ? caseJson(kase, groups.activities) : renderCase(kase, repo.config, ctx, groups.activities));
  if (problems.length > 0) throw new SpisError('show.has-problems', { count: problems.length }, 1, problems);
  return 0;
}
