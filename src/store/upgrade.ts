// The repository's format and its copy of the schemas, against this version of the tool. `check`
// warns when either is behind; `spis upgrade` refreshes the schemas and migrates the records.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, ContactRecord, Contract, SpisConfig, Termination } from '../domain/types.js';
import {
  CONTACTS_DIR,
  caseDirRel,
  correctionFileName,
  listContactFiles,
  loadCase,
  type CaseLocation,
  type ContactFile,
  type LoadedCase,
} from './case-store.js';
import { readPlainFile, type RecordSource } from './read-yaml.js';
import { SCHEMAS_DIR } from './repo.js';
import { SCHEMA_DIR } from './validate.js';

/**
 * The format this tool writes. 2: the consent to e-mailed records lives in client.yaml
 * (`consents.email_records`), and a one-off anonymous contact is closed with `one_off: true`.
 */
export const FORMAT = 2;

export function formatOf(config: SpisConfig): number {
  return config.format ?? 1;
}

/** The tool's schemas: file name and text. */
export function toolSchemas(): { name: string; content: string }[] {
  const dir = fileURLToPath(SCHEMA_DIR);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

/** Whether the repository has its copy of the schemas at all (the editor validates against it). */
export function hasSchemas(root: string): boolean {
  return existsSync(join(root, SCHEMAS_DIR));
}

/** The schema files whose copy in the repository is missing or differs from the tool's (every one when there is no copy at all). */
export function staleSchemas(root: string): string[] {
  return toolSchemas()
    .filter((s) => {
      const p = join(root, SCHEMAS_DIR, s.name);
      return !existsSync(p) || readFileSync(p, 'utf8') !== s.content;
    })
    .map((s) => s.name);
}

export interface CaseRecords {
  client: Client;
  contract?: Contract;
  termination?: Termination;
}

/** The records of one case in the current format; only the records that change are returned. */
export function migrateCase(r: CaseRecords, from: number): Partial<CaseRecords> {
  const out: Partial<CaseRecords> = {};
  if (from < 2) {
    // 1 → 2: the e-mail consent moves to the client's consents (where contract new now asks it).
    if (r.contract && r.contract.email_records !== undefined) {
      const { email_records, ...contract } = r.contract;
      out.contract = contract;
      if (r.client.consents?.email_records === undefined)
        out.client = { ...r.client, consents: { ...(r.client.consents ?? {}), email_records } };
    }
    // 1 → 2: an anonymous client closed without a contract was a one-off contact.
    if (r.client.anonymous && !r.contract && r.termination && r.termination.one_off !== true) {
      const { personal_goal: _p, partial_goals: _g, ...rest } = r.termination;
      out.termination = { ...rest, one_off: true };
    }
  }
  return out;
}

/** A format-1 correcting contact record, as format 2 keeps it: a correction file beside the original. */
export interface CorrectionMove {
  /** The format-1 record's own file (relative to the repository), which goes. */
  from: string;
  /** The correction file that takes its place. */
  to: string;
  data: ContactRecord;
  file: ContactFile;
}

/** `corrects:` as format 1 wrote it: the earlier record's file, with or without "contacts/". */
const FORMAT1_CORRECTS = /^(?:\.\/)?(?:contacts\/)?([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]{4}\.yaml)$/;

/**
 * 1 → 2: a correcting contact record was a record of its own (dated the day of the correction,
 * `corrects: contacts/<earlier>.yaml`); format 2 keeps it as a correction file beside the
 * original (`<earlier>.correction-N-xxxx.yaml`: the record in effect, dated as the original, with
 * `correction:` saying when and by whom). The original is not touched. Records whose `corrects:`
 * names no record of the case are left for the upgrade to report.
 */
export function formatOneCorrections(kase: LoadedCase): CorrectionMove[] {
  const out: CorrectionMove[] = [];
  const taken = new Map<string, string[]>();
  const correcting = kase.contacts
    .flatMap((c) =>
      !c.corrections && c.data && typeof c.data.corrects === 'string' && c.data.corrects !== c.name
        ? [{ c, rec: c.data }]
        : [],
    )
    .sort((a, b) => ((a.rec.date ?? '') < (b.rec.date ?? '') ? -1 : 1));
  for (const { c, rec } of correcting) {
    const m = FORMAT1_CORRECTS.exec(String(rec.corrects));
    const original = m ? kase.contacts.find((o) => o.name === m[1] && o !== c) : undefined;
    if (!original?.data) continue;
    const existing = taken.get(original.name) ?? original.corrections ?? [];
    const name = correctionFileName(original.name, existing);
    taken.set(original.name, [...existing, name]);
    const { corrects: _c, correction: _k, ...record } = rec;
    const data: ContactRecord = {
      ...record,
      // The record in effect for the contact held that day, by whom it was held.
      date: original.data.date,
      worker: original.data.worker ?? record.worker,
      corrects: original.name,
      correction: { date: rec.date, worker: rec.worker },
    };
    out.push({ from: c.file, to: `${kase.dir}/${CONTACTS_DIR}/${name}`, data, file: c });
  }
  return out;
}

/** A top-level `corrects:` key, as a format-1 correcting record has it (in the raw bytes). */
const CORRECTS_KEY = /^corrects[ \t]*:/m;

/**
 * A case as the 1 → 2 upgrade needs it: its records, and its contact records only where one of
 * them corrects another (format 1's correcting records). Every contact file's bytes are read once
 * and searched for the key; nothing else of them is parsed – at 10,000 clients the contacts are
 * some 200,000 files, and parsing them all was most of the upgrade's time.
 */
export function loadForUpgrade(repo: RecordSource, id: string, location: CaseLocation): LoadedCase {
  const dir = caseDirRel(id, location);
  const bytes = new Map<string, Buffer>();
  let correcting = false;
  for (const c of listContactFiles(repo.root, dir).contacts) {
    const rel = `${dir}/${CONTACTS_DIR}/${c.name}`;
    try {
      const read = readPlainFile(join(repo.root, rel));
      if ('tooLarge' in read) correcting = true;
      else {
        bytes.set(rel, read.bytes);
        if (CORRECTS_KEY.test(read.bytes.toString('latin1'))) correcting = true;
      }
    } catch {
      // Not readable as a record: the full reading says what is wrong with it.
      correcting = true;
    }
  }
  return correcting
    ? loadCase({ root: repo.root, preread: bytes }, id, location)
    : loadCase(repo, id, location, undefined, { contacts: false });
}
