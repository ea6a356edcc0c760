// Which language the user wants – a module of its own, importing nothing, so that bin/spis.js
// can answer `spis --help` from the help text made at build time without loading the program.
export type Lang = 'cs' | 'en';

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
