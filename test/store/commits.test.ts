// Every write a commit in a git work tree of its own; none, and one notice, elsewhere.
import { describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, exampleFiles, run, scratch } from '../helpers/cli.js';
import { gitIn, makeHome } from '../helpers/git.js';

const { tmp } = scratch();

const INIT = [
  '--name',
  'Poradna Test',
  '--ico',
  '12345679',
  '--address',
  'Dlouhá 1, Brno',
  '--service',
  'odborne_socialni_poradenstvi',
  '--worker',
  'novakova:Jana Nováková:jana@example.org',
];
const CLIENT = 'name: {given: Alena, family: Testová}\nsex: female\ntarget_group: rodiny_s_detmi\n';

describe('commits', () => {
  it('init creates an owner-only repository and commits it as the worker; each later write is one commit', async () => {
    const base = tmp();
    const env = { HOME: makeHome(base), GIT_CONFIG_NOSYSTEM: '1', SPIS_WORKER: 'novakova' };
    const dir = join(base, 'poradna');
    expect((await run(['init', dir, ...INIT], { env })).code).toBe(0);
    expect(gitIn(dir, ['log', '--format=%an <%ae>|%s'], env)).toBe('Jana Nováková <jana@example.org>|init');
    expect(gitIn(dir, ['status', '--porcelain'], env)).toBe('');
    expect(statSync(join(dir, 'schemas')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '.git')).mode & 0o777).toBe(0o700);
    expect(
      readdirSync(join(dir, 'schemas')).every((n) => (statSync(join(dir, 'schemas', n)).mode & 0o777) === 0o600),
    ).toBe(true);
    const c = await run(['client', 'new', '--from', '-', '-C', dir], { env, stdin: CLIENT });
    expect(c.stdout.trim()).toBe('2026-0001');
    expect(gitIn(dir, ['log', '-1', '--format=%s'], env)).toBe('client new 2026-0001');
    // --no-commit writes without committing.
    const k = await run(['key-worker', '2026-0001', 'novakova', '--no-commit', '-C', dir], { env });
    expect(k.code, k.stderr).toBe(0);
    expect(gitIn(dir, ['rev-list', '--count', 'HEAD'], env)).toBe('2');
    expect(gitIn(dir, ['status', '--porcelain'], env)).toBe('M clients/2026-0001/client.yaml');
  });

  it('never hands out a deleted highest case number again', async () => {
    const base = tmp();
    const env = { HOME: makeHome(base), GIT_CONFIG_NOSYSTEM: '1', SPIS_WORKER: 'novakova' };
    const dir = join(base, 'poradna');
    await run(['init', dir, ...INIT], { env });
    const first = await run(['client', 'new', '--from', '-', '-C', dir], { env, stdin: CLIENT });
    expect(first.stdout.trim()).toBe('2026-0001');
    // Opened by mistake and deleted by hand, history and all.
    gitIn(dir, ['rm', '-r', '--quiet', 'clients/2026-0001'], env);
    gitIn(dir, ['commit', '--quiet', '-m', 'omyl'], env);
    const second = await run(['client', 'new', '--from', '-', '-C', dir], { env, stdin: CLIENT });
    expect(second.stdout.trim()).toBe('2026-0002');
  });

  it('outside a git work tree of its own: no commits, and the notice is given once', async () => {
    const base = tmp();
    const dir = join(base, 'poradna');
    cpSync(EXAMPLE, dir, { recursive: true, filter: exampleFiles });
    const env = { HOME: makeHome(base), GIT_CONFIG_NOSYSTEM: '1' };
    const one = await run(['key-worker', '2026-0002', 'mala', '-C', dir], { env });
    expect(one.code).toBe(0);
    expect(one.stderr).toContain('není samostatný git repozitář');
    const two = await run(['key-worker', '2026-0002', 'svoboda', '-C', dir], { env });
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('');
    // Inside another project's work tree (like the bundled example in this one): not its repository.
    const outer = join(base, 'projekt');
    mkdirSync(outer);
    gitIn(outer, ['init', '--quiet'], env);
    cpSync(EXAMPLE, join(outer, 'poradna'), { recursive: true, filter: exampleFiles });
    const three = await run(['key-worker', '2026-0002', 'mala', '-C', join(outer, 'poradna')], { env });
    expect(three.code).toBe(0);
    expect(three.stderr).toContain('není samostatný git repozitář');
    expect(() => gitIn(outer, ['log'], env)).toThrow();
    rmSync(join(outer, '.git'), { recursive: true, force: true });
  });

  it('commits only its own files: what the worker has staged stays staged and out of the commit', async () => {
    const base = tmp();
    const env = { HOME: makeHome(base), GIT_CONFIG_NOSYSTEM: '1', SPIS_WORKER: 'novakova' };
    const dir = join(base, 'poradna');
    await run(['init', dir, ...INIT], { env });
    writeFileSync(join(dir, 'poznamky-porady.md'), 'rozpracováno\n');
    gitIn(dir, ['add', 'poznamky-porady.md'], env);
    const c = await run(['client', 'new', '--from', '-', '-C', dir], { env, stdin: CLIENT });
    expect(c.code, c.stderr).toBe(0);
    expect(gitIn(dir, ['show', '--name-only', '--format=', 'HEAD'], env)).toBe('clients/2026-0001/client.yaml');
    expect(gitIn(dir, ['status', '--porcelain'], env)).toBe('A  poznamky-porady.md');
  });

  it('on a machine without git: saved without history, and said once', async () => {
    const base = tmp();
    const dir = join(base, 'poradna');
    cpSync(EXAMPLE, dir, { recursive: true, filter: exampleFiles });
    const noGit = join(base, 'bin-without-git');
    mkdirSync(noGit);
    vi.stubEnv('PATH', noGit);
    try {
      const one = await run(['key-worker', '2026-0002', 'mala', '-C', dir], { env: { PATH: noGit } });
      expect(one.code, one.stderr).toBe(0);
      expect(one.stderr).toContain('není samostatný git repozitář');
      const two = await run(['key-worker', '2026-0002', 'svoboda', '-C', dir], { env: { PATH: noGit } });
      expect(two).toMatchObject({ code: 0, stderr: '' });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
