// Three-way merge of a case's goals, for goals.yaml edited in two clones (git's merge driver
// during `spis sync`). Goals and evaluations only ever grow, each evaluation naming the record it
// came from, so both sides' goals and evaluations are kept; a goal's state follows its latest
// evaluation when both sides moved it. What cannot be decided safely – the same new goal id with
// two different goals, a field both sides changed differently – is a conflict: undefined.
import { isDeepStrictEqual } from 'node:util';
import type { Goals, PartialGoal, PersonalGoal } from './types.js';

const CONFLICT = Symbol('conflict');
type Merged<T> = T | typeof CONFLICT;

function merge3<T>(o: T | undefined, a: T | undefined, b: T | undefined): Merged<T | undefined> {
  if (isDeepStrictEqual(a, b)) return a;
  if (isDeepStrictEqual(o, a)) return b;
  if (isDeepStrictEqual(o, b)) return a;
  return CONFLICT;
}

/** Both sides' items, each once, in date order (ours first on the same day). */
function unionByDate<T extends { date: string }>(a: readonly T[] = [], b: readonly T[] = []): T[] {
  const out = [...a];
  for (const e of b) if (!out.some((x) => isDeepStrictEqual(x, e))) out.push(e);
  return out
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.date < y.e.date ? -1 : x.e.date > y.e.date ? 1 : x.i - y.i))
    .map((x) => x.e);
}

/** Field by field for plain objects; every key either side has. */
function mergeFields<T extends object>(o: T | undefined, a: T, b: T, skip: readonly string[] = []): Merged<T> {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (skip.includes(k)) continue;
    const v = merge3(
      (o as Record<string, unknown> | undefined)?.[k],
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
    );
    if (v === CONFLICT) return CONFLICT;
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

const STATE: readonly (keyof PartialGoal)[] = ['status', 'review', 'closed', 'replaced_by'];

function mergePartial(o: PartialGoal | undefined, a: PartialGoal, b: PartialGoal): Merged<PartialGoal> {
  // The same id born on both sides is two different goals unless they are identical.
  if (!o) return isDeepStrictEqual(a, b) ? a : CONFLICT;
  const fixed = mergeFields(o, a, b, ['evaluations', ...STATE]);
  if (fixed === CONFLICT) return CONFLICT;
  const evaluations = unionByDate(a.evaluations, b.evaluations);
  const pick = (g: PartialGoal): Partial<PartialGoal> =>
    Object.fromEntries(STATE.filter((k) => g[k] !== undefined).map((k) => [k, g[k]]));
  let state = merge3(pick(o), pick(a), pick(b));
  if (state === CONFLICT || state === undefined) {
    // Both sides moved the goal: its state is what its latest evaluation says.
    const last = evaluations.at(-1);
    if (!last) return CONFLICT;
    state =
      last.status === 'continues'
        ? { status: 'open', review: last.next_review ?? (a.review > b.review ? a.review : b.review) }
        : {
            status: last.status as PartialGoal['status'],
            review: a.review,
            closed: last.date,
            ...((a.replaced_by ?? b.replaced_by) ? { replaced_by: a.replaced_by ?? b.replaced_by } : {}),
          };
  }
  const out = { ...fixed, ...state };
  if (evaluations.length) out.evaluations = evaluations;
  return out;
}

function mergePersonal(o: PersonalGoal | undefined, a: PersonalGoal, b: PersonalGoal): Merged<PersonalGoal> {
  const fixed = mergeFields(o, a, b, ['evaluations']);
  if (fixed === CONFLICT) return CONFLICT;
  const evaluations = unionByDate(a.evaluations, b.evaluations);
  return { ...fixed, ...(evaluations.length ? { evaluations } : {}) };
}

/** Merges a list keyed by `key`: ours in order, then theirs that are new; a deletion only where the other side left the item alone. */
function mergeList<T>(
  o: readonly T[],
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  item: (o: T | undefined, a: T, b: T) => Merged<T>,
): Merged<T[]> {
  const find = (list: readonly T[], k: string): T | undefined => list.find((x) => key(x) === k);
  const out: T[] = [];
  for (const x of a) {
    const k = key(x);
    const other = find(b, k);
    const base = find(o, k);
    if (other === undefined) {
      if (base === undefined)
        out.push(x); // new on our side
      else if (!isDeepStrictEqual(base, x)) return CONFLICT; // they deleted what we changed
      continue;
    }
    const m = item(base, x, other);
    if (m === CONFLICT) return CONFLICT;
    out.push(m);
  }
  for (const y of b) {
    const k = key(y);
    if (find(a, k) !== undefined) continue;
    const base = find(o, k);
    if (base === undefined)
      out.push(y); // new on their side
    else if (!isDeepStrictEqual(base, y)) return CONFLICT; // we deleted what they changed
  }
  return out;
}

export function mergeGoals(o: Goals | undefined, a: Goals, b: Goals): Goals | undefined {
  const rest = mergeFields(o, a, b, ['plan', 'personal_goals', 'partial_goals']);
  if (rest === CONFLICT) return undefined;
  const plan = a.plan && b.plan ? mergeFields(o?.plan, a.plan, b.plan) : merge3(o?.plan, a.plan, b.plan);
  if (plan === CONFLICT) return undefined;
  const personal = mergeList(
    o?.personal_goals ?? [],
    a.personal_goals,
    b.personal_goals,
    (g) => `${g.set}|${g.source}`,
    mergePersonal,
  );
  if (personal === CONFLICT) return undefined;
  const partial = mergeList(o?.partial_goals ?? [], a.partial_goals, b.partial_goals, (g) => g.id, mergePartial);
  if (partial === CONFLICT) return undefined;
  personal.sort((x, y) => (x.set < y.set ? -1 : x.set > y.set ? 1 : 0));
  return { ...rest, ...(plan ? { plan } : {}), personal_goals: personal, partial_goals: partial };
}

/** New partial goals of ours whose id the other side gave to a different goal: the ids to move. */
export function clashingGoalIds(base: Goals | undefined, ours: Goals, theirs: Goals): string[] {
  const before = new Set((base?.partial_goals ?? []).map((g) => g.id));
  return ours.partial_goals
    .filter((g) => !before.has(g.id))
    .filter((g) => {
      const t = theirs.partial_goals.find((x) => x.id === g.id);
      return t !== undefined && !isDeepStrictEqual(t, g);
    })
    .map((g) => g.id);
}
