// spis export <case>: the client's copy of everything held about them (Art. 15 GDPR) – every
// record as readable JSON and the documents rendered in HTML, with a Czech index page – into a
// new owner-only folder. The export is logged (access.log).
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { caseCopyFiles, memberCopyFiles, memberOf, pseudonymisedFiles } from '../app/export.js';
import {
  openRepo,
  loadCase,
  soundCase,
  assertNewFolder,
  writeNewFolder,
  type FileChange,
  logAccess,
} from '../store/index.js';

export interface ExportOptions {
  out?: string;
  format?: string;
  pseudonymised?: boolean;
  keepTexts?: boolean;
  member?: string;
}

/** A copy of someone's data is a new folder, never written over another (store/atomic.ts writeNewFolder). */
function writeFolder(dir: string, files: FileChange[]): void {
  assertNewFolder(dir);
  writeNewFolder(dir, files);
}

/**
 * The whole repository with every direct identifier replaced (domain/pseudonymise.ts): names by a
 * stable pseudonym per person, birth dates by the year, addresses by the district, contact details
 * and free texts removed (kept with --keep-texts). Records only: no documents, no history, no log.
 */
function exportPseudonymised(ctx: Context, opts: ExportOptions): ExitCode {
  if (!opts.out) throw usageError('export.pseudonymised-out');
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const dir = resolve(ctx.io.cwd, opts.out);
  assertNewFolder(dir);
  const { files, count } = pseudonymisedFiles(repo, dir, opts.keepTexts);
  writeFolder(dir, files);
  if (opts.keepTexts) err(ctx, t('export.texts-kept'));
  out(ctx, t('export.pseudonymised-done', { dir, count }));
  return 0;
}

export async function runExport(ctx: Context, id: string | undefined, opts: ExportOptions): Promise<ExitCode> {
  if (opts.pseudonymised) {
    if (id !== undefined || opts.member !== undefined) throw usageError('export.pseudonymised-whole');
    return exportPseudonymised(ctx, opts);
  }
  if (opts.keepTexts) throw usageError('export.keep-texts-alone');
  if (id === undefined) throw usageError('export.which');
  const format = opts.format ?? 'all';
  if (!['all', 'json'].includes(format)) throw usageError('export.bad-format', { value: format });
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const loaded = loadCase(repo, id);
  const kase = soundCase(loaded);
  // A household member's own copy (--member m2): records only, read by the worker before it is handed over.
  const member = opts.member === undefined ? undefined : memberOf(kase, opts.member).id;
  if (member && opts.format !== undefined && opts.format !== 'json') throw usageError('export.member-json');
  const dir = resolve(ctx.io.cwd, opts.out ?? `spis-${kase.id}-${member ? `${member}-` : ''}${ctx.today}`);
  // A copy of someone's data is never written over another.
  assertNewFolder(dir);
  const files = member
    ? memberCopyFiles(repo, kase, dir, member)
    : caseCopyFiles(repo, loaded, kase, dir, format, ctx.today);
  writeFolder(dir, files);
  logAccess(repo.root, ctx.io.env, repo.config, 'export', [kase.id]);
  out(ctx, t('export.done', { dir, count: files.length }));
  if (member) err(ctx, t('export.member-review'));
  return 0;
}
