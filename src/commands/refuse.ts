// spis refuse: refuses an applicant for one of the reasons of § 91 odst. 3.
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { dateOption } from './input.js';
import { codeList } from '../domain/config.js';
import { clientLabel, currentKeyWorker } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { loadCaseForEdit } from '../store/case-store.js';
import { updateCase } from './write-case.js';

export async function runRefuse(ctx: Context, id: string, opts: { reason?: string; note?: string; date?: string; worker?: string }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const reasons = codeList(repo.config, 'refusal_reasons');
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  if (client.status !== 'applicant') throw new SpisError('refuse.not-applicant', { id, status: statusLabel(client) });
  let { reason, note, worker } = opts;
  const date = dateOption(opts.date, ctx.today) ?? ctx.today;
  worker ??= currentKeyWorker(client, date);
  const interactive = reason === undefined || worker === undefined;
  if (interactive) {
    if (!isInteractive(ctx.io)) throw usageError('refuse.needs-reason');
    const given = { reason, note, worker };
    const askRefusal = async (c: Context): Promise<typeof given> => {
      const { createPrompter } = await import('../ui/prompts.js');
      const ask = createPrompter(c);
      const x = { ...given };
      x.reason ??= await ask.select({ message: t('refuse.ask-reason'), choices: Object.entries(reasons).map(([value, name]) => ({ name, value })) });
      x.note ??= (await ask.text({ message: t('refuse.ask-note'), required: false })) || undefined;
      x.worker ??= await ask.select({ message: t('contact.ask-worker'), choices: repo.config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })) });
      return x;
    };
    const { askAndReview } = await import('../ui/review.js');
    const asked = await askAndReview(ctx, askRefusal, {
      summary: (x) => t('refuse.summary', { sex: client.sex, label: clientLabel(client), reason: reasons[x.reason!] ?? x.reason }),
      question: t('prompt.save-refusal'),
    });
    if (!asked) return 0;
    ({ reason, note, worker } = asked);
  }
  if (!(reason! in reasons)) throw usageError('refuse.bad-reason', { value: reason, allowed: Object.keys(reasons).join(', ') });
  const refusal = { date, reason: reason!, ...(note ? { note } : {}), worker: worker! };
  await updateCase(ctx, repo, id, 'refuse', (fresh) => {
    const now = fresh.client.data;
    if (now.status !== 'applicant') throw new SpisError('refuse.not-applicant', { id, status: statusLabel(now) });
    return { changes: { client: { ...now, status: 'refused', refusal } }, result: undefined };
  });
  out(ctx, t('refuse.saved', { id, sex: client.sex }));
  return 0;
}
