// The check of a repository: every record against its schema, then the cross-record rules – the
// whole repository spread over threads with the clean cases' cache, or only the given cases (and
// spis.yaml), e.g. those a push changes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.js';
import { CONFIG_FILE, readConfig } from '../store/repo.js';
import { assertCaseId, caseDirRel, locateCase, scanCases, templateLinkProblems } from '../store/case-store.js';
import { readCache, writeCache } from '../store/stamp-cache.js';
import { pendingProblems } from '../store/lock.js';
import { workLeftovers } from '../store/atomic.js';
import { acrossThreads } from '../store/threads.js';
import { checkCases, perCase, type CleanEntry } from './cases.js';

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
  return checkWithLeftovers(root, today, only, loaded).problems;
}

/** The same, with what dead writers left in the cases' folders (for the next writer to remove). */
export function checkWithLeftovers(
  root: string,
  today: string,
  only: string[] | undefined,
  loaded: ReturnType<typeof readConfig>,
): { problems: Problem[]; leftovers: string[] } {
  const { config, problems } = loaded;
  if (problems.length > 0 || !config) return { problems, leftovers: [] };
  const repo = { root };
  const whole = !only || only.length === 0;
  const scan = whole
    ? scanCases(repo, ['clients', 'archive'])
    : { cases: only.map((id) => (assertCaseId(id), { id, location: locateCase(repo, id) })), problems: [] };
  const share = checkCases(root, today, config, scan.cases);
  return { problems: report(root, whole, scan.problems, share.problems), leftovers: share.leftovers };
}

/** The whole repository's check, spread over threads (store/threads.ts); cases clean and unchanged since the last check are only read (check/cases.ts). */
export async function checkAll(
  root: string,
  today: string,
  env: NodeJS.ProcessEnv,
  loaded: ReturnType<typeof readConfig>,
  useCache: boolean,
): Promise<{ problems: Problem[]; leftovers: string[]; skipped?: number; cases?: number }> {
  const { config, problems } = loaded;
  if (problems.length > 0 || !config) return { problems, leftovers: [] };
  const { cases, problems: entries } = scanCases({ root }, ['clients', 'archive']);
  // spis.yaml decides what the rules say: another spis.yaml, no clean case from before counts.
  const context =
    useCache && config.cache !== false
      ? createHash('sha1')
          .update(readFileSync(join(root, CONFIG_FILE)))
          .digest('hex')
      : undefined;
  const known = context ? readCache<CleanEntry>(root, 'check.json', context) : undefined;
  // One result per case: its problems, its fingerprint if clean, and the leftovers its thread found (on its first case).
  const results = await acrossThreads(
    cases,
    env,
    new URL('./worker.js', import.meta.url),
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
    leftovers: results.flatMap((c) => c.leftovers),
    ...(context ? { skipped: results.filter((c) => c.skipped).length, cases: cases.length } : {}),
  };
}
