// A pseudo-terminal for in-process runs: the real inquirer prompts read raw key bytes from a
// TTY-like stdin and draw on a TTY-like stdout, so a test types exactly what a worker would.
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/context.js';
import { baseEnv, ROOT } from './cli.js';

class TtyIn extends PassThrough {
  isTTY = true;
  isRaw = false;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
}

class TtyOut extends Writable {
  isTTY = true;
  columns = 160;
  rows = 50;
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
  getWindowSize(): [number, number] {
    return [this.columns, this.rows];
  }
  // Like process.stdout: a prompt piping into it when it is done must not close it.
  override end(): this {
    return this;
  }
}

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlC: '\x03', clearLine: '\x15' } as const;

export interface Session {
  /** Waits until the screen shows `text` (after what was already seen), then types `keys`. */
  answer(text: string | RegExp, keys: string): Promise<void>;
  /** Waits for text to appear without typing. */
  see(text: string | RegExp): Promise<string>;
  done: Promise<number>;
  screen(): string;
  /** Everything written to the terminal, escape codes included. */
  rawScreen(): string;
  stderr(): string;
}

export function startInteractive(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Session {
  const stdin = new TtyIn();
  const stdout = new TtyOut();
  const stderr = new TtyOut();
  const io: Io = { stdin, stdout, stderr, env: baseEnv({ NO_COLOR: '1', ...opts.env }), cwd: opts.cwd ?? ROOT };
  let seen = 0;
  let finished = false;
  const done = main(args, io).finally(() => {
    finished = true;
  });
  const plain = (): string => stripVTControlCharacters(stdout.text);
  const see = async (text: string | RegExp): Promise<string> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const fresh = plain().slice(seen);
      const idx = typeof text === 'string' ? fresh.indexOf(text) : fresh.search(text);
      if (idx >= 0) {
        seen += idx + 1;
        return fresh;
      }
      if (finished || Date.now() > deadline) {
        throw new Error(
          `screen never showed ${String(text)}; exit ${finished ? 'happened' : 'pending'}.\n--- screen ---\n${plain().slice(-3000)}\n--- stderr ---\n${stderr.text}`,
        );
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return {
    see,
    async answer(text, keys) {
      await see(text);
      // Let the prompt finish rendering before the keys arrive, as a person would.
      await new Promise((r) => setTimeout(r, 10));
      stdin.write(keys);
    },
    done,
    screen: plain,
    rawScreen: () => stdout.text,
    stderr: () => stderr.text,
  };
}
