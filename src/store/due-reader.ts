// Reads what `spis due` needs and no more: closed cases are passed by at the sight of their
// termination record, contact dates come from the file names, and contact records are read
// newest first only until one plans the next meeting.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.js';
import type { Client, ContactRecord, Contract, Goals, RecordKind, Termination } from '../domain/types.js';
import type { DueFacts } from '../domain/due.js';
import { archiveUntil } from '../domain/case.js';
import { badNameProblem, CASE_FILES, CONTACTS_DIR, caseDirRel, listContactFiles, readRecord as readStoreRecord } from './case-store.js';

function readRecord<T>(root: string, rel: string, kind: RecordKind, problems: Problem[]): T | undefined {
  const before = problems.length;
  const rec = readStoreRecord<T>({ root }, rel, kind, problems);
  return problems.length > before ? undefined : rec?.data;
}

export interface DueRead {
  facts?: DueFacts;
  problems: Problem[];
}

/**
 * An archived case's retention date: from termination.yaml, or for a refused applicant from the
 * refusal in client.yaml (the client is then given too, having been read anyway).
 */
export function readRetention(root: string, id: string): { client?: Client; until?: string; problems: Problem[] } {
  const dir = caseDirRel(id, 'archive');
  const problems: Problem[] = [];
  const term = readRecord<Termination>(root, `${dir}/${CASE_FILES.termination}`, 'termination', problems);
  if (term?.archive_until) return { until: term.archive_until, problems };
  const client = readArchivedClient(root, id, problems);
  const until = archiveUntil(client, term);
  return { ...(client ? { client } : {}), ...(until ? { until } : {}), problems };
}

export function readArchivedClient(root: string, id: string, problems: Problem[]): Client | undefined {
  return readRecord<Client>(root, `${caseDirRel(id, 'archive')}/${CASE_FILES.client}`, 'client', problems);
}

export function readDueFacts(root: string, id: string): DueRead {
  const dir = caseDirRel(id, 'clients');
  const problems: Problem[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return { problems: [{ code: 'file-unreadable', file: dir, params: { reason: 'EIO' } }] };
  }
  // A symbolic link is never followed: reported, so the case is not silently left out.
  for (const e of entries) if (e.isSymbolicLink()) problems.push({ code: 'symlink', file: `${dir}/${e.name}`, params: { file: `${dir}/${e.name}` } });
  if (problems.length > 0) return { problems };
  if (entries.some((e) => e.name === CASE_FILES.termination)) return { problems };
  const client = readRecord<Client>(root, `${dir}/${CASE_FILES.client}`, 'client', problems);
  if (!client) {
    if (problems.length === 0) problems.push({ code: 'missing-client', file: `${dir}/${CASE_FILES.client}`, params: { id } });
    return { problems };
  }
  if (client.status !== 'active' && client.status !== 'applicant') return { problems };
  const listing = listContactFiles(root, dir);
  for (const file of listing.links) problems.push({ code: 'symlink', file, params: { file } });
  // A contact record the due rules would not see (a wrong date in its name) is a broken record.
  for (const name of listing.badNames) problems.push(badNameProblem(dir, name));
  const files = listing.contacts;
  const contactDates = files.map((f) => f.date);
  // The next meeting is the one the newest planning record set: newest first, until a record
  // plans one. A later contact that plans nothing (a phone call) leaves the plan standing.
  let plannedMeeting: string | undefined;
  for (let i = files.length - 1; i >= 0 && !plannedMeeting; i--) {
    // a corrected record: the newest correction is the record in effect
    const c = readRecord<ContactRecord>(root, `${dir}/${CONTACTS_DIR}/${files[i].corrections?.at(-1) ?? files[i].name}`, 'contact', problems);
    plannedMeeting = c?.next_meeting;
  }
  let contract: Contract | undefined;
  let goals: Goals | undefined;
  if (client.status === 'active') {
    contract = readRecord<Contract>(root, `${dir}/${CASE_FILES.contract}`, 'contract', problems);
    goals = readRecord<Goals>(root, `${dir}/${CASE_FILES.goals}`, 'goals', problems);
  }
  if (problems.length > 0) return { problems };
  return { facts: { id, client, contract, goals, contactDates, ...(plannedMeeting ? { plannedMeeting } : {}) }, problems };
}
