// spis check: every record against its schema, then the cross-record rules. Silent and exit 0
// when all is well. It also removes what dead writers left (their temp files hold client data)
// and reports a change a dead writer left half done.
import type { Context } from '../context.js';
import { out, err } from '../context.js';
import type { ExitCode, Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import { findRepoRoot, readConfig } from '../store/repo.js';
import { assertCaseId, caseEntryProblems, listCaseDirs, loadCase, locateCase } from '../store/case-store.js';
import { sweepLeftovers, writableDirs } from '../store/atomic.js';
import { pendingProblems } from '../store/lock.js';
import { checkCase } from '../check/rules.js';
import { formatProblems, problemToJson } from '../ui/problems.js';

/** Checks the repository, or only the given cases (and spis.yaml) – e.g. the cases a push changes. */
export function checkRepository(root: string, today: string, only?: string[]): Problem[] {
  const { config, problems } = readConfig(root);
  if (problems.length > 0 || !config) return problems;
  const repo = { root };
  const all: Problem[] = [...pendingProblems(root)];
  if (only && only.length > 0) {
    for (const id of only) {
      assertCaseId(id);
      all.push(...checkCase({ config, kase: loadCase(repo, id, locateCase(repo, id)), today }));
    }
    return all;
  }
  all.push(...caseEntryProblems(repo));
  for (const { id, location } of listCaseDirs(repo, ['clients', 'archive'])) {
    all.push(...checkCase({ config, kase: loadCase(repo, id, location), today }));
  }
  return all;
}

export async function runCheck(ctx: Context, ids: string[], opts: { json?: boolean }): Promise<ExitCode> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // Temp files of dead writers hold client data and are of no use to anyone: away with them.
  const swept = sweepLeftovers(root, writableDirs(root));
  if (swept.length > 0) err(ctx, t('store.swept', { count: swept.length }));
  const problems = checkRepository(root, ctx.today, ids);
  if (opts.json) {
    out(ctx, JSON.stringify(problems.map((p) => problemToJson(p, ctx.lang)), null, 2));
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length === 0) return 0;
  ctx.io.stdout.write(formatProblems(problems, ctx.lang, ctx.color));
  const fileCount = new Set(problems.map((p) => p.file)).size;
  err(ctx, `\n${t('check.summary', { count: problems.length, files: fileCount })}`);
  return 1;
}
