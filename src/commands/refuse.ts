// spis refuse: refuses an applicant for one of the reasons of § 91 odst. 3.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption, readScriptedInput, type ScriptedInput } from '../app/input.js';
import { codeList } from '../domain/config.js';
import { clientLabel } from '../domain/case.js';
import { formatDate } from '../domain/dates.js';
import { recordWriter } from '../app/worker.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { loadCaseForEdit } from '../store/case-store.js';
import { updateCase } from '../app/write-case.js';

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
    input = await readScriptedInput(ctx, opts.from, 'refuse');
    const given = input.data as { date?: string; reason?: string; note?: string; worker?: string };
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
    const given = { reason, note, worker, date };
    const askRefusal = async (c: Context): Promise<typeof given> => {
      const { createPrompter } = await import('../ui/prompts.js');
      const ask = createPrompter(c);
      const x = { ...given };
      // The day of the refusal, asked like every other writer's date (an applicant is often refused days later).
      x.date ??= await ask.date({
        message: t('refuse.ask-date'),
        default: ctx.today,
        min: client.applied,
        max: ctx.today,
      });
      x.reason ??= await ask.select({
        message: t('refuse.ask-reason'),
        choices: Object.entries(reasons).map(([value, name]) => ({ name, value })),
      });
      x.note ??= (await ask.text({ message: t('refuse.ask-note'), required: false })) || undefined;
      x.worker ??= await ask.select({
        message: t('contact.ask-worker'),
        choices: repo.config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })),
        default: recordWriter(c, repo, client, x.date ?? ctx.today),
      });
      return x;
    };
    const { askAndReview } = await import('../ui/review.js');
    const asked = await askAndReview(ctx, askRefusal, {
      summary: (x) =>
        t('refuse.summary', {
          sex: client.sex,
          label: clientLabel(client),
          reason: reasons[x.reason!] ?? x.reason,
          date: formatDate(x.date ?? ctx.today, ctx.lang),
        }),
      question: t('prompt.save-refusal'),
    });
    if (!asked) return 0;
    ({ reason, note, worker, date } = asked);
  }
  date ??= ctx.today;
  worker ??= recordWriter(ctx, repo, client, date);
  if (!(reason! in reasons))
    throw usageError('refuse.bad-reason', { value: reason, allowed: Object.keys(reasons).join(', ') });
  const refusal = { date, reason: reason!, ...(note ? { note } : {}), worker: worker! };
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
