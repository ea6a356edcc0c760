// Odd files where the tool keeps its own state: a lock path that is a folder or a dangling link,
// cache files that are a FIFO or a link to /dev/zero. Each is waited for within its bound or
// taken for "no cache" – never a hang, never a spin.
import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, symlinkSync, truncateSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBin, scratch } from '../helpers/cli.js';

const { example } = scratch();

const contact = 'type: konzultace\nform: telefon\nsummary: Zápis.\n';

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe('a lock path that is not a lock file', () => {
  for (const [label, make] of [
    ['a folder', (p: string) => mkdirSync(p)],
    ['a dangling link', (p: string) => symlinkSync('/nonexistent/spis-lock', p)],
  ] as const) {
    it(`${label}: a writer waits up to SPIS_LOCK_WAIT, then names the lock and writes nothing`, () => {
      const dir = example();
      mkdirSync(join(dir, '.spis'), { recursive: true });
      make(join(dir, '.spis/lock'));
      const before = readdirSync(join(dir, 'clients/2026-0002/contacts'));
      const started = Date.now();
      const r = runBin(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], {
        stdin: contact,
        env: { SPIS_LOCK_WAIT: '1' },
        timeout: 30_000,
      });
      const took = Date.now() - started;
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('Zámek spisu .spis/lock není obyčejný soubor');
      // It waited (at least the second it was given) rather than failing at once or spinning forever.
      expect(took).toBeGreaterThanOrEqual(1000);
      expect(readdirSync(join(dir, 'clients/2026-0002/contacts'))).toEqual(before);
    });
  }
});

describe('cache files that are not plain files', () => {
  const names = ['due.json', 'due-stamps.json', 'report.json', 'report-stamps.json', 'check.json', 'dropped'];
  for (const [label, make] of [
    ['a FIFO', (p: string) => mkfifo(p)],
    ['a link to /dev/zero', (p: string) => symlinkSync('/dev/zero', p)],
  ] as const) {
    it(`${label} in place of every cache file: due, report and check answer as without a cache, and a write goes through`, () => {
      const dir = example();
      const expected = {
        due: runBin(['due', '--json', '--no-cache', '-C', dir]).stdout,
        report: runBin(['report', '--year', '2026', '--json', '--no-cache', '-C', dir]).stdout,
      };
      mkdirSync(join(dir, '.spis/cache'), { recursive: true });
      for (const n of names) make(join(dir, '.spis/cache', n));
      const due = runBin(['due', '--json', '-C', dir], { timeout: 20_000 });
      expect(due.code, due.stderr).toBe(0);
      expect(due.stdout).toBe(expected.due);
      const report = runBin(['report', '--year', '2026', '--json', '-C', dir], { timeout: 20_000 });
      expect(report.code, report.stderr).toBe(0);
      expect(report.stdout).toBe(expected.report);
      expect(runBin(['check', '-C', dir], { timeout: 20_000 })).toMatchObject({ code: 0, stdout: '' });
      // The writer's drop log in that place is replaced, not waited on.
      const w = runBin(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], { stdin: contact, timeout: 20_000 });
      expect(w.code, w.stderr).toBe(0);
      expect(existsSync(join(dir, '.spis/cache/dropped'))).toBe(true);
    });
  }

  it('a cache file larger than the bound (sparse, 300 MiB) is no cache: due answers as without one', () => {
    const dir = example();
    const expected = runBin(['due', '--json', '--no-cache', '-C', dir]).stdout;
    mkdirSync(join(dir, '.spis/cache'), { recursive: true });
    for (const n of ['due.json', 'due-stamps.json'])
      truncateSync(openClose(join(dir, '.spis/cache', n)), 300 * 1024 * 1024);
    const due = runBin(['due', '--json', '-C', dir], { timeout: 20_000 });
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toBe(expected);
  });
});

function openClose(path: string): string {
  closeSync(openSync(path, 'w'));
  return path;
}
