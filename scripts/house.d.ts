// Types of scripts/house.js for the tests that read its measurements.
export interface HouseMeasure {
  commandFiles: number;
  commandLines: Record<string, number>;
  commandsOver80: string[];
  promptCallsOutsideUi: { file: string; calls: number }[];
  casts: number;
  nonNull: number;
  longLines: number;
  cycles: string[][];
  floorBreaks: string[];
  /** Commands importing a store module other than its front door, store/index.ts. */
  pastTheFrontDoor: string[];
  /** Modules outside the one reader of many cases that take up the caches' protocol or the thread pool. */
  cacheProtocolOutside: string[];
  readmeBytes: number;
}
export const FLOORS: Record<string, string[]>;
export function floorOf(file: string): string;
export function measure(): HouseMeasure;
