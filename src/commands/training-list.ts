// spis training list: each worker's training in a year against the provider's minimum – the
// answer to an inspection's "training hours of each worker this year" – as a table, --json, or
// the overview as a document (--format md|html|pdf) to print and file.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { readTrainings } from '../app/training.js';
import { emitDocument, renderServiceDocument, serviceDocumentFormat } from '../app/service-document.js';
import { trainingTable } from '../ui/training.js';
import { openRepo } from '../store/index.js';

export async function runTrainingList(
  ctx: Context,
  opts: { year?: string; json?: boolean; format?: string; output?: string },
): Promise<ExitCode> {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
    throw usageError('complaint.bad-year', { value: opts.year });
  if (opts.json && opts.format !== undefined) throw usageError('training.one-format');
  const format = opts.format !== undefined || opts.output !== undefined ? serviceDocumentFormat(ctx, opts) : undefined;
  const year = opts.year ?? ctx.today.slice(0, 4);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const list = readTrainings(repo).records.map((r) => r.data);
  if (format) {
    const { buildTrainingView } = await import('../render/views.js');
    const built = buildTrainingView(repo.config, list, year, ctx.today);
    emitDocument(ctx, await renderServiceDocument(repo.root, 'training', built, format, ctx.today), opts.output);
    return 0;
  }
  const inYear = list.filter((x) => x.date.startsWith(`${year}-`));
  out(ctx, opts.json ? JSON.stringify(inYear, null, 2) : trainingTable(repo.config, list, year, ctx));
  return 0;
}
