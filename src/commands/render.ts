// spis render / spis templates: documents from the case's own records.
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { templateSources, unknownTemplates } from '../render/render.js';
import { documentRequest, renderDocumentFile, saveDocument, type RenderCommandOptions } from '../app/documents.js';
import { templatesText } from '../ui/format.js';
import { openRepo, loadCase, commitFiles, logAccess } from '../store/index.js';

export async function runRender(
  ctx: Context,
  id: string,
  document: string,
  opts: RenderCommandOptions,
): Promise<ExitCode> {
  const { name, format, docOpts } = documentRequest(document, opts, ctx);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.save) {
    out(ctx, await saveDocument(ctx, repo, id, name, format, docOpts));
    return 0;
  }
  const kase = loadCase(repo, id);
  const { content } = await renderDocumentFile(repo, kase, name, format, ctx.today, docOpts);
  logAccess(repo.root, ctx.io.env, repo.config, `render ${name}`, [kase.id]);
  if (opts.output) {
    const path = resolve(ctx.io.cwd, opts.output);
    commitFiles([{ path, content }], dirname(path));
    out(ctx, path);
  } else {
    ctx.io.stdout.write(content);
  }
  return 0;
}

export async function runTemplates(ctx: Context, opts: { json?: boolean }): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const sources = templateSources(repo.root);
  out(ctx, opts.json ? JSON.stringify(sources, null, 2) : templatesText(sources));
  const unknown = unknownTemplates(repo.root);
  if (unknown.length > 0)
    throw new SpisError('templates.unknown', {
      files: unknown.join(', '),
      allowed: sources.map((s) => `${s.name}.hbs`).join(', '),
    });
  return 0;
}
