// The bundled example is a real repository as spis init makes it (schemas copied, .gitignore, a
// valid IČO): a plain `cp -r` of it works anywhere – check, the pseudonymised export, and a team
// of two clones syncing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, runBin, scratch } from '../helpers/cli.js';
import { gitIn } from '../helpers/git.js';

const { tmp } = scratch();

/** The example copied as a person would, with cp -r (links copied as links), without the tests' caches. */
function cpR(): string {
  const dir = join(tmp(), 'poradna');
  const r = spawnSync('cp', ['-r', EXAMPLE, dir]);
  expect(r.status).toBe(0);
  rmSync(join(dir, '.spis'), { recursive: true, force: true });
  return dir;
}

describe('a copy of the example made with cp -r', () => {
  it('holds no link, its schemas are the tool’s, and check is silent', () => {
    const dir = cpR();
    const links = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isSymbolicLink() ? [join(d, e.name)] : e.isDirectory() ? links(join(d, e.name)) : [],
      );
    expect(links(dir)).toEqual([]);
    for (const n of readdirSync(join(ROOT, 'schemas')))
      expect(readFileSync(join(dir, 'schemas', n), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', n), 'utf8'));
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.spis/');
    expect(runBin(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exports a pseudonymised copy', () => {
    const dir = cpR();
    const out = join(tmp(), 'pseudo');
    const r = runBin(['export', '--pseudonymised', '--out', out, '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'clients/2026-0001/client.yaml'))).toBe(true);
    expect(lstatSync(join(out, 'schemas')).isDirectory()).toBe(true);
  });

  it('git init, a shared remote and two clones: both sync, nothing of the tool’s state tracked', () => {
    const dir = cpR();
    const home = tmp();
    const env = {
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    };
    const remote = join(tmp(), 'remote.git');
    gitIn(tmp(), ['init', '--quiet', '--bare', '--initial-branch=main', remote], env);
    gitIn(dir, ['init', '--quiet', '--initial-branch=main'], env);
    gitIn(dir, ['add', '-A'], env);
    gitIn(dir, ['commit', '--quiet', '-m', 'start'], env);
    const setup = runBin(['sync', '--setup', remote, '--worker', 'novakova', '-C', dir], { env });
    expect(setup.code, setup.stderr).toBe(0);
    const other = join(tmp(), 'b');
    gitIn(tmp(), ['clone', '--quiet', remote, other], env);
    expect(runBin(['sync', '--setup', '--worker', 'svoboda', '-C', other], { env }).code).toBe(0);
    const add = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', other], {
      env,
      stdin: 'type: konzultace\nform: telefon\nsummary: Z druhého klonu.\n',
    });
    expect(add.code, add.stderr).toBe(0);
    expect(runBin(['sync', '-C', other], { env }).code).toBe(0);
    const back = runBin(['sync', '-C', dir], { env });
    expect(back.code, back.stderr).toBe(0);
    expect(readFileSync(join(dir, add.stdout.trim()), 'utf8')).toContain('Z druhého klonu.');
    expect(
      gitIn(dir, ['ls-files', '.spis', 'schemas'], env)
        .split('\n')
        .filter(Boolean)
        .every((f) => f.startsWith('schemas/')),
    ).toBe(true);
    expect(runBin(['check', '-C', dir], { env })).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('a repository without schemas/', () => {
  it('check says the editor cannot validate and that spis upgrade mends it; upgrade puts the schemas in place', () => {
    const dir = cpR();
    rmSync(join(dir, 'schemas'), { recursive: true });
    const r = runBin(['check', '-C', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nemá složku schemas/');
    expect(r.stderr).toContain('spis upgrade');
    expect(runBin(['upgrade', '--no-commit', '-C', dir]).code).toBe(0);
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(readdirSync(join(ROOT, 'schemas')).sort());
    expect(runBin(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
