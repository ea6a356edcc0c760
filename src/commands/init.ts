// spis init: a new case repository – spis.yaml, clients/, the schemas for editors, a README,
// .gitignore, and `git init` where git is present.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { DEFAULT_CODES, DEFAULT_CONTRACT_DEFAULTS, DEFAULT_RULES, SERVICE_KINDS } from '../domain/config.js';
import type { SpisConfig, Worker } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { CLIENTS_DIR, CONFIG_FILE, SCHEMAS_DIR } from '../store/repo.js';
import { DIR_MODE, ensureDir } from '../store/atomic.js';
import { withWriter } from '../store/writer.js';
import { prepareRecord } from '../store/case-store.js';
import { SCHEMA_DIR, validateData } from '../store/validate.js';
import { FORMAT } from '../store/upgrade.js';
import { fileURLToPath } from 'node:url';

export interface InitOptions {
  name?: string;
  ico?: string;
  address?: string;
  service?: string;
  registration?: string;
  worker?: string[];
  /** Which of the workers is at this keyboard. */
  me?: string;
}

/** How --worker gives the sex (for Czech that agrees: pracovník/pracovnice): ž/z/f a woman, m a man. */
const SEX: Record<string, 'female' | 'male'> = { z: 'female', ž: 'female', f: 'female', m: 'male' };

function parseWorker(spec: string): Worker {
  const [id, name, email, sex, ...rest] = spec.split(':').map((s) => s.trim());
  if (!id || !name || rest.length > 0 || (sex && !SEX[sex.toLowerCase()]))
    throw usageError('init.bad-worker', { value: spec });
  return { id, name, ...(sex ? { sex: SEX[sex.toLowerCase()] } : {}), ...(email ? { email } : {}) };
}

/** IČO: eight digits, the last a check digit (weights 8…2, mod 11). */
export function icoValid(ico: string): boolean {
  if (!/^[0-9]{8}$/.test(ico)) return false;
  const sum = [...ico.slice(0, 7)].reduce((acc, d, i) => acc + Number(d) * (8 - i), 0);
  return (11 - (sum % 11)) % 10 === Number(ico[7]);
}

const checkIco = (v: string): string | true => (icoValid(v.trim()) ? true : t('init.bad-ico', { value: v.trim() }));
/** The e-mail as spis.yaml's schema takes it (ajv's email format), checked as it is typed. */
const checkEmail = (v: string): string | true =>
  validateData('spis', {
    provider: { name: 'x', ico: '25596641', address: 'x', service: { kind: 'x', name: 'x', paragraph: '§ 37' } },
    workers: [{ id: 'x', name: 'x', email: v.trim() }],
  }).length === 0
    ? true
    : t('init.bad-email');
const checkRegistration = (v: string): string | true =>
  /^[0-9]{7}$/.test(v.trim()) ? true : t('init.bad-registration');

