// Which record values a message or excerpt may show – an allow-list, so an unknown key leaks
// nothing – and which fields hold personal data: problems locate and explain (file, line,
// column, field, the form expected), never quote.
import type { PathSegment } from './types.js';

/**
 * Fields whose values identify a person or tell about their life: names, birth data, contact
 * details, addresses, and every free text (the client's words, the worker's notes). A path is
 * personal when any of its segments is one of these.
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'given',
  'family',
  'pseudonym',
  'birth_date',
  'birth_year',
  'birth_number',
  'phone',
  'email',
  'address',
  'legal_representative',
  'representative',
  'participants',
  'responsible',
  'place',
  'request',
  'summary',
  'progress',
  'satisfaction',
  'note',
  'comment',
  'text',
  'criteria',
  'initial_situation',
  'client_absent_reason',
  'reason_other',
  'changes',
  'personal_goal',
  'new_personal_goal',
  'corrects',
  'cooperating',
  'role',
  'organisation',
  'participation',
  'recipient',
]);

/**
 * The only fields whose values a message or an excerpt may show (an allow-list: anything not
 * named here – an unknown or misspelt key included – is masked): ids (of cases, workers, goals,
 * files), codes from the provider's lists, dates of service events (never a birth date),
 * durations and yes/no switches, and the settings of spis.yaml that are no one's data.
 */
export const SHOWN_FIELDS: ReadonlySet<string> = new Set([
  // ids
  'id',
  'person',
  'worker',
  'workers',
  'key_worker',
  'personal_data_by',
  'goal',
  'serves',
  'reworded_as',
  'replaced_by',
  'number',
  'recorded_in',
  'source',
  'corrects',
  'case',
  'cases',
  'handler',
  'remote',
  'branch',
  // codes
  'status',
  'type',
  'form',
  'sex',
  'target_group',
  'kind',
  'outcome',
  'law',
  'paragraph',
  'channel',
  'about',
  'whom',
  // dates of service events
  'date',
  'applied',
  'concluded',
  'replaced',
  'set',
  'review',
  'next_review',
  'closed',
  'written',
  'next_meeting',
  'from',
  'to',
  'until',
  'effective',
  'term_until',
  'personal_data',
  'archive_until',
  'received',
  'deadline',
  'due',
  // numbers and switches
  'duration_min',
  'time',
  'anonymous',
  'one_off',
  'purged',
  'case_purged',
  'cases_purged',
  'children',
  'oral_contract',
  'sent_by_email',
  'email_records',
  'photos',
  'indefinite',
  'active',
  // settings
  'format',
  'commit',
  'cache',
  'require_assessment',
  'reserve_ids',
  'retention_years',
  'small_cell',
  'max_contact_gap',
  'report_interval',
  'due_window',
  'complaint_reply',
  'training_hours',
  // the staff's training: facts of the service, no client's
  'course',
  'provider',
  'hours',
  'fte',
  'accreditation',
  // the household members present at a contact, a goal's member (ids m1, m2…)
  'present',
  'member',
  'members',
  'days',
  // a child's placement: the dates of the court's decision and the OSPOD's plan, the kind and end of care
  'decision_date',
  'final',
  'ipod',
  'ended',
  'carer',
  'carer_status',
  // group activities: the topic the service held, who came (case ids) and how many
  'topic',
  'attendees',
  'attendance',
  'attendees_purged',
  'others',
  'education',
  'written_plan_after_contacts',
  'ico',
  'registration_id',
]);

const segmentsOf = (path: readonly PathSegment[] | string): PathSegment[] =>
  typeof path === 'string' ? path.split(/[.[\]]+/).filter(Boolean) : [...path];

/**
 * Whether the value at a path may not be shown: unless its own field is on the allow-list and no
 * field above it holds personal data (a date inside a legal representative's entry is hers).
 */
export function isPersonalPath(path: readonly PathSegment[] | string | undefined, value?: unknown): boolean {
  if (path === undefined) return false;
  const segs = segmentsOf(path);
  const own = [...segs].reverse().find((s): s is string => typeof s === 'string');
  if (own === undefined) return true;
  if (isFamilyLink(segs)) return !(typeof value === 'string' && CASE_LINK.test(value));
  if (value !== undefined && !inShape(own, value)) return true;
  return !SHOWN_FIELDS.has(own) || segs.some((s) => typeof s === 'string' && PERSONAL_FIELDS.has(s));
}

