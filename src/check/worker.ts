// A worker thread of `spis check`: checks its share of the cases and sends back their problems,
// one list per case in the order given. Messages are worded by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { readConfig } from '../store/repo.js';
import type { CaseLocation } from '../store/case-store.js';
import { checkCases, perCase, type CleanEntry } from './cases.js';

const { root, today, cases, known } = workerData as {
  root: string;
  today: string;
  cases: { id: string; location: CaseLocation }[];
  known?: Record<string, CleanEntry>;
};
const { config } = readConfig(root);
// One result per case, in order: its problems, its fingerprint if clean, and the leftovers found (on the first).
const share = config
  ? checkCases(root, today, config, cases, known)
  : { problems: cases.map(() => []), leftovers: [], clean: cases.map(() => null), skipped: cases.map(() => false) };
parentPort?.postMessage(perCase(share));
