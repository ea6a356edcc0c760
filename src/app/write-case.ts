// The one way commands change a case: under the writer's lock, re-read the case, build the new
// records from it, check the whole case as it would be (schemas and cross-record rules), and
// only then write every changed file at once – and commit.
import { join } from 'node:path';
import { CASE_RECORD_KINDS } from '../domain/kinds.js';
import type { Context } from '../context.js';
import { SpisError, type Problem } from '../problems.js';
import type { Client, ContactRecord, Contract, Goals, RecordKind, Termination } from '../domain/types.js';
import { checkCase } from '../check/rules.js';
import { caseLinkProblems } from '../check/links.js';
import type { Repo } from '../store/repo.js';
import {
  CASE_FILES,
  CONTACTS_DIR,
  CONTACT_FILE_RE,
  loadCaseForEdit,
  prepareRecord,
  type ContactFile,
  type LoadedCase,
  type SoundCase,
  type PreparedRecord,
  type RecordFile,
} from '../store/case-store.js';
import { fromInput, relocateToInput, type PathMap, type ScriptedInput } from './input.js';
import type { ParsedYaml } from '../store/yaml-file.js';
import { withWriter, type Writer, type WriterIo, type WriterOptions } from '../store/writer.js';
import { serviceFolder, type ServiceFolderKind } from '../domain/kinds.js';
import type { ServiceFolder } from '../store/service-records.js';
import { validRecord } from '../store/validate.js';
import { listCaseDirs } from '../store/case-store.js';
import { registerProblems } from '../check/registers.js';

export function writerIo(ctx: Context): WriterIo {
  return { env: ctx.io.env, stderr: ctx.io.stderr, noCommit: ctx.noCommit };
}

/** Runs `fn` as the repository's one writer (lock, recovery, commit); see store/writer.ts. */
export function asWriter<T>(
  ctx: Context,
  repo: Pick<Repo, 'root' | 'config'>,
  command: string,
  fn: (w: Writer) => T | Promise<T>,
  opts: Omit<WriterOptions, 'config'> = {},
): Promise<T> {
  return withWriter(writerIo(ctx), repo.root, command, fn, { ...opts, config: repo.config });
}

/** What a command builds from the case as it stands under the lock. */
export interface CaseUpdate<T> {
  changes: CaseChanges;
  opts?: WriteOptions;
  result: T;
}

/**
 * Changes one case: takes the lock, loads the case afresh (it must be sound), lets `build` turn
 * it into changes, checks and writes them, commits. Another writer's change made in between –
 * another contact, a new goal – is in what `build` sees, so nothing is overwritten.
 */
export function updateCase<T>(
  ctx: Context,
  repo: Repo,
  id: string,
  command: string,
  build: (kase: SoundCase, w: Writer) => CaseUpdate<T>,
  writerOpts: Omit<WriterOptions, 'config'> = {},
): Promise<T> {
  return asWriter(
    ctx,
    repo,
    command,
    (w) => {
      w.cases([id]);
      // A conflict is settled wherever the case is now (a colleague may have archived it meanwhile).
      const kase = loadCaseForEdit(repo, id, command === 'conflict' ? { archived: 'allow' } : {});
      const { changes, opts, result } = build(kase, w);
      writeCase(w, repo, ctx.today, kase, changes, opts);
      return result;
    },
    writerOpts,
  );
}

export interface CaseChanges {
  client?: Client;
  contract?: Contract;
  goals?: Goals;
  termination?: Termination;
  newContact?: { name: string; data: ContactRecord };
}

/**
 * The case as it would be after the changes, for checking before anything is written. The
 * changed records carry the very text that will be written, so problems point into it; the
 * others are the loaded ones, untouched (and unparsed).
 */
