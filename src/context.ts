// What every command receives: where it runs, how it talks, and what day it is.
import type { Lang } from './i18n/index.js';
import type { IsoDate } from './domain/dates.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock (ms since the epoch) the caches' "racy" rule reads; tests pass one instead of sleeping. */
  now?: () => number;
}

export interface Context {
  io: Io;
  lang: Lang;
  /** Colour on stdout: a terminal, no NO_COLOR, no --no-color. */
  color: boolean;
  dir?: string;
  today: IsoDate;
  /** --no-commit: write without committing to git. */
  noCommit?: boolean;
  /** Set by ui/review.ts while a flow's answers are recorded or replayed. */
  answerLog?: import('./ui/answer-log.js').AnswerLog;
}

/** Prompts need a person at both ends. */
export function isInteractive(io: Io): boolean {
  return io.stdin.isTTY === true && io.stdout.isTTY === true;
}

export function out(ctx: Context, text: string): void {
  ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(ctx: Context, text: string): void {
  ctx.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
