// The record kinds, each declared once: its schema, where its files live, how `spis edit` treats
// it, what the client's copy (Art. 15) and the pseudonymised export make of it, how purge removes
// it, and the golden `check` problem that proves `check` reads it. The loader, the writer,
// `spis edit`, completion and both exports read these declarations instead of naming the kinds;
// test/catalogue/record-kinds.test.ts proves each declaration true through the real commands, so that a kind
// cannot be half-added (docs/architecture.md: adding a record kind).
import type { ProblemCode } from '../problems.js';
import type { RecordKind, RecordTypes } from './types.js';
import { complainantCase, linkedCases, unlinkCase } from './complaint.js';
import { incidentCases, incidentCopyFor, unlinkIncidentCase } from './incident.js';
import { groupCases, groupCopyFor, unlinkGroupCase } from './group.js';

export interface KindDeclaration {
  kind: RecordKind;
  /** The JSON Schema in schemas/, the source of truth of the kind's format. */
  schema: string;
  /** Where its files live: spis.yaml at the top of the repository, or in each case's folder. */
  level: 'service' | 'case';
  /** One file of this name (in the case folder, or at the top), or many in a folder of this name. */
  place: { file: string } | { folder: string };
  /** `spis edit`: rewritten in place, corrected beside the original (contact records), or not offered. */
  edit: 'rewrite' | 'correct' | 'no';
  /**
   * The client's copy (spis export <case>): its file under data/ (a folder for many), or why it is
   * not there. A service record in a folder goes into the copies of the cases its links name as
   * its maker (`links.madeBy`).
   */
  exportAs: { file: string } | { folder: string } | { omitted: string };
  /** The pseudonymised export: through the Pseudonymiser's method of that name. */
  pseudonymise: 'configCopy' | Exclude<RecordKind, 'spis'>;
  /**
   * spis purge: removed with the case's folder; a service record it never touches; or a service
   * record whose links to the purged case – and with them the person's data – `links.unlink` removes.
   */
  purge: 'case-folder' | 'service-record' | 'unlink';
  /** A problem `spis check` reports in a record of the kind; test/golden/check/<code>.txt renders it. */
  golden: ProblemCode;
  /**
   * The free-text fields of the schema (a string with no code list, pattern or format) that a
   * message may still show, each with why it is no one's personal data; every other free text is
   * masked (domain/privacy.ts). test/catalogue/record-kinds.test.ts walks the schema to hold it.
   */
  shownTexts: Readonly<Record<string, string>>;
}

