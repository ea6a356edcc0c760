// A document of the service as a whole (a disposal record, the reply to a complaint): its format
// asked for, rendered from its view in md, html or pdf (Handlebars and the PDF layout loaded only
// then), and given to -o FILE or to stdout – the one way spis disposal and spis complaint letter print.
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { usageError } from '../problems.js';
import { FORMATS, type Format, type ServiceDocumentName } from '../render/documents.js';
import { commitFiles } from '../store/atomic.js';

/** --format (md by default); a PDF is never poured into a terminal. */
export function serviceDocumentFormat(ctx: Context, opts: { format?: string; output?: string }): Format {
  const format = FORMATS.find((f) => f === (opts.format ?? 'md'));
  if (!format) throw usageError('render.bad-format', { value: opts.format });
  if (format === 'pdf' && !opts.output && 'isTTY' in ctx.io.stdout && ctx.io.stdout.isTTY === true)
    throw usageError('render.pdf-to-terminal');
  return format;
}

export async function renderServiceDocument(
  root: string,
  name: ServiceDocumentName,
  built: { view: Record<string, unknown>; title: string },
  format: Format,
  today: string,
): Promise<string | Uint8Array> {
  if (format === 'pdf')
    return (await import('../render/pdf.js')).renderPdf(root, name, built.view, built.title, { date: today });
  return (await import('../render/render.js')).renderDocument(root, name, built.view, format, built.title);
}

/** The document written to -o FILE (atomically, owner-only; its path said), or to stdout. */
export function emitDocument(ctx: Context, content: string | Uint8Array, output: string | undefined): void {
  if (output === undefined) {
    ctx.io.stdout.write(content);
    return;
  }
  const path = resolve(ctx.io.cwd, output);
  commitFiles([{ path, content }], dirname(path));
  out(ctx, path);
}
