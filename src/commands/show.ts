// spis show: one case at a glance.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { checkCase } from '../check/rules.js';
import { caseJson, renderCase } from '../ui/case-view.js';
import { openRepo, logAccess, loadCase } from '../store/index.js';

export async function runShow(ctx: Context, id: string, opts: { json?: boolean }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCase(repo, id);
  logAccess(repo.root, ctx.io.env, repo.config, 'show', [kase.id]);
  const problems = checkCase({ config: repo.config, kase, today: ctx.today });
  out(ctx, opts.json ? caseJson(kase) : renderCase(kase, repo.config, ctx));
  if (problems.length > 0) throw new SpisError('show.has-problems', { count: problems.length }, 1, problems);
  return 0;
}
