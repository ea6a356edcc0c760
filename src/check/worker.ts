// A worker thread of `spis check`: checks its share of the cases and sends back their problems,
// one list per case in the order given. Messages are worded by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { readConfig } from '../store/repo.js';
import type { CaseLocation } from '../store/case-store.js';
import { checkCases } from './cases.js';

const { root, today, cases } = workerData as { root: string; today: string; cases: { id: string; location: CaseLocation }[] };
const { config } = readConfig(root);
parentPort!.postMessage(config ? checkCases(root, today, config, cases) : { problems: [], swept: 0 });
