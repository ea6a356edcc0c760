// One catalogue per language; every text the user sees comes from here.
import { cs, type Catalogue, type MessageKey } from './cs.js';

export { detectLang, type Lang } from './detect.js';
import type { Lang } from './detect.js';
export type { MessageKey };
export type Params = Record<string, string | number | undefined>;

// English is loaded only when asked for: a Czech start (spis --help, the cron run) never parses it.
const catalogues: Partial<Record<Lang, Catalogue>> = { cs };
let current: Lang = 'cs';

export async function setLang(lang: Lang): Promise<void> {
  if (!catalogues[lang]) catalogues[lang] = (await import('./en.js')).en;
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function t(key: MessageKey, params: Params = {}, lang: Lang = current): string {
  // A language not loaded (never the current one) falls back to Czech.
  const msg = (catalogues[lang] ?? cs)[key];
  const text = typeof msg === 'function' ? msg(params) : msg;
  return text.replace(/\{(\w+)\}/g, (_, name: string) =>
    params[name] === undefined ? `{${name}}` : String(params[name]),
  );
}

/** Czech has three plural forms: 1 den, 2–4 dny, 5+ dní. */
export function plural(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n);
  return a === 1 ? one : a >= 2 && a <= 4 ? few : many;
}
