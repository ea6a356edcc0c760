// `spis --help` must not pay for prompts, templates or schema compilation: checked by what the
// process actually loads, not by timing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, run, runBin, sharedExample } from '../helpers/cli.js';

function loadedModules(args: string[]): { out: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'spis-trace-'));
  const file = join(dir, 'trace.txt');
  try {
    const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/fixtures/trace-loads.mjs'), BIN, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SPIS_TRACE_FILE: file, SPIS_LANG: 'cs' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    return { out: r.stdout, modules: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEAVY = [
  '@inquirer',
  'inquirer',
  'handlebars',
  '/ajv',
  'ajv-formats',
  'compiled-schemas',
  '/yaml/',
  '/chalk/',
  'ui/prompts',
  'store/validate',
  'render/',
  '@bomb.sh',
  'pdfmake',
  'pdfkit',
];

describe('start-up', () => {
  it('--help alone is answered from the help text made at build time: the program is not loaded', () => {
    const { out, modules } = loadedModules(['--help']);
    expect(out).toContain('Použití: spis');
    expect(modules.some((m) => m.includes('/commander/'))).toBe(false);
    expect(modules.some((m) => m.includes('dist/cli.js'))).toBe(false);
  });

  it('the help text made at build time is exactly what the program says, in both languages', async () => {
    for (const [lang, env] of [
      ['cs', { SPIS_LANG: 'cs' }],
      ['en', { SPIS_LANG: 'en' }],
      ['en', { LANG: 'en_GB.UTF-8' }],
    ] as const) {
      const live = await run(['--help'], { env });
      expect(live.code).toBe(0);
      for (const flag of ['--help', '-h']) {
        const fast = runBin([flag], { env });
        expect(fast, `${lang} ${flag}`).toEqual({ code: 0, stdout: live.stdout, stderr: '' });
      }
    }
  });

  it('--help of a command loads commander and the catalogue only', () => {
    const { out, modules } = loadedModules(['due', '--help']);
    expect(out).toContain('Použití: spis due');
    expect(modules.some((m) => m.includes('/commander/'))).toBe(true);
    expect(modules.some((m) => m.includes('dist/cli.js'))).toBe(true);
    for (const heavy of HEAVY) expect(modules.filter((m) => m.includes(heavy))).toEqual([]);
  });

  it('the trace sees heavy modules when a command needs them', () => {
    const { modules } = loadedModules(['check', '-C', sharedExample()]);
    expect(modules.some((m) => m.includes('compiled-schemas.cjs'))).toBe(true);
    expect(modules.some((m) => m.includes('/js-yaml/'))).toBe(true);
    expect(modules.filter((m) => m.includes('@inquirer') || m.includes('handlebars'))).toEqual([]);
  });

  it('reading sound records loads js-yaml only: the full yaml parser waits for a problem or an edit', () => {
    for (const args of [
      ['check', '-C', sharedExample()],
      ['due', '-C', sharedExample()],
      ['list', '-C', sharedExample()],
    ]) {
      const { modules } = loadedModules(args);
      expect(
        modules.some((m) => m.includes('/js-yaml/')),
        args[0],
      ).toBe(true);
      expect(
        modules.filter((m) => m.includes('/yaml/')),
        args[0],
      ).toEqual([]);
    }
  });
});
