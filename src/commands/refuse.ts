// spis refuse: refuses an applicant for one of the reasons of § 91 odst. 3.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption, readInput, type ScriptedInput } from '../app/input.js';
import { codeList } from '../domain/config.js';
import { recordWriter } from '../app/worker.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { updateCase } from '../app/write-case.js';
import { openRepo, loadCaseForEdit } from '../store/index.js';

export async function runRefuse(
  ctx: Context,
  id: string,
  opts: { reason?: string; note?: string; date?: string; worker?: string; from?: string; yes?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const reasons = codeList(repo.config, 'refusal_reasons');
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  if (client.status !== 'applicant') throw new SpisError('refuse.not-applicant', { id, status: statusLabel(client) });
  let { reason, note, worker } = opts;
  let date = dateOption(opts.date, ctx.today);
  let input: ScriptedInput | undefined;
  if (opts.from !== undefined) {
    // The options given beside the input win over it, as everywhere.
    let given;
    ({ input, data: given } = await readInput(ctx, opts.from, 'refuse'));
    reason ??= given.reason;
    note ??= given.note;
    worker ??= given.worker;
    date ??= given.date;
  }
  // Scripted (--from or --yes): nothing is asked; a missing reason is an error, the worker the one at the keyboard.
  const scripted = input !== undefined || opts.yes === true;
  const interactive =
    !scripted &&
    (reason === undefined ||
      (worker === undefined && recordWriter(ctx, repo, client, date ?? ctx.today) === undefined));
  if (scripted && reason === undefined) throw usageError('refuse.needs-reason');
  if (interactive) {
    if (!isInteractive(ctx.io)) throw usageError('refuse.needs-reason');
    const { askRefusalReviewed } = await import('../ui/refuse.js');
    const asked = await askRefusalReviewed(ctx, repo, kase, { reason, note, worker, date }, reasons, (d) =>
      recordWriter(ctx, repo, client, d),
    );
    if (!asked) return 0;
    ({ reason, note, worker, date } = asked);
  }
  date ??= ctx.today;
  worker ??= recordWriter(ctx, repo, client, date);
  if (reason === undefined || !(reason in reasons))
    throw usageError('refuse.bad-reason', { value: reason, allowed: Object.keys(reasons).join(', ') });
  const refusal = { date, reason, ...(note ? { note } : {}), worker: worker! };
  await updateCase(ctx, repo, id, 'refuse', (fresh) => {
    const now = fresh.client.data;
    if (now.status !== 'applicant') throw new SpisError('refuse.not-applicant', { id, status: statusLabel(now) });
    return {
      changes: { client: { ...now, status: 'refused', refusal } },
      result: undefined,
      opts: input ? { input, mapPath: (segs) => (segs[0] === 'refusal' ? segs.slice(1) : segs) } : {},
    };
  });
  out(ctx, t('refuse.saved', { id, sex: client.sex }));
  return 0;
}
