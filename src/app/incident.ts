// spis incident, the application side: the register read whole, --from read, and an incident or
// its closing written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import type { Incident } from '../domain/types.js';
import { buildIncident, type IncidentInput } from '../domain/incident.js';
import type { Repo } from '../store/repo.js';
import type { ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { addPart, addRecord, findNumber, readWhole, type RegisterWords } from './register.js';

export type IncidentRegister = ServiceFolder<'incident'>;
type Closing = Partial<NonNullable<Incident['closed']>>;

const WORDS = {
  broken: 'incident.register-broken',
  unknown: 'incident.unknown',
  ambiguous: 'incident.ambiguous',
} as const satisfies RegisterWords;

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readIncidents(repo: Pick<Repo, 'root'>): IncidentRegister {
  return readWhole(repo, 'incident', WORDS);
}

/** One incident by its number (or its last or first characters, if only one matches). */
export function findIncident(register: IncidentRegister, id: string): IncidentRegister['records'][number] {
  return findNumber(register, id, WORDS);
}

export async function readIncidentInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; given: IncidentInput }> {
  const { input, data } = await readInput(ctx, from, 'incident-add');
  return { input, given: data };
}

export async function readClosingInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; closing: Closing }> {
  const { input, data } = await readInput(ctx, from, 'incident-close');
  return { input, closing: data };
}

/** Records a new incident; returns its number. */
export function addIncident(ctx: Context, repo: Repo, given: IncidentInput, input?: ScriptedInput): Promise<string> {
  return addRecord(
    ctx,
    repo,
    'incident',
    'incident add',
    given.date,
    (id) => buildIncident(id, given, ctx.today),
    input,
  );
}

/** Closes an incident with its conclusion, read again under the lock (a closed one stays as it was closed). */
export function closeIncident(
  ctx: Context,
  repo: Repo,
  id: string,
  closing: Closing,
  input?: ScriptedInput,
): Promise<void> {
  const words = { unknown: 'incident.unknown', already: 'incident.closed' } as const;
  return addPart(ctx, repo, 'incident', 'incident close', id, 'closed', closing, words, input);
}
