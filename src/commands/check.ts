// spis check: every record against its schema, then the cross-record rules. Silent and exit 0
// when all is well. It also removes what dead writers left (their temp files hold client data)
// and reports a change a dead writer left half done.
import { availableParallelism } from 'node:os';
import type { Context } from '../context.js';
import { out, err } from '../context.js';
import type { ExitCode, Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import { findRepoRoot, readConfig } from '../store/repo.js';
import { assertCaseId, locateCase, scanCases, templateLinkProblems } from '../store/case-store.js';
import { sweepLeftovers, TOP_LEVEL_DIRS } from '../store/atomic.js';
import { pendingProblems } from '../store/lock.js';
import { checkCases, type CaseShare } from '../check/cases.js';
import { formatProblems, problemToJson } from '../ui/problems.js';

/**
 * The report: a change left half done, then what does not belong in archive/, clients/ and
 * templates/ (a whole check only; in that order of paths), then each case's problems in case order.
 */
function report(root: string, whole: boolean, entries: Problem[], perCase: Problem[][]): Problem[] {
  return [...pendingProblems(root), ...(whole ? [...entries, ...templateLinkProblems({ root })] : []), ...perCase.flat()];
}

/** Checks the repository, or only the given cases (and spis.yaml) – e.g. the cases a push changes. */
export function checkRepository(root: string, today: string, only?: string[]): Problem[] {
  const { config, problems } = readConfig(root);
  if (problems.length > 0 || !config) return problems;
  const repo = { root };
  if (only && only.length > 0) {
    const cases = only.map((id) => (assertCaseId(id), { id, location: locateCase(repo, id) }));
    return report(root, false, [], checkCases(root, today, config, cases).problems);
  }
  const scan = scanCases(repo, ['clients', 'archive']);
  return report(root, true, scan.problems, checkCases(root, today, config, scan.cases).problems);
}

/** Below this many cases a thread costs more than it saves. */
const THREADS_FROM = 400;

/**
 * The whole repository's check, spread over threads (one per core, at most four; the main
 * thread takes a share too): case i goes to thread i mod n, and the problems come back in case
 * order, exactly as one thread reports them. Threads need the built files (a worker runs
 * JavaScript); SPIS_CHECK_THREADS=1 turns them off.
 */
async function checkAll(root: string, today: string, env: NodeJS.ProcessEnv): Promise<{ problems: Problem[]; swept: number }> {
  const { config, problems } = readConfig(root);
  if (problems.length > 0 || !config) return { problems, swept: 0 };
  const { cases, problems: entries } = scanCases({ root }, ['clients', 'archive']);
  const wanted = Number(env.SPIS_CHECK_THREADS);
  const fromSource = import.meta.url.endsWith('.ts');
  const threads = fromSource || cases.length < THREADS_FROM ? 1 : Math.min(4, Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism());
  const shares = Array.from({ length: threads }, (_, k) => cases.filter((_, i) => i % threads === k));
  const { Worker } = threads > 1 ? await import('node:worker_threads') : { Worker: undefined };
  const others = shares.slice(1).map(
    (share) =>
      new Promise<CaseShare>((resolve, reject) => {
        const w = new Worker!(new URL('../check/worker.js', import.meta.url), { workerData: { root, today, cases: share } });
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`check worker exited with ${code}`))));
      }),
  );
  const mine = checkCases(root, today, config, shares[0]);
  const results = [mine, ...(await Promise.all(others))];
  const perCase = cases.map((_, i) => results[i % threads].problems[Math.floor(i / threads)]);
  return { problems: report(root, true, entries, perCase), swept: results.reduce((n, r) => n + r.swept, 0) };
}

export async function runCheck(ctx: Context, ids: string[], opts: { json?: boolean }): Promise<ExitCode> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // Temp files of dead writers hold client data and are of no use to anyone: away with them
  // (here at the top; in each case folder by the thread that checks it).
  let swept = sweepLeftovers(root, TOP_LEVEL_DIRS).length;
  let problems: Problem[];
  if (ids.length > 0) problems = checkRepository(root, ctx.today, ids);
  else {
    const all = await checkAll(root, ctx.today, ctx.io.env);
    problems = all.problems;
    swept += all.swept;
  }
  if (swept > 0) err(ctx, t('store.swept', { count: swept }));
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
