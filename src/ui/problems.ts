// One layout for every problem: FILE:LINE:COL, an excerpt with a line-number margin and a ^
// marker, what is wrong, and how to fix it.
import { problemHintKey, problemMessageKey, type Problem } from '../problems.js';
import { t, type Lang } from '../i18n/index.js';
import { style } from './style.js';

export function problemLocation(p: Problem): string {
  if (p.line !== undefined) return `${p.file}:${p.line}:${p.col ?? 1}`;
  return p.path ? `${p.file} (${p.path})` : p.file;
}

export function problemMessage(p: Problem, lang: Lang): string {
  return t(problemMessageKey(p.code), p.params, lang);
}

export function problemHint(p: Problem, lang: Lang): string {
  return t(problemHintKey(p.code), p.params, lang);
}

/** How much of a source line an excerpt shows: a long line is cut around the column, with … at the cuts. */
const EXCERPT_WIDTH = 100;

/** The part of a long line around the column, and the column within that part. */
export function excerptWindow(line: string, col: number): { text: string; col: number } {
  if (line.length <= EXCERPT_WIDTH) return { text: line, col };
  // The line's start (its key) where the column fits in; else the column in the middle.
  const start =
    col <= EXCERPT_WIDTH - 10 ? 0 : Math.max(0, Math.min(col - 1 - EXCERPT_WIDTH / 2, line.length - EXCERPT_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = start + EXCERPT_WIDTH < line.length ? '…' : '';
  return { text: `${head}${line.slice(start, start + EXCERPT_WIDTH)}${tail}`, col: col - start + head.length };
}

export function formatProblem(p: Problem, lang: Lang, color = false): string {
  const c = style(color);
  const lines = [`${c.bold(problemLocation(p))}: ${problemMessage(p, lang)}`];
  if (p.line !== undefined && p.excerpt !== undefined) {
    const num = String(p.line);
    const pad = ' '.repeat(num.length);
    const { text, col } = excerptWindow(p.excerpt, Math.max(1, p.col ?? 1));
    lines.push(`${pad} |`);
    lines.push(`${num} | ${text}`);
    lines.push(`${pad} | ${' '.repeat(col - 1)}${c.red('^')}`);
  }
  lines.push(`${c.cyan(t('ui.hint-label', {}, lang))} ${problemHint(p, lang)}`);
  return lines.join('\n');
}

export function formatProblems(problems: readonly Problem[], lang: Lang, color = false): string {
  return problems.map((p) => formatProblem(p, lang, color)).join('\n\n') + '\n';
}

export interface ProblemJson {
  code: string;
  file: string;
  line: number | null;
  col: number | null;
  path: string | null;
  message: string;
  hint: string;
}

export function problemToJson(p: Problem, lang: Lang): ProblemJson {
  return {
    code: p.code,
    file: p.file,
    line: p.line ?? null,
    col: p.col ?? null,
    path: p.path ?? null,
    message: problemMessage(p, lang),
    hint: problemHint(p, lang),
  };
}

/** With --json a failure is one object on stderr: {"error": {code, message, problems}}. */
export function errorJson(code: string, message: string, problems: readonly Problem[], lang: Lang): string {
  return JSON.stringify({
    error: { code, message, ...(problems.length > 0 ? { problems: problems.map((p) => problemToJson(p, lang)) } : {}) },
  });
}
