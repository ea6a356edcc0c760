// spis incident close: closes an incident with its conclusion; its follow-up steps leave spis due.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Incident } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { closeIncident, findIncident, readClosingInput, readIncidents } from '../app/incident.js';
import { openRepo } from '../store/index.js';

export async function runIncidentClose(ctx: Context, number: string, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { id, data } = findIncident(readIncidents(repo), number);
  let input: ScriptedInput | undefined;
  let closing: Partial<NonNullable<Incident['closed']>> = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, closing } = await readClosingInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    if (data.closed) throw new SpisError('incident.closed', { id });
    const { askClosingReviewed } = await import('../ui/incident.js');
    const asked = await askClosingReviewed(ctx, data, closing);
    if (!asked) return 0;
    closing = asked;
  }
  await closeIncident(ctx, repo, id, closing, input);
  out(ctx, t('incident.closed-saved', { id }));
  return 0;
}
