// The staff (standards 9 and 10; the region's reporting asks for staff in direct care in
// full-time equivalents): each worker's share of a full-time job in direct care on a day, their
// training hours in a year against the provider's minimum, and the warning a month before the
// year ends for a worker below it.
import { daysBetween, type IsoDate } from './dates.js';
import type { DueItem } from './due.js';
import type { SpisConfig, Training, Worker } from './types.js';
import { rulesOf } from './config.js';

/** A worker's share of a full-time job in direct care on the day: the last entry from that day or before, else 0. */
export function fteOn(w: Pick<Worker, 'direct_care'>, day: IsoDate): number {
  const entry = [...(w.direct_care ?? [])]
    .filter((e) => e.from <= day)
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .at(-1);
  return entry?.fte ?? 0;
}

/** Every worker's training hours in the year. */
export function trainingHours(config: SpisConfig, list: readonly Training[], year: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(config.workers.map((w) => [w.id, 0]));
  for (const x of list) if (x.date.startsWith(`${year}-`)) out[x.worker] = (out[x.worker] ?? 0) + x.hours;
  return out;
}

/**
 * From 1 December (or once 31 December falls within the window): each active worker in direct care
 * whose training hours of the year are below the provider's minimum, due on 31 December.
 */
export function trainingDue(config: SpisConfig, list: readonly Training[], asOf: IsoDate, until: IsoDate): DueItem[] {
  const year = asOf.slice(0, 4);
  const end = `${year}-12-31`;
  if (asOf < `${year}-12-01` && end > until) return [];
  const minimum = rulesOf(config).training_hours;
  const hours = trainingHours(config, list, year);
  return config.workers
    .filter((w) => w.active !== false && fteOn(w, asOf) > 0 && (hours[w.id] ?? 0) < minimum)
    .map((w) => ({
      caseId: '',
      kind: 'training-hours' as const,
      subject: `${hours[w.id] ?? 0}/${minimum}`,
      due: end,
      days: daysBetween(asOf, end),
      keyWorker: w.id,
    }));
}

export interface StaffFigures {
  /** Full-time equivalents in direct care on the period's last day (active workers). */
  fte_direct_care: number;
  /** Workers in direct care on that day. */
  workers_direct_care: number;
  /** Each worker's training hours in the period's year (its last day's year). */
  training_hours: Record<string, number>;
  /** The provider's yearly minimum. */
  training_minimum: number;
  /** Workers in direct care below the minimum. */
  below_minimum: number;
}

export function staffFigures(config: SpisConfig, list: readonly Training[], to: IsoDate): StaffFigures {
  const year = to.slice(0, 4);
  const active = config.workers.filter((w) => w.active !== false && fteOn(w, to) > 0);
  const hours = trainingHours(config, list, year);
  const minimum = rulesOf(config).training_hours;
  return {
    fte_direct_care: Math.round(active.reduce((n, w) => n + fteOn(w, to), 0) * 100) / 100,
    workers_direct_care: active.length,
    training_hours: hours,
    training_minimum: minimum,
    below_minimum: active.filter((w) => (hours[w.id] ?? 0) < minimum).length,
  };
}

/** What `spis training add` takes: the record without its number. */
export type TrainingInput = Partial<Omit<Training, 'id'>>;

export function buildTraining(id: string, given: TrainingInput, today: IsoDate): Partial<Training> {
  return { id, date: given.date ?? today, ...given };
}
