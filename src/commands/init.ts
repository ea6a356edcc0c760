// spis init: a new case repository – spis.yaml, clients/, the schemas for editors, a README,
// .gitignore, and `git init` where git is present.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { newConfig, type InitOptions } from '../domain/provider.js';
import { t } from '../i18n/index.js';
import { createRepository } from '../app/init.js';
import { CLIENTS_DIR, CONFIG_FILE, FORMAT } from '../store/index.js';

export async function runInit(ctx: Context, dirArg: string | undefined, opts: InitOptions): Promise<ExitCode> {
  const root = resolve(ctx.io.cwd, dirArg ?? ctx.dir ?? '.');
  if (existsSync(join(root, CONFIG_FILE))) throw new SpisError('init.exists', { dir: root });
  if (existsSync(root) && readdirSync(root).some((n) => n === CLIENTS_DIR))
    throw new SpisError('init.exists', { dir: root });
  const answers = { ...opts, worker: [...(opts.worker ?? [])] };
  const missing = (['name', 'ico', 'address', 'service'] as const).filter((k) => !answers[k]);
  if (answers.worker.length === 0 || missing.length > 0) {
    if (!isInteractive(ctx.io)) {
      throw usageError('init.missing-flags', {
        flags: [...missing.map((m) => `--${m}`), ...(answers.worker.length ? [] : ['--worker'])].join(', '),
      });
    }
    await (await import('../ui/init.js')).askInitAnswers(ctx, answers);
  }
  const ids = answers.worker.map((w) => w.split(':')[0]);
  if (answers.me !== undefined && !ids.includes(answers.me))
    throw usageError('init.bad-me', { value: answers.me, known: ids.join(', ') });
  // Who is at this keyboard: the records written here carry that worker (and the commits her name).
  if (answers.me === undefined && ids.length === 1) answers.me = ids[0];
  if (answers.me === undefined && isInteractive(ctx.io))
    answers.me = await (await import('../ui/init.js')).askMe(ctx, answers.worker);
  const config = newConfig(answers, FORMAT);
  const done = await createRepository(ctx, root, config, answers.me);
  out(ctx, t('init.created', { dir: root }));
  if (done.git) out(ctx, t('init.git'));
  if (done.me && answers.me)
    out(
      ctx,
      t('init.me', { id: answers.me, name: config.workers.find((w) => w.id === answers.me)?.name ?? answers.me }),
    );
  return 0;
}
