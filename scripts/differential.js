// The reading commands' output, recorded so that a rebuild can prove it changed nothing a user
// or a script sees. Over a copy of the bundled example and a generated repository (bench/
// generate.js, fixed seed), at several dates, it runs every reading command (--json where there
// is one, text where people read it: due, check, show, the rendered documents) and writes each
// output – stdout, stderr and exit code – to one file per run.
//
//   node scripts/differential.js --save DIR      record (e.g. before a change)
//   node scripts/differential.js --compare DIR   run again and say which outputs differ (exit 1)
//
// Needs a build (npm run build). Nothing is written into examples/: both repositories are copies.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate } from '../bench/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/spis.js');
const DATES = ['2026-01-15', '2026-06-30', '2026-11-22', '2027-03-01'];
const GENERATED_CLIENTS = 60;

function usage() {
  process.stderr.write('usage: node scripts/differential.js --save DIR | --compare DIR\n');
  process.exit(2);
}

const [mode, target] = process.argv.slice(2);
if ((mode !== '--save' && mode !== '--compare') || !target) usage();
if (!existsSync(join(ROOT, 'dist/cli.js'))) {
  process.stderr.write('dist/ is missing: run npm run build first\n');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'spis-differential-'));
const repos = {
  example: join(work, 'example'),
  generated: join(work, 'generated'),
};
cpSync(join(ROOT, 'examples/poradna'), repos.example, { recursive: true });
// The example's caches are the example's: a copy starts without them, as on a fresh clone.
rmSync(join(repos.example, '.spis'), { recursive: true, force: true });
generate(repos.generated, GENERATED_CLIENTS, 7);

/** Environment of every run: fixed day, Czech, no colour, no worker, no user configuration. */
function env(today) {
  const keep = Object.fromEntries(
    Object.entries(process.env).filter(([k]) =>
      ['PATH', 'HOME', 'TMPDIR', 'SPIS_CHROMIUM', 'PUPPETEER_EXECUTABLE_PATH'].includes(k),
    ),
  );
  return {
    ...keep,
    SPIS_TODAY: today,
    LANG: 'cs_CZ.UTF-8',
    LC_ALL: 'cs_CZ.UTF-8',
    NO_COLOR: '1',
    TZ: 'Europe/Prague',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

function spis(dir, today, args) {
  const r = spawnSync(process.execPath, [BIN, ...args, '-C', dir], {
    env: env(today),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Paths of the temporary copy are not part of the output's meaning.
  const clean = (s) => (s ?? '').split(work).join('<repo>');
  return `$ spis ${args.join(' ')}\n[exit ${r.status}]\n--- stdout\n${clean(r.stdout)}\n--- stderr\n${clean(r.stderr)}\n`;
}

function caseIds(dir, where) {
  const p = join(dir, where);
  return existsSync(p)
    ? readdirSync(p)
        .filter((n) => /^\d{4}-/.test(n))
        .sort()
    : [];
}

function commandsFor(dir, today) {
  const year = today.slice(0, 4);
  const cmds = [
    ['check'],
    ['check', '--json'],
    ['due'],
    ['due', '--json'],
    ['due', '--json', '--within', '60'],
    ['due', '--quiet'],
    ['list', '--json'],
    ['list', '--json', '--archived'],
    ['list'],
    ['report', '--json', '--from', `${year}-01-01`, '--to', `${year}-12-31`],
    ['report', '--from', `${year}-01-01`, '--to', `${year}-12-31`],
  ];
  const active = caseIds(dir, 'clients');
  // Every case in the example, a sample of the generated one (the first, then every seventh).
  const sample = dir === repos.example ? active : active.filter((_, i) => i % 7 === 0);
  for (const id of sample) {
    cmds.push(['show', id, '--json'], ['show', id]);
    for (const doc of ['contract', 'plan', 'contact', 'termination']) cmds.push(['render', id, doc, '--format', 'md']);
  }
  return cmds;
}

const outputs = {};
for (const [name, dir] of Object.entries(repos)) {
  for (const today of DATES) {
    // Twice: the first run fills the caches, the second reads through them – both must agree.
    for (const pass of ['cold', 'warm']) {
      const text = commandsFor(dir, today)
        .map((args) => spis(dir, today, args))
        .join('\n');
      outputs[`${name}-${today}-${pass}.txt`] = text;
    }
  }
}
rmSync(work, { recursive: true, force: true });

if (mode === '--save') {
  mkdirSync(target, { recursive: true });
  for (const [file, text] of Object.entries(outputs)) writeFileSync(join(target, file), text);
  process.stdout.write(`${Object.keys(outputs).length} outputs saved in ${target}\n`);
} else {
  const differing = Object.entries(outputs).filter(
    ([file, text]) => !existsSync(join(target, file)) || readFileSync(join(target, file), 'utf8') !== text,
  );
  for (const [file, text] of differing) {
    const dir = `${target}.now`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), text);
    process.stdout.write(`differs: ${file} (now in ${dir}/${file})\n`);
  }
  process.stdout.write(
    differing.length
      ? `${differing.length} of ${Object.keys(outputs).length} outputs differ\n`
      : `all ${Object.keys(outputs).length} outputs identical\n`,
  );
  process.exit(differing.length ? 1 : 0);
}
