// A case folder: read once, parse and validate every record into a typed model; write records
// back atomically, validated, through their YAML documents.
import { isOneOf } from '../domain/fields.js';
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SpisError, usageError, type Problem } from '../problems.js';
import { formatDate, isIsoDate, parseDateInput } from '../domain/dates.js';
import { getLang } from '../i18n/index.js';
import { archiveUntil } from '../domain/case.js';
import type { Client, ContactRecord, Contract, Goals, RecordKind, Termination } from '../domain/types.js';
import { ARCHIVE_DIR, CLIENTS_DIR, type Repo } from './repo.js';
import { MAX_RECORD_BYTES, editText, parseYaml, stringifyNew, type ParsedYaml } from './yaml-file.js';
import { readRecord, type RecordFile, type RecordSource } from './read-yaml.js';
import { stampFile, type Trace } from './trace.js';

export { readRecord, textProblem, type RecordFile } from './read-yaml.js';
import { issuesToProblems, validateData } from './validate.js';
import { tempState, type FileChange } from './atomic.js';

/** YYYY-NNNN, or YYYY-pXXX: a provisional id given offline, renumbered by `spis sync`. */
export { CASE_ID_RE } from './repo-root.js';
import { CASE_ID_RE } from './repo-root.js';

export function isProvisionalId(id: string): boolean {
  return /^[0-9]{4}-p/.test(id);
}
export const CONTACT_FILE_RE = /^([0-9]{4}-[0-9]{2}-[0-9]{2})-[a-z0-9]{4}\.yaml$/;
/**
 * A correction of a contact record (contact records are never rewritten): beside the original,
 * `2026-09-14-h8d2.correction-1-x7k2.yaml`, `-2-…`. The number counts the corrections made before
 * it; the random suffix keeps two corrections made in two clones from having one name, so sync
 * merges both. Each holds the whole record as corrected, with `corrects:` naming the original;
 * the last by number (then name) is the record in effect.
 */
export const CORRECTION_FILE_RE =
  /^(([0-9]{4}-[0-9]{2}-[0-9]{2})-[a-z0-9]{4})\.correction-([1-9][0-9]*)(?:-[a-z0-9]{4})?\.yaml$/;

/** The number of a correction file (its place in the order of corrections). */
export function correctionNumber(name: string): number {
  return Number(CORRECTION_FILE_RE.exec(name)?.[3] ?? 0);
}

/** The file name of the next correction of a contact record. */
export function correctionFileName(original: string, existing: readonly string[]): string {
  const next = Math.max(0, ...existing.map(correctionNumber)) + 1;
  return `${original.replace(/\.yaml$/, '')}.correction-${next}-${randomBytes(2).toString('hex')}.yaml`;
}
export { CASE_FILES } from './repo-root.js';
import { CASE_RECORD_KINDS, type CaseRecordKind } from '../domain/kinds.js';
import { CASE_FILES } from './repo-root.js';
export { CONTACTS_DIR } from '../domain/case.js';
import { CONTACTS_DIR } from '../domain/case.js';
export const DOCUMENTS_DIR = 'documents';

export type CaseLocation = 'clients' | 'archive';

export interface ContactFile extends RecordFile<ContactRecord> {
  /** File name within contacts/ (of the original record, also when a correction is in effect). */
  name: string;
  /** The date in the file name. */
  nameDate: string;
  /** Corrected: the file names of its corrections, oldest first (the newest is `file`/`data`). */
  corrections?: string[];
  /** Corrected: the original record, as first written. */
  original?: RecordFile<ContactRecord>;
}

export interface LoadedCase {
  id: string;
  location: CaseLocation;
  /** Folder relative to the repository root. */
  dir: string;
  client?: RecordFile<Client>;
  contract?: RecordFile<Contract>;
  goals?: RecordFile<Goals>;
  termination?: RecordFile<Termination>;
  /** Sorted by file name, which is by date. */
  contacts: ContactFile[];
  /** Everything wrong with the single files: YAML, schema, names. */
  problems: Problem[];
  /** Files in the case folder the tool does not know. */
  strayFiles: string[];
  /** Temp files of writers that no longer run, seen while listing the case (for check to remove). */
  leftovers?: string[];
}

export function assertCaseId(id: string): void {
  if (!CASE_ID_RE.test(id)) throw usageError('case.id-invalid', { id });
}

export interface CaseScan {
  /** Case folders, sorted by id. */
  cases: { id: string; location: CaseLocation }[];
  /** What else is there: symbolic links (never followed) and any other entry, dot-names included (a live writer's temp folder excepted). */
  problems: Problem[];
}

