// A record changed in two clones, merged field by field: what only one side changed is taken
// from it, what both changed alike is taken once, and only a field both changed differently is
// a conflict for a person to decide. Lists of items with an `id` (partial goals) are merged item
// by item; other lists merge where both sides only appended to them, and are otherwise one field.
// Pure: plain data in, plain data out.
import { isDeepStrictEqual } from 'node:util';

/** A step into a record: a key, or the item of an id-keyed list with that id. */
export type FieldStep = string | { id: string };

export interface FieldConflict {
  path: FieldStep[];
  /** undefined: the field is absent on that side. */
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface RecordMerge {
  /** The merged record; a conflicting field holds the value of `theirs` until decided. */
  value: Record<string, unknown>;
  conflicts: FieldConflict[];
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
type IdItem = Record<string, unknown> & { id: string };
const isIdList = (v: unknown): v is IdItem[] =>
  Array.isArray(v) && v.every((x) => isMap(x) && typeof x.id === 'string');
const eq = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);

export function mergeRecord(
  base: Record<string, unknown> | undefined,
  ours: Record<string, unknown>,
  theirs: Record<string, unknown>,
): RecordMerge {
  const conflicts: FieldConflict[] = [];
  const value = merge(base, ours, theirs, [], conflicts);
  return { value: isMap(value) ? value : theirs, conflicts };
}

function merge(base: unknown, ours: unknown, theirs: unknown, path: FieldStep[], out: FieldConflict[]): unknown {
  if (eq(ours, theirs)) return ours;
  if (eq(base, ours)) return theirs;
  if (eq(base, theirs)) return ours;
  if (isMap(ours) && isMap(theirs) && (base === undefined || isMap(base))) {
    const b: Record<string, unknown> = isMap(base) ? base : {};
    const result: Record<string, unknown> = {};
    // Ours' order of keys, then the keys only theirs has.
    for (const key of [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !Object.hasOwn(ours, k))]) {
      const v = merge(b[key], ours[key], theirs[key], [...path, key], out);
      if (v !== undefined) result[key] = v;
    }
    return result;
  }
  if (isIdList(ours) && isIdList(theirs) && (base === undefined || isIdList(base))) {
    const byId = (list: IdItem[] | undefined): Map<string, IdItem> => new Map((list ?? []).map((x) => [x.id, x]));
    const b = byId(isIdList(base) ? base : undefined);
    const o = byId(ours);
    const t = byId(theirs);
    const ids = [...o.keys(), ...[...t.keys()].filter((id) => !o.has(id))];
    const result: unknown[] = [];
    for (const id of ids) {
      const v = merge(b.get(id), o.get(id), t.get(id), [...path, { id }], out);
      if (v !== undefined) result.push(v);
    }
    return result;
  }
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs)) {
    // Both only appended (evaluations, key workers): the base, then each side's new items.
    const prefix = (list: unknown[]): boolean => base.every((x, i) => eq(x, list[i]));
    if (prefix(ours) && prefix(theirs)) {
      const added = ours.slice(base.length);
      return [...base, ...added, ...theirs.slice(base.length).filter((x) => !added.some((y) => eq(x, y)))];
    }
  }
  out.push({ path, base, ours, theirs });
  return theirs;
}

/** The record with a decided field set (undefined removes it). */
export function setField(
  record: Record<string, unknown>,
  path: readonly FieldStep[],
  value: unknown,
): Record<string, unknown> {
  const root = structuredClone(record);
  if (path.length === 0) return isMap(value) ? structuredClone(value) : root;
  let cur: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (typeof step === 'string') {
      // Conflict paths come from merging these very records: one the record has not is a fault, never skipped.
      if (!isMap(cur)) throw new Error(`setField: no field ${step} at ${JSON.stringify(path.slice(0, i))}`);
      const map = cur;
      if (last) {
        if (value === undefined) delete map[step];
        else map[step] = structuredClone(value);
        return root;
      }
      if (!isMap(map[step]) && !Array.isArray(map[step])) map[step] = typeof path[i + 1] === 'string' ? {} : [];
      cur = map[step];
    } else {
      if (!Array.isArray(cur)) throw new Error(`setField: no list at ${JSON.stringify(path.slice(0, i))}`);
      const list: unknown[] = cur;
      const at = list.findIndex((x) => isMap(x) && x.id === step.id);
      if (last) {
        if (value === undefined) {
          if (at >= 0) list.splice(at, 1);
        } else if (at >= 0) list[at] = structuredClone(value);
        else list.push(structuredClone(value));
        return root;
      }
      if (at < 0) return root;
      cur = list[at];
    }
  }
  return root;
}

/** A field path as people read it: address.city, partial_goals[c2].text. */
export function fieldName(path: readonly FieldStep[]): string {
  return path.map((s, i) => (typeof s === 'string' ? `${i ? '.' : ''}${s}` : `[${s.id}]`)).join('') || '(celý záznam)';
}

/** Parses a field name back into steps (the form of fieldName). */
export function parseFieldName(name: string): FieldStep[] {
  const steps: FieldStep[] = [];
  const re = /([^.[\]]+)|\[([^\]]+)\]/g;
  for (let m = re.exec(name); m; m = re.exec(name)) steps.push(m[1] !== undefined ? m[1] : { id: m[2] });
  return steps;
}
