// The check of a repository: every record against its schema, then the cross-record rules – the
// whole repository spread over threads with the clean cases' cache, or only the given cases (and
// spis.yaml), e.g. those a push changes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.js';
import { CONFIG_FILE, readConfig } from '../store/repo.js';
import { assertCaseId, locateCase, scanCases, templateLinkProblems } from '../store/case-store.js';
import { pendingProblems } from '../store/lock.js';
import { workLeftovers } from '../store/atomic.js';
import { readCases } from '../store/case-reader.js';
import { checkCases, readCheckCases } from './cases.js';
import { checkRegisters } from './registers.js';
import { caseDirRel, listCaseDirs } from '../store/case-store.js';
import { readRecord } from '../store/read-yaml.js';
import { CASE_FILES } from '../store/repo-root.js';
import type { Client, SpisConfig } from '../domain/types.js';
import type { CaseLocation } from '../store/case-store.js';
import { brokenLinks, caseKnown } from './links.js';

/**
 * The report: a change left half done, then what does not belong in archive/, clients/ and
 * templates/ (a whole check only; in that order of paths), then each case's problems in case order,
 * then the service's registers (complaints/, …).
 */
function report(
  root: string,
  whole: boolean,
  entries: Problem[],
  perCase: Problem[][],
  registers: Problem[],
): Problem[] {
  return [
    ...pendingProblems(root),
    ...keptCopies(root),
    ...(whole ? [...entries, ...templateLinkProblems({ root })] : []),
    ...perCase.flat(),
    ...registers,
  ];
}

/** The cases of the repository, where each is. */
function caseLocations(root: string): Map<string, CaseLocation> {
  return new Map(listCaseDirs({ root }, ['clients', 'archive']).map((c) => [c.id, c.location]));
}

/** The registers checked against every case in the repository (a link to a case gone is reported). */
function registers(
  root: string,
  today: string,
  config: SpisConfig,
  where: Map<string, CaseLocation>,
): ReturnType<typeof checkRegisters> {
  // A case's household members, read only for the register records that name them (a broken
  // client.yaml is the case's own problem, reported by its check: here it knows no member).
  const household = (id: string): readonly string[] | undefined => {
    const location = where.get(id);
    if (!location) return undefined;
    const client = readRecord<Client>({ root }, `${caseDirRel(id, location)}/${CASE_FILES.client}`, 'client', []);
    return client?.data ? (client.data.household ?? []).map((m) => m.id) : undefined;
  };
  return checkRegisters(root, { config, cases: new Set(where.keys()), household, today });
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
  const where = caseLocations(root);
  const known = caseKnown(root, new Set(where.keys()));
  const perCase = share.problems.map((p, i) => [...p, ...brokenLinks(share.links[i] ?? [], known)]);
  const regs = registers(root, today, config, where);
  return {
    problems: report(root, whole, scan.problems, perCase, regs.problems),
    leftovers: [...share.leftovers, ...regs.leftovers],
  };
}

/** The whole repository's check, spread over threads (store/case-reader.ts); cases clean and unchanged since the last check are only read (check/cases.ts). */
export async function checkAll(
  root: string,
  today: string,
  env: NodeJS.ProcessEnv,
  loaded: ReturnType<typeof readConfig>,
  useCache: boolean,
): Promise<{ problems: Problem[]; leftovers: string[]; skipped?: number; cases?: number }> {
  const { config, problems } = loaded;
  if (problems.length > 0 || !config) return { problems, leftovers: [] };
  // spis.yaml decides what the rules say: another spis.yaml, no clean case from before counts.
  const context =
    useCache && config.cache !== false
      ? createHash('sha1')
          .update(readFileSync(join(root, CONFIG_FILE)))
          .digest('hex')
      : undefined;
  const read = await readCases(root, {
    locations: ['clients', 'archive'],
    ...(context ? { cache: { kind: 'fingerprinted', name: 'check.json', context } as const } : {}),
    read: readCheckCases,
    thread: { module: new URL('./cases.js', import.meta.url), name: 'readCheckCases' },
    data: { root, today, config },
    env,
  });
  const outcomes = read.cases.map((c) => c.outcome);
  const where = caseLocations(root);
  const known = caseKnown(root, new Set(where.keys()));
  const regs = registers(root, today, config, where);
  return {
    problems: report(
      root,
      true,
      read.problems,
      outcomes.map((c) => [...c.problems, ...brokenLinks(c.links, known)]),
      regs.problems,
    ),
    leftovers: [...outcomes.flatMap((c) => c.leftovers), ...regs.leftovers],
    ...(context ? { skipped: outcomes.filter((c) => c.skipped).length, cases: outcomes.length } : {}),
  };
}
