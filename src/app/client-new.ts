// spis client new, the application side: --from read (the case id and status are the tool's),
// and the case opened under the lock with a number no other writer has.
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { clientFromInput, type ClientInput } from '../domain/new-client.js';
import type { Repo } from '../store/repo.js';
import { emptyCase, findSamePerson } from '../store/case-store.js';
import { allocateCaseId, hasRemote } from '../store/case-ids.js';
import { readInput, type ScriptedInput } from './input.js';
import { asWriter, writeCase } from './write-case.js';

/** `client new --from`: the applicant as given. */
export async function readClientInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; data: ClientInput }> {
  const { input, data } = await readInput(ctx, from, 'client-new');
  if ('id' in data || 'status' in data) throw new SpisError('client.input-reserved', { file: input.label });
  return { input, data };
}

/**
 * Opens the case: the number is chosen under the lock, so two workers opening cases at once get
 * two numbers. From --from, a returning client (same name and birth date) is linked as the same
 * person (counted once in the report); at the prompts the worker was asked.
 */
export function openCase(
  ctx: Context,
  repo: Repo,
  data: ClientInput,
  input: ScriptedInput | undefined,
): Promise<{ id: string; provisional: boolean; linked?: string }> {
  const scripted = input !== undefined;
  // The number is chosen under the lock, so two workers opening cases at once get two numbers.
  return asWriter(ctx, repo, 'client new', (w) => {
    const alloc = allocateCaseId(repo.root, ctx.today.slice(0, 4), {
      useGit: w.ownGit,
      team: w.ownGit && hasRemote(repo.root, repo.config),
    });
    w.cases([alloc.id]);
    const client = clientFromInput(data, alloc.id, ctx.today);
    // A returning client (same name and birth date) is the same person: counted once in the report.
    let linked: string | undefined;
    if (scripted && client.person === undefined && client.birth_date) {
      const same = findSamePerson(repo, client);
      if (same?.exact) {
        client.person = same.person;
        linked = same.id;
      }
    }
    const empty = emptyCase(alloc.id);
    writeCase(
      w,
      repo,
      ctx.today,
      empty,
      { client },
      {
        input,
        create: true,
        mapPath: (segs) => (segs[0] === 'key_workers' && data.key_worker !== undefined ? ['key_worker'] : segs),
      },
    );
    alloc.settle();
    return { id: alloc.id, provisional: alloc.provisional, linked };
  });
}

export { allocateCaseId, hasRemote } from '../store/case-ids.js';
