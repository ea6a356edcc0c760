// Calendar dates as ISO strings (YYYY-MM-DD). Arithmetic goes through day numbers in UTC so a
// time zone or a daylight-saving change can never move a review date.

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_RE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Day numbers of dates already seen: `spis due` asks for the same few hundred dates over thousands of cases. */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    const [y, m, d] = parts(date);
    n = Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * 86_400_000);
  return `${dt.getUTCFullYear().toString().padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${ny.toString().padStart(4, '0')}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A span of time as provider rules and relative answers write it: 14d, 2w, 3m, 1y. */
export interface Duration {
  amount: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

const DURATION_RE = /^(\d{1,4})\s*([dtwmry])$/i;

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_RE.exec(text.trim());
  if (!m) return undefined;
  const u = m[2].toLowerCase();
  // Czech users write t (týden) and r (rok) as naturally as w and y.
  const unit = u === 't' ? 'w' : u === 'r' ? 'y' : (u as Duration['unit']);
  return { amount: Number(m[1]), unit };
}

export function addDuration(date: IsoDate, d: Duration, sign = 1): IsoDate {
  switch (d.unit) {
    case 'd':
      return addDays(date, sign * d.amount);
    case 'w':
      return addDays(date, sign * 7 * d.amount);
    case 'm':
      return addMonths(date, sign * d.amount);
    case 'y':
      return addMonths(date, sign * 12 * d.amount);
  }
}

/**
 * Reads a date as a worker types it, at a prompt or in an option: ISO (2026-11-22), Czech
 * (22. 11. 2026, 22.11.2026, and 4. 9. for this year), relative to `today` (+14d, +2t, +2w, +1m,
 * +1r, +1y) or a word (dnes, zítra, včera; today, tomorrow, yesterday). Returns undefined when it
 * is not a real calendar date.
 */
export function parseDateInput(text: string, today: IsoDate): IsoDate | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const word = WORDS[s.toLowerCase()];
  if (word !== undefined) return addDays(today, word);
  if (s.startsWith('+')) {
    const d = parseDuration(s.slice(1));
    return d ? addDuration(today, d) : undefined;
  }
  if (ISO_RE.test(s)) return isIsoDate(s) ? s : undefined;
  const cz = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})?$/.exec(s);
  if (cz) {
    const iso = `${cz[3] ?? today.slice(0, 4)}-${pad(Number(cz[2]))}-${pad(Number(cz[1]))}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

const WORDS: Record<string, number> = {
  dnes: 0,
  today: 0,
  zítra: 1,
  zitra: 1,
  tomorrow: 1,
  včera: -1,
  vcera: -1,
  yesterday: -1,
};

/** 2026-11-22 → "22. 11. 2026" (Czech) or "22 Nov 2026"-free numeric form for English. */
export function formatDate(date: IsoDate, lang: 'cs' | 'en' = 'cs'): string {
  if (!isIsoDate(date)) return String(date);
  const [y, m, d] = parts(date);
  return lang === 'cs'
    ? `${d}. ${m}. ${y}`
    : `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}

/** Today's date: SPIS_TODAY when set (tests, "what if" runs), otherwise the local calendar date. */
export function todayFrom(env: NodeJS.ProcessEnv, now: Date = new Date()): IsoDate {
  const forced = env.SPIS_TODAY;
  if (forced !== undefined && forced !== '') {
    if (!isIsoDate(forced)) throw new RangeError(forced);
    return forced;
  }
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
