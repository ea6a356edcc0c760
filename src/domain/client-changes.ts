// What `spis client edit` may change in client.yaml, the changes applied, and which fields changed.
import { fieldsOf } from './fields.js';
import type { Client } from './types.js';

/** The client's own data that `client edit` changes. */
export const EDITABLE_CLIENT_FIELDS = [
  'anonymous',
  'person',
  'name',
  'pseudonym',
  'sex',
  'birth_date',
  'birth_year',
  'district',
  'target_group',
  'address',
  'phone',
  'email',
  'request',
  'legal_representative',
  'cooperating',
  'family',
  'household',
  'consents',
  'note',
] as const;

/** What `client edit` may change; the rest (status, assessment, key workers, refusal) has its own command. */
export const EDITABLE_FIELDS = EDITABLE_CLIENT_FIELDS;
export type Editable = (typeof EDITABLE_FIELDS)[number];
export type ClientChanges = Partial<Record<Editable, unknown>>;

/** The client with the changes applied: a value replaces, null removes. Other fields stay as they are. */
export function applyClientChanges(client: Client, changes: ClientChanges): Client {
  const next: Record<string, unknown> = { ...client };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as unknown as Client;
}

/** Which fields differ between two versions of the client (names only: messages never carry values). */
export function changedFields(before: Client, after: Client): Editable[] {
  const [was, now] = [fieldsOf(before), fieldsOf(after)];
  return EDITABLE_FIELDS.filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]));
}
