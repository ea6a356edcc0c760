// spis log: a case's history from git – date, worker, command, files – for the key worker and
// for an inspection. Follows the case into the archive and back to a provisional number.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { openRepo, assertCaseId } from '../store/index.js';
import { caseHistory } from '../app/history.js';

export async function runLog(ctx: Context, id: string, opts: { json?: boolean }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  assertCaseId(id);
  const entries = caseHistory(repo.root, id);
  if (entries === undefined) throw new SpisError('log.no-git', { dir: repo.root });
  if (entries.length === 0) throw new SpisError('log.empty', { id });
  const rows = entries.map((e) => ({
    commit: e.commit,
    date: e.date,
    worker: e.worker ?? '',
    worker_name: e.worker ? workerName(repo.config, e.worker) : e.author,
    command: e.command,
    files: e.files,
  }));
  if (opts.json) {
    out(ctx, JSON.stringify(rows, null, 2));
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.worker_name.length));
  const cmdWidth = Math.max(...rows.map((r) => r.command.length));
  for (const r of rows) {
    const when = `${formatDate(r.date.slice(0, 10), ctx.lang)} ${r.date.slice(11, 16)}`;
    out(
      ctx,
      `${when.padEnd(18)}  ${r.worker_name.padEnd(width)}  ${r.command.padEnd(cmdWidth)}  ${r.files.join(', ')}`,
    );
  }
  return 0;
}
