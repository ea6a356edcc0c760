// Work over many cases spread across threads: one per core (at most four; the main thread takes
// a share too). Case i goes to thread i mod n, and the results come back in case order, exactly
// as one thread gives them. Threads need the built files (a worker runs JavaScript);
// SPIS_CHECK_THREADS=1 turns them off.
import { availableParallelism } from 'node:os';

/** Below this many cases a thread costs more than it saves. */
const THREADS_FROM = 400;

export async function acrossThreads<C, R>(
  cases: readonly C[],
  env: NodeJS.ProcessEnv,
  worker: URL,
  workerData: Record<string, unknown>,
  local: (share: C[]) => R[],
): Promise<R[]> {
  const wanted = Number(env.SPIS_CHECK_THREADS);
  const fromSource = import.meta.url.endsWith('.ts');
  const threads =
    fromSource || cases.length < THREADS_FROM
      ? 1
      : Math.min(4, Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism());
  const shares = Array.from({ length: threads }, (_, k) => cases.filter((_, i) => i % threads === k));
  const { Worker } = threads > 1 ? await import('node:worker_threads') : { Worker: undefined };
  const others = shares.slice(1).map(
    (share) =>
      new Promise<R[]>((resolve, reject) => {
        const w = new Worker!(worker, { workerData: { ...workerData, cases: share } });
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`worker exited with ${code}`))));
      }),
  );
  const mine = local(shares[0]);
  const results = [mine, ...(await Promise.all(others))];
  return cases.map((_, i) => results[i % threads][Math.floor(i / threads)]);
}
