// spis key-worker: hands a case to another key worker; the history is kept.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption } from './input.js';
import { currentKeyWorker } from '../domain/case.js';
import { workerName, workerSex } from '../domain/config.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { updateCase } from './write-case.js';
import { confirmSave } from './shared.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { formatDate } from '../domain/dates.js';
import { loadCaseForEdit } from '../store/case-store.js';

export async function runKeyWorker(ctx: Context, id: string, worker: string, opts: { date?: string; note?: string; yes?: boolean }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let from = dateOption(opts.date, ctx.today) ?? ctx.today;
  const w = repo.config.workers.find((x) => x.id === worker);
  const active = repo.config.workers.filter((x) => x.active !== false).map((x) => x.id);
  if (!w || w.active === false) throw usageError('key-worker.unknown', { value: worker, allowed: active.join(', '), suggestion: didYouMean(worker, active) });
  // On a terminal the hand-over is asked like every other write: from when, then a summary to save or discard (--yes: at once).
  if (isInteractive(ctx.io) && !opts.yes) {
    const seen = loadCaseForEdit(repo, id);
    const client = seen.client.data;
    const { createPrompter } = await import('../ui/prompts.js');
    if (opts.date === undefined) from = (await createPrompter(ctx).date({ message: t('key-worker.ask-date'), default: ctx.today, min: client.key_workers?.at(-1)?.from ?? client.applied, max: ctx.today })) ?? ctx.today;
    const before = currentKeyWorker(client, from);
    const summary = t('key-worker.summary', { id, name: w.name, wsex: w.sex, from: formatDate(from, ctx.lang), before: before ? workerName(repo.config, before) : '–' });
    if (!(await confirmSave(ctx, summary, t('prompt.save')))) return 0;
  }
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
