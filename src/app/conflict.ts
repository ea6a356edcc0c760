// spis conflict, the application side: one waiting record decided field by field (from --from or
// the prompts), checked like any write and committed with the waiting version as second parent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { Repo } from '../store/repo.js';
import { CASE_FILES, caseDirRel, locateCase } from '../store/case-store.js';
import { conflictTexts, dropConflict, type PendingConflict } from '../store/conflicts.js';
import { parseYaml } from '../store/yaml-file.js';
import { fieldName, mergeRecord, setField, type FieldConflict } from '../domain/merge-record.js';
import { decidedValue, typedValue, type Decision } from '../ui/conflict.js';
import type { ScriptedInput } from './input.js';
import { updateCase, type CaseChanges } from './write-case.js';

type Kind = keyof Omit<CaseChanges, 'newContact'>;

/** Decides one waiting record: 'saved', 'discarded' at the prompts, or 'gone' when its case was purged meanwhile. */
export async function decideConflict(
  ctx: Context,
  repo: Repo,
  c: PendingConflict,
  scripted: ScriptedInput | undefined,
): Promise<'saved' | 'discarded' | 'gone'> {
  const kind = c.record.replace(/\.yaml$/, '') as Kind;
  let rel: string;
  try {
    rel = `${caseDirRel(c.caseId, locateCase(repo, c.caseId))}/${CASE_FILES[kind]}`;
  } catch {
    // The case is gone (purged): nothing is left to decide.
    dropConflict(repo.root, c);
    return 'gone';
  }
  const texts = conflictTexts(repo.root, c);
  const read = (text: string | undefined, file: string): Record<string, unknown> | undefined => {
    if (text === undefined) return undefined;
    const p = parseYaml(text, file);
    if (!p.data || p.problems.length) throw new SpisError('conflict.unreadable', { file }, 1, p.problems);
    return p.data;
  };
  let currentText: string;
  try {
    currentText = readFileSync(join(repo.root, rel), 'utf8');
  } catch {
    dropConflict(repo.root, c);
    return 'gone';
  }
  const current = read(currentText, rel)!;
  const merge = mergeRecord(read(texts.base, rel), read(texts.ours, rel)!, current);
  let decisions: Decision[] = [];
  if (merge.conflicts.length > 0) {
    if (scripted) decisions = decisionsFrom(scripted.data, merge.conflicts, ctx.today);
    else {
      const { askConflictReviewed } = await import('../ui/conflict.js');
      const view = {
        caseId: c.caseId,
        record: c.record,
        conflicts: merge.conflicts,
        ours: c.ours,
        theirs: c.theirs,
        config: repo.config,
      };
      const answers = await askConflictReviewed(ctx, view);
      if (!answers) return 'discarded';
      decisions = answers;
    }
  }
  let data = merge.value;
  merge.conflicts.forEach((f, i) => {
    data = setField(data, f.path, decidedValue(f, decisions[i]));
  });
  await updateCase(ctx, repo, c.caseId, 'conflict', () => ({ changes: { [kind]: data }, result: undefined }), {
    parents: [c.commit],
    trailers: { 'Spis-Conflict-Record': rel },
  });
  dropConflict(repo.root, c);
  return 'saved';
}

/** The decisions of a --from file: field name → ours | theirs | {value: …}, one for every conflicting field and no other. */
function decisionsFrom(data: Record<string, unknown>, conflicts: FieldConflict[], today: string): Decision[] {
  const names = conflicts.map((c) => fieldName(c.path));
  for (const key of Object.keys(data))
    if (!names.includes(key)) throw usageError('conflict.unknown-field', { field: key, allowed: names.join(', ') });
  const missing = names.filter((n) => !Object.hasOwn(data, n));
  if (missing.length > 0) throw usageError('conflict.undecided', { fields: missing.join(', ') });
  return conflicts.map((c, i) => {
    const d = data[names[i]];
    if (d === 'ours' || d === 'theirs') return { keep: d };
    if (d && typeof d === 'object' && !Array.isArray(d) && Object.keys(d).length === 1 && Object.hasOwn(d, 'value')) {
      const v = (d as { value: unknown }).value;
      return { value: typeof v === 'string' ? typedValue(v, c.ours ?? c.theirs ?? c.base, today) : v };
    }
    throw usageError('conflict.bad-decision', { field: names[i] });
  });
}

export { pendingConflicts } from '../store/conflicts.js';
