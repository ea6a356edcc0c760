// The answers of one run of a prompt flow: recorded as they are given, or replayed when the
// worker changes one answer at the summary (ui/review.ts). The prompts (ui/prompts.ts) read and
// write this log; neither module needs the other for it.
import type { Context } from '../context.js';

export interface AnswerEntry {
  message: string;
  /** The answer as the prompt returned it. */
  value: unknown;
  /** The answer as the worker saw it (a choice's name, a date as typed). */
  shown: string;
}

/** How the prompts of one run of a flow behave: record every answer, or replay a recorded run. */
export interface AnswerLog {
  entries: AnswerEntry[];
  replay?: { entries: AnswerEntry[]; target: number; cursor: number };
  /** Output before the chosen question is reached in a replay is not shown again. */
  muted: boolean;
  /** The terminal itself, for the live prompts. */
  stdout: Context['io']['stdout'];
}

/** What a prompt does under a log: the recorded answer, or undefined to ask (with `default` to offer). */
export function replayed(
  log: AnswerLog | undefined,
  message: string,
): { value: unknown } | { ask: true; default?: unknown } {
  const r = log?.replay;
  if (!log || !r) return { ask: true };
  // Past the changed answer, the flow may skip questions that answer closed (no place for a
  // call): the recorded answers further on still count, from the nearest one asked the same.
  if (r.cursor > r.target && r.entries[r.cursor]?.message !== message) {
    const ahead = r.entries.findIndex((e, i) => i > r.cursor && e.message === message);
    if (ahead >= 0) r.cursor = ahead;
  }
  const entry = r.entries[r.cursor];
  if (entry && entry.message === message) {
    const index = r.cursor++;
    if (index !== r.target) return { value: entry.value };
    log.muted = false;
    return { ask: true, default: entry.value };
  }
  // The flow went another way since (a new branch): ask, and show everything from here on.
  log.muted = false;
  return { ask: true };
}

export function record(log: AnswerLog | undefined, message: string, value: unknown, shown: string): void {
  log?.entries.push({ message, value, shown });
}
