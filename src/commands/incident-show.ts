// spis incident show: the record of an incident as a document (md, html, pdf) – what happened, what
// was done, who was informed and when, the steps that follow, the closing – to print, sign and file.
import type { Context } from '../context.js';
import type { ExitCode } from '../problems.js';
import { findIncident, readIncidents } from '../app/incident.js';
import { emitDocument, renderServiceDocument, serviceDocumentFormat } from '../app/service-document.js';
import { openRepo, logAccess } from '../store/index.js';

export async function runIncidentShow(
  ctx: Context,
  number: string,
  opts: { format?: string; output?: string },
): Promise<ExitCode> {
  const format = serviceDocumentFormat(ctx, opts);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { data } = findIncident(readIncidents(repo), number);
  if (data.cases?.length) logAccess(repo.root, ctx.io.env, repo.config, 'incident show', data.cases);
  const { buildIncidentView } = await import('../render/views.js');
  const built = buildIncidentView(data, repo.config);
  emitDocument(ctx, await renderServiceDocument(repo.root, 'incident', built, format, ctx.today), opts.output);
  return 0;
}
