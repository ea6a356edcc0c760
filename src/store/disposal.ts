// The records of disposal (skartace), kept in the repository's service-level folder disposal/:
// one file per `spis purge`, committed with it – which cases were destroyed (or, under the
// state archive's disposal procedure, proposed), when, by whom, under which rule, and the years
// their files covered. Never a name or any other value of a client. The destroyed ones are the
// repository's tombstones: every sync honours them on both sides (sync.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { load, CORE_SCHEMA } from 'js-yaml';
import { git } from './git.js';
import { loadCase } from './case-store.js';
import { rulesOf } from '../domain/config.js';
import type { Repo } from './repo.js';

export const DISPOSAL_DIR = 'disposal';
const NAME_RE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]{4})\.yaml$/;

export interface DisposalCase {
  id: string;
  /** The year the file was opened (the application). */
  from?: number;
  /** The year the service ended (termination or refusal). */
  to?: number;
  /** The last day of retention. */
  until: string;
}

export interface DisposalRecord {
  /** destroyed: the cases were deleted; proposed: listed for the state archive's disposal procedure. */
  kind: 'destroyed' | 'proposed';
  date: string;
  worker?: string;
  rule: { retention_years: number; disposal: string };
  cases: DisposalCase[];
}

export interface StoredDisposal extends DisposalRecord {
  /** The record's id: its file name without .yaml (2026-12-03-k4m2). */
  id: string;
  file: string;
}

export function newDisposalName(date: string): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const suffix = [...randomBytes(4)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${date}-${suffix}.yaml`;
}

/** The record's text: plain YAML with a Czech note on top (no personal value in it, by construction). */
export function disposalText(r: DisposalRecord): string {
  const lines = [
    '# Záznam o skartaci (spis purge): čísla spisů, roky, pravidlo, datum a pracovník – žádné osobní údaje.',
    `kind: ${r.kind}`,
    `date: ${r.date}`,
    ...(r.worker ? [`worker: ${r.worker}`] : []),
    'rule:',
    `  retention_years: ${r.rule.retention_years}`,
    `  disposal: ${r.rule.disposal}`,
    'cases:',
    ...r.cases.flatMap((c) => [
      `  - id: ${c.id}`,
      ...(c.from ? [`    from: ${c.from}`] : []),
      ...(c.to ? [`    to: ${c.to}`] : []),
      `    until: ${c.until}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

function parseRecord(text: string): DisposalRecord | undefined {
  try {
    const d = load(text, { schema: CORE_SCHEMA }) as Partial<DisposalRecord> | undefined;
    if (
      !d ||
      (d.kind !== 'destroyed' && d.kind !== 'proposed') ||
      typeof d.date !== 'string' ||
      !Array.isArray(d.cases)
    )
      return undefined;
    const cases = d.cases
      .filter((c): c is DisposalCase => !!c && typeof c.id === 'string' && /^\d{4}-\d{4}$/.test(c.id))
      .map((c) => ({ ...c, until: String(c.until ?? '') }));
    return {
      kind: d.kind,
      date: d.date,
      worker: typeof d.worker === 'string' ? d.worker : undefined,
      rule: { retention_years: Number(d.rule?.retention_years ?? 0), disposal: String(d.rule?.disposal ?? '') },
      cases,
    };
  } catch {
    return undefined;
  }
}

/** The disposal records in the work tree, oldest first; `bad` names files that are not one. */
export function readDisposals(root: string): { records: StoredDisposal[]; bad: string[] } {
  let names: string[];
  try {
    names = readdirSync(join(root, DISPOSAL_DIR))
      .filter((n) => n.endsWith('.yaml'))
      .sort();
  } catch {
    return { records: [], bad: [] };
  }
  const records: StoredDisposal[] = [];
  const bad: string[] = [];
  for (const name of names) {
    const file = `${DISPOSAL_DIR}/${name}`;
    let text = '';
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      bad.push(file);
      continue;
    }
    const r = NAME_RE.test(name) ? parseRecord(text) : undefined;
    if (r) records.push({ ...r, id: name.slice(0, -5), file });
    else bad.push(file);
  }
  return { records, bad };
}

/** The disposal record that destroyed a case, if `spis purge` did. */
export function destroyedIn(root: string, id: string): StoredDisposal | undefined {
  return readDisposals(root).records.find((r) => r.kind === 'destroyed' && r.cases.some((c) => c.id === id));
}

/** The case ids destroyed by `spis purge`, as the work tree's records say. */
export function tombstones(root: string): Set<string> {
  return new Set(
    readDisposals(root)
      .records.filter((r) => r.kind === 'destroyed')
      .flatMap((r) => r.cases.map((c) => c.id)),
  );
}

/** The same, as a commit's tree says (the remote's, before it is taken in). */
export function tombstonesAt(root: string, rev: string): Set<string> {
  const out = new Set<string>();
  const ls = git(root, ['ls-tree', '-z', '--name-only', `${rev}:${DISPOSAL_DIR}`]);
  if (ls.status !== 0) return out;
  for (const name of ls.stdout.split('\0').filter((n) => NAME_RE.test(n))) {
    const show = git(root, ['show', `${rev}:${DISPOSAL_DIR}/${name}`]);
    const r = show.status === 0 ? parseRecord(show.stdout) : undefined;
    if (r?.kind === 'destroyed') for (const c of r.cases) out.add(c.id);
  }
  return out;
}

/** The folders a tombstoned case may have had. */
export function casePaths(ids: Iterable<string>): string[] {
  return [...ids].flatMap((id) => [`clients/${id}`, `archive/${id}`]);
}

/** What the disposal record says of each case: its id, the years its file covered and its last day of retention – nothing of the person. */
export function disposalRecord(
  repo: Repo,
  chosen: { id: string; until: string }[],
  kind: DisposalRecord['kind'],
  today: string,
  worker: string | undefined,
): DisposalRecord {
  const rules = rulesOf(repo.config);
  const year = (d: string | undefined): number | undefined =>
    d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : undefined;
  const cases = chosen.map(({ id, until }) => {
    const k = loadCase(repo, id, 'archive');
    const client = k.client?.data;
    const ended = k.termination?.data?.date ?? client?.refusal?.date;
    return { id, from: year(client?.applied), to: year(ended), until };
  });
  return {
    kind,
    date: today,
    worker,
    rule: { retention_years: rules.retention_years, disposal: rules.disposal ?? 'delete' },
    cases,
  };
}
