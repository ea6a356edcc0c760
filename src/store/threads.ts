// The one thread pool: work over many cases spread across threads – one per core (at most four;
// the main thread takes a share too) – and the one way a thread is started (thread.ts runs a
// named export of a module there). Case i goes to thread i mod n, and the results come back in
// case order, exactly as one thread gives them. Threads need the built files (a worker runs
// JavaScript); SPIS_CHECK_THREADS=1 turns them off.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this many cases a thread costs more than it saves. */
const THREADS_FROM = 400;

/** Work a thread can do: a function exported by a module, given its data (structured-cloned). */
export interface ThreadTask {
  module: URL;
  name: string;
}

/** From the TypeScript sources (the tests in-process) there is no built worker to start. */
export const threadsAvailable = !import.meta.url.endsWith('.ts');

/**
 * Runs the task's function in a new thread on `data`: its answer, or a rejection when the thread
 * failed. The thread is started before this returns (not at the caller's next await), so that it
 * works while the caller goes on with its own share.
 */
export function inThread<T>(task: ThreadTask, data: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const w = new Worker(new URL('./thread.js', import.meta.url), {
      workerData: { module: task.module.href, name: task.name, data },
    });
    w.once('message', (m: T) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`thread exited with ${code}`)));
  });
}

/**
 * `local` over the cases – here for one share, and the task's function (the same work, exported
 * by its module) in a thread for each other share: `{ ...data, jobs: share }` either way.
 */
export async function acrossThreads<C, R, D extends Record<string, unknown>>(
  cases: readonly C[],
  env: NodeJS.ProcessEnv,
  task: ThreadTask,
  data: D,
  local: (data: D & { jobs: C[] }) => R[],
): Promise<R[]> {
  const wanted = Number(env.SPIS_CHECK_THREADS);
  const threads =
    !threadsAvailable || cases.length < THREADS_FROM
      ? 1
      : Math.min(4, Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism());
  const shares = Array.from({ length: threads }, (_, k) => cases.filter((_, i) => i % threads === k));
  const others = shares.slice(1).map((share) => inThread<R[]>(task, { ...data, jobs: share }));
  const mine = local({ ...data, jobs: shares[0] });
  const results = [mine, ...(await Promise.all(others))];
  return cases.map((_, i) => results[i % threads][Math.floor(i / threads)]);
}
