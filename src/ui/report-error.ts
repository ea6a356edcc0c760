// The single place where an error becomes a message on stderr and an exit code. No stack traces
// reach the user; SPIS_DEBUG=1 shows them to a developer.
import { errnoCode, SpisError, type ExitCode } from '../problems.js';
import { t, type Lang } from '../i18n/index.js';
import type { MessageKey } from '../i18n/cs.js';
import type { Io } from '../context.js';
import { errorJson, formatProblems } from './problems.js';
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What a failed file operation means for the worker: a full disk, a disk mounted read-only, no
 * permission, or else the path and the code. Node's recursive mkdir says ENOENT where the disk is
 * read-only (or the folder not writable), so a failed mkdir whose parent exists asks the parent.
 */
function fsFailure(error: unknown): { key: MessageKey; params: Record<string, string> } | undefined {
  const e = fsError(error);
  if (!e) return undefined;
  if (e.code === 'ENOSPC' || e.code === 'EDQUOT') return { key: 'store.disk-full', params: {} };
  if (typeof e.path !== 'string') return undefined;
  let code = e.code;
  if (code === 'ENOENT' && e.syscall === 'mkdir') {
    try {
      accessSync(dirname(e.path), constants.W_OK);
    } catch (err) {
      code = errnoCode(err) ?? code;
    }
  }
  if (code === 'EROFS') return { key: 'store.read-only', params: { path: e.path } };
  if (code === 'EACCES' || code === 'EPERM') return { key: 'store.no-permission', params: { path: e.path } };
  return { key: 'ui.fs-error', params: { path: e.path, code } };
}

/** A failed file operation's code, path and call, or undefined for any other error. */
function fsError(error: unknown): { code: string; path?: string; syscall?: string } | undefined {
  const code = errnoCode(error);
  if (!code || !(error instanceof Error)) return undefined;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const syscall = 'syscall' in error && typeof error.syscall === 'string' ? error.syscall : undefined;
  return { code, ...(path !== undefined ? { path } : {}), ...(syscall !== undefined ? { syscall } : {}) };
}

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
    const e = error;
    const fs = fsFailure(e);
    body = fs
      ? errorJson(fs.key, t(fs.key, fs.params, lang), [], lang)
      : errorJson(
          'ui.internal-error',
          t('ui.internal-error', { message: e instanceof Error ? e.message : String(e) }, lang),
          [],
          lang,
        );
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
  const e = error;
  const fs = fsFailure(e);
  if (fs) {
    io.stderr.write(`${t(fs.key, fs.params, lang)}\n`);
  } else {
    io.stderr.write(`${t('ui.internal-error', { message: e instanceof Error ? e.message : String(e) }, lang)}\n`);
  }
  if (io.env.SPIS_DEBUG) io.stderr.write(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
  return 1;
}
