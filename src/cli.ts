// Declares the commands and nothing more: each action imports its own module when it runs, so
// `spis --help` and `spis due` never pay for prompts, templates or schema compilation they do
// not use. Only this entry decides exit codes.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { detectLang, setLang, t, type Lang, type MessageKey } from './i18n/index.js';
import type { Context, Io } from './context.js';
import type { ExitCode } from './problems.js';

class LocalHelp extends Help {
  override styleTitle(str: string): string {
    const titles: Record<string, MessageKey> = {
      'Usage:': 'cli.usage',
      'Options:': 'cli.options',
      'Commands:': 'cli.commands',
      'Arguments:': 'cli.arguments',
      'Global Options:': 'cli.global-options',
    };
    return titles[str] ? t(titles[str]) : str;
  }

  override styleUsage(str: string): string {
    return str.replace('[options]', t('cli.usage-options')).replace('[command]', t('cli.usage-command'));
  }

  override subcommandTerm(cmd: Command): string {
    return super.subcommandTerm(cmd).replace('[options]', t('cli.usage-options'));
  }
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<ExitCode> {
  const lang: Lang = detectLang(argv, io.env);
  await setLang(lang);
  // What the completion script calls at each TAB (spis complete -- <words>): straight to the
  // answer, without building the command tree twice.
  if (argv[0] === 'complete') {
    const { runComplete } = await import('./commands/completion.js');
    try {
      return await runComplete(
        { io, lang },
        argv.slice(argv[1] === '--' ? 2 : 1),
        buildProgram(io, lang, { exitCode: 0 }, { completion: false }),
      );
    } catch {
      // A TAB never prints a stack trace into the worker's command line: no answers, that is all.
      return 1;
    }
  }
  const state: { exitCode: ExitCode } = { exitCode: 0 };
  const program = buildProgram(io, lang, state, { completion: true });
  try {
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io, argv.includes('--json'));
    const { reportError, reportErrorJson } = await import('./ui/report-error.js');
    if (argv.includes('--json')) return reportErrorJson(error, io, lang);
    const color = colorFor(io.stderr, io.env, argv.includes('--no-color'));
    if (color) await (await import('./ui/style.js')).loadColour();
    return reportError(error, io, lang, color);
  }
}

/**
 * The commands, their options and arguments. `completion: false` leaves out `completion`: shell
 * completion (commands/completion.ts) builds the tree for @bomb.sh/tab, which adds its own.
 */