/** Every record kind: one line each here is what makes a kind known. */
export const KINDS = [
  {
    kind: 'spis',
    schema: 'spis.schema.json',
    level: 'service',
    place: { file: 'spis.yaml' },
    edit: 'no',
    exportAs: { omitted: 'the service’s configuration, not the client’s data' },
    pseudonymise: 'configCopy',
    purge: 'service-record',
    golden: 'schema-unknown-field',
    shownTexts: {
      law: 'the law the service is provided under, a setting of the service',
      remote: 'the address of the team’s git server, a setting of the service',
      branch: 'the git branch the team shares, a setting of the service',
    },
  },
  {
    kind: 'client',
    schema: 'client.schema.json',
    level: 'case',
    place: { file: 'client.yaml' },
    edit: 'rewrite',
    exportAs: { file: 'client.json' },
    pseudonymise: 'client',
    purge: 'case-folder',
    golden: 'schema-unknown-field',
    shownTexts: {},
  },
  {
    kind: 'contract',
    schema: 'contract.schema.json',
    level: 'case',
    place: { file: 'contract.yaml' },
    edit: 'rewrite',
    exportAs: { file: 'contract.json' },
    pseudonymise: 'contract',
    purge: 'case-folder',
    golden: 'schema-unknown-field',
    shownTexts: { number: 'the number the service gives its contract' },
  },
  {
    kind: 'goals',
    schema: 'goals.schema.json',
    level: 'case',
    place: { file: 'goals.yaml' },
    edit: 'rewrite',
    exportAs: { file: 'goals.json' },
    pseudonymise: 'goals',
    purge: 'case-folder',
    golden: 'schema-unknown-field',
    shownTexts: { source: 'the file name of the contact record a goal was set in' },
  },
  {
    kind: 'termination',
    schema: 'termination.schema.json',
    level: 'case',
    place: { file: 'termination.yaml' },
    edit: 'rewrite',
    exportAs: { file: 'termination.json' },
    pseudonymise: 'termination',
    purge: 'case-folder',
    golden: 'schema-unknown-field',
    shownTexts: {},
  },
  {
    kind: 'contact',
    schema: 'contact.schema.json',
    level: 'case',
    place: { folder: 'contacts' },
    edit: 'correct',
    exportAs: { folder: 'contacts' },
    pseudonymise: 'contact',
    purge: 'case-folder',
    golden: 'schema-unknown-field',
    shownTexts: {},
  },
  {
    kind: 'complaint',
    schema: 'complaint.schema.json',
    level: 'service',
    place: { folder: 'complaints' },
    edit: 'no',
    exportAs: { folder: 'complaints' },
    pseudonymise: 'complaint',
    purge: 'unlink',
    golden: 'schema-unknown-field',
    shownTexts: {},
  },
  {
    kind: 'incident',
    schema: 'incident.schema.json',
    level: 'service',
    place: { folder: 'incidents' },
    edit: 'no',
    exportAs: { folder: 'incidents' },
    pseudonymise: 'incident',
    purge: 'unlink',
    golden: 'schema-unknown-field',
    shownTexts: {},
  },
  {
    kind: 'training',
    schema: 'training.schema.json',
    level: 'service',
    place: { folder: 'trainings' },
    edit: 'no',
    exportAs: { omitted: 'the training of the staff, not the client’s data' },
    pseudonymise: 'training',
    purge: 'service-record',
    golden: 'schema-unknown-field',
    shownTexts: {
      course: 'the name of a course the worker attended, a fact of the service',
      provider: 'who held the course, a fact of the service',
    },
  },
  {
    kind: 'group',
    schema: 'group.schema.json',
    level: 'service',
    place: { folder: 'groups' },
    edit: 'no',
    exportAs: { folder: 'groups' },
    pseudonymise: 'group',
    purge: 'unlink',
    golden: 'schema-unknown-field',
    shownTexts: {
      topic: 'the topic of a group activity the service held for many, a fact of the service',
    },
  },
] as const satisfies readonly KindDeclaration[];

/** The service-level kinds kept in a folder of their own beside clients/ (the registers). */
export type ServiceFolderKind = Extract<
  (typeof KINDS)[number],
  { level: 'service'; place: { folder: string } }
>['kind'];

type ServiceFolderDeclaration = Extract<(typeof KINDS)[number], { kind: ServiceFolderKind }>;

const isServiceFolder = (k: (typeof KINDS)[number]): k is ServiceFolderDeclaration =>
  k.level === 'service' && 'folder' in k.place;

/**
 * A register record's file name: its number, the date it was opened and four random characters
 * (as a contact record's), so that two clones never give the same number and sync never clashes.
 */
export const REGISTER_FILE_RE = /^([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]{4})\.yaml$/;

/** The service-level kinds in a folder, in the order declared. */
export const SERVICE_FOLDER_KINDS: readonly ServiceFolderKind[] = KINDS.filter(isServiceFolder).map((k) => k.kind);

/** A service-level kind's folder at the top of the repository. */
export function serviceFolder(kind: ServiceFolderKind): string {
  const d = KINDS.filter(isServiceFolder).find((k) => k.kind === kind);
  if (!d) throw new Error(`no folder declared for the record kind ${kind}`);
  return d.place.folder;
}

