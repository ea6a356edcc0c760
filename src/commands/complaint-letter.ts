// spis complaint letter: the written reply to a complaint as a document (md, html, pdf), addressed
// to the complainant, with where to turn next (spis.yaml's complaints.appeal).
import type { Context } from '../context.js';
import type { ExitCode } from '../problems.js';
import { findComplaint, readComplaints } from '../app/complaint.js';
import { emitDocument, renderServiceDocument, serviceDocumentFormat } from '../app/service-document.js';
import { openRepo, loadCase, logAccess } from '../store/index.js';

export async function runComplaintLetter(
  ctx: Context,
  number: string,
  opts: { format?: string; output?: string },
): Promise<ExitCode> {
  const format = serviceDocumentFormat(ctx, opts);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { data } = findComplaint(readComplaints(repo), number);
  // A client's letter is addressed from the case (name, address): reading it is logged like any other.
  const client = data.from.case ? loadCase(repo, data.from.case).client?.data : undefined;
  if (data.from.case) logAccess(repo.root, ctx.io.env, repo.config, 'complaint letter', [data.from.case]);
  const { buildComplaintReplyView } = await import('../render/views.js');
  const built = buildComplaintReplyView(data, repo.config, client);
  emitDocument(ctx, await renderServiceDocument(repo.root, 'complaint-reply', built, format, ctx.today), opts.output);
  return 0;
}
