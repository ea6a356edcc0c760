// Running the CLI in tests: in-process through main() with captured streams (fast), or as a
// real process through bin/spis.js (end-to-end).
import { PassThrough, Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/context.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = join(ROOT, 'examples/poradna');
export const BIN = join(ROOT, 'bin/spis.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Collector extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SPIS_TODAY: '2026-11-22',
    SPIS_LANG: 'cs',
    ...extra,
  };
  return env;
}

/** Runs main() in this process with piped (non-terminal) stdin. */
export async function run(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdin?: string; stdoutTTY?: boolean; now?: () => number } = {},
): Promise<RunResult> {
  const stdout = new Collector();
  stdout.isTTY = opts.stdoutTTY ?? false;
  const stderr = new Collector();
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const io: Io = {
    stdout,
    stderr,
    stdin,
    env: baseEnv(opts.env),
    cwd: opts.cwd ?? ROOT,
    ...(opts.now ? { now: opts.now } : {}),
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the built binary as a separate process. */
export function runBin(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdin?: string; timeout?: number } = {},
): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: baseEnv(opts.env),
    input: opts.stdin ?? '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 20_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The example's records without the tool's working state (.spis/: a lock, the due cache) left by runs on it. */
export const exampleFiles = (src: string): boolean => !src.startsWith(join(EXAMPLE, '.spis'));

/** A private copy of the example repository (schemas copied, not linked). */
export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spis-test-'));
  cpSync(EXAMPLE, dir, { recursive: true, dereference: true, filter: exampleFiles });
  return dir;
}

/** Every file below a folder with its bytes, to prove that nothing changed (the caches in .spis/cache/ and the .gitignore the tool's folder keeps for itself aside). */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (p === join(dir, '.spis', 'cache') || p === join(dir, '.spis', '.gitignore')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

let shared: string | undefined;
/**
 * One copy of the example for the read-only tests of a test file (made at first use, removed when
 * the file's process ends): no test runs in examples/ itself, where a command would leave its
 * caches.
 */
export function sharedExample(): string {
  if (!shared) {
    const dir = copyExample();
    shared = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return shared;
}

/** Scratch folders for one test file, removed after it: empty ones and copies of the example. */
export function scratch(): { tmp(): string; example(): string } {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    tmp() {
      const d = mkdtempSync(join(tmpdir(), 'spis-test-'));
      dirs.push(d);
      return d;
    },
    example() {
      const d = copyExample();
      dirs.push(d);
      return d;
    },
  };
}

/** Every record file below a folder (schemas/ left out). */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'schemas') return [];
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

/** Documents set non-breaking spaces (Czech typography); content checks read them as spaces. */
export const plain = (s: string): string => s.replaceAll('\u00a0', ' ');
