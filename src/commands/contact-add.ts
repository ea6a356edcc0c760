// spis contact add: the record of one meeting, and what it changes in the goals – written
// together or not at all.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { isOneOffCase } from '../domain/case.js';
import { t } from '../i18n/index.js';
import { requireInputMode } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { atKeyboard } from '../app/worker.js';
import {
  assertContactOpen,
  contactChanges,
  contactWrite,
  prepareContactEmail,
  readContactInput,
} from '../app/contact.js';
import { openRepo, loadCaseForEdit, removeEditorTempDir } from '../store/index.js';

export async function runContactAdd(
  ctx: Context,
  id: string | undefined,
  opts: { from?: string; oneOff?: boolean },
): Promise<ExitCode> {
  // Without a case: a one-off anonymous contact opens its own, and is closed with it.
  if (id === undefined) {
    if (opts.oneOff !== true) throw usageError('contact.no-case');
    return (await import('./one-off.js')).runOneOffContact(ctx, opts);
  }
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // A first look, without the lock: the prompts and the early refusals need the case; the
  // record is built again from the case as it stands under the lock.
  const seen = loadCaseForEdit(repo, id);
  assertContactOpen(seen);
  // One-off basic counselling of an anonymous person (standard 6b): recorded and closed at once.
  const oneOff = opts.oneOff === true;
  if (oneOff && !isOneOffCase(seen.client.data, seen.contract?.data))
    throw new SpisError('contact.one-off-not-anonymous', { id });
  let given;
  try {
    if (opts.from !== undefined) given = await readContactInput(ctx, repo, opts.from, seen);
    else {
      const { askContactReviewed } = await import('../ui/contact.js');
      const check = (r: Parameters<typeof contactChanges>[1]) => contactChanges(seen, r, undefined);
      const asked = await askContactReviewed(ctx, repo, seen, { oneOff, writer: atKeyboard(ctx, repo), check });
      if (!asked) return 0;
      given = { asked };
    }
  } finally {
    removeEditorTempDir(repo);
  }
  const { path, renumbered } = await updateCase(ctx, repo, id, 'contact add', (kase) =>
    contactWrite(kase, given, { today: ctx.today, oneOff }),
  );
  for (const r of renumbered) err(ctx, t('contact.goal-renumbered', { from: r.from, to: r.to }));
  const record = 'asked' in given ? given.asked : given.data;
  if (record.type === 'assessment' && !seen.client.data.assessment) err(ctx, t('assess.use-command', { id }));
  out(ctx, path);
  if (oneOff) err(ctx, t('close.one-off-saved', { id }));
  if (record.sent_by_email) err(ctx, await prepareContactEmail(ctx, repo, seen, path));
  return 0;
}
