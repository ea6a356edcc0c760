// spis complaint add: records a complaint in the service's register (complaints/), at the prompts or --from.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { ComplaintInput } from '../domain/complaint.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { addComplaint, readComplaintInput } from '../app/complaint.js';
import { openRepo, listCaseDirs } from '../store/index.js';

export async function runComplaintAdd(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let given: ComplaintInput = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, given } = await readComplaintInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    const { askComplaintReviewed } = await import('../ui/complaint.js');
    const asked = await askComplaintReviewed(
      ctx,
      repo.config,
      listCaseDirs(repo, ['clients', 'archive']).map((c) => c.id),
      given,
    );
    if (!asked) return 0;
    given = asked;
  }
  const { id, deadline } = await addComplaint(ctx, repo, given, input);
  out(ctx, t('complaint.saved', { id }));
  if (deadline) out(ctx, t('complaint.saved-deadline', { date: formatDate(deadline, ctx.lang) }));
  return 0;
}
