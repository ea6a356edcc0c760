// The house's rules (docs/architecture.md), read from the source with TypeScript's parser by
// scripts/house.js: no import cycles, each floor imports only the floors below it, and the counts
// the rebuild brought down do not creep back up.
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/house.js';

describe('the house', () => {
  const m = measure();

  it('has no import cycles (type-only imports aside: they vanish when compiled)', () => {
    expect(m.cycles).toEqual([]);
  });

  it('imports only downwards: domain/ is pure, store/ knows no prompts, ui/ no commands, nothing imports cli.ts', () => {
    expect(m.floorBreaks).toEqual([]);
  });

  it('lets commands into the store through its front door only (store/index.ts)', () => {
    expect(m.pastTheFrontDoor).toEqual([]);
  });

  it('keeps commands as orchestration: no command file over 80 lines, no prompt outside ui/', () => {
    expect(m.commandsOver80).toEqual([]);
    expect(m.promptCallsOutsideUi).toEqual([]);
  });

  it('has one reader of many cases: no consumer opens a cache or starts threads itself (store/case-reader.ts does)', () => {
    expect(m.cacheProtocolOutside).toEqual([]);
  });

  it('does not grow back what the rebuild removed: casts and non-null assertions', () => {
    expect(m.casts).toBeLessThanOrEqual(56);
    expect(m.nonNull).toBeLessThanOrEqual(28);
  });
});