export function buildProgram(
  io: Io,
  lang: Lang,
  state: { exitCode: ExitCode },
  opts: { completion: boolean },
): Command {
  const program = new Command('spis');
  const configure = (cmd: Command): Command => {
    cmd.createHelp = () => Object.assign(new LocalHelp(), { helpWidth: 100 });
    return cmd
      .helpOption('-h, --help', t('cli.help-option'))
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: () => undefined })
      .exitOverride();
  };
  configure(program)
    .description(t('cli.description'))
    .version(readVersion(), '-V, --version', t('cli.version-option'))
    .addOption(new Option('-C, --dir <path>', t('opt.dir')))
    .addOption(new Option('--lang <lang>', t('opt.lang')).argParser(parseLang))
    .option('--no-color', t('opt.no-color'))
    .option('--no-commit', t('opt.no-commit'))
    .helpCommand(placeholders('help [command]', lang), t('cli.help-command'))
    .addHelpText('after', `\n${t('cli.help-footer')}`)
    .showSuggestionAfterError(false);

  // commander hands an action its declared arguments, then the options, then the command: the
  // one place where they are taken to be what the command's runner declares (its parameters).
  const run =
    <A extends unknown[]>(load: () => Promise<(ctx: Context, ...args: A) => Promise<ExitCode>>) =>
    async (...args: unknown[]): Promise<void> => {
      const cmd = args.at(-1);
      if (!(cmd instanceof Command)) throw new Error('commander gave an action no command');
      const globals = cmd.optsWithGlobals<{ dir?: string; color?: boolean; commit?: boolean }>();
      const ctx = await makeContext(io, lang, globals);
      const runner = await load();
      state.exitCode = await runner(ctx, ...(args.slice(0, -1) as A));
    };

  const sub = (parent: Command, nameAndArgs: string, desc: MessageKey): Command => {
    return configure(parent.command(placeholders(nameAndArgs, lang)).description(t(desc)));
  };
  /** A command that only groups others: alone, it shows its help and is a usage error. */
  const group = (name: string, desc: MessageKey): Command => {
    const cmd = sub(program, name, desc);
    return cmd.action(() => {
      io.stderr.write(cmd.helpInformation());
      state.exitCode = 2;
    });
  };

  sub(program, 'init [dir]', 'cmd.init')
    .option('--name <name>', t('opt.init-name'))
    .option('--ico <ico>', t('opt.init-ico'))
    .option('--address <address>', t('opt.init-address'))
    .option('--service <kind>', t('opt.init-service'))
    .option('--registration <number>', t('opt.init-registration'))
    .option('--worker <id:name[:email][:sex]>', t('opt.init-worker'), collect)
    .option('--me <id>', t('opt.init-me'))
    .action(run(async () => (await import('./commands/init.js')).runInit));

  const client = group('client', 'cmd.client');
  sub(client, 'new', 'cmd.client-new')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/client-new.js')).runClientNew));
  sub(client, 'edit <case-id>', 'cmd.client-edit')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/client-edit.js')).runClientEdit));

  sub(program, 'assess <case-id>', 'cmd.assess')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/assess.js')).runAssess));

  sub(program, 'list', 'cmd.list')
    .option('--status <status>', t('opt.status'))
    .option('--worker <id>', t('opt.worker'))
    .option('--archived', t('opt.archived'))
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/list.js')).runList));

  sub(program, 'edit <case-id> [record]', 'cmd.edit')
    .option('--reason <text>', t('opt.edit-reason'))
    .action(run(async () => (await import('./commands/edit.js')).runEdit));

  sub(program, 'show <case-id>', 'cmd.show')
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/show.js')).runShow));

  const contract = group('contract', 'cmd.contract');
  sub(contract, 'new <case-id>', 'cmd.contract-new')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/contract-new.js')).runContractNew));
  sub(contract, 'amend <case-id>', 'cmd.contract-amend')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/contract-amend.js')).runContractAmend));

  sub(program, 'plan <case-id>', 'cmd.plan')
    .option('--from <file>', t('opt.from'))
    .option('--render', t('opt.plan-render'))
    .action(run(async () => (await import('./commands/plan.js')).runPlan));

  const contact = group('contact', 'cmd.contact');
  sub(contact, 'add [case-id]', 'cmd.contact-add')
    .option('--from <file>', t('opt.from'))
    .option('--one-off', t('opt.contact-one-off'))
    .action(run(async () => (await import('./commands/contact-add.js')).runContactAdd));

  sub(program, 'key-worker <case-id> [worker-id]', 'cmd.key-worker')
    .option('--date <date>', t('opt.key-worker-date'))
    .option('--note <text>', t('opt.key-worker-note'))
    .option('--from <file>', t('opt.key-worker-from'))
    .option('--yes', t('opt.key-worker-yes'))
    .action(run(async () => (await import('./commands/key-worker.js')).runKeyWorker));

  sub(program, 'periodic-report <case-id>', 'cmd.periodic-report')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/periodic-report.js')).runPeriodicReport));

  sub(program, 'refuse <case-id>', 'cmd.refuse')
    .option('--reason <code>', t('opt.refuse-reason'))
    .option('--note <text>', t('opt.refuse-note'))
    .option('--date <date>', t('opt.refuse-date'))
    .option('--worker <id>', t('opt.refuse-worker'))
    .option('--from <file>', t('opt.refuse-from'))
    .option('--yes', t('opt.refuse-yes'))
    .action(run(async () => (await import('./commands/refuse.js')).runRefuse));

  sub(program, 'due', 'cmd.due')
    .option('--as-of <date>', t('opt.due-as-of'))
    .option('--within <days>', t('opt.due-within'))
    .option('--worker <id>', t('opt.due-worker'))
    .option('--json', t('opt.json'))
    .option('--csv', t('opt.csv'))
    .option('--quiet', t('opt.due-quiet'))
    .option('--names', t('opt.due-names'))
    .option('--no-cache', t('opt.no-cache'))
    .action(run(async () => (await import('./commands/due.js')).runDue));

  sub(program, 'report', 'cmd.report')
    .option('--year <year>', t('opt.report-year'))
    .option('--from <date>', t('opt.report-from'))
    .option('--to <date>', t('opt.report-to'))
    .option('--worker <id>', t('opt.report-worker'))
    .option('--json', t('opt.json'))
    .option('--csv', t('opt.csv'))
    .option('--html <file>', t('opt.report-html'))
    .option('--refused-capacity', t('opt.report-capacity'))
    .option('--no-cache', t('opt.no-cache'))
    .action(run(async () => (await import('./commands/report.js')).runReport));

  sub(program, 'render <case-id> <document>', 'cmd.render')
    .option('--contact <file>', t('opt.render-contact'))
    .option('--amendment <number>', t('opt.render-amendment'))
    .option('--report <number>', t('opt.render-report'))
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .option('--save', t('opt.render-save'))
    .option('--pdfa', t('opt.render-pdfa'))
    .option('--via-browser', t('opt.render-via-browser'))
    .action(run(async () => (await import('./commands/render.js')).runRender));

  sub(program, 'templates', 'cmd.templates')
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/render.js')).runTemplates));

  sub(program, 'close <case-id>', 'cmd.close')
    .option('--reason <code>', t('opt.close-reason'))
    .option('--date <date>', t('opt.close-date'))
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/close.js')).runClose));

  sub(program, 'archive [case-id]', 'cmd.archive')
    .option('--all-closed', t('opt.archive-all'))
    .option('--restore', t('opt.archive-restore'))
    .action(run(async () => (await import('./commands/archive.js')).runArchive));

  sub(program, 'export [case-id]', 'cmd.export')
    .option('--out <dir>', t('opt.export-out'))
    .option('--format <format>', t('opt.export-format'))
    .option('--pseudonymised', t('opt.export-pseudonymised'))
    .option('--keep-texts', t('opt.export-keep-texts'))
    .option('--member <id>', t('opt.export-member'))
    .action(run(async () => (await import('./commands/export.js')).runExport));

  sub(program, 'purge [case-id]', 'cmd.purge')
    .option('--expired', t('opt.purge-expired'))
    .option('--yes', t('opt.purge-yes'))
    .option('--print-history-rewrite', t('opt.purge-rewrite'))
    .action(run(async () => (await import('./commands/purge.js')).runPurge));

  const complaint = group('complaint', 'cmd.complaint');
  sub(complaint, 'add', 'cmd.complaint-add')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/complaint-add.js')).runComplaintAdd));
  sub(complaint, 'reply <complaint-id>', 'cmd.complaint-reply')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/complaint-reply.js')).runComplaintReply));
  sub(complaint, 'list', 'cmd.complaint-list')
    .option('--year <year>', t('opt.complaint-year'))
    .option('--open', t('opt.complaint-open'))
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/complaint-list.js')).runComplaintList));
  sub(complaint, 'letter <complaint-id>', 'cmd.complaint-letter')
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .action(run(async () => (await import('./commands/complaint-letter.js')).runComplaintLetter));

  const incident = group('incident', 'cmd.incident');
  sub(incident, 'add', 'cmd.incident-add')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/incident-add.js')).runIncidentAdd));
  sub(incident, 'close <incident-id>', 'cmd.incident-close')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/incident-close.js')).runIncidentClose));
  sub(incident, 'list', 'cmd.incident-list')
    .option('--year <year>', t('opt.incident-year'))
    .option('--open', t('opt.incident-open'))
    .option('--children', t('opt.incident-children'))
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/incident-list.js')).runIncidentList));
  sub(incident, 'show <incident-id>', 'cmd.incident-show')
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .action(run(async () => (await import('./commands/incident-show.js')).runIncidentShow));

  const training = group('training', 'cmd.training');
  sub(training, 'add', 'cmd.training-add')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/training-add.js')).runTrainingAdd));
  sub(training, 'list', 'cmd.training-list')
    .option('--year <year>', t('opt.training-year'))
    .option('--json', t('opt.json'))
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .action(run(async () => (await import('./commands/training-list.js')).runTrainingList));

  const groups = group('group', 'cmd.group');
  sub(groups, 'add', 'cmd.group-add')
    .option('--from <file>', t('opt.from'))
    .action(run(async () => (await import('./commands/group-add.js')).runGroupAdd));
  sub(groups, 'list', 'cmd.group-list')
    .option('--year <year>', t('opt.group-year'))
    .option('--case <case-id>', t('opt.group-case'))
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/group-list.js')).runGroupList));
  sub(groups, 'show <group-id>', 'cmd.group-show')
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .action(run(async () => (await import('./commands/group-show.js')).runGroupShow));

  sub(program, 'disposal [record-id]', 'cmd.disposal')
    .option('--format <format>', t('opt.render-format'))
    .option('-o, --output <file>', t('opt.render-output'))
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/disposal.js')).runDisposal));
  sub(program, 'upgrade', 'cmd.upgrade').action(run(async () => (await import('./commands/upgrade.js')).runUpgrade));

  sub(program, 'check [case-id...]', 'cmd.check')
    .option('--json', t('opt.json'))
    .option('--no-cache', t('opt.check-no-cache'))
    .action(run(async () => (await import('./commands/check.js')).runCheck));

  sub(program, 'log <case-id>', 'cmd.log')
    .option('--json', t('opt.json'))
    .action(run(async () => (await import('./commands/log.js')).runLog));

  sub(program, 'sync', 'cmd.sync')
    .option('--setup [url]', t('opt.sync-setup'))
    .option('--worker <id>', t('opt.sync-worker'))
    .option('--reclone', t('opt.sync-reclone'))
    .action(run(async () => (await import('./commands/sync.js')).runSync));

  sub(program, 'conflict [case-id]', 'cmd.conflict')
    .option('--from <file>', t('opt.conflict-from'))
    .action(run(async () => (await import('./commands/conflict.js')).runConflict));
  sub(program, 'restore [case-id...]', 'cmd.restore').action(
    run(async () => (await import('./commands/restore.js')).runRestore),
  );

  // Called by git during spis sync (registered by sync itself), not by people.
  configure(program.command('merge-driver <kind> <base> <ours> <theirs>', { hidden: true })).action(
    run(async () => (await import('./commands/sync.js')).runMergeDriver),
  );

  if (opts.completion) {
    const tree = (): Command => buildProgram(io, lang, { exitCode: 0 }, { completion: false });
    sub(program, 'completion <shell>', 'cmd.completion').action(
      run(async () => {
        const { runCompletionScript } = await import('./commands/completion.js');
        return (ctx: Context, shell: string) => runCompletionScript(ctx, shell, tree());
      }),
    );
  }

  translateOptionPlaceholders(program, lang);
  return program;
}

