// spis key-worker: hands a case to another key worker; the history is kept.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption, readScriptedInput, type ScriptedInput } from '../app/input.js';
import { currentKeyWorker } from '../domain/case.js';
import { workerName, workerSex } from '../domain/config.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { updateCase } from '../app/write-case.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { formatDate } from '../domain/dates.js';
import { loadCaseForEdit } from '../store/case-store.js';

/** A hand-over: to whom, from when, and why (the note is optional). */
interface HandOver {
  worker?: string;
  date?: string;
  note?: string;
}

/** The worker taking the case: an active worker of the service, else an error with the ids (and the one meant). */
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

export async function runKeyWorker(
  ctx: Context,
  id: string,
  worker: string | undefined,
  opts: { date?: string; note?: string; yes?: boolean; from?: string },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let h: HandOver = { worker, date: dateOption(opts.date, ctx.today), note: opts.note };
  if (opts.from !== undefined) {
    input = await readScriptedInput(ctx, opts.from, 'key-worker');
    const given = input.data as HandOver;
    if (worker !== undefined && given.worker !== undefined && given.worker !== worker)
      throw usageError('key-worker.two-workers', { file: input.label });
    h = { worker: worker ?? given.worker, date: h.date ?? given.date, note: h.note ?? given.note };
  }
  const w = takingWorker(repo, h.worker);
  // On a terminal the hand-over is asked like every other write: from when and why, then a summary
  // to save, change an answer or discard. --yes and --from write at once.
  if (isInteractive(ctx.io) && !opts.yes && input === undefined) {
    const seen = loadCaseForEdit(repo, id);
    const client = seen.client.data;
    const given = h;
    const flow = async (c: Context): Promise<HandOver> => {
      const { createPrompter } = await import('../ui/prompts.js');
      const ask = createPrompter(c);
      const x = { ...given };
      x.date ??= await ask.date({
        message: t('key-worker.ask-date'),
        default: ctx.today,
        min: client.key_workers?.at(-1)?.from ?? client.applied,
        max: ctx.today,
      });
      if (opts.note === undefined)
        x.note = (await ask.text({ message: t('key-worker.ask-note'), required: false })) || undefined;
      return x;
    };
    const summary = (x: HandOver): string => {
      const from = x.date ?? ctx.today;
      const before = currentKeyWorker(client, from);
      const head = t('key-worker.summary', {
        id,
        name: w.name,
        wsex: w.sex,
        from: formatDate(from, ctx.lang),
        before: before ? workerName(repo.config, before) : '–',
      });
      return x.note ? `${head}\n  ${t('key-worker.note')}: ${x.note.replace(/\s+/g, ' ')}` : head;
    };
    const { askAndReview } = await import('../ui/review.js');
    const asked = await askAndReview(ctx, flow, { summary, question: t('prompt.save') });
    if (!asked) return 0;
    h = asked;
  }
  const from = h.date ?? ctx.today;
  await updateCase(ctx, repo, id, 'key-worker', (kase) => {
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
            mapPath: (segs) =>
              segs[0] === 'key_workers' ? [segs[2] === 'from' ? 'date' : (segs[2] ?? 'worker')] : segs,
          }
        : {},
    };
  });
  out(ctx, t('key-worker.saved', { id, name: workerName(repo.config, w.id), wsex: workerSex(repo.config, w.id) }));
  return 0;
}
