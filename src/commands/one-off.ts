// spis contact add --one-off (no case id): a one-off anonymous contact in one command – the case
// opened, the contact recorded and the case closed, written together or not at all.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { placeOutOfPerson } from '../domain/config.js';
import { oneOffCase, type OneOffInput } from '../domain/one-off.js';
import { t } from '../i18n/index.js';
import { readInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { asWriter, writeCase } from '../app/write-case.js';
import { atKeyboard } from '../app/worker.js';
import { openRepo, emptyCase, newContactFileName, problemAtKey, removeEditorTempDir } from '../store/index.js';
import { allocateCaseId, hasRemote } from '../app/client-new.js';

export async function runOneOffContact(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const writer = atKeyboard(ctx, repo);
  let input: ScriptedInput | undefined;
  let data: OneOffInput;
  if (mode === 'scripted') {
    ({ input, data } = await readInput(ctx, opts.from!, 'one-off'));
    // A place only for a meeting in person.
    const form = placeOutOfPerson(data);
    if (form)
      throw new SpisError('store.nothing-written', {}, 1, [
        problemAtKey(input.parsed, ['place'], 'place-not-in-person', { form }),
      ]);
    if (data.worker === undefined && writer) data = { ...data, worker: writer };
  } else {
    const [{ askAndReview }, { askOneOff, oneOffSummary }] = await Promise.all([
      import('../ui/review.js'),
      import('../ui/one-off.js'),
    ]);
    try {
      const asked = await askAndReview(ctx, (c) => askOneOff(c, repo, writer), {
        summary: (a) => oneOffSummary(ctx, repo, a),
        question: t('prompt.save-one-off'),
      });
      if (!asked) return 0;
      data = asked;
    } finally {
      removeEditorTempDir(repo);
    }
  }
  // The number is chosen under the lock, as for `client new`: two calls recorded at once get two cases.
  const { id, provisional } = await asWriter(ctx, repo, 'contact add', (w) => {
    const alloc = allocateCaseId(repo.root, ctx.today.slice(0, 4), {
      useGit: w.ownGit,
      team: w.ownGit && hasRemote(repo.root, repo.config),
    });
    w.cases([alloc.id]);
    const { client, contact, termination } = oneOffCase(data, alloc.id, ctx.today);
    const empty = emptyCase(alloc.id);
    const name = newContactFileName(contact.date ?? ctx.today, []);
    writeCase(
      w,
      repo,
      ctx.today,
      empty,
      { client, newContact: { name, data: contact }, termination },
      { input, create: true },
    );
    alloc.settle();
    return { id: alloc.id, provisional: alloc.provisional };
  });
  if (provisional) err(ctx, t('client.provisional-id', { id }));
  err(ctx, t('one-off.saved', { id }));
  out(ctx, id);
  return 0;
}
