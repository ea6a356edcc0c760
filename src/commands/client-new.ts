// spis client new: opens a case for an applicant and prints its case id.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { requireInputMode } from '../app/input.js';
import { openCase, readClientInput } from '../app/client-new.js';
import { openRepo } from '../store/index.js';

export async function runClientNew(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let given;
  if (opts.from !== undefined) given = await readClientInput(ctx, opts.from);
  else {
    const data = await (await import('../ui/client-new.js')).askClientReviewed(ctx, repo);
    if (!data) return 0;
    given = { data, input: undefined };
  }
  const { id, provisional, linked } = await openCase(ctx, repo, given.data, given.input);
  if (provisional) err(ctx, t('client.provisional-id', { id }));
  if (linked) err(ctx, t('client.same-person', { id, earlier: linked }));
  out(ctx, id);
  return 0;
}