function withChanges(kase: LoadedCase, ch: CaseChanges, prepared: PreparedRecord[]): LoadedCase {
  const record = <T>(
    data: T | undefined,
    current: RecordFile<T> | undefined,
    file: string,
  ): RecordFile<T> | undefined => {
    const p = data === undefined ? undefined : prepared.find((x) => x.rel === `${kase.dir}/${file}`);
    return p ? { file: p.rel, parsed: p.parsed, data: data as T } : current;
  };
  const next: LoadedCase = {
    ...kase,
    client: record(ch.client, kase.client, CASE_FILES.client),
    contract: record(ch.contract, kase.contract, CASE_FILES.contract),
    goals: record(ch.goals, kase.goals, CASE_FILES.goals),
    termination: record(ch.termination, kase.termination, CASE_FILES.termination),
    problems: [],
    strayFiles: kase.strayFiles,
  };
  if (ch.newContact) {
    const { name, data } = ch.newContact;
    const added = record(data, undefined, `${CONTACTS_DIR}/${name}`)!;
    const file: ContactFile = Object.assign(added, { name, nameDate: CONTACT_FILE_RE.exec(name)?.[1] ?? '' });
    next.contacts = [...kase.contacts, file].sort((a, b) => (a.name < b.name ? -1 : 1));
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

export function writeCase(
  w: Writer,
  repo: Repo,
  today: string,
  kase: LoadedCase,
  ch: CaseChanges,
  opts: WriteOptions = {},
): void {
  const rel = (f: string): string => `${kase.dir}/${f}`;
  const entries: { kind: RecordKind; data: unknown; rel: string; existing?: ParsedYaml }[] = [];
  for (const kind of CASE_RECORD_KINDS) {
    const data = ch[kind];
    if (data) entries.push({ kind, data, rel: rel(CASE_FILES[kind]), existing: kase[kind]?.parsed });
  }
  if (ch.newContact)
    entries.push({ kind: 'contact', data: ch.newContact.data, rel: rel(`${CONTACTS_DIR}/${ch.newContact.name}`) });

  // Each record against its schema first; then what the change would break across records.
  const problems: Problem[] = [];
  const prepared: PreparedRecord[] = [];
  for (const e of entries) {
    try {
      prepared.push(prepareRecord(repo, e.rel, e.kind, e.data, opts.create ? undefined : e.existing));
    } catch (err) {
      if (err instanceof SpisError && err.key === 'store.invalid-record') problems.push(...err.problems);
      else throw err;
    }
  }
  // Exactly what `check` would say of the case afterwards, in any of its files: a write never
  // leaves a case that check rejects (a changed contract can make the unchanged plan wrong).
  if (problems.length === 0) {
    const next = withChanges(kase, ch, prepared);
    problems.push(...checkCase({ config: repo.config, kase: next, today }), ...caseLinkProblems(repo.root, next));
  }
  if (problems.length > 0) refuse(problems, new Set(entries.map((e) => e.rel)), opts);
  if (opts.create) w.createFolder(join(repo.root, kase.dir), prepared);
  else w.write(prepared);
}

/** Nothing is written: the problems, each pointing into the --from input where the input wrote the record. */
function refuse(problems: Problem[], changed: ReadonlySet<string>, opts: WriteOptions): never {
  // A problem in a record the input wrote points into the input; one in another record, at that record.
  const input = opts.input;
  const located = input
    ? problems.map((p) => ({
        p: changed.has(p.file) ? relocateToInput([p], input, opts.mapPath)[0] : p,
        exact: !changed.has(p.file) || fromInput(p.path, input, opts.mapPath),
      }))
    : problems.map((p) => ({ p, exact: true }));
  // A problem of a record the input wrote only in part (a new goal in goals.yaml) that the input's
  // own record has too (the same goal in the contact's new_goals, where it is) is said there only.
  const said = new Set(located.filter((l) => l.exact).map((l) => `${l.p.code}:${String(l.p.params?.field ?? '')}`));
  const kept = located
    .filter((l) => l.exact || !said.has(`${l.p.code}:${String(l.p.params?.field ?? '')}`))
    .map((l) => l.p);
  // Two records missing the same input field (a one-off contact and its termination) are one problem of the input.
  const once = new Map(kept.map((p) => [`${p.file}:${p.line}:${p.col}:${p.code}:${JSON.stringify(p.params)}`, p]));
  throw new SpisError('store.nothing-written', {}, 1, [...once.values()]);
}

/**
 * Writes one record of a register (complaints/, …) under the writer's lock: checked against its
 * schema, then by the register's rules over the register as it would be (a link to a case not
 * there, a handler who is the worker complained about); only then written, all or nothing.
 */
export function writeRegister<K extends ServiceFolderKind>(
  w: Writer,
  repo: Repo,
  today: string,
  register: ServiceFolder<K>,
  id: string,
  data: unknown,
  opts: WriteOptions = {},
): void {
  const kind = register.kind;
  const rel = `${serviceFolder(kind)}/${id}.yaml`;
  const existing = register.records.find((r) => r.id === id);
  let prepared: PreparedRecord;
  try {
    prepared = prepareRecord(repo, rel, kind, data, existing?.parsed);
  } catch (err) {
    if (err instanceof SpisError && err.key === 'store.invalid-record') refuse(err.problems, new Set([rel]), opts);
    throw err;
  }
  const record = validRecord(kind, prepared.parsed.data);
  if (record === undefined) throw new SpisError('store.roundtrip-failed', { file: rel });
  const next: ServiceFolder<K> = {
    ...register,
    records: [
      ...register.records.filter((r) => r.id !== id),
      { file: rel, parsed: prepared.parsed, data: record, id },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
  const cases = new Set(listCaseDirs(repo, ['clients', 'archive']).map((c) => c.id));
  const problems = registerProblems(next, { config: repo.config, cases, today }).filter((p) => p.file === rel);
  if (problems.length > 0) refuse(problems, new Set([rel]), opts);
  w.write([prepared]);
}
