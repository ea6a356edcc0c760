// One catalogue per language; every text the user sees comes from here.
import { cs, type Catalogue, type MessageKey } from './cs.js';

export type Lang = 'cs' | 'en';
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

/** --lang wins, then SPIS_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG); Czech unless the locale says English. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'cs' || v === 'en') return v;
  }
  if (env.SPIS_LANG === 'cs' || env.SPIS_LANG === 'en') return env.SPIS_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'cs';
}

export function t(key: MessageKey, params: Params = {}, lang: Lang = current): string {
  // A language not loaded (never the current one) falls back to Czech.
  const msg = (catalogues[lang] ?? cs)[key];
  const text = typeof msg === 'function' ? msg(params) : msg;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

/** Czech has three plural forms: 1 den, 2–4 dny, 5+ dní. */
export function plural(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n);
  return a === 1 ? one : a >= 2 && a <= 4 ? few : many;
}
