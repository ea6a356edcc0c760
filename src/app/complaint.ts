// spis complaint, the application side: the register read whole, --from read, and a complaint or
// its written reply written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { Complaint } from '../domain/types.js';
import { buildComplaint, type ComplaintInput } from '../domain/complaint.js';
import { didYouMean } from '../domain/did-you-mean.js';
import type { Repo } from '../store/repo.js';
import { newRegisterId, readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { asWriter, writeRegister } from './write-case.js';

export type ComplaintRegister = ServiceFolder<'complaint'>;

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readComplaints(repo: Pick<Repo, 'root'>): ComplaintRegister {
  const register = readServiceFolder(repo, 'complaint');
  if (register.problems.length > 0) throw new SpisError('complaint.register-broken', {}, 1, register.problems);
  return register;
}

/** One complaint by its number (or the part of it a worker types, if only one matches). */
export function findComplaint(register: ComplaintRegister, id: string): ComplaintRegister['records'][number] {
  const exact = register.records.find((r) => r.id === id);
  if (exact) return exact;
  const some = register.records.filter((r) => r.id.endsWith(id) || r.id.startsWith(id));
  if (some.length === 1 && some[0]) return some[0];
  const ids = register.records.map((r) => r.id);
  throw usageError(some.length > 1 ? 'complaint.ambiguous' : 'complaint.unknown', {
    value: id,
    allowed: (some.length > 1 ? some.map((r) => r.id) : ids.slice(-5)).join(', ') || '–',
    suggestion: didYouMean(id, ids),
  });
}

export async function readComplaintInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; given: ComplaintInput }> {
  const { input, data } = await readInput(ctx, from, 'complaint-add');
  return { input, given: data };
}

export async function readReplyInput(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; reply: Partial<NonNullable<Complaint['reply']>> }> {
  const { input, data } = await readInput(ctx, from, 'complaint-reply');
  return { input, reply: data };
}

/** Records a new complaint; returns its number and reply deadline. */
export function addComplaint(
  ctx: Context,
  repo: Repo,
  given: ComplaintInput,
  input?: ScriptedInput,
): Promise<{ id: string; deadline: string | undefined }> {
  return asWriter(ctx, repo, 'complaint add', (w) => {
    const register = readServiceFolder(repo, 'complaint');
    const received = given.received ?? ctx.today;
    const id = newRegisterId(
      received,
      register.records.map((r) => r.id),
    );
    const complaint = buildComplaint(repo.config, id, given, ctx.today);
    writeRegister(w, repo, ctx.today, register, id, complaint, { input });
    // The commit names the complaint's number only: never who made it or which case it concerns.
    w.summarise(`complaint add ${id}`);
    return { id, deadline: complaint.deadline };
  });
}

/** Records the written reply of a complaint, read again under the lock (a reply already there is not overwritten). */
export function replyToComplaint(
  ctx: Context,
  repo: Repo,
  id: string,
  reply: Partial<NonNullable<Complaint['reply']>>,
  input?: ScriptedInput,
): Promise<void> {
  return asWriter(ctx, repo, 'complaint reply', (w) => {
    const register = readServiceFolder(repo, 'complaint');
    const rec = register.records.find((r) => r.id === id);
    if (!rec) throw new SpisError('complaint.unknown', { value: id, allowed: '–' });
    if (rec.data.reply) throw new SpisError('complaint.replied', { id });
    const data = { ...rec.data, reply: { date: ctx.today, ...reply } };
    writeRegister(w, repo, ctx.today, register, id, data, {
      input,
      mapPath: (segs) => (segs[0] === 'reply' ? segs.slice(1) : segs),
    });
    w.summarise(`complaint reply ${id}`);
  });
}
