// A new applicant's client.yaml from what was asked or given.
import type { Client } from './types.js';

/** Fields of the scripted input besides those of client.yaml. */
export interface ClientInput extends Partial<Client> {
  key_worker?: string;
}

export function clientFromInput(input: ClientInput, id: string, today: string): Client {
  const { key_worker, ...rest } = input;
  const client = { ...rest, id, status: 'applicant', applied: rest.applied ?? today } as Client;
  if (key_worker !== undefined && !rest.key_workers)
    client.key_workers = [{ worker: key_worker, from: client.applied }];
  return client;
}
