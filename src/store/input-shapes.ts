// What each command's scripted input (--from) may hold: its keys, nested as in the input, and
// which of its leaves are dates. Record-shaped parts are read off the record schemas themselves
// (schemas/*.schema.json), so an input and the record it becomes cannot drift apart; the keys a
// command adds of its own are declared here, once. Every --from goes through one of these: an
// unknown key is refused with where it is and the nearest known one, and every date field takes
// the forms a prompt takes (22. 11. 2026, 4. 9., dnes, +14d).
import { fieldsOf } from '../domain/fields.js';
import { readFileSync } from 'node:fs';
import type { RecordKind } from '../domain/types.js';
import { SCHEMA_DIR, SCHEMA_FILES } from './validate.js';
import type { Problem } from '../problems.js';
import { parseDateInput } from '../domain/dates.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { ONE_OFF_CLIENT_KEYS, ONE_OFF_CONTACT_KEYS } from '../domain/one-off.js';
import { isFieldName, shownKey } from '../domain/privacy.js';
import { problemAtKey, type ParsedYaml, type PathSegment } from './yaml-file.js';
import { EDITABLE_CLIENT_FIELDS } from '../domain/client-changes.js';

/** A leaf of any value, a date leaf, or an object of known keys (applied to each item of a list). */
export type Shape = 'any' | 'date' | { readonly [key: string]: Shape };

export type JsonSchema = {
  $ref?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
};

const schemas = new Map<string, JsonSchema>();
/** A schema of schemas/ by its file name, read once. */
export function schemaFile(file: string): JsonSchema {
  let s = schemas.get(file);
  if (!s) {
    const read: JsonSchema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8'));
    s = read;
    schemas.set(file, s);
  }
  return s;
}

