// Shared formatting for terminal output: labels from the catalogue, aligned tables.
import { t } from '../i18n/index.js';
import { CASE_STATUSES, type CaseStatus, type Client } from '../domain/types.js';
import { style } from './style.js';
import { isFosterCare } from '../domain/config.js';
import type { SpisConfig } from '../domain/types.js';

/** What a message needs to name the client as her service does: her sex, and whether she is a carer in foster-care support (i18n/agree.ts clientNoun). */
export function personParams(
  config: Pick<SpisConfig, 'provider'>,
  client: Pick<Client, 'sex'>,
): { sex: Client['sex']; foster: number } {
  return { sex: client.sex, foster: isFosterCare(config) ? 1 : 0 };
}

/** The case's status in words that agree with the person: klientka, odmítnutý zájemce… */
export function statusLabel(client: { status: CaseStatus; sex?: Client['sex'] }): string {
  return t(`status.${client.status}` as const, { sex: client.sex });
}

export function sexLabel(sex: Client['sex']): string {
  return t(`sex.${sex}` as const);
}

/** Display width: combining marks take no room (Czech letters are single code points anyway). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

export function table(header: string[], rows: string[][], color: boolean): string {
  const c = style(color);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell))))
      .join('  ')
      .trimEnd();
  return [c.bold(line(header)), ...rows.map(line)].join('\n');
}

/**
 * Text from a record or a cache as a terminal may show it: control characters (a stray escape
 * sequence, a carriage return that overwrites a line) and bidirectional overrides removed.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A text on one line of a summary: printable, its line breaks and runs of spaces one space. */
export const oneLine = (s: string): string => printable(s).replace(/\s+/g, ' ');

/** The words a worker types for each status; the first is the one the message offers. */
export const STATUS_WORDS: Record<CaseStatus, readonly string[]> = {
  applicant: ['zájemce', 'zájemkyně', 'zajemce', 'zajemkyne'],
  active: ['aktivní', 'aktivni', 'klient', 'klientka', 'poskytuje'],
  closed: ['ukončený', 'ukončené', 'ukončeno', 'ukonceny', 'ukoncene', 'ukonceno'],
  refused: ['odmítnutý', 'odmítnutá', 'odmítnuto', 'odmitnuty', 'odmitnuta', 'odmitnuto'],
};

export function statusFromWord(value: string): CaseStatus | undefined {
  const v = value.trim().toLocaleLowerCase('cs');
  return CASE_STATUSES.find((s) => s === v || STATUS_WORDS[s].includes(v));
}

/** `spis templates`: each template, whether the repository's own or built in, and its file. */
export function templatesText(sources: { name: string; origin: string; path: string }[]): string {
  const w = Math.max(...sources.map((s) => s.name.length));
  return sources
    .map(
      (s) =>
        `${s.name.padEnd(w)}  ${t(s.origin === 'repository' ? 'templates.repository' : 'templates.builtin').padEnd(12)}  ${s.path}`,
    )
    .join('\n');
}

/** A text cut to a line's room, with an ellipsis where it was cut. */
export function clip(text: string, room: number): string {
  return text.length > room ? `${text.slice(0, room - 1)}…` : text;
}