const byFile = (a: Problem, b: Problem): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** One listing of clients/ (and archive/ when asked): the case folders, and what does not belong there. */
export function scanCases(repo: Pick<Repo, 'root'>, where: CaseLocation[] = ['clients']): CaseScan {
  const cases: CaseScan['cases'] = [];
  const problems: Problem[] = [];
  for (const location of where) {
    const dir = location === 'clients' ? CLIENTS_DIR : ARCHIVE_DIR;
    let entries: Dirent[];
    try {
      if (lstatSync(join(repo.root, dir)).isSymbolicLink()) {
        problems.push({ code: 'symlink', file: dir, params: { file: dir } });
        continue;
      }
      entries = readdirSync(join(repo.root, dir), { withFileTypes: true });
    } catch {
      continue; // no such folder (yet)
    }
    for (const e of entries) {
      const file = `${dir}/${e.name}`;
      if (e.isSymbolicLink()) problems.push({ code: 'symlink', file, params: { file } });
      else if (e.isDirectory() && CASE_ID_RE.test(e.name)) cases.push({ id: e.name, location });
      else if (e.name !== '.gitkeep' && tempState(e.name) !== 'live')
        problems.push({ code: 'stray-file', file, params: { file } });
    }
  }
  cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { cases, problems: problems.sort(byFile) };
}

/** Case ids under clients/ (and archive/ when asked), sorted. */
export function listCaseDirs(
  repo: Pick<Repo, 'root'>,
  where: CaseLocation[] = ['clients'],
): { id: string; location: CaseLocation }[] {
  return scanCases(repo, where).cases;
}

export function badNameProblem(caseDir: string, name: string): Problem {
  // A correction whose original is not beside it: said as such, not as a wrong date.
  const k = CORRECTION_FILE_RE.exec(name);
  if (k && isIsoDate(k[2]))
    return {
      code: 'correction-orphan',
      file: `${caseDir}/${CONTACTS_DIR}/${name}`,
      params: { name, original: `${k[1]}.yaml` },
    };
  return { code: 'file-name-invalid', file: `${caseDir}/${CONTACTS_DIR}/${name}`, params: { name } };
}

/** Symbolic links in the service's own templates/: a link there would let a document read any file. */
export function templateLinkProblems(repo: Pick<Repo, 'root'>): Problem[] {
  const out: Problem[] = [];
  try {
    if (lstatSync(join(repo.root, 'templates')).isSymbolicLink())
      out.push({ code: 'symlink', file: 'templates', params: { file: 'templates' } });
    else
      for (const e of readdirSync(join(repo.root, 'templates'), { withFileTypes: true }))
        if (e.isSymbolicLink())
          out.push({ code: 'symlink', file: `templates/${e.name}`, params: { file: `templates/${e.name}` } });
  } catch {
    // no templates of its own
  }
  return out;
}

export function caseDirRel(id: string, location: CaseLocation): string {
  return `${location === 'clients' ? CLIENTS_DIR : ARCHIVE_DIR}/${id}`;
}

/** Finds a case by id in clients/ or archive/; a symbolic link is refused, never followed. */
export function locateCase(repo: Pick<Repo, 'root'>, id: string): CaseLocation {
  assertCaseId(id);
  for (const [dir, location] of [
    [CLIENTS_DIR, 'clients'],
    [ARCHIVE_DIR, 'archive'],
  ] as const) {
    try {
      const st = lstatSync(join(repo.root, dir, id));
      if (st.isSymbolicLink()) throw new SpisError('case.symlink', { id, file: `${dir}/${id}` });
      if (st.isDirectory()) return location;
    } catch (err) {
      if (err instanceof SpisError) throw err;
    }
  }
  throw new SpisError('case.not-found', { id });
}

/**
 * The contact record files of a case folder, oldest first, and any other (stray) names in it;
 * a live writer's temp file is passed over. A symbolic link – the folder itself or an entry –
 * is never followed: it is returned in `links`.
 */
