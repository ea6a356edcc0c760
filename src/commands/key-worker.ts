// spis key-worker: hands a case to another key worker; the history is kept.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import type { ExitCode } from '../problems.js';
import type { HandOver } from '../domain/types.js';
import { workerName, workerSex } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { dateOption, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { handOverWrite, readHandOver, takingWorker } from '../app/key-worker.js';
import { openRepo, loadCaseForEdit } from '../store/index.js';

export async function runKeyWorker(
  ctx: Context,
  id: string,
  worker: string | undefined,
  opts: { date?: string; note?: string; yes?: boolean; from?: string },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let h: HandOver = { worker, date: dateOption(opts.date, ctx.today), note: opts.note };
  if (opts.from !== undefined) ({ input, h } = await readHandOver(ctx, opts.from, h));
  const w = takingWorker(repo, h.worker);
  // On a terminal the hand-over is asked like every other write: from when and why, then a summary
  // to save, change an answer or discard. --yes and --from write at once.
  if (isInteractive(ctx.io) && !opts.yes && input === undefined) {
    const seen = loadCaseForEdit(repo, id);
    const asked = await (await import('../ui/key-worker.js')).askHandOverReviewed(ctx, repo, seen, h, w);
    if (!asked) return 0;
    h = asked;
  }
  await updateCase(ctx, repo, id, 'key-worker', (kase) => handOverWrite(ctx, kase, w, h, input));
  out(ctx, t('key-worker.saved', { id, name: workerName(repo.config, w.id), wsex: workerSex(repo.config, w.id) }));
  return 0;
}
