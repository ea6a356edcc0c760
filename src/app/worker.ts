// Who is at the keyboard, and who writes a record.
import type { Context } from '../context.js';
import { currentKeyWorker } from '../domain/case.js';
import type { Client } from '../domain/types.js';
import type { Repo } from '../store/repo.js';
import { currentWorker } from '../store/worker-id.js';
import { isOwnWorkTree } from '../store/git.js';

/**
 * Who writes a record: the worker at the keyboard (SPIS_WORKER, else the clone's spis.worker);
 * the key worker only where nobody is known. An unknown id there is an error (store/writer.ts).
 */
export function recordWriter(ctx: Context, repo: Repo, client: Client, date: string): string | undefined {
  return atKeyboard(ctx, repo) ?? currentKeyWorker(client, date);
}

const keyboards = new WeakMap<Context, string | null>();
/** The worker at the keyboard, or undefined when this clone does not know. */
export function atKeyboard(ctx: Context, repo: Repo): string | undefined {
  let id = keyboards.get(ctx);
  if (id === undefined) {
    id =
      currentWorker(repo.root, ctx.io.env, repo.config, !ctx.io.env.SPIS_WORKER && isOwnWorkTree(repo.root)).id ?? null;
    keyboards.set(ctx, id);
  }
  return id ?? undefined;
}