/** The folders of the service-level kinds (complaints/, …), beside clients/ and archive/. */
export const SERVICE_FOLDER_DIRS: readonly string[] = KINDS.filter(isServiceFolder).map((k) => k.place.folder);

/** How a service record links to cases: whose copies it goes into, every case it names, and what a purge of one leaves. */
export interface CaseLinks<T> {
  /** The cases whose client's copy (Art. 15) holds the record: who made it, or whom it concerns. */
  copyTo(record: T): string[];
  /** The record as that case's copy holds it (other participants of a group counted, not named). */
  copyFor(record: T, id: string): unknown;
  cases(record: T): string[];
  unlink(record: T, id: string): T;
}

/** The links of each service-level kind in a folder (a kind added there without them does not compile). */
export const SERVICE_LINKS: { readonly [K in ServiceFolderKind]: CaseLinks<RecordTypes[K]> } = {
  complaint: {
    copyTo: (c) => [complainantCase(c)].filter((x) => x !== undefined),
    copyFor: (c) => c,
    cases: linkedCases,
    unlink: unlinkCase,
  },
  incident: { copyTo: incidentCases, copyFor: incidentCopyFor, cases: incidentCases, unlink: unlinkIncidentCase },
  // A worker's training names no case: in no client's copy, untouched by a purge.
  training: { copyTo: () => [], copyFor: (r) => r, cases: () => [], unlink: (r) => r },
  // Everyone named, present or excused, finds the activity in her copy – with her own attendance only.
  group: { copyTo: groupCases, copyFor: groupCopyFor, cases: groupCases, unlink: unlinkGroupCase },
};

/** Every record kind, in the order declared. */
export const RECORD_KINDS: readonly RecordKind[] = KINDS.map((k) => k.kind);

/** Every RecordKind has its declaration here: a kind named in types.ts but not declared fails to compile. */
export const EVERY_KIND_DECLARED: [Exclude<RecordKind, (typeof KINDS)[number]['kind']>] extends [never] ? true : never =
  true;

/** The kinds of one file in a case folder, beside the contact records: client, contract, goals, termination. */
export type CaseRecordKind = Extract<(typeof KINDS)[number], { level: 'case'; place: { file: string } }>['kind'];

type CaseRecordDeclaration = Extract<(typeof KINDS)[number], { kind: CaseRecordKind }>;

const isCaseRecord = (k: (typeof KINDS)[number]): k is CaseRecordDeclaration => k.level === 'case' && 'file' in k.place;

/** The case records in the order the loader reads and the writer writes them. */
export const CASE_RECORD_KINDS: readonly CaseRecordKind[] = KINDS.filter(isCaseRecord).map((k) => k.kind);

/** Each case record's file name in the case folder. */
export const CASE_FILES = Object.fromEntries(KINDS.filter(isCaseRecord).map((k) => [k.kind, k.place.file])) as {
  readonly [K in CaseRecordKind]: Extract<CaseRecordDeclaration, { kind: K }>['place']['file'];
};

type ContactDeclaration = Extract<(typeof KINDS)[number], { kind: 'contact' }>;

/** The folder of the contact records in a case folder. */
export const CONTACTS_DIR: ContactDeclaration['place']['folder'] = 'contacts';

export function declarationOf(kind: RecordKind): KindDeclaration {
  const d = KINDS.find((k) => k.kind === kind);
  if (!d) throw new Error(`no declaration of the record kind ${kind}`);
  return d;
}

/** Where the client's copy puts a record of the kind under data/, or undefined where it is omitted. */
export function exportPlace(kind: RecordKind): string | undefined {
  const as = declarationOf(kind).exportAs;
  return 'file' in as ? as.file : 'folder' in as ? as.folder : undefined;
}

/** The case records `spis edit` rewrites in place (and completion offers): contact records are corrected instead. */
export function editableRecords(): CaseRecordKind[] {
  return CASE_RECORD_KINDS.filter((k) => declarationOf(k).edit === 'rewrite');
}
