// spis incident, the application side: the register read whole, --from read, and an incident or
// its closing written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { Incident } from '../domain/types.js';
import { buildIncident, type IncidentInput } from '../domain/incident.js';
import { didYouMean } from '../domain/did-you-mean.js';
import type { Repo } from '../store/repo.js';
import { newRegisterId, readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { asWriter, writeRegister } from './write-case.js';

export type IncidentRegister = ServiceFolder<'incident'>;
type Closing = Partial<NonNullable<Incident['closed']>>;

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readIncidents(repo: Pick<Repo, 'root'>): IncidentRegister {
  const register = readServiceFolder(repo, 'incident');
  if (register.problems.length > 0) throw new SpisError('incident.register-broken', {}, 1, register.problems);
  return register;
}

/** One incident by its number (or its last or first characters, if only one matches). */
export function findIncident(register: IncidentRegister, id: string): IncidentRegister['records'][number] {
  const exact = register.records.find((r) => r.id === id);
  if (exact) return exact;
  const some = register.records.filter((r) => r.id.endsWith(id) || r.id.startsWith(id));
  if (some.length === 1 && some[0]) return some[0];
  const ids = register.records.map((r) => r.id);
  throw usageError(some.length > 1 ? 'incident.ambiguous' : 'incident.unknown', {
    value: id,
    allowed: (some.length > 1 ? some.map((r) => r.id) : ids.slice(-5)).join(', ') || '–',
    suggestion: didYouMean(id, ids),
  });
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
  return asWriter(ctx, repo, 'incident add', (w) => {
    const register = readServiceFolder(repo, 'incident');
    const id = newRegisterId(
      given.date ?? ctx.today,
      register.records.map((r) => r.id),
    );
    writeRegister(w, repo, ctx.today, register, id, buildIncident(id, given, ctx.today), { input });
    // The commit names the incident's number only: never whom it concerned.
    w.summarise(`incident add ${id}`);
    return id;
  });
}

/** Closes an incident with its conclusion, read again under the lock (a closed one stays as it was closed). */
export function closeIncident(
  ctx: Context,
  repo: Repo,
  id: string,
  closing: Closing,
  input?: ScriptedInput,
): Promise<void> {
  return asWriter(ctx, repo, 'incident close', (w) => {
    const register = readServiceFolder(repo, 'incident');
    const rec = register.records.find((r) => r.id === id);
    if (!rec) throw new SpisError('incident.unknown', { value: id, allowed: '–' });
    if (rec.data.closed) throw new SpisError('incident.closed', { id });
    const data = { ...rec.data, closed: { date: ctx.today, ...closing } };
    writeRegister(w, repo, ctx.today, register, id, data, {
      input,
      mapPath: (segs) => (segs[0] === 'closed' ? segs.slice(1) : segs),
    });
    w.summarise(`incident close ${id}`);
  });
}
