// npm run bench: times `spis due`, `spis check`, `spis report`, one TAB of completion and `spis --help` as whole processes on
// generated case repositories of 1,000 and 10,000 clients, beside a bare `node -e 0` start.
// The repositories are generated once per size and seed into bench/out/ and reused.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
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
    console.error(`generated ${clients} clients (${files} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return dir;
}

function once(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return { ms: performance.now() - started, status: r.status ?? -1 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args, runs) {
  const samples = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const r = once(args);
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
  const due = time([BIN, 'due', '-C', dir], 5);
  rows.push(['spis due', n, due.ms, due.status]);
  // One TAB of shell completion: a partial case id after `show`.
  const tab = time([BIN, 'complete', '--', '-C', dir, 'show', '2026-00'], 11);
  rows.push(['spis complete (one TAB, case id)', n, tab.ms, tab.status]);
  const runs = n > 5000 ? 3 : 5;
  const naive = time([join(ROOT, 'bench/naive-parse.js'), dir], runs);
  rows.push(['naive js-yaml parse of every file', n, naive.ms, naive.status]);
  const check = time([BIN, 'check', '-C', dir], runs);
  rows.push(['spis check', n, check.ms, check.status]);
  ratios.push(`spis check ≤ 0.6 × the naive parse at ${n.toLocaleString('en')} (${(check.ms / naive.ms).toFixed(2)}×)`);
  const report = time([BIN, 'report', '--year', '2026', '-C', dir], runs);
  rows.push(['spis report --year', n, report.ms, report.status]);
  ratios.push(`spis report --year ≤ 2 × spis check at ${n.toLocaleString('en')} (${(report.ms / check.ms).toFixed(2)}×)`);
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const lines = [
  '| command | clients | median | × node -e 0 | exit |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(([cmd, n, ms, status]) => `| ${cmd} | ${n === '' ? '' : n.toLocaleString('en')} | ${fmt(ms)} | ${(ms / node.ms).toFixed(2)} | ${status} |`),
];
console.log(lines.join('\n'));
const due10k = rows.find((r) => r[0] === 'spis due' && r[1] === 10000);
console.log(`\ntargets: spis --help ≤ 1.5 × node -e 0 (${(help.ms / node.ms).toFixed(2)}×)` + (due10k ? `; spis due over 10,000 clients < 3 s (${fmt(due10k[2])})` : '') + `; ${ratios.join('; ')}`);
