// spis complaint letter: the written reply to a complaint as a document (md, html, pdf), addressed
// to the complainant, with where to turn next (spis.yaml's complaints.appeal).
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { FORMATS } from '../render/documents.js';
import { findComplaint, readComplaints } from '../app/complaint.js';
import { openRepo, loadCase, commitFiles, logAccess } from '../store/index.js';

export async function runComplaintLetter(
  ctx: Context,
  number: string,
  opts: { format?: string; output?: string },
): Promise<ExitCode> {
  const format = opts.format ?? 'md';
  if (!FORMATS.some((f) => f === format)) throw usageError('render.bad-format', { value: opts.format });
  if (format === 'pdf' && !opts.output && 'isTTY' in ctx.io.stdout && ctx.io.stdout.isTTY === true)
    throw usageError('render.pdf-to-terminal');
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { data } = findComplaint(readComplaints(repo), number);
  // A client's letter is addressed from the case (name, address): reading it is logged like any other.
  const client = data.from.case ? loadCase(repo, data.from.case).client?.data : undefined;
  if (data.from.case) logAccess(repo.root, ctx.io.env, repo.config, 'complaint letter', [data.from.case]);
  const { buildComplaintReplyView } = await import('../render/views.js');
  const { view, title } = buildComplaintReplyView(data, repo.config, client);
  const content =
    format === 'md' || format === 'html'
      ? (await import('../render/render.js')).renderDocument(repo.root, 'complaint-reply', view, format, title)
      : await (
          await import('../render/pdf.js')
        ).renderPdf(repo.root, 'complaint-reply', view, title, { date: ctx.today });
  if (opts.output) {
    const path = resolve(ctx.io.cwd, opts.output);
    commitFiles([{ path, content }], dirname(path));
    out(ctx, path);
  } else ctx.io.stdout.write(content);
  return 0;
}
