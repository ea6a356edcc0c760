// spis key-worker, the application side: the worker taking the case, --from read, and the
// hand-over written into the history (never before the last one, never to the same worker).
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import { currentKeyWorker } from '../domain/case.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { formatDate } from '../domain/dates.js';
import type { HandOver, PathSegment } from '../domain/types.js';
import { statusLabel } from '../ui/format.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { readInput, type ScriptedInput } from './input.js';

export /** The worker taking the case: an active worker of the service, else an error with the ids (and the one meant). */
function takingWorker(repo: Repo, worker: string | undefined): { id: string; name: string; sex?: string } {
  const active = repo.config.workers.filter((x) => x.active !== false).map((x) => x.id);
  if (worker === undefined) throw usageError('key-worker.no-worker', { allowed: active.join(', ') });
  const w = repo.config.workers.find((x) => x.id === worker);
  if (!w || w.active === false)
    throw usageError('key-worker.unknown', {
      value: worker,
      allowed: active.join(', '),
      suggestion: didYouMean(worker, active),
    });
  return w;
}

/** `key-worker --from`: the hand-over as given; the worker named twice must be the same. */
export async function readHandOver(
  ctx: Context,
  from: string,
  h: HandOver,
): Promise<{ input: ScriptedInput; h: HandOver }> {
  const { input, data: given } = await readInput(ctx, from, 'key-worker');
  if (h.worker !== undefined && given.worker !== undefined && given.worker !== h.worker)
    throw usageError('key-worker.two-workers', { file: input.label });
  return { input, h: { worker: h.worker ?? given.worker, date: h.date ?? given.date, note: h.note ?? given.note } };
}

/** What the hand-over writes into the case as it stands under the lock. */
export function handOverWrite(
  ctx: Context,
  kase: SoundCase,
  w: { id: string; name: string; sex?: string },
  h: HandOver,
  input: ScriptedInput | undefined,
) {
  const id = kase.id;
  const from = h.date ?? ctx.today;
  const client = kase.client.data;
  if (client.status === 'refused' || client.status === 'closed')
    throw new SpisError('contact.case-ended', { id, status: statusLabel(client) });
  if (currentKeyWorker(client, from) === w.id)
    throw new SpisError('key-worker.same', { id, name: w.name, wsex: w.sex });
  const last = client.key_workers?.at(-1);
  if (last && from < last.from)
    throw new SpisError('key-worker.before-last', {
      from: formatDate(from, ctx.lang),
      last: formatDate(last.from, ctx.lang),
    });
  const entry = { worker: w.id, from, ...(h.note ? { note: h.note } : {}) };
  return {
    changes: { client: { ...client, key_workers: [...(client.key_workers ?? []), entry] } },
    result: undefined,
    opts: input
      ? {
          input,
          mapPath: (segs: PathSegment[]) =>
            segs[0] === 'key_workers' ? [segs[2] === 'from' ? 'date' : (segs[2] ?? 'worker')] : segs,
        }
      : {},
  };
}
