// Scripted input (--from FILE or --from -) and the rule that a writing command without a
// terminal and without --from fails at once instead of waiting on stdin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInteractive, type Context } from '../context.js';
import { SpisError, usageError, type Problem } from '../problems.js';
import { offsetOf, parseYaml, problemAtOffset, type ParsedYaml, type PathSegment } from '../store/yaml-file.js';

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

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads YAML or JSON (JSON is YAML) from a file or stdin, keeping positions for messages. */
export async function readScriptedInput(ctx: Context, from: string): Promise<ScriptedInput> {
  const label = from === '-' ? '<stdin>' : from;
  let text: string;
  try {
    text = from === '-' ? await readAll(ctx.io.stdin) : readFileSync(resolve(ctx.io.cwd, from), 'utf8');
  } catch (err) {
    throw new SpisError('input.unreadable', { file: label, code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  const parsed = parseYaml(text, label);
  if (parsed.problems.length > 0 || !parsed.data) throw new SpisError('input.invalid', { file: label }, 1, parsed.problems);
  return { label, parsed, data: parsed.data };
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
export function relocateToInput(problems: Problem[], input: ScriptedInput, mapPath: PathMap = (segs) => segs): Problem[] {
  return problems.map((p) => {
    const target = p.code === 'schema-unknown-field' ? 'key' : 'value';
    const segs = mapPath(parsePath(p.path ?? ''));
    return problemAtOffset(input.parsed, p.code, offsetOf(input.parsed, segs, target), p.params, p.path);
  });
}
