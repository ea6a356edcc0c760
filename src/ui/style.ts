// The one module that imports chalk. Colour is decided per stream by the caller (Context.color);
// chalk is loaded only when colour is on (main() calls loadColour first), so a run without a
// terminal – the cron job – never loads it.
import type { ChalkInstance } from 'chalk';

/** What the tool styles text with. */
export type Style = Pick<ChalkInstance, 'bold' | 'red' | 'yellow' | 'cyan'>;

const same = (s: string): string => s;
const plain: Style = { bold: same, red: same, yellow: same, cyan: same } as unknown as Style;
let coloured: Style | undefined;

/** Loads chalk for coloured output; called once before a command that may colour runs. */
export async function loadColour(): Promise<void> {
  const { Chalk } = await import('chalk');
  coloured ??= new Chalk({ level: 1 });
}

export function style(color: boolean): Style {
  return color && coloured ? coloured : plain;
}
