// Shell completion through @bomb.sh/tab (its commander adapter): `spis completion bash|zsh|fish`
// prints the script; the script calls `spis complete -- <words>` at every TAB. Commands, options,
// choices (documents, formats, reasons, service kinds, statuses, workers) and case ids complete.
// Case ids come from listing clients/ (and archive/ where a command takes archived cases): no
// record is read, so a TAB never shows a name and stays fast on a large repository.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { completionTree, SHELLS, toStdout } from '../app/completion.js';

export async function runCompletionScript(ctx: Context, shell: string, program: Command): Promise<ExitCode> {
  if (!SHELLS.includes(shell)) throw usageError('completion.bad-shell', { value: shell, allowed: SHELLS.join(', ') });
  const root = await completionTree(ctx, [], program);
  toStdout(ctx, () => root.setup('spis', 'spis', shell));
  return 0;
}

/** `spis complete -- <words>`: the answers for the line, one per line, as the script expects them. */
export async function runComplete(
  ctx: Pick<Context, 'io' | 'lang'>,
  words: string[],
  program: Command,
): Promise<ExitCode> {
  const root = await completionTree(ctx, words, program);
  toStdout(ctx, () => root.parse([...words]));
  return 0;
}
