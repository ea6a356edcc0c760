// spis complaint reply: records the written reply to a complaint (date, outcome, text, measures).
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Complaint } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { findComplaint, readComplaints, readReplyInput, replyToComplaint } from '../app/complaint.js';
import { openRepo } from '../store/index.js';

export async function runComplaintReply(ctx: Context, number: string, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { id, data } = findComplaint(readComplaints(repo), number);
  let input: ScriptedInput | undefined;
  let reply: Partial<NonNullable<Complaint['reply']>> = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, reply } = await readReplyInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    if (data.reply) throw new SpisError('complaint.replied', { id });
    const { askReplyReviewed } = await import('../ui/complaint.js');
    const asked = await askReplyReviewed(ctx, data, reply);
    if (!asked) return 0;
    reply = asked;
  }
  await replyToComplaint(ctx, repo, id, reply, input);
  out(ctx, t('complaint.reply-saved', { id }));
  out(ctx, t('complaint.letter-hint', { id }));
  return 0;
}
