// npm run bench: times `spis due` (with its cache and without, warm and – where the page cache
// may be dropped – cold), `spis check`, `spis report`, one TAB of completion and `spis --help` as
// whole processes on generated case repositories of 1,000 and 10,000 clients, beside a bare
// `node -e 0` start and the baselines "list every folder" and "read every file".
// The repositories are generated once per size and seed into bench/out/ and reused.
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/spis.js');
const SEED = 20261122;
const SIZES = (process.env.SPIS_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const env = { ...process.env, SPIS_TODAY: '2026-11-22', SPIS_LANG: 'cs', NO_COLOR: '1' };

function repoFor(clients) {
  const dir = join(ROOT, 'bench/out', `${clients}-${SEED}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const files = generate(dir, clients, SEED);
    writeFileSync(marker, `${files}\n`);
    console.error(
      `generated ${clients} clients (${files} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return dir;
}

/** Empties the page cache (needs root); false where the machine does not permit it. */
function dropCaches() {
  return spawnSync('sh', ['-c', 'sync; echo 3 > /proc/sys/vm/drop_caches'], { stdio: 'ignore' }).status === 0;
}
const canDrop = dropCaches();

function once(args, cold = false) {
  if (cold) dropCaches();
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return { ms: performance.now() - started, status: r.status ?? -1 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args, runs, cold = false) {
  const samples = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const r = once(args, cold);
    samples.push(r.ms);
    status = r.status;
  }
  return { ms: median(samples), status };
}

// Short start-ups are noisy on a shared machine: interleave the two and take medians of many.
const startSamples = { node: [], help: [] };
let helpStatus = 0;
for (let i = 0; i < 31; i++) {
  startSamples.node.push(once(['-e', '0']).ms);
  const h = once([BIN, '--help']);
  startSamples.help.push(h.ms);
  helpStatus = h.status;
}
const node = { ms: median(startSamples.node), status: 0 };
const help = { ms: median(startSamples.help), status: helpStatus };
const rows = [];
const ratios = [];
rows.push(['node -e 0', '', node.ms, node.status]);
rows.push(['spis --help', '', help.ms, help.status]);
for (const n of SIZES) {
  const dir = repoFor(n);
  // The cache is built by a first run; files written within the last second are never cached.
  spawnSync('sleep', ['1.1']);
  once([BIN, 'due', '-C', dir]);
  const due = time([BIN, 'due', '-C', dir], 7);
  rows.push(['spis due (cache)', n, due.ms, due.status]);
  const dueNoCache = time([BIN, 'due', '--no-cache', '-C', dir], 5);
  rows.push(['spis due --no-cache', n, dueNoCache.ms, dueNoCache.status]);
  const list = time([join(ROOT, 'bench/baseline.js'), 'list', dir], 5);
  rows.push(['baseline: list every folder', n, list.ms, list.status]);
  const read = time([join(ROOT, 'bench/baseline.js'), 'read', dir], 3);
  rows.push(['baseline: read every file', n, read.ms, read.status]);
  if (canDrop) {
    const cold = time([BIN, 'due', '-C', dir], 3, true);
    rows.push(['spis due (cache), cold', n, cold.ms, cold.status]);
    const coldNoCache = time([BIN, 'due', '--no-cache', '-C', dir], 3, true);
    rows.push(['spis due --no-cache, cold', n, coldNoCache.ms, coldNoCache.status]);
    const coldList = time([join(ROOT, 'bench/baseline.js'), 'list', dir], 3, true);
    rows.push(['baseline: list every folder, cold', n, coldList.ms, coldList.status]);
    const coldRead = time([join(ROOT, 'bench/baseline.js'), 'read', dir], 2, true);
    rows.push(['baseline: read every file, cold', n, coldRead.ms, coldRead.status]);
  }
  // One TAB of shell completion: a partial case id after `show`.
  const tab = time([BIN, 'complete', '--', '-C', dir, 'show', '2026-00'], 11);
  rows.push(['spis complete (one TAB, case id)', n, tab.ms, tab.status]);
  const runs = n > 5000 ? 3 : 5;
  const naive = time([join(ROOT, 'bench/naive-parse.js'), dir], runs);
  rows.push(['naive js-yaml parse of every file', n, naive.ms, naive.status]);
  // Without its cache (every case parsed and checked), then with it (the cases clean at the last
  // check and unchanged since are read, not parsed again).
  const checkAll = time([BIN, 'check', '--no-cache', '-C', dir], runs);
  rows.push(['spis check --no-cache', n, checkAll.ms, checkAll.status]);
  once([BIN, 'check', '-C', dir]);
  const check = time([BIN, 'check', '-C', dir], runs);
  rows.push(['spis check (cache)', n, check.ms, check.status]);
  ratios.push(
    `spis check ≤ 0.6 × the naive parse at ${n.toLocaleString('en')} (${(check.ms / naive.ms).toFixed(2)}× with its cache, ${(checkAll.ms / naive.ms).toFixed(2)}× without)`,
  );
  const reportAll = time([BIN, 'report', '--year', '2026', '--no-cache', '-C', dir], runs);
  rows.push(['spis report --year --no-cache', n, reportAll.ms, reportAll.status]);
  once([BIN, 'report', '--year', '2026', '-C', dir]);
  const report = time([BIN, 'report', '--year', '2026', '-C', dir], runs);
  rows.push(['spis report --year (cache)', n, report.ms, report.status]);
  ratios.push(
    `spis report --year ≤ 2 × spis check at ${n.toLocaleString('en')} (${(reportAll.ms / checkAll.ms).toFixed(2)}× check --no-cache without its cache, ${(report.ms / checkAll.ms).toFixed(2)}× with it)`,
  );
  const up = upgradeOnce(dir);
  if (up) rows.push(['spis upgrade (format 1 → 2, git)', n, up.ms, up.status]);
}

/**
 * spis upgrade of the repository put back to format 1 (every other contract with format 1's
 * e-mail consent, which moves to client.yaml) in a git repository of its own: a copy, once.
 */
function upgradeOnce(dir) {
  const copy = `${dir}-upgrade`;
  rmSync(copy, { recursive: true, force: true });
  if (spawnSync('cp', ['-a', dir, copy]).status !== 0) return undefined;
  rmSync(join(copy, '.spis'), { recursive: true, force: true });
  const config = join(copy, 'spis.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^format: 2$/m, 'format: 1'));
  let i = 0;
  for (const id of readdirSync(join(copy, 'clients'))) {
    const contract = join(copy, 'clients', id, 'contract.yaml');
    if (existsSync(contract) && i++ % 2 === 0) appendFileSync(contract, 'email_records: true\n');
  }
  const git = (...args) =>
    spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', ...args], {
      cwd: copy,
      stdio: 'ignore',
    }).status === 0;
  // git's automatic gc runs in the foreground here: in the background it would race the removal of the copy.
  if (
    !git('init', '-q', '-b', 'main') ||
    !git('config', 'gc.autoDetach', 'false') ||
    !git('config', 'maintenance.autoDetach', 'false') ||
    !git('add', '-A') ||
    !git('commit', '-qm', 'format 1')
  )
    return undefined;
  const r = once([BIN, 'upgrade', '-C', copy]);
  rmSync(copy, { recursive: true, force: true });
  return r;
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const lines = [
  '| command | clients | median | × node -e 0 | exit |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    ([cmd, n, ms, status]) =>
      `| ${cmd} | ${n === '' ? '' : n.toLocaleString('en')} | ${fmt(ms)} | ${(ms / node.ms).toFixed(2)} | ${status} |`,
  ),
];
console.log(lines.join('\n'));
const at10k = (name) => rows.find((r) => r[0] === name && r[1] === 10000)?.[2];
const warm10k = at10k('spis due (cache)');
const cold10k = at10k('spis due (cache), cold');
const upgrade10k = at10k('spis upgrade (format 1 → 2, git)');
console.log(
  `\ntargets: spis --help ≤ 1.3 × node -e 0 (${(help.ms / node.ms).toFixed(2)}×)` +
    (warm10k ? `; spis due over 10,000 clients ≤ 0.5 s warm (${fmt(warm10k)})` : '') +
    (cold10k
      ? `, ≤ 1.5 s cold (${fmt(cold10k)})`
      : canDrop
        ? ''
        : '; cold runs skipped: this machine does not permit dropping the page cache') +
    (upgrade10k ? `; spis upgrade of 10,000 clients ≤ 20 s (${fmt(upgrade10k)})` : '') +
    `; ${ratios.join('; ')}`,
);
