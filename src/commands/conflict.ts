// spis conflict: the records of this clone that wait for a person after a sync (a field two
// clones changed differently), listed; or one case's, decided field by field – through the
// prompts or --from – checked like any write, committed with the waiting version as second
// parent, and sent with a sync.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { CASE_FILES, caseDirRel, locateCase } from '../store/case-store.js';
import { conflictTexts, dropConflict, pendingConflicts, type PendingConflict } from '../store/conflicts.js';
import { parseYaml } from '../store/yaml-file.js';
import { fieldName, mergeRecord, setField, type FieldConflict } from '../domain/merge-record.js';
import { formatDate } from '../domain/dates.js';
import { decidedValue, typedValue, type Decision } from '../ui/conflict.js';
import { readScriptedInput, requireInputMode } from '../app/input.js';
import { updateCase, type CaseChanges } from '../app/write-case.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Kind = keyof Omit<CaseChanges, 'newContact'>;

export async function runConflict(ctx: Context, id: string | undefined, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const pending = pendingConflicts(repo.root, id);
  if (id === undefined) {
    if (opts.from !== undefined) throw usageError('conflict.from-needs-case');
    if (pending.length === 0) {
      out(ctx, t('conflict.none'));
      return 0;
    }
    const who = (c: PendingConflict['ours']): string =>
      c.map((x) => `${x.worker} ${x.date ? formatDate(x.date, ctx.lang) : ''}`.trim()).join(', ') || '?';
    for (const c of pending)
      out(ctx, t('conflict.line', { id: c.caseId, record: c.record, ours: who(c.ours), theirs: who(c.theirs) }));
    out(ctx, t('conflict.how'));
    return 0;
  }
  if (pending.length === 0) {
    out(ctx, t('conflict.none-for-case', { id }));
    return 0;
  }
  requireInputMode(ctx, opts.from);
  const scripted = opts.from !== undefined ? await readScriptedInput(ctx, opts.from) : undefined;
  let decided = 0;
  for (const c of pending) {
    const kind = c.record.replace(/\.yaml$/, '') as Kind;
    let rel: string;
    try {
      rel = `${caseDirRel(c.caseId, locateCase(repo, c.caseId))}/${CASE_FILES[kind]}`;
    } catch {
      // The case is gone (purged): nothing is left to decide.
      dropConflict(repo.root, c);
      err(ctx, t('conflict.case-gone', { id: c.caseId, record: c.record }));
      continue;
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
      err(ctx, t('conflict.case-gone', { id: c.caseId, record: c.record }));
      continue;
    }
    const current = read(currentText, rel)!;
    const merge = mergeRecord(read(texts.base, rel), read(texts.ours, rel)!, current);
    let decisions: Decision[] = [];
    if (merge.conflicts.length > 0) {
      if (scripted) decisions = decisionsFrom(scripted.data, merge.conflicts, ctx.today);
      else {
        const { askAndReview } = await import('../ui/review.js');
        const { askConflict, conflictSummary } = await import('../ui/conflict.js');
        const view = {
          caseId: c.caseId,
          record: c.record,
          conflicts: merge.conflicts,
          ours: c.ours,
          theirs: c.theirs,
          config: repo.config,
        };
        const answers = await askAndReview(ctx, (x) => askConflict(x, view), {
          summary: (d) => conflictSummary(ctx, view, d),
          question: t('conflict.question'),
        });
        if (!answers) return 1;
        decisions = answers;
      }
    }
    let data = merge.value;
    merge.conflicts.forEach((f, i) => {
      data = setField(data, f.path, decidedValue(f, decisions[i]));
    });
    await updateCase(
      ctx,
      repo,
      c.caseId,
      'conflict',
      () => ({ changes: { [kind]: data } as CaseChanges, result: undefined }),
      { parents: [c.commit], trailers: { 'Spis-Conflict-Record': rel } },
    );
    dropConflict(repo.root, c);
    decided++;
    out(ctx, t('conflict.saved', { id: c.caseId, record: c.record }));
  }
  if (decided === 0) return 0;
  // Sent at once where the team's remote is set up; offline, the next sync sends it.
  const { hasRemote } = await import('../store/case-ids.js');
  if (!hasRemote(repo.root, repo.config)) return 0;
  const { runSync } = await import('./sync.js');
  try {
    return await runSync(ctx, {});
  } catch (e) {
    if (e instanceof SpisError && e.key === 'sync.offline') {
      err(ctx, t('conflict.send-later'));
      return 0;
    }
    throw e;
  }
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
