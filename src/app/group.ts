// spis group, the application side: the register of group activities read whole, --from read, and
// an activity written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import type { Problem } from '../problems.js';
import type { GroupActivity } from '../domain/types.js';
import { activitiesOf, buildGroup, type GroupInput } from '../domain/group.js';
import type { Repo } from '../store/repo.js';
import { readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { addRecord, findNumber, readWhole, type RegisterWords } from './register.js';

export type GroupRegister = ServiceFolder<'group'>;

const WORDS = {
  broken: 'group.register-broken',
  unknown: 'group.unknown',
  ambiguous: 'group.ambiguous',
} as const satisfies RegisterWords;

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readGroups(repo: Pick<Repo, 'root'>): GroupRegister {
  return readWhole(repo, 'group', WORDS);
}

/** One activity by its number (or its last or first characters, if only one matches). */
export function findGroup(register: GroupRegister, id: string): GroupRegister['records'][number] {
  return findNumber(register, id, WORDS);
}

/**
 * The activities a case took part in or sent apologies to, for its `show`, with the register's
 * problems: a record that cannot be read might name the case, so `show` names it rather than
 * pass over it.
 */
export function caseActivities(
  repo: Pick<Repo, 'root'>,
  id: string,
): { activities: GroupActivity[]; problems: Problem[] } {
  const register = readServiceFolder(repo, 'group');
  return {
    activities: activitiesOf(
      register.records.map((r) => r.data),
      id,
    ),
    problems: register.problems,
  };
}

/** The same for a document (the plan): a record that cannot be read stops it, as a document never leaves one out. */
export function caseActivitiesWhole(repo: Pick<Repo, 'root'>, id: string): GroupActivity[] {
  return activitiesOf(
    readGroups(repo).records.map((r) => r.data),
    id,
  );
}

export async function readGroupInput(ctx: Context, from: string): Promise<{ input: ScriptedInput; given: GroupInput }> {
  const { input, data } = await readInput(ctx, from, 'group-add');
  return { input, given: data };
}

/** Records a group activity; returns its number. */
export function addGroup(ctx: Context, repo: Repo, given: GroupInput, input?: ScriptedInput): Promise<string> {
  return addRecord(ctx, repo, 'group', 'group add', given.date, (id) => buildGroup(id, given, ctx.today), input);
}
