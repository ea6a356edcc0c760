// Who is at this keyboard: SPIS_WORKER, else this clone's `git config spis.worker`, checked
// against the workers of spis.yaml. The writer signs commits with it; the access log names it.
import { SpisError } from '../problems.js';
import { didYouMean } from '../domain/did-you-mean.js';
import type { SpisConfig } from '../domain/types.js';
import { gitConfig, type Identity } from './git.js';

/** The worker at this keyboard: SPIS_WORKER, else `git config spis.worker` of this clone. */
export function currentWorker(
  root: string,
  env: NodeJS.ProcessEnv,
  config: SpisConfig | undefined,
  useGit: boolean,
): { id?: string; identity?: Identity } {
  const fromEnv = env.SPIS_WORKER?.trim();
  const id = fromEnv || (useGit ? gitConfig(root, 'spis.worker') : undefined);
  if (!id) return {};
  const w = config?.workers.find((x) => x.id === id);
  // A typo must not write records under git's global identity or the key worker's name.
  if (!w) {
    if (!config) return {};
    const ids = config.workers.map((x) => x.id);
    throw new SpisError('worker.unknown', {
      id,
      source: fromEnv ? 'SPIS_WORKER' : 'git config spis.worker',
      known: ids.join(', '),
      suggestion: didYouMean(id, ids),
    });
  }
  return { id, identity: { name: w.name, email: w.email ?? `${id}@spis.invalid` } };
}
