// spis edit <case> [record]: a record by hand in $EDITOR, checked before it is written – like
// visudo and crontab -e. The editor works on a copy in .spis-tmp/ (owner only). On save the copy
// is read exactly as a record on disk is (bytes, YAML, schema) and the whole case is checked with
// it; a problem the edit brings is shown (FILE:LINE:COL) with a choice to edit again or discard.
// Only a record that brings no problem is written, through the one writer (lock, atomic write,
// commit), as the worker typed it. A contact record is never rewritten: the edit becomes a
// correction beside it (…-xxxx.correction-N.yaml, `corrects:` naming the original), which is
// the record in effect from then on; show and render show it with the original.
import type { Context } from '../context.js';
import { isInteractive } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { chooseTarget, editSession } from '../app/edit.js';
import { openRepo, assertWritable, loadCase } from '../store/index.js';

export async function runEdit(
  ctx: Context,
  id: string,
  record: string | undefined,
  opts: { reason?: string },
): Promise<ExitCode> {
  if (!isInteractive(ctx.io)) throw usageError('edit.needs-terminal');
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCase(repo, id);
  assertWritable(kase);
  const target = await chooseTarget(ctx, kase, record);
  if (target.kind !== 'contact' && opts.reason !== undefined) throw usageError('edit.reason-contact-only');
  return editSession(ctx, repo, kase, target, opts);
}
