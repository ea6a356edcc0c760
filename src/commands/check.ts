// spis check: every record against its schema, then the cross-record rules. Silent and exit 0
// when all is well. It also removes what dead writers left (their temp files hold client data)
// and reports a change a dead writer left half done.
import type { Context } from '../context.js';
import { out, err } from '../context.js';
import { SpisError, type ExitCode, type Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, findRepoRoot, readConfig } from '../store/repo.js';
import { assertCaseId, caseDirRel, locateCase, scanCases, templateLinkProblems } from '../store/case-store.js';
import { readCache, writeCache } from '../store/stamp-cache.js';
import { sweepLeftovers, TOP_LEVEL_DIRS } from '../store/atomic.js';
import { pendingProblems } from '../store/lock.js';
import { workLeftovers } from '../store/atomic.js';
import { checkCases, perCase, type CleanEntry } from '../check/cases.js';
import { acrossThreads } from '../store/threads.js';
import { FORMAT, formatOf, hasSchemas, staleSchemas } from '../store/upgrade.js';
import { formatProblems, problemToJson } from '../ui/problems.js';

/**
 * The report: a change left half done, then what does not belong in archive/, clients/ and
 * templates/ (a whole check only; in that order of paths), then each case's problems in case order.
 */
function report(root: string, whole: boolean, entries: Problem[], perCase: Problem[][]): Problem[] {
  return [
    ...pendingProblems(root),
    ...keptCopies(root),
    ...(whole ? [...entries, ...templateLinkProblems({ root })] : []),
    ...perCase.flat(),
  ];
}

/** Copies of records kept in .spis-tmp/ for the worker (a refused spis edit): by path, never their content. */
function keptCopies(root: string): Problem[] {
  return workLeftovers(root).kept.map((file) => ({ code: 'kept-copy' as const, file, params: { file } }));
}

/** Checks the repository, or only the given cases (and spis.yaml) – e.g. the cases a push changes. */
export function checkRepository(
  root: string,
  today: string,
  only?: string[],
  loaded: ReturnType<typeof readConfig> = readConfig(root),
): Problem[] {
  const { config, problems } = loaded;
  if (problems.length > 0 || !config) return problems;
  const repo = { root };
  if (only && only.length > 0) {
    const cases = only.map((id) => (assertCaseId(id), { id, location: locateCase(repo, id) }));
    return report(root, false, [], checkCases(root, today, config, cases).problems);
  }
  const scan = scanCases(repo, ['clients', 'archive']);
  return report(root, true, scan.problems, checkCases(root, today, config, scan.cases).problems);
}

/** The whole repository's check, spread over threads (store/threads.ts); cases clean and unchanged since the last check are only read (check/cases.ts). */
async function checkAll(
  root: string,
  today: string,
  env: NodeJS.ProcessEnv,
  loaded: ReturnType<typeof readConfig>,
  useCache: boolean,
): Promise<{ problems: Problem[]; swept: number; skipped?: number; cases?: number }> {
  const { config, problems } = loaded;
  if (problems.length > 0 || !config) return { problems, swept: 0 };
  const { cases, problems: entries } = scanCases({ root }, ['clients', 'archive']);
  // spis.yaml decides what the rules say: another spis.yaml, no clean case from before counts.
  const context =
    useCache && config.cache !== false
      ? createHash('sha1')
          .update(readFileSync(join(root, CONFIG_FILE)))
          .digest('hex')
      : undefined;
  const known = context ? readCache<CleanEntry>(root, 'check.json', context) : undefined;
  // One result per case: its problems, its fingerprint if clean, and the leftovers its thread removed (counted on its first case).
  const results = await acrossThreads(
    cases,
    env,
    new URL('../check/worker.js', import.meta.url),
    { root, today, known },
    (share) => perCase(checkCases(root, today, config, share, known)),
  );
  if (context) {
    const next: Record<string, CleanEntry> = {};
    cases.forEach((c, i) => {
      const fp = results[i]!.clean;
      const key = caseDirRel(c.id, c.location);
      const was = known?.[key]?.value;
      // Clean on a day means clean on every later one: the earliest such day is kept.
      if (fp) next[key] = { value: { fp, today: was?.fp === fp && was.today < today ? was.today : today } };
    });
    writeCache(root, 'check.json', next, context);
  }
  return {
    problems: report(
      root,
      true,
      entries,
      results.map((c) => c.problems),
    ),
    swept: results.reduce((n, c) => n + c.swept, 0),
    ...(context ? { skipped: results.filter((c) => c.skipped).length, cases: cases.length } : {}),
  };
}

export async function runCheck(
  ctx: Context,
  ids: string[],
  opts: { json?: boolean; cache?: boolean },
): Promise<ExitCode> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // Temp files of dead writers hold client data and are of no use to anyone: away with them
  // (here at the top; in each case folder by the thread that checks it).
  let swept = sweepLeftovers(root, TOP_LEVEL_DIRS).length;
  const loaded = readConfig(root);
  let problems: Problem[];
  if (ids.length > 0) problems = checkRepository(root, ctx.today, ids, loaded);
  else {
    const all = await checkAll(root, ctx.today, ctx.io.env, loaded, opts.cache !== false);
    problems = all.problems;
    swept += all.swept;
    if (ctx.io.env.SPIS_CACHE_STATS && all.cases !== undefined) err(ctx, `check-cache: ${all.skipped}/${all.cases}`);
  }
  if (swept > 0) err(ctx, t('store.swept', { count: swept }));
  // Behind the tool: the editor validates against stale schemas, or records wait for a migration.
  const { config } = loaded;
  if (config && formatOf(config) < FORMAT)
    err(ctx, t('upgrade.format-behind', { format: formatOf(config), to: FORMAT }));
  if (!hasSchemas(root)) err(ctx, t('upgrade.schemas-missing'));
  else {
    const stale = staleSchemas(root);
    if (stale.length) err(ctx, t('upgrade.schemas-stale', { files: stale.join(', ') }));
  }
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
