// A worker thread of `spis due` and `spis report`: checks stamps of their cache (stamp-check.ts) – the chunks it
// claims from the counter it shares with the main thread, which joins in once it has read the
// cached facts – and sends back the generation it read and the cases found changed.
import { parentPort, workerData } from 'node:worker_threads';
import { checkStampsFile, sharedClaim, type StampCheck, type StampedCache } from './stamp-check.js';

const { root, cache, counter } = workerData as { root: string; cache: StampedCache; counter: SharedArrayBuffer };
const { context, stale } = await checkStampsFile(root, cache, sharedClaim(counter));
parentPort?.postMessage({ ...(context !== undefined ? { context } : {}), stale } satisfies StampCheck);
