// Reads what `spis due` needs and no more: closed cases are passed by at the sight of their
// termination record, contact dates come from the file names, and contact records are read
// newest first only until one plans the next meeting.
import { coCarers, isPersonalContact } from '../domain/household.js';
import { contactEducation } from '../domain/foster.js';
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.js';
import type { Client, ContactRecord, Contract, Goals, RecordKind, Termination } from '../domain/types.js';
import type { DueClient, DueContract, DueFacts, DueGoals } from '../domain/due.js';
import { stampFile, type Trace } from './trace.js';
import { archiveUntil, initialOf } from '../domain/case.js';
import {
  badNameProblem,
  CASE_FILES,
  CONTACTS_DIR,
  caseDirRel,
  listContactFiles,
  readRecord as readStoreRecord,
} from './case-store.js';

function readRecord<T>(root: string, rel: string, kind: RecordKind, problems: Problem[], trace?: Trace): T | undefined {
  const before = problems.length;
  // For the cache: the stamp is taken before the read, so a change in between shows next time.
  if (trace) stampFile(root, rel, trace);
  const rec = readStoreRecord<T>({ root }, rel, kind, problems);
  return problems.length > before ? undefined : rec?.data;
}

/** The earliest finality of a placement of a child of the household (the dohoda's 30 days run from it), and the other carers. */
function placedOf(c: Client): { placed?: string; carers?: string[] } {
  const finals = (c.household ?? [])
    .map((m) => m.placement?.final)
    .filter((x): x is string => typeof x === 'string')
    .sort();
  const carers = coCarers(c).map((m) => m.id);
  return { ...(finals.length ? { placed: finals[0] } : {}), ...(carers.length ? { carers } : {}) };
}

/** Of the records, only what the due rules read (DueFacts' types): the client's name as initials. */
export function dueClient(c: Client): DueClient {
  return {
    id: c.id,
    status: c.status,
    applied: c.applied,
    ...(c.anonymous !== undefined ? { anonymous: c.anonymous } : {}),
    ...(c.pseudonym !== undefined ? { pseudonym: c.pseudonym } : {}),
    ...(c.name ? { name: { given: initialOf(c.name.given), family: initialOf(c.name.family) } } : {}),
    ...(c.assessment ? { assessment: { date: c.assessment.date } } : {}),
    ...(c.key_workers ? { key_workers: c.key_workers.map((k) => ({ worker: k.worker, from: k.from })) } : {}),
    ...placedOf(c),
  };
}

function dueContract(c: Contract): DueContract {
  return {
    concluded: c.concluded,
    term: {
      ...(c.term.indefinite !== undefined ? { indefinite: c.term.indefinite } : {}),
      ...(c.term.until !== undefined ? { until: c.term.until } : {}),
    },
    ...(c.amendments
      ? { amendments: c.amendments.map((a) => (a.term_until !== undefined ? { term_until: a.term_until } : {})) }
      : {}),
    ...(c.reports ? { reports: c.reports.map((r) => ({ date: r.date })) } : {}),
  };
}

function dueGoals(g: Goals): DueGoals {
  const current = g.personal_goals.at(-1);
  return {
    ...(g.plan?.written !== undefined ? { plan: { written: g.plan.written } } : {}),
    // The rules read only the current (last) personal goal.
    personal_goals: current
      ? [
          {
            set: current.set,
            ...(current.evaluations ? { evaluations: current.evaluations.map((e) => ({ date: e.date })) } : {}),
          },
        ]
      : [],
    // only open partial goals fall due
    partial_goals: g.partial_goals
      .filter((p) => p.status === 'open')
      .map((p) => ({ id: p.id, status: p.status, review: p.review })),
  };
}

export interface DueRead {
  facts?: DueFacts;
  problems: Problem[];
}

/**
 * An archived case's retention date: from termination.yaml, or for a refused applicant from the
 * refusal in client.yaml (the client is then given too, having been read anyway).
 */
export function readRetention(
  root: string,
  id: string,
  trace?: Trace,
): { client?: Client; until?: string; problems: Problem[] } {
  const dir = caseDirRel(id, 'archive');
  const problems: Problem[] = [];
  if (trace) stampFile(root, dir, trace);
  const term = readRecord<Termination>(root, `${dir}/${CASE_FILES.termination}`, 'termination', problems, trace);
  if (term?.archive_until) return { until: term.archive_until, problems };
  const client = readRecord<Client>(root, `${dir}/${CASE_FILES.client}`, 'client', problems, trace);
  const until = archiveUntil(client, term);
  return { ...(client ? { client } : {}), ...(until ? { until } : {}), problems };
}

