// Shell completion through @bomb.sh/tab (its commander adapter): `spis completion bash|zsh|fish`
// prints the script; the script calls `spis complete -- <words>` at every TAB. Commands, options,
// choices (documents, formats, reasons, service kinds, statuses, workers) and case ids complete.
// Case ids come from listing clients/ (and archive/ where a command takes archived cases): no
// record is read, so a TAB never shows a name and stays fast on a large repository.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { RootCommand } from '@bomb.sh/tab';
import type { Context } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { ARCHIVE_DIR, CASE_ID_RE, CLIENTS_DIR, findRepoRoot } from '../store/repo-root.js';
import { buildProgram } from '../cli.js';
import { CASE_STATUSES } from '../domain/types.js';

const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];

/** Commands whose first argument is a case id; true where an archived case is taken too. */
const CASE_COMMANDS: Record<string, boolean> = {
  'client edit': false,
  edit: false,
  assess: false,
  show: true,
  'contract new': false,
  'contract amend': false,
  plan: false,
  'contact add': false,
  'key-worker': false,
  'periodic-report': false,
  refuse: false,
  render: true,
  close: false,
  archive: true,
  export: true,
  purge: true,
  check: true,
  log: true,
};

/** The tab tree of spis's commands, with spis's own answers for values and case ids. `words`: the line being completed. */
async function completionTree(ctx: Pick<Context, 'io' | 'lang'>, words: string[]): Promise<RootCommand> {
  const { default: tab } = await import('@bomb.sh/tab/commander');
  const program: Command = buildProgram(ctx.io, ctx.lang, { exitCode: 0 }, { completion: false });
  const root = tab(program, { completionCommandName: 'completion' });
  const { DOCUMENTS } = await import('../render/documents.js');

  // Values that depend on the repository (-C on the line being completed, else the current folder).
  const repoRoot = (() => {
    try {
      return findRepoRoot({ dir: dirOption(words), cwd: ctx.io.cwd, env: ctx.io.env });
    } catch {
      return undefined;
    }
  })();
  // spis.yaml (codes, worker ids) is read only for a line that needs it.
  const config = async () => (repoRoot ? (await import('../store/repo.js')).readConfig(repoRoot).config : undefined);
  const caseIds = (archived: boolean): string[] => {
    if (!repoRoot) return [];
    const ids: string[] = [];
    for (const dir of archived ? [CLIENTS_DIR, ARCHIVE_DIR] : [CLIENTS_DIR]) {
      try {
        // names only (no file types: a third of the time on 10,000 cases); a case folder's name is its id
        for (const name of readdirSync(join(repoRoot, dir))) if (CASE_ID_RE.test(name)) ids.push(name);
      } catch {
        // no such folder yet
      }
    }
    return ids.sort();
  };
  const codes = async (name: 'refusal_reasons' | 'termination_reasons'): Promise<string[]> => {
    const c = await config();
    if (!c) return [];
    const { codeList } = await import('../domain/config.js');
    return Object.keys(codeList(c, name));
  };
  const workers = async (): Promise<string[]> => ((await config())?.workers ?? []).map((w) => w.id);
  const setArgument = (command: string, index: number, values: () => string[] | Promise<string[]>) => {
    const cmd = root.commands.get(command);
    const arg = cmd ? [...cmd.arguments.values()][index] : undefined;
    if (arg) arg.handler = sync(values);
  };
  const setOption = (command: string | undefined, option: string, values: () => string[] | Promise<string[]>) => {
    const cmd = command === undefined ? root : root.commands.get(command);
    const opt = cmd?.options.get(option);
    if (opt) opt.handler = sync(values);
  };
  // tab's handlers are synchronous: every value list is worked out before parsing.
  const pending: Promise<void>[] = [];
  const sync = (values: () => string[] | Promise<string[]>) => {
    let resolved: string[] = [];
    pending.push(
      Promise.resolve()
        .then(values)
        .then((v) => {
          resolved = v;
        }),
    );
    return (complete: (value: string, description: string) => void) => {
      for (const v of resolved) complete(v, '');
    };
  };

  // Only the lists this line can need are worked out (a case listing costs a readdir).
  const wanted = commandOf(words, root);
  for (const [command, archived] of Object.entries(CASE_COMMANDS)) if (command === wanted) setArgument(command, 0, () => caseIds(archived));
  setArgument('render', 1, () => [...DOCUMENTS]);
  setArgument('edit', 1, () => ['client', 'contract', 'goals', 'termination']);
  setOption('render', 'format', () => ['md', 'html', 'pdf']);
  setOption('export', 'format', () => ['all', 'json']);
  setOption('init', 'service', async () => Object.keys((await import('../domain/config.js')).SERVICE_KINDS));
  setOption('list', 'status', () => [...CASE_STATUSES]);
  setArgument('completion', 0, () => SHELLS);
  setOption(undefined, 'lang', () => ['cs', 'en']);
  if (wanted === 'refuse') setOption('refuse', 'reason', () => codes('refusal_reasons'));
  if (wanted === 'close') setOption('close', 'reason', () => codes('termination_reasons'));
  if (wanted === 'key-worker') setArgument('key-worker', 1, workers);
  for (const command of ['list', 'due', 'report', 'refuse', 'sync']) if (command === wanted) setOption(command, 'worker', workers);
  await Promise.all(pending);
  return root;
}

/** The value of -C/--dir on the line being completed. */
function dirOption(words: string[]): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w === '-C' || w === '--dir') dir = words[i + 1];
    else if (w.startsWith('--dir=')) dir = w.slice(6);
    else if (w.startsWith('-C') && w.length > 2) dir = w.slice(2);
  }
  return dir;
}

/** The (sub)command the line names, as tab's tree spells it ("contact add"), or undefined. */
function commandOf(words: string[], root: RootCommand): string | undefined {
  const operands: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w === '-C' || w === '--dir' || w === '--lang') i++;
    else if (!w.startsWith('-')) operands.push(w);
  }
  let found: string | undefined;
  for (let n = 1; n <= Math.min(2, operands.length); n++) {
    const name = operands.slice(0, n).join(' ');
    if (root.commands.has(name)) found = name;
  }
  return found;
}

/** tab prints with console.log: the answers go to the command's own stdout. */
function toStdout<T>(ctx: Pick<Context, 'io'>, fn: () => T): T {
  const log = console.log;
  console.log = (...args: unknown[]) => void ctx.io.stdout.write(`${args.join(' ')}\n`);
  try {
    return fn();
  } finally {
    console.log = log;
  }
}

export async function runCompletionScript(ctx: Context, shell: string): Promise<ExitCode> {
  if (!SHELLS.includes(shell)) throw usageError('completion.bad-shell', { value: shell, allowed: SHELLS.join(', ') });
  const root = await completionTree(ctx, []);
  toStdout(ctx, () => root.setup('spis', 'spis', shell));
  return 0;
}

/** `spis complete -- <words>`: the answers for the line, one per line, as the script expects them. */
export async function runComplete(ctx: Pick<Context, 'io' | 'lang'>, words: string[]): Promise<ExitCode> {
  const root = await completionTree(ctx, words);
  toStdout(ctx, () => root.parse([...words]));
  return 0;
}
