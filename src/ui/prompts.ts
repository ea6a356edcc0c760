// The one module that imports inquirer. Every prompt runs on the command's own streams, so
// tests drive the real prompts (with their real validation) through a pseudo-terminal stream.
import { editor, input, select } from '@inquirer/prompts';
import type { Context } from '../context.js';
import { parseDateInput, formatDate, type IsoDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { record, replayed } from './answer-log.js';

export type Validate = (value: string) => string | true;

const YES = new Set(['a', 'ano', 'y', 'yes']);
const NO = new Set(['n', 'ne', 'no']);

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  text(opts: { message: string; default?: string; required?: boolean; validate?: Validate }): Promise<string>;
  longText(opts: { message: string; default?: string; required?: boolean }): Promise<string>;
  select<T>(opts: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
  /** `base` is what +14d counts from (the meeting's date); today by default. */
  /** `longAgo`: a date of a life, not of the service (a birth date): no +14d offered as an example; nor with a `max` of today or before. */
  date(opts: DateAsk & { optional: true }): Promise<IsoDate | undefined>;
  /** Not optional: a date, always (an empty answer is refused). */
  date(opts: DateAsk & { optional?: false }): Promise<IsoDate>;
  number(opts: {
    message: string;
    default?: number;
    min?: number;
    max?: number;
    optional?: boolean;
    /** A number with a fraction, with a decimal comma or point (1,5 hours); whole numbers otherwise. */
    decimal?: boolean;
  }): Promise<number | undefined>;
}

interface DateAsk {
  message: string;
  default?: IsoDate;
  min?: IsoDate;
  max?: IsoDate;
  optional?: boolean;
  base?: IsoDate;
  longAgo?: boolean;
}

export function createPrompter(ctx: Context, editorDir?: string): Prompter {
  const log = ctx.answerLog;
  const streams = { input: ctx.io.stdin, output: log?.stdout ?? ctx.io.stdout, clearPromptOnDone: false } as Parameters<
    typeof input
  >[1];
  const required = (v: string): string | true => (v.trim() === '' ? t('prompt.required') : true);
  /** Under a review (ui/review.ts): a recorded answer given back, or the prompt asked (the old answer offered) and recorded. */
  const logged = async <T>(
    message: string,
    ask: (offer: T | undefined) => Promise<T>,
    shown: (v: T) => string,
  ): Promise<T> => {
    const r = replayed(log, message);
    const value = 'value' in r ? (r.value as T) : await ask(r.default as T | undefined);
    record(log, message, value, shown(value));
    return value;
  };

  const p: Prompter = {
    text: (o) =>
      logged(
        o.message,
        (offer) => plainText({ ...o, default: offer ?? o.default }),
        (v) => v,
      ),
    longText: (o) =>
      logged(
        o.message,
        (offer) => longText({ ...o, default: offer ?? o.default }),
        (v) => v.replace(/\s+/g, ' '),
      ),
    select: <T>(o: { message: string; choices: Choice<T>[]; default?: T }) =>
      logged<T>(
        o.message,
        (offer) => selectOne({ ...o, default: offer ?? o.default }),
        (v) => o.choices.find((c) => c.value === v)?.name ?? String(v),
      ),
    confirm: (o) =>
      logged(
        o.message,
        (offer) => confirmYesNo({ ...o, default: offer ?? o.default }),
        (v) => t(v ? 'ui.yes' : 'ui.no'),
      ),
    // Without optional, askDate refuses an empty answer: the overloads of Prompter.date say so.
    date: ((o: DateAsk) =>
      logged<IsoDate | undefined>(
        o.message,
        (offer) => askDate({ ...o, default: offer ?? o.default }),
        (v) => (v ? formatDate(v, ctx.lang) : ''),
      )) as Prompter['date'],
    number: (o) =>
      logged<number | undefined>(
        o.message,
        (offer) => askNumber({ ...o, default: offer ?? o.default }),
        (v) => (v === undefined ? '' : String(v)),
      ),
  };

  async function plainText(o: Parameters<Prompter['text']>[0]): Promise<string> {
    const answer = await input(
      {
        message: o.message,
        default: o.default,
        validate: (v: string) => {
          if (o.required !== false && v.trim() === '') return t('prompt.required');
          return o.validate && v.trim() !== '' ? o.validate(v.trim()) : true;
        },
      },
      streams,
    );
    return answer.trim();
  }

  async function longText(o: Parameters<Prompter['longText']>[0]): Promise<string> {
    // A line of text at the prompt; "e" opens $EDITOR for anything longer.
    const first = await plainText({
      message: `${o.message} ${t('prompt.editor-tip')}`,
      default: o.default,
      required: o.required,
    });
    if (first !== 'e' || !editorDir) return first;
    const text = await editor(
      {
        message: o.message,
        default: o.default ?? '',
        waitForUserInput: false,
        postfix: '.txt',
        // The text may hold health details: never in a shared temp folder, never readable by others.
        file: { dir: editorDir, postfix: '.txt', mode: 0o600 },
        validate: (v: string) => (o.required !== false ? required(v) : true),
      },
      streams,
    );
    return text.trim();
  }

  async function selectOne<T>(o: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    return select<T>(
      {
        message: o.message,
        choices: o.choices,
        default: o.default,
        pageSize: 12,
        theme: { style: { keysHelpTip: () => t('prompt.select-help') } },
      },
      streams,
    );
  }

  async function confirmYesNo(o: Parameters<Prompter['confirm']>[0]): Promise<boolean> {
    // Inquirer's confirm reads y/yes only and lets any other text fall to the default: a Czech
    // "ano" meant no, and a slip of the keyboard at "Uložit?" saved. Here a, ano, n, ne (and
    // y, yes, no) are read, an empty answer takes the default, and anything else asks again.
    const read = (v: string): boolean | undefined => {
      const x = v.trim().toLowerCase();
      if (x === '') return o.default;
      if (YES.has(x)) return true;
      if (NO.has(x)) return false;
      return undefined;
    };
    const hint =
      o.default === true
        ? t('prompt.yes-no-default-yes')
        : o.default === false
          ? t('prompt.yes-no-default-no')
          : t('prompt.yes-no-hint');
    const answer = await input(
      {
        message: `${o.message} ${hint}`,
        validate: (v: string) => (read(v) === undefined ? t('prompt.yes-no') : true),
        transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? t(read(v) ? 'ui.yes' : 'ui.no') : v),
      },
      streams,
    );
    return read(answer)!;
  }

  async function askDate(o: DateAsk): Promise<IsoDate | undefined> {
    const answer = await input(
      {
        // A date that cannot lie ahead of the meeting (a contact held, a closing) is offered no "+14d".
        message: `${o.message} ${t(o.longAgo ? 'prompt.date-tip-long-ago' : o.max && o.max <= (o.base ?? ctx.today) ? 'prompt.date-tip-past' : 'prompt.date-tip')}`,
        default: o.default,
        validate: (v: string) => {
          if (v.trim() === '') return o.optional ? true : t('prompt.required');
          const d = parseDateInput(v, o.base ?? ctx.today);
          if (!d) return t(o.longAgo ? 'prompt.date-invalid-long-ago' : 'prompt.date-invalid', { value: v.trim() });
          if (o.min && d < o.min) return t('prompt.date-too-early', { min: formatDate(o.min, ctx.lang) });
          if (o.max && d > o.max) return t('prompt.date-too-late', { max: formatDate(o.max, ctx.lang) });
          return true;
        },
      },
      streams,
    );
    return answer.trim() === '' ? undefined : parseDateInput(answer, o.base ?? ctx.today);
  }

  async function askNumber(o: Parameters<Prompter['number']>[0]): Promise<number | undefined> {
    const answer = await input(
      {
        message: o.message,
        default: o.default === undefined ? undefined : String(o.default),
        validate: (v: string) => {
          if (v.trim() === '') return o.optional ? true : t('prompt.required');
          const n = toNumber(v);
          if (o.decimal ? !Number.isFinite(n) : !Number.isInteger(n))
            return t(o.decimal ? 'prompt.decimal-invalid' : 'prompt.number-invalid');
          if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max))
            return t('prompt.number-range', { min: o.min ?? '', max: o.max ?? '' });
          return true;
        },
      },
      streams,
    );
    return answer.trim() === '' ? undefined : toNumber(answer);
  }
  return p;
}

/** A typed number: a decimal comma is a point (1,5); anything else that is no number is NaN. */
function toNumber(v: string): number {
  const s = v.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}
