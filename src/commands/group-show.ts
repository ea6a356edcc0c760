// spis group show: the record of a group activity as a document (md, html, pdf) – what, when, who
// led it, who came and who sent apologies, the record – to print, sign and file.
import type { Context } from '../context.js';
import type { ExitCode } from '../problems.js';
import { groupCases } from '../domain/group.js';
import { findGroup, readGroups } from '../app/group.js';
import { emitDocument, renderServiceDocument, serviceDocumentFormat } from '../app/service-document.js';
import { openRepo, logAccess } from '../store/index.js';

export async function runGroupShow(
  ctx: Context,
  number: string,
  opts: { format?: string; output?: string },
): Promise<ExitCode> {
  const format = serviceDocumentFormat(ctx, opts);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { data } = findGroup(readGroups(repo), number);
  const cases = groupCases(data);
  if (cases.length) logAccess(repo.root, ctx.io.env, repo.config, 'group show', cases);
  const { buildGroupView } = await import('../render/views.js');
  const built = buildGroupView(data, repo.config);
  emitDocument(ctx, await renderServiceDocument(repo.root, 'group', built, format, ctx.today), opts.output);
  return 0;
}