export function listContactFiles(
  root: string,
  caseDir: string,
): {
  contacts: { name: string; date: string; corrections?: string[] }[];
  other: string[];
  links: string[];
  badNames: string[];
  dead: string[];
} {
  const dead: string[] = [];
  const contacts: { name: string; date: string; corrections?: string[] }[] = [];
  const corrections = new Map<string, { n: number; name: string }[]>();
  const other: string[] = [];
  const links: string[] = [];
  /** .yaml files whose name is not a contact record's (a wrong date): records the tool would miss. */
  const badNames: string[] = [];
  const rel = `${caseDir}/${CONTACTS_DIR}`;
  let entries: Dirent[];
  try {
    if (lstatSync(join(root, rel)).isSymbolicLink()) return { contacts, other, links: [rel], badNames, dead };
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return { contacts, other, links, badNames, dead };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const name = e.name;
    if (e.isSymbolicLink()) {
      links.push(`${rel}/${name}`);
      continue;
    }
    const temp = tempState(name);
    if (temp === 'live') continue;
    if (temp === 'dead') {
      dead.push(`${rel}/${name}`);
      continue;
    }
    const m = CONTACT_FILE_RE.exec(name);
    const k = m ? null : CORRECTION_FILE_RE.exec(name);
    if (m && isIsoDate(m[1])) contacts.push({ name, date: m[1] });
    else if (k && isIsoDate(k[2]))
      corrections.set(`${k[1]}.yaml`, [...(corrections.get(`${k[1]}.yaml`) ?? []), { n: Number(k[3]), name }]);
    else if (name.endsWith('.yaml')) badNames.push(name);
    else other.push(name);
  }
  for (const c of contacts) {
    const list = corrections.get(c.name);
    if (!list) continue;
    c.corrections = list
      .sort((a, b) => a.n - b.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((x) => x.name);
    corrections.delete(c.name);
  }
  // A correction of no record there is a broken record: it would be silently left out.
  for (const list of corrections.values()) for (const x of list) badNames.push(x.name);
  badNames.sort();
  return { contacts, other, links, badNames, dead };
}

/**
 * The contact record a worker means: a file name (with or without contacts/ and .yaml), or a
 * date in any form the prompts take; the newest when none is given. Several records on that day,
 * or none, stop with the list to choose from.
 */
export function resolveContact(
  kase: Pick<SoundCase, 'id' | 'contacts'>,
  selector: string | undefined,
  today: string,
): string {
  if (kase.contacts.length === 0) throw new SpisError('render.no-contact', { id: kase.id });
  if (selector === undefined) return kase.contacts.at(-1)!.name;
  const bare = selector.replace(/^contacts\//, '').replace(/\.yaml$/, '');
  const byName = kase.contacts.find((c) => c.name === `${bare}.yaml`);
  if (byName) return byName.name;
  const date = parseDateInput(selector, today);
  const onDay = date ? kase.contacts.filter((c) => c.nameDate === date) : [];
  if (onDay.length === 1) return onDay[0].name;
  const list = (onDay.length ? onDay : kase.contacts.slice(-10))
    .map((c) => `  ${c.name.replace(/\.yaml$/, '')}  ${formatDate(c.nameDate, 'cs')}`)
    .join('\n');
  throw new SpisError(onDay.length ? 'render.contact-ambiguous' : 'render.contact-unknown', {
    id: kase.id,
    value: selector,
    list,
  });
}

/** A case about to be opened: the folder in clients/ with no record yet. */
export function emptyCase(id: string): LoadedCase {
  return { id, location: 'clients', dir: caseDirRel(id, 'clients'), contacts: [], problems: [], strayFiles: [] };
}

/**
 * Reads a whole case: every record, every contact record and its corrections. With a trace,
 * each folder and record is stamped before it is listed or read (the stamped caches). With
 * `contacts: false`, the records beside contacts/ only.
 */
export function loadCase(
  repo: RecordSource,
  id: string,
  location?: CaseLocation,
  trace?: Trace,
  opts: { contacts?: boolean } = {},
): LoadedCase {
  const loc = location ?? locateCase(repo, id);
  const dir = caseDirRel(id, loc);
  const problems: Problem[] = [];
  const leftovers: string[] = [];
  const c: LoadedCase = { id, location: loc, dir, contacts: [], problems, strayFiles: [], leftovers };
  const stamp = (rel: string): void => {
    if (trace) stampFile(repo.root, rel, trace);
  };
  // One listing of the folder decides which records there are: nothing is opened that is not there.
  const read = <T>(rel: string, kind: RecordKind): RecordFile<T> | undefined => (
    stamp(rel),
    readRecord<T>(repo, rel, kind, problems)
  );
  stamp(dir);
  const entries = readdirSync(join(repo.root, dir), { withFileTypes: true });
  const present = new Set(entries.map((e) => e.name));
  const record = <T>(name: string, kind: RecordKind): RecordFile<T> | undefined =>
    present.has(name) ? read<T>(`${dir}/${name}`, kind) : undefined;
  // The case's records, as domain/kinds.ts declares them (contact records below).
  const records: { [K in CaseRecordKind]?: LoadedCase[K] } = {};
  for (const kind of CASE_RECORD_KINDS) records[kind] = record(CASE_FILES[kind], kind);
  Object.assign(c, records);
  const known = new Set<string>([...Object.values(CASE_FILES), CONTACTS_DIR, DOCUMENTS_DIR]);
  for (const e of entries) {
    if (e.isSymbolicLink() && e.name !== CONTACTS_DIR && !isOneOf(Object.values(CASE_FILES), e.name))
      problems.push({ code: 'symlink', file: `${dir}/${e.name}`, params: { file: `${dir}/${e.name}` } });
    else if (tempState(e.name) === 'dead') leftovers.push(`${dir}/${e.name}`);
    else if (!known.has(e.name) && tempState(e.name) !== 'live') c.strayFiles.push(`${dir}/${e.name}`);
  }
  if (entries.some((e) => e.name === DOCUMENTS_DIR && e.isDirectory())) {
    for (const name of readdirSync(join(repo.root, dir, DOCUMENTS_DIR)))
      if (tempState(name) === 'dead') leftovers.push(`${dir}/${DOCUMENTS_DIR}/${name}`);
  }
  // Without its contacts (opts.contacts false) a case is what the records beside them say.
  if (opts.contacts === false) return c;
  stamp(`${dir}/${CONTACTS_DIR}`);
  const { contacts, other, links, badNames, dead } = listContactFiles(repo.root, dir);
  leftovers.push(...dead);
  for (const file of links) problems.push({ code: 'symlink', file, params: { file } });
  for (const name of badNames) problems.push(badNameProblem(dir, name));
  for (const name of other) c.strayFiles.push(`${dir}/${CONTACTS_DIR}/${name}`);
  for (const { name, date, corrections } of contacts) {
    const original = read<ContactRecord>(`${dir}/${CONTACTS_DIR}/${name}`, 'contact');
    // A corrected record: every correction is read (each must be sound); the newest is in effect.
    const versions = (corrections ?? []).map((k) => read<ContactRecord>(`${dir}/${CONTACTS_DIR}/${k}`, 'contact'));
    const rec = versions.length > 0 ? versions.at(-1) : original;
    // Object.assign, not a spread: a spread would read the lazy `parsed` and parse the file.
    if (rec)
      c.contacts.push(Object.assign(rec, { name, nameDate: date }, corrections ? { corrections, original } : {}));
  }
  return c;
}

export interface CaseSummary {
  id: string;
  location: CaseLocation;
  client?: RecordFile<Client>;
  /** Contact dates from the file names, oldest first: no contact file is parsed. */
  contactDates: string[];
  problems: Problem[];
}

/** What a listing needs: client.yaml and the contact files' names. */
export function readCaseSummary(repo: Pick<Repo, 'root'>, id: string, location: CaseLocation): CaseSummary {
  const dir = caseDirRel(id, location);
  const problems: Problem[] = [];
  const client = readRecord<Client>(repo, `${dir}/${CASE_FILES.client}`, 'client', problems);
  if (!client && problems.length === 0)
    problems.push({ code: 'missing-client', file: `${dir}/${CASE_FILES.client}`, params: { id } });
  const contactDates = listContactFiles(repo.root, dir).contacts.map((c) => c.date);
  return { id, location, client, contactDates, problems };
}

/** A record that read and matched its schema. */
export type SoundRecord<T> = RecordFile<T> & { data: T };

/**
 * A case whose every record read and matched its schema, and which has its client: what a
 * command works on, so it never has to assert that data is there.
 */
export interface SoundCase extends LoadedCase {
  client: SoundRecord<Client>;
  contract?: SoundRecord<Contract>;
  goals?: SoundRecord<Goals>;
  termination?: SoundRecord<Termination>;
  contacts: (ContactFile & { data: ContactRecord })[];
}

/** The case as a sound one, or its problems thrown. Every record without data has a problem. */
export function soundCase(c: LoadedCase, extra: readonly Problem[] = []): SoundCase {
  const problems = [...c.problems, ...extra];
  if (problems.length > 0) throw new SpisError('case.has-problems', { id: c.id }, 1, problems);
  if (!c.client?.data) throw new SpisError('case.no-client', { id: c.id });
  return c as SoundCase;
}

/**
 * Loads a case for a command that changes it: it must be sound first, so the tool never builds
 * on a broken record. Call it under the writer's lock, so what is checked is what is changed.
 */
export function loadCaseForEdit(repo: Repo, id: string, opts: { archived?: 'allow' } = {}): SoundCase {
  const kase = soundCase(loadCase(repo, id));
  if (opts.archived !== 'allow') assertWritable(kase);
  return kase;
}

/** An archived case is kept as it was closed: no command changes it until it is restored. */
export function assertWritable(kase: Pick<LoadedCase, 'id' | 'location' | 'client' | 'termination'>): void {
  if (kase.location === 'archive') {
    const until = archiveUntil(kase.client?.data, kase.termination?.data);
    throw new SpisError('case.archived', { id: kase.id, date: until ? formatDate(until, getLang()) : '–' });
  }
}

export function schemaRelPath(kind: RecordKind, fileRel: string): string {
  const depth = fileRel.split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}schemas/${kind}.schema.json`;
}

/** A record ready to write: its new text, and that text read back (positions for the checks). */
export interface PreparedRecord extends FileChange {
  rel: string;
  parsed: ParsedYaml;
}

/**
 * Prepares a record for writing: validates the data (nothing is written when it fails), then
 * produces the new text – through the existing YAML document when there is one, so comments and
 * layout survive – and checks that the text reads back as exactly the data. A text larger than
 * any record is read is refused as such (it would be written and then never read).
 */
export function prepareRecord(
  repo: Pick<Repo, 'root'>,
  fileRel: string,
  kind: RecordKind,
  data: unknown,
  existing?: ParsedYaml,
): PreparedRecord {
  const issues = validateData(kind, data);
  if (issues.length > 0)
    throw new SpisError('store.invalid-record', { file: fileRel }, 1, issuesToProblems(fileRel, issues));
  // Every text as NFC: the same name typed on two systems is then one string (matching, initials, search).
  const clean = JSON.parse(JSON.stringify(data), (_k, v: unknown) =>
    typeof v === 'string' ? v.normalize('NFC') : v,
  ) as unknown;
  const edited = existing ? editText(existing, clean) : undefined;
  const content = edited?.text ?? stringifyNew(clean, schemaRelPath(kind, fileRel));
  if (Buffer.byteLength(content) > MAX_RECORD_BYTES)
    throw new SpisError('store.record-too-large', { file: fileRel, kib: MAX_RECORD_BYTES / 1024 });
  const reread = edited?.reread ?? parseYaml(content, fileRel);
  if (reread.problems.length > 0 || !isDeepStrictEqual(reread.data, clean)) {
    throw new SpisError('store.roundtrip-failed', { file: fileRel });
  }
  return { path: join(repo.root, fileRel), content, rel: fileRel, parsed: reread };
}

/**
 * An earlier case of the same person: the same name and the same birth date (`exact`), or the
 * same year of birth where a date is missing on either side. The person of that case is given
 * (its own `person`, else its id), so a returning client is counted once.
 */
export function findSamePerson(
  repo: Pick<Repo, 'root'>,
  client: Pick<Client, 'name' | 'birth_date' | 'birth_year'>,
): { id: string; person: string; exact: boolean } | undefined {
  if (!client.name || (!client.birth_date && client.birth_year === undefined)) return undefined;
  const norm = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('cs');
  const year = client.birth_date ? Number(client.birth_date.slice(0, 4)) : client.birth_year;
  let found: { id: string; person: string; exact: boolean } | undefined;
  for (const { id, location } of scanCases(repo, ['clients', 'archive']).cases) {
    const other = readRecord<Client>(repo, `${caseDirRel(id, location)}/${CASE_FILES.client}`, 'client', [])?.data;
    if (
      !other?.name ||
      norm(other.name.given) !== norm(client.name.given) ||
      norm(other.name.family) !== norm(client.name.family)
    )
      continue;
    const exact = !!client.birth_date && other.birth_date === client.birth_date;
    const otherYear = other.birth_date ? Number(other.birth_date.slice(0, 4)) : other.birth_year;
    const sameYear = year !== undefined && otherYear === year && (!client.birth_date || !other.birth_date);
    if (!exact && !sameYear) continue;
    // The first case of the person wins (case ids sort by year and number).
    if (!found || id < found.id) found = { id, person: other.person ?? id, exact };
  }
  return found;
}

/** Names for new contact records in a case: each free among its contacts (those of the case as read). */
export function contactNamer(contacts: readonly { name: string }[]): (date: string) => string {
  return (date) =>
    newContactFileName(
      date,
      contacts.map((c) => c.name),
    );
}

export function newContactFileName(date: string, existing: readonly string[]): string {
  for (;;) {
    const name = `${date}-${randomBytes(2).toString('hex')}.yaml`;
    if (!existing.includes(name)) return name;
  }
}
