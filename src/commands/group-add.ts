// spis group add: records a group activity (one event, many participants) in groups/, at the prompts or --from.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { GroupInput } from '../domain/group.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { addGroup, readGroupInput } from '../app/group.js';
import { openRepo, listCaseDirs } from '../store/index.js';

export async function runGroupAdd(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let given: GroupInput = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, given } = await readGroupInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    const { askGroupReviewed } = await import('../ui/group.js');
    const cases = listCaseDirs(repo, ['clients']).map((c) => c.id);
    const asked = await askGroupReviewed(ctx, repo.config, cases, given);
    if (!asked) return 0;
    given = asked;
  }
  const id = await addGroup(ctx, repo, given, input);
  const came = (given.attendees ?? []).filter((a) => a.attendance === 'present').length + (given.others ?? 0);
  out(ctx, t('group.saved', { id, count: came }));
  return 0;
}
