// Checking a list of cases: what one thread of `spis check` does, the main one or a worker.
// Each case is loaded and every rule run; the temp files of dead writers its listing turned up
// are removed (they hold client data) and not reported as stray.
import type { Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCase, type CaseLocation } from '../store/case-store.js';
import { pendingTemps } from '../store/atomic.js';
import { checkCase } from './rules.js';

export interface CaseShare {
  /** Problems per case, in the order of the cases given. */
  problems: Problem[][];
  swept: number;
}

export function checkCases(root: string, today: string, config: SpisConfig, cases: readonly { id: string; location: CaseLocation }[]): CaseShare {
  let swept = 0;
  // A temp file a half-done change still needs stays for the next writer to complete it.
  const keep = pendingTemps(root);
  const problems = cases.map(({ id, location }) => {
    const kase = loadCase({ root }, id, location);
    for (const rel of kase.leftovers ?? []) {
      if (keep.has(join(root, rel))) continue;
      rmSync(join(root, rel), { recursive: true, force: true });
      swept++;
    }
    return checkCase({ config, kase, today });
  });
  return { problems, swept };
}
