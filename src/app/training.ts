// spis training, the application side: the staff's training records read whole, --from read, and a
// record written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { buildTraining, type TrainingInput } from '../domain/training.js';
import type { Repo } from '../store/repo.js';
import { newRegisterId, readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { asWriter, writeRegister } from './write-case.js';

/** The records as they are: one that cannot be read stops the command (its hours would be missing). */
export function readTrainings(repo: Pick<Repo, 'root'>): ServiceFolder<'training'> {
  const register = readServiceFolder(repo, 'training');
  if (register.problems.length > 0) throw new SpisError('training.register-broken', {}, 1, register.problems);
  return register;
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
  return asWriter(ctx, repo, 'training add', (w) => {
    const register = readServiceFolder(repo, 'training');
    const id = newRegisterId(
      given.date ?? ctx.today,
      register.records.map((r) => r.id),
    );
    writeRegister(w, repo, ctx.today, register, id, buildTraining(id, given, ctx.today), { input });
    w.summarise(`training add ${id}`);
    return id;
  });
}
