// spis close: ends the service with the final evaluation of the personal goal and of every
// open partial goal (or, for an anonymous one-off contact, without either).
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { isOneOffCase } from '../domain/case.js';
import { isFosterCare } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { dateOption, requireInputMode } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { recordWriter } from '../app/worker.js';
import * as close from '../app/close.js';
import { openRepo, type Repo, loadCaseForEdit, type SoundCase, removeEditorTempDir } from '../store/index.js';

export async function runClose(ctx: Context, id: string, opts: close.CloseOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  close.assertClosable(kase);
  const oneOff = isOneOffCase(kase.client.data, kase.contract?.data);
  const reasons = close.terminationReasons(repo, oneOff);
  if (opts.reason !== undefined && !(opts.reason in reasons))
    throw usageError('close.bad-reason', { value: opts.reason, allowed: Object.keys(reasons).join(', ') });
  opts = { ...opts, date: dateOption(opts.date, ctx.today) };
  if (oneOff) return closeOneOff(ctx, repo, kase, opts);
  requireInputMode(ctx, opts.from);
  let given;
  try {
    if (opts.from !== undefined) given = await close.readTermination(ctx, repo, kase, opts.from, opts);
    else {
      const { askTerminationReviewed } = await import('../ui/close.js');
      const worker = (date: string) => recordWriter(ctx, repo, kase.client.data, date);
      const termination = await askTerminationReviewed(ctx, repo, kase, { ...opts, reasons, worker });
      if (!termination) return 0;
      given = { termination, input: undefined };
    }
  } finally {
    removeEditorTempDir(repo);
  }
  close.assertAllEvaluated(kase, given.termination);
  await updateCase(ctx, repo, id, 'close', (fresh) =>
    close.closeWrite(fresh, given.termination, given.input, repo.config),
  );
  out(ctx, t('close.saved', { id, foster: isFosterCare(repo.config) ? 1 : 0 }));
  if (opts.from === undefined && (await (await import('../ui/close.js')).askRenderProtocol(ctx))) {
    const { saveDocument } = await import('../app/documents.js');
    out(ctx, await saveDocument(ctx, repo, id, 'termination', 'html'));
  }
  return 0;
}

async function closeOneOff(ctx: Context, repo: Repo, kase: SoundCase, opts: close.CloseOptions): Promise<ExitCode> {
  const termination = close.oneOffClosing(kase, opts);
  if (isInteractive(ctx.io)) {
    const { confirmOneOffClosing } = await import('../ui/close.js');
    if (!(await confirmOneOffClosing(ctx, kase, termination.date))) return 0;
  }
  await updateCase(ctx, repo, kase.id, 'close', (fresh) => close.closeOneOffWrite(fresh, termination));
  out(ctx, t('close.one-off-saved', { id: kase.id }));
  return 0;
}
