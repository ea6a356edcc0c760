// spis check: every record against its schema, then the cross-record rules. Silent and exit 0
// when all is well. What dead writers left (their temp files hold client data) it notes for the
// next writer to remove under its lock; a change a dead writer left half done it reports.
import type { Context } from '../context.js';
import { out, err } from '../context.js';
import { SpisError, type ExitCode, type Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { checkAll, checkWithLeftovers } from '../check/repository.js';
import { formatProblems, problemToJson } from '../ui/problems.js';
import {
  findRepoRoot,
  readConfig,
  deadLeftovers,
  noteLeftovers,
  TOP_LEVEL_DIRS,
  FORMAT,
  formatOf,
  hasSchemas,
  staleSchemas,
} from '../store/index.js';

/** Behind the tool: the editor validates against stale schemas, or records wait for a migration. */
function behindTheTool(root: string, config: SpisConfig | undefined): string[] {
  const notes: string[] = [];
  if (config && formatOf(config) < FORMAT)
    notes.push(t('upgrade.format-behind', { format: formatOf(config), to: FORMAT }));
  if (!hasSchemas(root)) notes.push(t('upgrade.schemas-missing'));
  else {
    const stale = staleSchemas(root);
    if (stale.length) notes.push(t('upgrade.schemas-stale', { files: stale.join(', ') }));
  }
  return notes;
}

export async function runCheck(
  ctx: Context,
  ids: string[],
  opts: { json?: boolean; cache?: boolean },
): Promise<ExitCode> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const loaded = readConfig(root);
  let problems: Problem[];
  // Temp files of dead writers hold client data and are of no use to anyone. check only finds
  // them (at the top; in each case folder the thread that checks it) and notes where; the next
  // writer removes them under its lock.
  const leftovers = deadLeftovers(root, TOP_LEVEL_DIRS);
  if (ids.length > 0) {
    const some = checkWithLeftovers(root, ctx.today, ids, loaded);
    problems = some.problems;
    leftovers.push(...some.leftovers);
  } else {
    const all = await checkAll(root, ctx.today, ctx.io.env, loaded, opts.cache !== false);
    problems = all.problems;
    leftovers.push(...all.leftovers);
    if (ctx.io.env.SPIS_CACHE_STATS && all.cases !== undefined) err(ctx, `check-cache: ${all.skipped}/${all.cases}`);
  }
  if (leftovers.length > 0) {
    noteLeftovers(root, leftovers);
    err(ctx, t('store.leftovers-noted', { count: leftovers.length }));
  }
  for (const note of behindTheTool(root, loaded.config)) err(ctx, note);
  if (opts.json) {
    out(
      ctx,
      JSON.stringify(
        problems.map((p) => problemToJson(p, ctx.lang)),
        null,
        2,
      ),
    );
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length === 0) return 0;
  ctx.io.stdout.write(formatProblems(problems, ctx.lang, ctx.color));
  // The problems are check's report (stdout); the count is its failure, said by cli.ts.
  ctx.io.stderr.write('\n');
  throw new SpisError('check.summary', { count: problems.length, files: new Set(problems.map((p) => p.file)).size });
}
