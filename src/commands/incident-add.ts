// spis incident add: records an incident in the service's register (incidents/), at the prompts or --from.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { IncidentInput } from '../domain/incident.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { addIncident, readIncidentInput } from '../app/incident.js';
import { openRepo, listCaseDirs } from '../store/index.js';

export async function runIncidentAdd(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let given: IncidentInput = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, given } = await readIncidentInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    const { askIncidentReviewed } = await import('../ui/incident.js');
    const cases = listCaseDirs(repo, ['clients', 'archive']).map((c) => c.id);
    const asked = await askIncidentReviewed(ctx, repo.config, cases, given);
    if (!asked) return 0;
    given = asked;
  }
  const id = await addIncident(ctx, repo, given, input);
  out(ctx, t('incident.saved', { id, steps: given.follow_up?.length ?? 0 }));
  return 0;
}
