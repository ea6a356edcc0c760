// The nearest known key to a misspelt one, for "neznámé pole „sumary“ – myslíte „summary“?":
// first the words people type for a field in Czech or by habit from another record (telefon →
// phone, date → concluded on a contract), then the closest spelling within a few edits.

/** Words that stand for a key, in the order they are tried. */
const ALIASES: Record<string, readonly string[]> = {
  date: ['concluded', 'written', 'applied'],
  datum: ['date', 'concluded', 'written', 'applied'],
  telefon: ['phone'],
  tel: ['phone'],
  adresa: ['address'],
  bydliste: ['address'],
  jmeno: ['name'],
  poznamka: ['note'],
  poznámka: ['note'],
  shrnuti: ['summary'],
  shrnutí: ['summary'],
  zapis: ['summary'],
  pracovnik: ['worker'],
  pracovnice: ['worker'],
  duvod: ['reason'],
  důvod: ['reason'],
  narozeni: ['birth_date'],
  narozen: ['birth_date'],
  datum_narozeni: ['birth_date'],
  pohlavi: ['sex'],
  gender: ['sex'],
  okres: ['district'],
  zakazka: ['request'],
  zakázka: ['request'],
  email_address: ['email'],
  mail: ['email'],
  duration: ['duration_min'],
  minutes: ['duration_min'],
  until: ['term'],
  goal: ['personal_goal'],
  situation: ['initial_situation'],
};

/** Optimal string alignment distance (a swap of two neighbours is one edit). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The known key meant by `key`, or undefined when none is near enough to suggest. */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const k = fold(key);
  for (const alias of ALIASES[key] ?? ALIASES[k] ?? []) if (known.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of known) {
    const c = fold(cand);
    const dd = c.startsWith(k) && k.length >= 4 ? 1 : distance(k, c);
    if (dd < bestD) [best, bestD] = [cand, dd];
  }
  return bestD <= Math.max(1, Math.min(3, Math.floor(k.length / 3))) ? best : undefined;
}