export function readArchivedClient(root: string, id: string, problems: Problem[]): Client | undefined {
  return readRecord<Client>(root, `${caseDirRel(id, 'archive')}/${CASE_FILES.client}`, 'client', problems);
}

/** personalContact: the provider keeps the personal-contact rule (foster-care support), so the last such contact is looked for. */
export function readDueFacts(
  root: string,
  id: string,
  trace?: Trace,
  opts: { personalContact?: boolean; education?: boolean } = {},
): DueRead {
  const dir = caseDirRel(id, 'clients');
  const problems: Problem[] = [];
  let entries: Dirent[];
  if (trace) stampFile(root, dir, trace);
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return { problems: [{ code: 'file-unreadable', file: dir, params: { reason: 'EIO' } }] };
  }
  // One listing says which records there are: an absent one is not opened.
  const present = new Set(entries.map((e) => e.name));
  // A symbolic link is never followed: reported, so the case is not silently left out.
  for (const e of entries)
    if (e.isSymbolicLink())
      problems.push({ code: 'symlink', file: `${dir}/${e.name}`, params: { file: `${dir}/${e.name}` } });
  if (problems.length > 0) return { problems };
  if (entries.some((e) => e.name === CASE_FILES.termination)) return { problems };
  const client = readRecord<Client>(root, `${dir}/${CASE_FILES.client}`, 'client', problems, trace);
  if (!client) {
    if (problems.length === 0)
      problems.push({ code: 'missing-client', file: `${dir}/${CASE_FILES.client}`, params: { id } });
    return { problems };
  }
  if (client.status !== 'active' && client.status !== 'applicant') return { problems };
  if (trace) stampFile(root, `${dir}/${CONTACTS_DIR}`, trace);
  const listing = listContactFiles(root, dir);
  for (const file of listing.links) problems.push({ code: 'symlink', file, params: { file } });
  // A contact record the due rules would not see (a wrong date in its name) is a broken record.
  for (const name of listing.badNames) problems.push(badNameProblem(dir, name));
  const files = listing.contacts;
  const contactDates = files.map((f) => f.date);
  // The next meeting is the one the newest planning record set: newest first, until a record
  // plans one. A later contact that plans nothing (a phone call) leaves the plan standing.
  let plannedMeeting: string | undefined;
  // Under the personal-contact rule, on until the newest contact in person with the children, too.
  let lastPersonal: string | undefined;
  // The carers' education (foster-care support): every contact is read – such a case has few.
  const education: ContactRecord[] | undefined = opts.education && client.status === 'active' ? [] : undefined;
  const looking = (): boolean =>
    education !== undefined || !plannedMeeting || (opts.personalContact === true && !lastPersonal);
  for (let i = files.length - 1; i >= 0 && looking(); i--) {
    // a corrected record: the newest correction is the record in effect
    const c = readRecord<ContactRecord>(
      root,
      `${dir}/${CONTACTS_DIR}/${files[i].corrections?.at(-1) ?? files[i].name}`,
      'contact',
      problems,
      trace,
    );
    plannedMeeting ??= c?.next_meeting;
    if (opts.personalContact && !lastPersonal && c && isPersonalContact(c, client)) lastPersonal = files[i].date;
    if (education && c) education.unshift(c);
  }
  let contract: Contract | undefined;
  let goals: Goals | undefined;
  if (client.status === 'active') {
    if (present.has(CASE_FILES.contract))
      contract = readRecord<Contract>(root, `${dir}/${CASE_FILES.contract}`, 'contract', problems, trace);
    if (present.has(CASE_FILES.goals))
      goals = readRecord<Goals>(root, `${dir}/${CASE_FILES.goals}`, 'goals', problems, trace);
  }
  if (problems.length > 0) return { problems };
  return {
    facts: {
      id,
      client: dueClient(client),
      ...(contract ? { contract: dueContract(contract) } : {}),
      ...(goals ? { goals: dueGoals(goals) } : {}),
      contactDates,
      ...(plannedMeeting ? { plannedMeeting } : {}),
      ...(lastPersonal ? { lastPersonal } : {}),
      ...(education ? { education: contactEducation(education) } : {}),
    },
    problems,
  };
}
