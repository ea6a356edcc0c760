// spis complaint, the application side: the register read whole, --from read, and a complaint or
// its written reply written under the writer's lock through writeRegister (app/write-case.ts).
import type { Context } from '../context.js';
import type { Complaint } from '../domain/types.js';
import { buildComplaint, type ComplaintInput } from '../domain/complaint.js';
import type { Repo } from '../store/repo.js';
import type { ServiceFolder } from '../store/service-records.js';
import { readInput, type ScriptedInput } from './input.js';
import { addPart, addRecord, findNumber, readWhole, type RegisterWords } from './register.js';

export type ComplaintRegister = ServiceFolder<'complaint'>;

const WORDS = {
  broken: 'complaint.register-broken',
  unknown: 'complaint.unknown',
  ambiguous: 'complaint.ambiguous',
} as const satisfies RegisterWords;

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readComplaints(repo: Pick<Repo, 'root'>): ComplaintRegister {
  return readWhole(repo, 'complaint', WORDS);
}

/** One complaint by its number (or the part of it a worker types, if only one matches). */
export function findComplaint(register: ComplaintRegister, id: string): ComplaintRegister['records'][number] {
  return findNumber(register, id, WORDS);
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
export async function addComplaint(
  ctx: Context,
  repo: Repo,
  given: ComplaintInput,
  input?: ScriptedInput,
): Promise<{ id: string; deadline: string | undefined }> {
  let deadline: string | undefined;
  const id = await addRecord(
    ctx,
    repo,
    'complaint',
    'complaint add',
    given.received,
    (n) => {
      const complaint = buildComplaint(repo.config, n, given, ctx.today);
      deadline = complaint.deadline;
      return complaint;
    },
    input,
  );
  return { id, deadline };
}

/** Records the written reply of a complaint, read again under the lock (a reply already there is not overwritten). */
export function replyToComplaint(
  ctx: Context,
  repo: Repo,
  id: string,
  reply: Partial<NonNullable<Complaint['reply']>>,
  input?: ScriptedInput,
): Promise<void> {
  const words = { unknown: 'complaint.unknown', already: 'complaint.replied' } as const;
  return addPart(ctx, repo, 'complaint', 'complaint reply', id, 'reply', reply, words, input);
}
