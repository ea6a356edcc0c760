// The completion tree behind `spis completion` and `spis complete`: commander's tree through
// @bomb.sh/tab, with spis's own answers for values and case ids.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { RootCommand } from '@bomb.sh/tab';
import type { Context } from '../context.js';
import { ARCHIVE_DIR, CASE_ID_RE, CLIENTS_DIR, findRepoRoot } from '../store/repo-root.js';
import { DOCUMENTS, FORMATS } from '../render/documents.js';
import { codeList, SERVICE_KINDS } from '../domain/config.js';
import { editableRecords, REGISTER_FILE_RE, serviceFolder, type ServiceFolderKind } from '../domain/kinds.js';
import { CASE_STATUSES } from '../domain/types.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];

/** Commands whose values come from spis.yaml (reasons, worker ids): only for them is it read. */
const CONFIG_COMMANDS = new Set(['refuse', 'close', 'key-worker', 'list', 'due', 'report', 'sync']);

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

/**
 * The tab tree of spis's commands, with spis's own answers for values and case ids. `words`: the
 * line being completed; `program`: the command tree without `completion` (cli.ts builds it).
 */
export async function completionTree(
  ctx: Pick<Context, 'io'>,
  words: string[],
  program: Command,
): Promise<RootCommand> {
  const { default: tab } = await import('@bomb.sh/tab/commander');
  const root = tab(program, { completionCommandName: 'completion' });
  // Only what this line can need is worked out: a case listing costs a readdir, spis.yaml a parse.
  const wanted = commandOf(words, root);

  // Values that depend on the repository (-C on the line being completed, else the current folder).
  let repoRoot: string | undefined;
  try {
    repoRoot = findRepoRoot({ dir: dirOption(words), cwd: ctx.io.cwd, env: ctx.io.env });
  } catch {
    repoRoot = undefined;
  }
  const config =
    repoRoot && wanted && CONFIG_COMMANDS.has(wanted)
      ? (await import('../store/repo.js')).readConfig(repoRoot).config
      : undefined;
  const workers = (config?.workers ?? []).map((w) => w.id);
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

  // tab's handlers answer from the lists given here.
  const offer = (values: readonly string[]) => (complete: (value: string, description: string) => void) => {
    for (const v of values) complete(v, '');
  };
  const setArgument = (command: string, index: number, values: readonly string[]) => {
    const arg = [...(root.commands.get(command)?.arguments.values() ?? [])][index];
    if (arg) arg.handler = offer(values);
  };
  const setOption = (command: string | undefined, option: string, values: readonly string[]) => {
    const opt = (command === undefined ? root : root.commands.get(command))?.options.get(option);
    if (opt) opt.handler = offer(values);
  };

  if (wanted && wanted in CASE_COMMANDS) setArgument(wanted, 0, caseIds(CASE_COMMANDS[wanted]));
  // A register's numbers (complaints/…), for the commands that take one: names only, as for cases.
  const registerIds = (kind: ServiceFolderKind): string[] => {
    if (!repoRoot) return [];
    try {
      return readdirSync(join(repoRoot, serviceFolder(kind)))
        .map((n) => REGISTER_FILE_RE.exec(n)?.[1])
        .filter((x): x is string => x !== undefined)
        .sort();
    } catch {
      return [];
    }
  };
  if (wanted === 'complaint reply' || wanted === 'complaint letter') setArgument(wanted, 0, registerIds('complaint'));
  if (wanted === 'incident close' || wanted === 'incident show') setArgument(wanted, 0, registerIds('incident'));
  setOption('complaint letter', 'format', FORMATS);
  if (wanted === 'group show') setArgument(wanted, 0, registerIds('group'));
  if (wanted === 'group list') setOption(wanted, 'case', caseIds(true));
  setOption('incident show', 'format', FORMATS);
  setOption('group show', 'format', FORMATS);
  setOption('training list', 'format', FORMATS);
  setArgument('render', 1, DOCUMENTS);
  setArgument('edit', 1, editableRecords());
  setOption('render', 'format', FORMATS);
  setOption('export', 'format', ['all', 'json']);
  setOption('init', 'service', Object.keys(SERVICE_KINDS));
  setOption('list', 'status', CASE_STATUSES);
  setArgument('completion', 0, SHELLS);
  setOption(undefined, 'lang', ['cs', 'en']);
  if (config) {
    setOption('refuse', 'reason', Object.keys(codeList(config, 'refusal_reasons')));
    setOption('close', 'reason', Object.keys(codeList(config, 'termination_reasons')));
    setArgument('key-worker', 1, workers);
    for (const command of ['list', 'due', 'report', 'refuse', 'sync']) setOption(command, 'worker', workers);
  }
  return root;
}

/** The value of -C/--dir on the line being completed. */
function dirOption(words: string[]): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i];
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
    const w = words[i];
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
export function toStdout<T>(ctx: Pick<Context, 'io'>, fn: () => T): T {
  const log = console.log;
  console.log = (...args: unknown[]) => void ctx.io.stdout.write(`${args.join(' ')}\n`);
  try {
    return fn();
  } finally {
    console.log = log;
  }
}
