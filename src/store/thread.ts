// A worker thread of the pool (threads.ts): runs the named export of the module it is given on
// its data and sends back the answer. Loads nothing but that module.
import { parentPort, workerData } from 'node:worker_threads';

const { module, name, data } = workerData as { module: string; name: string; data: unknown };
const mod = (await import(module)) as Record<string, (data: unknown) => unknown>;
parentPort?.postMessage(await mod[name](data));
