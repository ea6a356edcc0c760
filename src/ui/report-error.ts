// The single place where an error becomes a message on stderr and an exit code. No stack traces
// reach the user; SPIS_DEBUG=1 shows them to a developer.
import { SpisError, type ExitCode } from '../problems.js';
import { t, type Lang } from '../i18n/index.js';
import type { Io } from '../context.js';
import { errorJson, formatProblems } from './problems.js';

/**
 * With --json a failure is machine-readable too: one object on stderr,
 * {"error": {code, message, problems}}, where code is the message's stable key.
 */
export function reportErrorJson(error: unknown, io: Io, lang: Lang): ExitCode {
  let body: string;
  let exit: ExitCode = 1;
  if (error instanceof SpisError) {
    body = errorJson(error.key, t(error.key, error.params, lang), error.problems, lang);
    exit = error.exitCode;
  } else if (error instanceof Error && error.name === 'ExitPromptError') {
    body = errorJson('ui.cancelled', t('ui.cancelled', {}, lang), [], lang);
    exit = 130;
  } else {
    const e = error as NodeJS.ErrnoException;
    body =
      e && (e.code === 'ENOSPC' || e.code === 'EDQUOT')
        ? errorJson('store.disk-full', t('store.disk-full', {}, lang), [], lang)
        : e && typeof e.code === 'string' && typeof e.path === 'string'
        ? errorJson('ui.fs-error', t('ui.fs-error', { path: e.path, code: e.code }, lang), [], lang)
        : errorJson('ui.internal-error', t('ui.internal-error', { message: e instanceof Error ? e.message : String(e) }, lang), [], lang);
  }
  io.stderr.write(`${body}\n`);
  return exit;
}

export function reportError(error: unknown, io: Io, lang: Lang, color: boolean): ExitCode {
  if (error instanceof SpisError) {
    if (error.problems.length > 0) io.stderr.write(formatProblems(error.problems, lang, color) + '\n');
    io.stderr.write(`${t(error.key, error.params, lang)}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    // Ctrl-C at a prompt: nothing was written; leave quietly.
    io.stderr.write(`\n${t('ui.cancelled', {}, lang)}\n`);
    return 130;
  }
  const e = error as NodeJS.ErrnoException;
  if (e && (e.code === 'ENOSPC' || e.code === 'EDQUOT')) {
    io.stderr.write(`${t('store.disk-full', {}, lang)}\n`);
    return 1;
  }
  if (e && typeof e.code === 'string' && typeof e.path === 'string') {
    io.stderr.write(`${t('ui.fs-error', { path: e.path, code: e.code }, lang)}\n`);
  } else {
    io.stderr.write(`${t('ui.internal-error', { message: e instanceof Error ? e.message : String(e) }, lang)}\n`);
  }
  if (io.env.SPIS_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  return 1;
}
