// The one module that imports chalk. Colour is decided per stream by the caller (Context.color);
// chalk is loaded only when colour is on (main() calls loadColour first), so a run without a
// terminal – the cron job – never loads it.
/** What the tool styles text with (chalk's instance is one, unchained). */
export interface Style {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (s: string): string => s;
const plain: Style = { bold: same, red: same, yellow: same, cyan: same };
let coloured: Style | undefined;

/** Loads chalk for coloured output; called once before a command that may colour runs. */
export async function loadColour(): Promise<void> {
  const { Chalk } = await import('chalk');
  coloured ??= new Chalk({ level: 1 });
}

export function style(color: boolean): Style {
  return color && coloured ? coloured : plain;
}
