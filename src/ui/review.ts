// The summary before saving: save, change one answer, or discard. Every prompt of a flow is
// recorded; "change an answer" runs the same flow again with the recorded answers given back
// silently, asks only the chosen question (its old answer offered), asks anything the new answer
// opens up, skips what it closes, and returns to the summary. One mechanism for every writing command's prompts.
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';

import type { AnswerLog } from './answer-log.js';

export type { AnswerEntry, AnswerLog } from './answer-log.js';

/** A context whose prompts record (or replay) their answers, and whose other output is held back while replaying. */
function logged(ctx: Context, log: AnswerLog): Context {
  const real = ctx.io.stdout;
  const stdout = new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'write')
        return (chunk: unknown, ...rest: unknown[]) =>
          log.muted ? true : (target.write as (...a: unknown[]) => boolean).call(target, chunk, ...rest);
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { ...ctx, io: { ...ctx.io, stdout }, answerLog: log };
}

export interface ReviewOptions<T> {
  /** The summary of what will be written. */
  summary: (answers: T) => string;
  /** The question that fits the step (Uložit zápis? Uložit odmítnutí? …), which may depend on the answers. */
  question: string | ((answers: T) => string);
  /** Checks the answers before the summary (throws with the problems). */
  check?: (answers: T) => void;
  /** The words of the two ends, where "save" and "discard" would not fit (purge: smazat / nemazat). */
  labels?: { save: string; discard: string };
}

/**
 * Asks a flow, shows its summary and offers: save, change an answer, discard. Returns the answers
 * to save, or undefined when the worker discards them (and says so).
 */
export async function askAndReview<T>(
  ctx: Context,
  flow: (ctx: Context) => Promise<T>,
  o: ReviewOptions<T>,
): Promise<T | undefined> {
  const { createPrompter } = await import('./prompts.js');
  let log: AnswerLog = { entries: [], muted: false, stdout: ctx.io.stdout };
  let answers = await flow(logged(ctx, log));
  const ask = createPrompter(ctx);
  for (;;) {
    o.check?.(answers);
    ctx.io.stdout.write(`\n${o.summary(answers)}\n\n`);
    const choice = await ask.select({
      message: typeof o.question === 'function' ? o.question(answers) : o.question,
      choices: [
        { name: o.labels?.save ?? t('prompt.choice-save'), value: 'save' as const },
        ...(log.entries.length ? [{ name: t('prompt.choice-change'), value: 'change' as const }] : []),
        { name: o.labels?.discard ?? t('prompt.choice-discard'), value: 'discard' as const },
      ],
      default: 'save' as const,
    });
    if (choice === 'save') return answers;
    if (choice === 'discard') {
      // Answers typed are asked about once more before they are thrown away; with none, nothing is lost.
      if (log.entries.length === 0 || (await ask.confirm({ message: t('prompt.really-discard'), default: false }))) {
        ctx.io.stderr.write(`${t('ui.not-saved')}\n`);
        return undefined;
      }
      continue;
    }
    const width = 60;
    const target = await ask.select({
      message: t('prompt.which-answer'),
      choices: log.entries.map((e, i) => {
        const q = e.message.length > width ? `${e.message.slice(0, width - 1)}…` : e.message;
        const a = e.shown.length > width ? `${e.shown.slice(0, width - 1)}…` : e.shown;
        return { name: `${q}: ${a || '–'}`, value: i };
      }),
    });
    const next: AnswerLog = {
      entries: [],
      replay: { entries: log.entries, target, cursor: 0 },
      muted: true,
      stdout: ctx.io.stdout,
    };
    answers = await flow(logged(ctx, next));
    log = { entries: next.entries, muted: false, stdout: ctx.io.stdout };
  }
}