function parseLang(value: string): Lang {
  // The allowed values travel in the error, for the message to name them.
  if (value !== 'cs' && value !== 'en') throw new InvalidArgumentError('cs, en');
  return value;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** What the placeholders of arguments and option values say, in Czech. */
const PLACEHOLDERS_CS: Record<string, string> = {
  'case-id': 'číslo-spisu',
  record: 'záznam',
  'worker-id': 'pracovník',
  document: 'dokument',
  dir: 'složka',
  path: 'složka',
  lang: 'jazyk',
  name: 'název',
  ico: 'ičo',
  address: 'adresa',
  kind: 'druh',
  id: 'zkratka',
  'id:name[:email][:sex]': 'zkratka:jméno[:e-mail][:ž|m]',
  file: 'soubor',
  status: 'stav',
  date: 'datum',
  year: 'rok',
  days: 'dny',
  text: 'text',
  code: 'kód',
  format: 'formát',
  number: 'číslo',
  url: 'adresa',
  command: 'příkaz',
};

/** Argument and value placeholders in the user's language (commander uses them only to show and in messages). */
function placeholders(spec: string, lang: Lang): string {
  if (lang !== 'cs') return spec;
  return spec.replace(/([<[])([^<>[\]]+(?:\[[^\]]*\])?)([>\]])/g, (m, open: string, name: string, close: string) => {
    const dots = name.endsWith('...') ? '...' : '';
    const bare = dots ? name.slice(0, -3) : name;
    return PLACEHOLDERS_CS[bare] ? `${open}${PLACEHOLDERS_CS[bare]}${dots}${close}` : m;
  });
}

