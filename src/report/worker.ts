// A worker thread of `spis report`: reads its share of the cases and sends back their facts.
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseLocation } from '../store/case-store.js';
import { reportFacts } from './facts.js';

const { root, cases } = workerData as { root: string; cases: { id: string; location: CaseLocation }[] };
parentPort!.postMessage(cases.map((c) => reportFacts(root, c.id, c.location)));
