// A worker thread of `spis report`: reads its share of the cases as each job says and sends back their facts.
import { parentPort, workerData } from 'node:worker_threads';
import { factsFor, type FactsJob } from './facts.js';

const { root, servicePlace, started, cases } = workerData as {
  root: string;
  servicePlace?: string;
  started: number;
  cases: FactsJob[];
};
parentPort?.postMessage(cases.map((job) => factsFor(root, job, servicePlace, started)));
