// The assessment of an applicant (seed 003): who assessed, the conclusion, the key worker appointed.
import type { Client } from './types.js';
import { currentKeyWorker } from './case.js';

export interface AssessInput {
  date?: string;
  workers?: string[];
  /** The conclusion, under the record's own key (assessment.note). */
  note?: string;
  /** The same, by the name earlier versions took in --from. */
  conclusion?: string;
  key_worker?: string;
}

/** The client after the assessment: the assessment recorded, and the key worker it appoints in the history. */
export function assessedClient(client: Client, a: AssessInput, today: string): Client {
  const date = a.date ?? today;
  const workers = a.workers ?? [];
  const keyWorker = a.key_worker ?? workers[0];
  const next: Client = {
    ...client,
    assessment: { date, workers, ...(a.note ? { note: a.note } : {}), ...(keyWorker ? { key_worker: keyWorker } : {}) },
  };
  if (keyWorker && currentKeyWorker(client, date) !== keyWorker) {
    // A hand-over dated before the last one would break the history's order: the appointment takes effect then.
    const last = client.key_workers?.at(-1)?.from;
    next.key_workers = [
      ...(client.key_workers ?? []),
      { worker: keyWorker, from: last && last > date ? last : date, note: 'assessment' },
    ];
  }
  return next;
}
