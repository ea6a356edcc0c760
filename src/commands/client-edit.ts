// spis client edit: changes a client's own data – identity, birth data, contact details,
// district and target group (for the yearly report), legal representative, cooperating persons
// – asking with the current values, or from --from with only the fields to change.
import type { Context } from '../context.js';
import { out } from '../context.js';
import type { ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { requireInputMode } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { applyClientChanges, changedFields } from '../domain/client-changes.js';
import { readClientChanges } from '../app/client-edit.js';
import { openRepo, loadCaseForEdit } from '../store/index.js';

export async function runClientEdit(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  let given;
  if (opts.from !== undefined) given = await readClientChanges(ctx, opts.from);
  else {
    const changes = await (await import('../ui/client-edit.js')).askClientChangesReviewed(ctx, repo, seen);
    if (!changes) return 0;
    given = { changes, input: undefined };
  }
  const fields = await updateCase(ctx, repo, id, 'client edit', (kase) => {
    const before = kase.client.data;
    const after = applyClientChanges(before, given.changes);
    return { changes: { client: after }, opts: { input: given.input }, result: changedFields(before, after) };
  });
  out(
    ctx,
    fields.length ? t('client.edit-saved', { id, fields: fields.join(', ') }) : t('client.edit-nothing', { id }),
  );
  return 0;
}
