// spis training list: each worker's training in a year against the provider's minimum – the
// answer to an inspection's "training hours of each worker this year".
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { readTrainings } from '../app/training.js';
import { trainingTable } from '../ui/training.js';
import { openRepo } from '../store/index.js';

export async function runTrainingList(ctx: Context, opts: { year?: string; json?: boolean }): Promise<ExitCode> {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
    throw usageError('complaint.bad-year', { value: opts.year });
  const year = opts.year ?? ctx.today.slice(0, 4);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const list = readTrainings(repo).records.map((r) => r.data);
  const inYear = list.filter((x) => x.date.startsWith(`${year}-`));
  out(ctx, opts.json ? JSON.stringify(inYear, null, 2) : trainingTable(repo.config, list, year, ctx));
  return 0;
}
