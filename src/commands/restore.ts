// spis restore: puts back what sync refused to take as a hand change – a deleted record or case
// folder, a rewritten contact record, an empty file – as the history last had it.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { asWriter } from '../app/write-case.js';
import { openRepo, isOwnWorkTree } from '../store/index.js';
import { restoreHandChanges, HAND_PATHS } from '../app/sync.js';

export async function runRestore(ctx: Context, ids: string[]): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (!isOwnWorkTree(repo.root)) throw new SpisError('restore.not-git', { dir: repo.root });
  const back = await asWriter(ctx, repo, 'restore', () => restoreHandChanges(repo.root, HAND_PATHS, ids));
  if (back.length === 0) {
    out(ctx, t('restore.nothing'));
    return 0;
  }
  for (const c of back) out(ctx, t('restore.done', { file: c.file, what: t(`hand-change.${c.kind}`) }));
  return 0;
}
