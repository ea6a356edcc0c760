// spis training add: records a worker's training (course, hours, accreditation) in trainings/.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { TrainingInput } from '../domain/training.js';
import { t } from '../i18n/index.js';
import { requireInputMode, type ScriptedInput } from '../app/input.js';
import { addTraining, readTrainingInput } from '../app/training.js';
import { openRepo } from '../store/index.js';

export async function runTrainingAdd(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let given: TrainingInput = {};
  if (requireInputMode(ctx, opts.from) === 'scripted' && opts.from !== undefined)
    ({ input, given } = await readTrainingInput(ctx, opts.from));
  else if (isInteractive(ctx.io)) {
    const { askTrainingReviewed } = await import('../ui/training.js');
    const asked = await askTrainingReviewed(ctx, repo.config, given);
    if (!asked) return 0;
    given = asked;
  }
  const id = await addTraining(ctx, repo, given, input);
  out(ctx, t('training.saved', { id }));
  return 0;
}
