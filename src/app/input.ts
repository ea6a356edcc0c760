// Scripted input (--from FILE or --from -) and the rule that a writing command without a
// terminal and without --from fails at once instead of waiting on stdin.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInteractive, type Context } from '../context.js';
import { SpisError, usageError, type Problem } from '../problems.js';
import { parseDateInput } from '../domain/dates.js';
import type { Complaint, Incident, HandOver, PeriodicReport, SpisConfig, Termination } from '../domain/types.js';
import type { ComplaintInput } from '../domain/complaint.js';
import type { IncidentInput } from '../domain/incident.js';
import type { TrainingInput } from '../domain/training.js';
import type { GroupInput } from '../domain/group.js';
import type { ClientInput } from '../domain/new-client.js';
import type { ClientChanges } from '../domain/client-changes.js';
import type { ContactInput } from '../domain/contact.js';
import type { AssessInput } from '../domain/assessment.js';
import type { AmendInput, ContractInput } from '../domain/contract.js';
import type { PlanInput } from '../domain/plan.js';
import type { OneOffInput } from '../domain/one-off.js';
import { didYouMean } from '../domain/did-you-mean.js';
import {
  MAX_RECORD_BYTES,
  offsetOf,
  parseYaml,
  problemAtOffset,
  type ParsedYaml,
  type PathSegment,
} from '../store/yaml-file.js';
import { inputShape, resolveDates, unknownKeys, type InputKind } from '../store/input-shapes.js';
import { decodeText, textProblem } from '../store/read-yaml.js';

export interface ScriptedInput {
  label: string;
  parsed: ParsedYaml;
  data: Record<string, unknown>;
}

export function requireInputMode(ctx: Context, from: string | undefined): 'scripted' | 'interactive' {
  if (from !== undefined) return 'scripted';
  if (!isInteractive(ctx.io)) throw usageError('input.not-interactive');
  return 'interactive';
}

/** Reads a stream up to `limit` bytes; undefined when there is more (an endless input stops here). */
async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += b.length;
    if (size > limit) return undefined; // leaving the loop closes the stream
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function readFileLimited(path: string, limit: number): Buffer | undefined {
  if (statSync(path).size > limit) return undefined;
  return readFileSync(path);
}

/**
 * Reads YAML or JSON (JSON is YAML) from a file or stdin, keeping positions for messages. With
 * the kind of input, its keys are checked against the command's shape (store/input-shapes.ts)
 * and its dates read in every form a prompt takes.
 */
export async function readScriptedInput(ctx: Context, from: string, kind?: InputKind): Promise<ScriptedInput> {
  const label = from === '-' ? '<stdin>' : from;
  let bytes: Buffer | undefined;
  try {
    bytes =
      from === '-'
        ? await readAll(ctx.io.stdin, MAX_RECORD_BYTES)
        : readFileLimited(resolve(ctx.io.cwd, from), MAX_RECORD_BYTES);
  } catch (err) {
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'EIO';
    throw new SpisError('input.unreadable', { file: label, code });
  }
  if (bytes === undefined)
    throw new SpisError('input.too-large', { file: label, limit: `${MAX_RECORD_BYTES / 1024} KiB` });
  const decoded = decodeText(bytes);
  if ('problem' in decoded)
    throw new SpisError('input.invalid', { file: label }, 1, [textProblem(label, decoded.problem)]);
  const text = decoded.text;
  const parsed = parseYaml(text, label);
  if (parsed.problems.length > 0 || !parsed.data)
    throw new SpisError('input.invalid', { file: label }, 1, parsed.problems);
  const input = { label, parsed, data: parsed.data };
  return kind ? shapedInput(ctx, input, kind) : input;
}

/** The input held to its command's shape: unknown keys refused (every one, where it is), dates read. */
export function shapedInput(ctx: Pick<Context, 'today'>, input: ScriptedInput, kind: InputKind): ScriptedInput {
  const shape = inputShape(kind);
  const unknown = unknownKeys(input.parsed, input.data, shape);
  if (unknown.length > 0) throw new SpisError('input.unknown-keys', { file: input.label }, 1, unknown);
  return { ...input, data: resolveDates(input.data, shape, ctx.today) };
}

/** Maps a path in the record written to the path in the scripted input it came from. */
export type PathMap = (segs: PathSegment[]) => PathSegment[];

function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/**
 * Problems found in the record built from scripted input point into the input where the same
 * field exists there (it mostly does: the input is the record), else at its nearest parent.
 */
export function relocateToInput(
  problems: Problem[],
  input: ScriptedInput,
  mapPath: PathMap = (segs) => segs,
): Problem[] {
  return problems.map((p) => {
    const target = p.code === 'schema-unknown-field' ? 'key' : 'value';
    const segs = mapPath(parsePath(p.path ?? ''));
    return problemAtOffset(input.parsed, p.code, offsetOf(input.parsed, segs, target), p.params, p.path);
  });
}

/**
 * Whether a record's path starts at a key the scripted input has: a problem of a record the input
 * wrote only in part (goals.yaml's partial goals from a contact's new_goals) does not, and is
 * placed at the input's start.
 */
export function fromInput(path: string | undefined, input: ScriptedInput, mapPath: PathMap = (segs) => segs): boolean {
  const first = mapPath(parsePath(path ?? ''))[0];
  const data: unknown = input.data;
  return first !== undefined && !!data && typeof data === 'object' && Object.hasOwn(data, String(first));
}

/** A date given as an option (--date, --as-of): every form a prompt accepts; a usage error otherwise. */
export function dateOption(value: string | undefined, today: string): string | undefined {
  if (value === undefined) return undefined;
  const d = parseDateInput(value, today);
  if (!d) throw usageError('ui.bad-date-option', { value });
  return d;
}

/** `--worker W` of the reading commands: one of the service's workers, with a did-you-mean. */
export function assertWorkerOption(config: SpisConfig, worker: string | undefined): void {
  if (worker === undefined || config.workers.some((w) => w.id === worker)) return;
  const ids = config.workers.map((w) => w.id);
  throw usageError('list.bad-worker', { value: worker, allowed: ids.join(', '), suggestion: didYouMean(worker, ids) });
}

/**
 * What each command's --from holds once it is held to its shape (shapedInput, store/input-shapes.ts):
 * only the command's keys, dates read. The values themselves are checked with the record against
 * its schema when it is written (app/write-case.ts), so the types here are what the input may say,
 * every field optional.
 */
export interface InputOf {
  'client-new': ClientInput;
  'client-edit': ClientChanges;
  contact: ContactInput;
  assess: AssessInput;
  'contract-new': ContractInput;
  'contract-amend': AmendInput;
  plan: PlanInput;
  close: Partial<Termination>;
  'periodic-report': Partial<PeriodicReport>;
  'key-worker': HandOver;
  refuse: { date?: string; reason?: string; note?: string; worker?: string };
  'one-off': OneOffInput;
  'complaint-add': ComplaintInput;
  'complaint-reply': Partial<NonNullable<Complaint['reply']>>;
  'incident-add': IncidentInput;
  'incident-close': Partial<NonNullable<Incident['closed']>>;
  'training-add': TrainingInput;
  'group-add': GroupInput;
}

/** `--from` of a command, read and held to its shape, with its data as the command's input type. */
export async function readInput<K extends keyof InputOf>(
  ctx: Context,
  from: string,
  kind: K,
): Promise<{ input: ScriptedInput; data: InputOf[K] }> {
  const input = await readScriptedInput(ctx, from, kind);
  return { input, data: input.data };
}