/** A schema object (the schemas are ours: any object in them is one). */
function isSchema(node: unknown): node is JsonSchema {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The schema a `$ref` names, in the same file or another of schemas/, and the file it is in. */
export function resolveRef(ref: string, file: string): { node: JsonSchema; file: string } {
  const [target, pointer = ''] = ref.split('#');
  const inFile = target || file;
  let node: unknown = schemaFile(inFile);
  for (const seg of pointer.split('/').filter(Boolean))
    node = typeof node === 'object' && node !== null ? fieldsOf(node)[seg] : undefined;
  return { node: isSchema(node) ? node : {}, file: inFile };
}

function shapeOf(node: JsonSchema, file: string, depth = 0): Shape {
  if (depth > 20) return 'any';
  if (node.$ref) {
    if (
      /common\.schema\.json#\/definitions\/date$/.test(node.$ref) ||
      (node.$ref === '#/definitions/date' && file === SCHEMA_FILES.common)
    )
      return 'date';
    const r = resolveRef(node.$ref, file);
    return shapeOf(r.node, r.file, depth + 1);
  }
  if (node.format === 'date') return 'date';
  if (node.items) return shapeOf(node.items, file, depth + 1);
  const merged: Record<string, Shape> = {};
  let isObject = false;
  for (const part of [node, ...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    if (part !== node && (part.$ref || part.items)) {
      const s = shapeOf(part, file, depth + 1);
      if (typeof s === 'object') {
        isObject = true;
        Object.assign(merged, s);
      } else if (s === 'date') return 'date';
      continue;
    }
    if (!part.properties) continue;
    isObject = true;
    for (const [k, v] of Object.entries(part.properties))
      if (!(k in merged) || merged[k] === 'any') merged[k] = shapeOf(v, file, depth + 1);
  }
  return isObject ? merged : 'any';
}

/** The shape of a record kind, or of a part of it (a top-level field). */
export function recordShape(kind: RecordKind, field?: string): { [key: string]: Shape } {
  const root = schemaFile(SCHEMA_FILES[kind]);
  const node = field ? root.properties?.[field] : root;
  const s = node ? shapeOf(node, SCHEMA_FILES[kind]) : 'any';
  if (typeof s !== 'object') throw new Error(`no object shape for ${kind}${field ? `.${field}` : ''}`);
  return s;
}

function pick(shape: { [key: string]: Shape }, keys: readonly string[]): { [key: string]: Shape } {
  return Object.fromEntries(keys.filter((k) => k in shape).map((k) => [k, shape[k]]));
}

function omit(shape: { [key: string]: Shape }, keys: readonly string[]): { [key: string]: Shape } {
  return Object.fromEntries(Object.entries(shape).filter(([k]) => !keys.includes(k)));
}

/** The scripted inputs of the writing commands. */
export type InputKind =
  | 'client-new'
  | 'client-edit'
  | 'contact'
  | 'assess'
  | 'contract-new'
  | 'contract-amend'
  | 'plan'
  | 'close'
  | 'periodic-report'
  | 'key-worker'
  | 'refuse'
  | 'one-off'
  | 'complaint-add'
  | 'complaint-reply'
  | 'incident-add'
  | 'incident-close'
  | 'training-add'
  | 'group-add';

/** The fields `spis client edit` changes (the rest of client.yaml is kept by the commands that own it). */
export { EDITABLE_CLIENT_FIELDS };

export function inputShape(kind: InputKind): { [key: string]: Shape } {
  switch (kind) {
    case 'client-new':
      // id and status are the tool's to give: known here, refused with their own message after.
      return { ...recordShape('client'), key_worker: 'any' };
    case 'client-edit':
      return pick(recordShape('client'), EDITABLE_CLIENT_FIELDS);
    case 'contact':
      return recordShape('contact');
    case 'one-off':
      // Of the person what a one-off contact may know, of the contact what it has (no goals, no next meeting).
      return {
        ...pick(recordShape('client'), ONE_OFF_CLIENT_KEYS),
        ...pick(recordShape('contact'), ONE_OFF_CONTACT_KEYS),
      };
    case 'assess':
      // note: the record's key; conclusion: the name earlier versions took.
      return { date: 'date', workers: 'any', note: 'any', conclusion: 'any', key_worker: 'any' };
    case 'contract-new': {
      const client = recordShape('client');
      return {
        ...omit(recordShape('contract'), ['amendments', 'previous', 'reports']),
        initial_situation: 'any',
        key_worker: 'any',
        reason: 'any',
        contact: pick(recordShape('contact'), [
          'date',
          'time',
          'form',
          'type',
          'place',
          'duration_min',
          'participants',
          'summary',
          'next_meeting',
        ]),
        consents: client.consents,
        // Names, or {name, date}.
        documents: { name: 'any', date: 'date' },
        // Only birth_date and address are taken here; the client's other fields are known, so
        // that spis contract new can say they belong to spis client edit.
        client,
      };
    }
    case 'contract-amend':
      return {
        date: 'date',
        effective: 'date',
        changes: 'any',
        scope: 'any',
        place_time: 'any',
        payment: 'any',
        term_until: 'date',
        personal_goal: 'any',
        worker: 'any',
      };
    case 'plan':
      return { date: 'date', initial_situation: 'any', participation: 'any', participants: 'any', worker: 'any' };
    case 'close':
      return omit(recordShape('termination'), ['archive_until', 'one_off']);
    case 'periodic-report':
      return recordShape('contract', 'reports');
    case 'key-worker':
      // worker: the worker taking the case (or the command's argument); date: from when.
      return { worker: 'any', date: 'date', note: 'any' };
    case 'refuse':
      return recordShape('client', 'refusal');
    case 'complaint-add':
      // The number is the tool's to give; the reply is recorded by spis complaint reply.
      return omit(recordShape('complaint'), ['id', 'reply', 'case_purged']);
    case 'complaint-reply':
      return recordShape('complaint', 'reply');
    case 'incident-add':
      // The number is the tool's to give; the closing is recorded by spis incident close.
      return omit(recordShape('incident'), ['id', 'closed', 'cases_purged']);
    case 'incident-close':
      return recordShape('incident', 'closed');
    case 'training-add':
      return omit(recordShape('training'), ['id']);
    case 'group-add':
      return omit(recordShape('group'), ['id', 'attendees_purged']);
  }
}

/** Every known key of a shape at one level, for the nearest-match suggestion. */
export function knownKeys(shape: Shape): string[] {
  return typeof shape === 'object' ? Object.keys(shape) : [];
}

/** Every key of the input that its shape does not know, at the key, with the nearest known one. */
export function unknownKeys(parsed: ParsedYaml, data: unknown, shape: Shape, path: PathSegment[] = []): Problem[] {
  if (typeof shape !== 'object' || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => unknownKeys(parsed, item, shape, [...path, i]));
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const segs = [...path, key];
    if (!(key in shape)) {
      const params = {
        field: shownKey(key),
        suggestion: isFieldName(key) ? didYouMean(key, knownKeys(shape)) : undefined,
      };
      out.push(problemAtKey(parsed, segs, 'schema-unknown-field', params));
    } else out.push(...unknownKeys(parsed, value, shape[key], segs));
  }
  return out;
}

/**
 * Every date leaf of the input in the forms a prompt takes (22. 11. 2026, 4. 9., dnes, +14d)
 * made ISO; `date` itself counts from today, the record's other dates from its `date`. A value
 * that is no date stays as written, for the record's schema to refuse with its position.
 */
export function resolveDates(data: Record<string, unknown>, shape: Shape, today: string): Record<string, unknown> {
  const copy = structuredClone(data);
  const own = typeof copy.date === 'string' ? parseDateInput(copy.date, today) : undefined;
  const base = own ?? today;
  const visit = (node: unknown, s: Shape, top: boolean): unknown => {
    if (s === 'date')
      return typeof node === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(node)
        ? (parseDateInput(node, base) ?? node)
        : node;
    if (s === 'any' || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => visit(item, s, false));
    return fields(fieldsOf(node), s, top);
  };
  const fields = (obj: Record<string, unknown>, s: Exclude<Shape, 'date' | 'any'>, top: boolean) => {
    for (const [k, v] of Object.entries(obj)) {
      if (!(k in s)) continue;
      obj[k] = top && k === 'date' ? (own ?? v) : visit(v, s[k], false);
    }
    return obj;
  };
  return shape === 'date' || shape === 'any' ? copy : fields(copy, shape, true);
}
