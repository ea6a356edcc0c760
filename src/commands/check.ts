// spis check: every record against its schema, then the cross-record rules. Silent and exit 0
// when all is well.
import type { Context } from '../context.js';
import { out, err } from '../context.js';
import type { ExitCode, Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { findRepoRoot, readConfig } from '../store/repo.js';
import { listCaseDirs, loadCase, strayCaseEntries } from '../store/case-store.js';
import { checkCase } from '../check/rules.js';
import { formatProblems, problemToJson } from '../ui/problems.js';

export function checkRepository(root: string, today: string): Problem[] {
  const { configFile, problems } = readConfig(root);
  if (problems.length > 0) return problems;
  const config = configFile.data as unknown as SpisConfig;
  const repo = { root };
  const all: Problem[] = [];
  for (const file of strayCaseEntries(repo)) all.push({ code: 'stray-file', file, params: { file } });
  for (const { id, location } of listCaseDirs(repo, ['clients', 'archive'])) {
    all.push(...checkCase({ config, kase: loadCase(repo, id, location), today }));
  }
  return all;
}

export async function runCheck(ctx: Context, opts: { json?: boolean }): Promise<ExitCode> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const problems = checkRepository(root, ctx.today);
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
