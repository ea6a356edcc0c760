// spis disposal: the service's disposal records (disposal/, one per spis purge) – listed, or one
// rendered as a document like the others (md, html, pdf): the record an inspection asks to see
// that files were destroyed, when, by whom and under which rule, with no value of any client.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../domain/dates.js';
import type { Format } from '../render/documents.js';
import { emitDocument, renderServiceDocument, serviceDocumentFormat } from '../app/service-document.js';
import { openRepo, readDisposals, type StoredDisposal } from '../store/index.js';

export async function runDisposal(
  ctx: Context,
  id: string | undefined,
  opts: { format?: string; output?: string; json?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const { records, bad } = readDisposals(repo.root);
  if (bad.length) throw new SpisError('disposal.bad-file', { file: bad[0] });
  if (id === undefined) {
    if (opts.json) {
      out(
        ctx,
        JSON.stringify(
          records.map(({ file: _f, ...r }) => r),
          null,
          2,
        ),
      );
      return 0;
    }
    if (records.length === 0) out(ctx, t('disposal.none'));
    for (const r of records) {
      out(
        ctx,
        t('disposal.line', {
          id: r.id,
          date: formatDate(r.date, ctx.lang),
          kind: t(`disposal.kind.${r.kind}`),
          count: r.cases.length,
          ids: r.cases.map((c) => c.id).join(' '),
        }),
      );
    }
    return 0;
  }
  const record = records.find((r) => r.id === id);
  if (!record) throw usageError('disposal.unknown', { id });
  const format = serviceDocumentFormat(ctx, opts);
  emitDocument(ctx, await renderDisposal(repo.root, repo.config, record, format, ctx.today), opts.output);
  return 0;
}

export async function renderDisposal(
  root: string,
  config: Parameters<typeof import('../render/views.js').buildDisposalView>[1],
  record: StoredDisposal,
  format: Format,
  today: string,
): Promise<string | Uint8Array> {
  const { buildDisposalView } = await import('../render/views.js');
  return renderServiceDocument(root, 'disposal', buildDisposalView(record, config), format, today);
}