function translateOptionPlaceholders(cmd: Command, lang: Lang): void {
  for (const o of cmd.options) o.flags = placeholders(o.flags, lang);
  for (const c of cmd.commands) translateOptionPlaceholders(c, lang);
}

function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColor: boolean): boolean {
  // chalk does not look at NO_COLOR by itself.
  return stream.isTTY === true && !noColor && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

async function makeContext(
  io: Io,
  lang: Lang,
  globals: { dir?: string; color?: boolean; commit?: boolean },
): Promise<Context> {
  const { todayFrom } = await import('./domain/dates.js');
  const { usageError } = await import('./problems.js');
  let today: string;
  try {
    today = todayFrom(io.env);
  } catch {
    throw usageError('cli.today-invalid', { value: io.env.SPIS_TODAY });
  }
  const color = colorFor(io.stdout, io.env, globals.color === false);
  // chalk only for a terminal that gets colour (ui/style.ts)
  if (color) await (await import('./ui/style.js')).loadColour();
  return { io, lang, dir: globals.dir, today, color, noCommit: globals.commit === false };
}

function commanderExit(error: CommanderError, io: Io, json = false): ExitCode {
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return 0;
  }
  const quoted = [...error.message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const token = (error.code === 'commander.invalidArgument' ? quoted.at(-1) : quoted[0]) ?? '';
  const keys: Record<string, MessageKey> = {
    'commander.unknownOption': 'cli.unknown-option',
    'commander.unknownCommand': 'cli.unknown-command',
    'commander.missingArgument': 'cli.missing-argument',
    'commander.optionMissingArgument': 'cli.option-missing-argument',
    'commander.excessArguments': 'cli.excess-arguments',
    'commander.invalidArgument': 'cli.invalid-argument',
  };
  const key = keys[error.code];
  // An invalid option value: the option (without its placeholder) and, where our parser gave them, the allowed values.
  const option =
    error.code === 'commander.invalidArgument' ? /^error: option '([^' ]+)/.exec(error.message)?.[1] : undefined;
  const allowed =
    error.code === 'commander.invalidArgument' ? /is invalid\. (.+)$/.exec(error.message)?.[1] : undefined;
  const message = key ? t(key, { token, option, allowed }) : error.message.replace(/^error: /, '');
  io.stderr.write(
    json
      ? `${JSON.stringify({ error: { code: key ?? error.code, message } })}\n`
      : `${message}\n${t('cli.see-help')}\n`,
  );
  return 2;
}

function readVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '';
}
