// spis upgrade: brings a case repository to this version of the tool – the schemas' copy (so the
// editor validates against the right ones) and the records' format – in one write and one commit.
import type { Context } from '../context.js';
import { out } from '../context.js';
import type { ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { upgradeRepository } from '../app/upgrade.js';
import { openRepo, FORMAT } from '../store/index.js';

export async function runUpgrade(ctx: Context): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const result = await upgradeRepository(ctx, repo);
  if (result.untracked) out(ctx, t('sync.untracked-state'));
  out(
    ctx,
    result.schemas || result.from < FORMAT
      ? t('upgrade.done', { from: result.from, to: FORMAT, schemas: result.schemas, cases: result.migrated })
      : t('upgrade.nothing', { to: FORMAT }),
  );
  return 0;
}