export async function runInit(ctx: Context, dirArg: string | undefined, opts: InitOptions): Promise<ExitCode> {
  const root = resolve(ctx.io.cwd, dirArg ?? ctx.dir ?? '.');
  if (existsSync(join(root, CONFIG_FILE))) throw new SpisError('init.exists', { dir: root });
  if (existsSync(root) && readdirSync(root).some((n) => n === CLIENTS_DIR))
    throw new SpisError('init.exists', { dir: root });

  const answers = { ...opts, worker: [...(opts.worker ?? [])] };
  const missing = (['name', 'ico', 'address', 'service'] as const).filter((k) => !answers[k]);
  if (answers.worker.length === 0 || missing.length > 0) {
    if (!isInteractive(ctx.io)) {
      throw usageError('init.missing-flags', {
        flags: [...missing.map((m) => `--${m}`), ...(answers.worker.length ? [] : ['--worker'])].join(', '),
      });
    }
    const { createPrompter } = await import('../ui/prompts.js');
    const ask = createPrompter(ctx);
    answers.name ??= await ask.text({ message: t('init.ask-name') });
    answers.ico ??= await ask.text({ message: t('init.ask-ico'), validate: checkIco });
    answers.address ??= await ask.text({ message: t('init.ask-address') });
    answers.service ??= await ask.select({
      message: t('init.ask-service'),
      choices: Object.entries(SERVICE_KINDS).map(([value, s]) => ({ name: `${s.name} (${s.paragraph})`, value })),
    });
    answers.registration ??=
      (await ask.text({ message: t('init.ask-registration'), required: false, validate: checkRegistration })) ||
      undefined;
    while (
      answers.worker.length === 0 ||
      (await ask.confirm({ message: t('init.ask-more-workers'), default: false }))
    ) {
      const id = await ask.text({
        message: t('init.ask-worker-id'),
        validate: (v) => (/^[a-z][a-z0-9-]{0,31}$/.test(v) ? true : t('init.bad-worker-id')),
      });
      const name = await ask.text({ message: t('init.ask-worker-name') });
      const sex = await ask.select({
        message: t('init.ask-worker-sex'),
        choices: [
          { name: t('sex.female'), value: 'f' },
          { name: t('sex.male'), value: 'm' },
        ],
      });
      const email = await ask.text({
        message: t('init.ask-worker-email', { sex: sex === 'f' ? 'female' : 'male' }),
        required: false,
        validate: checkEmail,
      });
      answers.worker.push(`${id}:${name}:${email}:${sex}`);
    }
  }
  const ids = answers.worker.map((w) => w.split(':')[0]);
  if (answers.me !== undefined && !ids.includes(answers.me))
    throw usageError('init.bad-me', { value: answers.me, known: ids.join(', ') });
  // Who is at this keyboard: the records written here carry that worker (and the commits her name).
  if (answers.me === undefined && ids.length === 1) answers.me = ids[0];
  if (answers.me === undefined && isInteractive(ctx.io)) {
    const { createPrompter } = await import('../ui/prompts.js');
    const workers = answers.worker.map(parseWorker);
    answers.me = await createPrompter(ctx).select({
      message: t('init.ask-me'),
      choices: workers.map((w) => ({ name: w.name, value: w.id })),
    });
  }
  if (checkIco(answers.ico!) !== true) throw usageError('init.bad-ico', { value: answers.ico });
  if (answers.registration && checkRegistration(answers.registration) !== true)
    throw usageError('init.bad-registration');
  const kind = SERVICE_KINDS[answers.service!];
  if (!kind)
    throw usageError('init.bad-service', { value: answers.service, allowed: Object.keys(SERVICE_KINDS).join(', ') });
  const config: SpisConfig = {
    format: FORMAT,
    provider: {
      name: answers.name!,
      ico: answers.ico!,
      address: answers.address!,
      service: {
        kind: answers.service!,
        name: kind.name,
        paragraph: kind.paragraph,
        ...(kind.law ? { law: kind.law } : {}),
        ...(answers.registration ? { registration_id: answers.registration } : {}),
      },
    },
    workers: answers.worker.map(parseWorker),
    // A kind of service brings its own cadence and contract text (foster care: 2-month contacts, 6-month reports).
    rules: { ...DEFAULT_RULES, ...(kind.rules ?? {}) },
    contract_defaults: { ...(kind.contract_defaults ?? DEFAULT_CONTRACT_DEFAULTS) },
    codes: DEFAULT_CODES,
  };
  const spis = prepareRecord({ root }, CONFIG_FILE, 'spis', config);
  ensureDir(root);
  let git = false;
  if (!insideGitRepo(root)) {
    git = spawnSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, stdio: 'ignore' }).status === 0;
    // git before 2.28 has no --initial-branch
    if (!git) git = spawnSync('git', ['init', '--quiet'], { cwd: root, stdio: 'ignore' }).status === 0;
    // .git holds every version of every record: owner only, like the rest.
    if (git) chmodSync(join(root, '.git'), DIR_MODE);
  }
  const schemaDir = fileURLToPath(SCHEMA_DIR);
  const schemas = readdirSync(schemaDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ path: join(root, SCHEMAS_DIR, n), content: readFileSync(join(schemaDir, n), 'utf8') }));
  await withWriter(
    { env: ctx.io.env, stderr: ctx.io.stderr, noCommit: ctx.noCommit },
    root,
    'init',
    (w) => {
      w.write([
        spis,
        ...schemas,
        { path: join(root, 'README.md'), content: t('init.readme', { name: config.provider.name }) },
        { path: join(root, '.gitignore'), content: GITIGNORE },
        { path: join(root, CLIENTS_DIR, '.gitkeep'), content: '' },
      ]);
    },
    { config },
  );
  out(ctx, t('init.created', { dir: root }));
  if (git) out(ctx, t('init.git'));
  // Recorded for this copy only (.git/config), as spis sync --setup --worker does for the others.
  if (
    git &&
    answers.me &&
    spawnSync('git', ['config', 'spis.worker', answers.me], { cwd: root, stdio: 'ignore' }).status === 0
  ) {
    out(
      ctx,
      t('init.me', { id: answers.me, name: config.workers.find((w) => w.id === answers.me)?.name ?? answers.me }),
    );
  }
  return 0;
}

/** What git must never see: the tool's working state, temp files of interrupted writes, the editor's folder. */
const GITIGNORE =
  "# the tool's working state (lock, pending changes) and temporary files\n.spis/\n.*.tmp\n.spis-tmp/\n";

function insideGitRepo(dir: string): boolean {
  const r = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return r.status === 0 && r.stdout.trim() === 'true';
}
