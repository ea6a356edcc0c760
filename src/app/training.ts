// spis training, the application side: the staff's training records read whole, --from read, and a
// record written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import { buildTraining, type TrainingInput } from '../domain/training.js';
import type { Repo } from '../store/repo.js';
import type { ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { addRecord, readWhole } from './register.js';

/** The records as they are: one that cannot be read stops the command (its hours would be missing). */
export function readTrainings(repo: Pick<Repo, 'root'>): ServiceFolder<'training'> {
  return readWhole(repo, 'training', { broken: 'training.register-broken' });
}

export async function readTrainingInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; given: TrainingInput }> {
  const { input, data } = await readInput(ctx, from, 'training-add');
  return { input, given: data };
}

/** Records a worker's training; returns its number. */
export function addTraining(ctx: Context, repo: Repo, given: TrainingInput, input?: ScriptedInput): Promise<string> {
  return addRecord(
    ctx,
    repo,
    'training',
    'training add',
    given.date,
    (id) => buildTraining(id, given, ctx.today),
    input,
  );
}