/**
 * The link to a person (her own case, a household member of another case): shown only in that
 * shape – anything else in it may be the name a worker typed in.
 */
const CASE_LINK = /^[0-9]{4}-([0-9]{4}|p[0-9a-z]{3})(\/m[0-9]{1,2})?$/;
const SHAPED: Readonly<Record<string, RegExp>> = { person: CASE_LINK };

/**
 * The client's own `family` – the case the family's work began with – is a case link too, shown in
 * that shape; `family` anywhere below (a name's surname) is personal.
 */
function isFamilyLink(segs: readonly PathSegment[]): boolean {
  return segs.length === 1 && segs[0] === 'family';
}

/** Whether a value may stand where its field's shape says (true for a field of no set shape). */
function inShape(field: string, value: unknown): boolean {
  const shape = SHAPED[field];
  return !shape || (typeof value === 'string' && shape.test(value));
}

/** A scalar as a YAML line writes it: without its comment and quotes. */
const scalarText = (s: string): string =>
  s
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');

/** A line of a record with its value hidden character for character, so a column marker still fits. */
function hideAfter(line: string, from: number): string {
  return line.slice(0, from) + line.slice(from).replace(/\S/g, '•');
}

/**
 * The excerpt under a problem, with every value hidden that the allow-list does not let through:
 * after the key where the line's own key is not on it (or the problem lies in a personal
 * subtree); the whole line where it carries no key (it continues a text block or is a list
 * item, whose field the line cannot tell).
 */
export function maskExcerpt(line: string, path?: string): string {
  const m = /^(\s*(?:-\s+)?)(?:"([^"]*)"|'([^']*)'|([^\s:#'"][^:#]*?))\s*:(?=\s|$)/.exec(line);
  if (!m)
    return line.trim() === '' || /^\s*(#|-\s*$|---|\.\.\.)/.test(line)
      ? line
      : hideAfter(line, line.length - line.trimStart().length);
  const key = m[2] ?? m[3] ?? m[4] ?? '';
  const rest = line.slice(m[0].length);
  if (/^\s*(#.*)?$/.test(rest)) return line; // a key that opens a block holds no value on its line
  // Shown only where the line's key is on the allow-list, none of the keys of a flow collection
  // on it ({address: …, phone: …}) is off it, and the problem's path is no personal subtree.
  const inner = [...rest.matchAll(/[{,]\s*["']?([^\s:{},"']+)["']?\s*:/g)].map((x) => x[1]);
  if (path !== undefined && isFamilyLink(segmentsOf(path)) && m[1] === '' && key === 'family')
    return CASE_LINK.test(scalarText(rest)) ? line : hideAfter(line, m[0].length);
  const underPersonal =
    path !== undefined && segmentsOf(path).some((s) => typeof s === 'string' && PERSONAL_FIELDS.has(s));
  // A shaped field (a case link) is shown only in its shape, on its own line or in a flow collection.
  const misshapen =
    (key in SHAPED && !inShape(key, scalarText(rest))) ||
    [...rest.matchAll(/[{,]\s*["']?([a-z_]+)["']?\s*:\s*([^,}]*)/g)].some(
      ([, k, v]) => k !== undefined && k in SHAPED && !inShape(k, scalarText(v ?? '')),
    );
  if (!SHOWN_FIELDS.has(key) || inner.some((k) => !SHOWN_FIELDS.has(k)) || underPersonal || misshapen)
    return hideAfter(line, m[0].length);
  return line;
}

/**
 * Whether a key looks like a field name (lower-case letters, digits, underscores) rather than a
 * value that ended up before a colon ("Lipová 3, Olomouc" split by a flow mapping): only such a
 * key is named in a message.
 */
export function isFieldName(key: string): boolean {
  return /^[a-z][a-z0-9_]{0,39}$/.test(key);
}

/** An unknown key as a message may name it: itself when it looks like a field name, else a mark. */
export function shownKey(key: string): string {
  return isFieldName(key) ? key : '…';
}
