// spis key-worker: hands a case to another key worker; the history is kept.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption } from './input.js';
import { currentKeyWorker } from '../domain/case.js';
import { workerName, workerSex } from '../domain/config.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { updateCase } from './write-case.js';

export async function runKeyWorker(ctx: Context, id: string, worker: string, opts: { date?: string; note?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const from = dateOption(opts.date, ctx.today) ?? ctx.today;
  const w = repo.config.workers.find((x) => x.id === worker);
  if (!w || w.active === false) throw usageError('key-worker.unknown', { value: worker, allowed: repo.config.workers.filter((x) => x.active !== false).map((x) => x.id).join(', ') });
  await updateCase(ctx, repo, id, 'key-worker', (kase) => {
    const client = kase.client.data;
    if (client.status === 'refused' || client.status === 'closed') throw new SpisError('contact.case-ended', { id, status: statusLabel(client) });
    if (currentKeyWorker(client, from) === worker) throw new SpisError('key-worker.same', { id, name: w.name, wsex: w.sex });
    const last = client.key_workers?.at(-1);
    if (last && from < last.from) throw new SpisError('key-worker.before-last', { from, last: last.from });
    const entry = { worker, from, ...(opts.note ? { note: opts.note } : {}) };
    return { changes: { client: { ...client, key_workers: [...(client.key_workers ?? []), entry] } }, result: undefined };
  });
  out(ctx, t('key-worker.saved', { id, name: workerName(repo.config, worker), wsex: workerSex(repo.config, worker) }));
  return 0;
}
