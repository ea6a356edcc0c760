// Which record fields hold personal data, so that no message or excerpt ever shows their value:
// problems locate and explain (file, line, column, field, the form expected), never quote.
import type { PathSegment } from './types.js';

/**
 * Fields whose values identify a person or tell about their life: names, birth data, contact
 * details, addresses, and every free text (the client's words, the worker's notes). A path is
 * personal when any of its segments is one of these.
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'name', 'given', 'family', 'pseudonym', 'birth_date', 'birth_year', 'birth_number', 'phone', 'email', 'address',
  'legal_representative', 'representative', 'participants', 'responsible', 'place',
  'request', 'summary', 'progress', 'satisfaction', 'note', 'comment', 'text', 'criteria', 'initial_situation',
  'client_absent_reason', 'reason_other', 'changes', 'personal_goal', 'new_personal_goal', 'corrects',
  'cooperating', 'role', 'organisation', 'participation', 'recipient',
]);

export function isPersonalPath(path: readonly PathSegment[] | string | undefined): boolean {
  if (path === undefined) return false;
  const segs = typeof path === 'string' ? path.split(/[.[\]]+/).filter(Boolean) : path;
  return segs.some((s) => typeof s === 'string' && PERSONAL_FIELDS.has(s));
}

/** A line of a record with its value hidden character for character, so a column marker still fits. */
function hideAfter(line: string, from: number): string {
  return line.slice(0, from) + line.slice(from).replace(/\S/g, '•');
}

/**
 * The excerpt under a problem, with personal values hidden: after the key where the problem's
 * path or the line's own key is personal; the whole line where it carries no key (it continues
 * a text block, whose field the line cannot tell).
 */
export function maskExcerpt(line: string, path?: string): string {
  const m = /^(\s*(?:-\s+)?)(?:"([^"]*)"|'([^']*)'|([^\s:#'"][^:#]*?))\s*:(?=\s|$)/.exec(line);
  if (!m) return line.trim() === '' || /^\s*(#|-\s*$|---|\.\.\.)/.test(line) ? line : hideAfter(line, line.length - line.trimStart().length);
  const key = m[2] ?? m[3] ?? m[4] ?? '';
  // A flow collection on one line ({address: …, phone: …}) carries the values of the keys inside it.
  const inner = [...line.slice(m[0].length).matchAll(/[{,]\s*["']?([^\s:{},"']+)["']?\s*:/g)].map((x) => x[1]);
  if (PERSONAL_FIELDS.has(key) || inner.some((k) => PERSONAL_FIELDS.has(k) || !isFieldName(k)) || (isPersonalPath(path) && !/^\s*$/.test(line.slice(m[0].length)) && !isStructuralKey(key))) return hideAfter(line, m[0].length);
  return line;
}

/** Keys whose lines carry no personal value of their own even inside a personal subtree. */
function isStructuralKey(key: string): boolean {
  return key === 'relation';
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
