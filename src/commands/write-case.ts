// The one way commands change a case: build the new records, check the whole case as it would
// be (schemas and cross-record rules), and only then write every changed file at once.
import { SpisError, type Problem } from '../problems.js';
import type { Client, ContactRecord, Contract, Goals, RecordKind, Termination } from '../domain/types.js';
import { checkCase } from '../check/rules.js';
import type { Repo } from '../store/repo.js';
import {
  CASE_FILES,
  CONTACTS_DIR,
  CONTACT_FILE_RE,
  commitChanges,
  createCaseFolder,
  prepareRecord,
  schemaRelPath,
  type ContactFile,
  type LoadedCase,
  type RecordFile,
} from '../store/case-store.js';
import { parseYaml, stringifyNew } from '../store/yaml-file.js';
import { relocateToInput, type PathMap, type ScriptedInput } from './input.js';
import type { FileChange } from '../store/atomic.js';
import type { ParsedYaml } from '../store/yaml-file.js';

export interface CaseChanges {
  client?: Client;
  contract?: Contract;
  goals?: Goals;
  termination?: Termination;
  newContact?: { name: string; data: ContactRecord };
}

function prospective<T>(rel: string, kind: RecordKind, data: T): RecordFile<T> {
  const parsed = parseYaml(stringifyNew(JSON.parse(JSON.stringify(data)), schemaRelPath(kind, rel)), rel);
  return { file: rel, parsed, data };
}

/** The case as it would be after the changes, for checking before anything is written. */
export function withChanges(kase: LoadedCase, ch: CaseChanges): LoadedCase {
  const next: LoadedCase = { ...kase, contacts: [...kase.contacts], problems: [], strayFiles: [] };
  const rel = (f: string): string => `${kase.dir}/${f}`;
  if (ch.client) next.client = prospective(rel(CASE_FILES.client), 'client', ch.client);
  if (ch.contract) next.contract = prospective(rel(CASE_FILES.contract), 'contract', ch.contract);
  if (ch.goals) next.goals = prospective(rel(CASE_FILES.goals), 'goals', ch.goals);
  if (ch.termination) next.termination = prospective(rel(CASE_FILES.termination), 'termination', ch.termination);
  if (ch.newContact) {
    const { name, data } = ch.newContact;
    const m = CONTACT_FILE_RE.exec(name);
    const file: ContactFile = { ...prospective(rel(`${CONTACTS_DIR}/${name}`), 'contact', data), name, nameDate: m ? m[1] : '' };
    next.contacts = [...next.contacts, file].sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  for (const f of [next.client, next.contract, next.goals, next.termination, ...next.contacts]) {
    if (f && f.parsed.problems.length) next.problems.push(...f.parsed.problems);
  }
  return next;
}

export interface WriteOptions {
  /** Scripted input, so problems point into it. */
  input?: ScriptedInput;
  /** Where a record field came from in the scripted input, when the two differ. */
  mapPath?: PathMap;
  /** Creates the case folder instead of changing an existing one. */
  create?: boolean;
}

export function writeCase(repo: Repo, today: string, kase: LoadedCase, ch: CaseChanges, opts: WriteOptions = {}): void {
  const rel = (f: string): string => `${kase.dir}/${f}`;
  const entries: { kind: RecordKind; data: unknown; rel: string; existing?: ParsedYaml }[] = [];
  if (ch.client) entries.push({ kind: 'client', data: ch.client, rel: rel(CASE_FILES.client), existing: kase.client?.parsed });
  if (ch.contract) entries.push({ kind: 'contract', data: ch.contract, rel: rel(CASE_FILES.contract), existing: kase.contract?.parsed });
  if (ch.goals) entries.push({ kind: 'goals', data: ch.goals, rel: rel(CASE_FILES.goals), existing: kase.goals?.parsed });
  if (ch.termination) entries.push({ kind: 'termination', data: ch.termination, rel: rel(CASE_FILES.termination), existing: kase.termination?.parsed });
  if (ch.newContact) entries.push({ kind: 'contact', data: ch.newContact.data, rel: rel(`${CONTACTS_DIR}/${ch.newContact.name}`) });

  // Each record against its schema first; then what the change would break across records.
  const problems: Problem[] = [];
  const changes: FileChange[] = [];
  for (const e of entries) {
    try {
      changes.push(prepareRecord(repo, e.rel, e.kind, e.data, opts.create ? undefined : e.existing));
    } catch (err) {
      if (err instanceof SpisError && err.key === 'store.invalid-record') problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length === 0) {
    const changed = new Set(entries.map((e) => e.rel));
    problems.push(...checkCase({ config: repo.config, kase: withChanges(kase, ch), today }).filter((p) => changed.has(p.file)));
  }
  if (problems.length > 0) {
    throw new SpisError('store.nothing-written', {}, 1, opts.input ? relocateToInput(problems, opts.input, opts.mapPath) : problems);
  }
  if (opts.create) {
    createCaseFolder(repo, kase.id, entries.map((e) => ({ rel: e.rel.slice(kase.dir.length + 1), kind: e.kind, data: e.data })));
  } else {
    commitChanges(repo, changes);
  }
}
