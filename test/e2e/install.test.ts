// Installing for a worker, as the README says: a packed tarball installed into a prefix of its
// own puts `spis` on that prefix's PATH, and it works there on a copy of the example – the
// version, the due report, and a contract as PDF.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, scratch } from '../helpers/cli.js';

const { tmp } = scratch();

describe('npm pack, then a global install into a prefix', () => {
  it('spis --version, spis due and spis render … --format pdf work from the installed command', () => {
    const work = tmp();
    // --ignore-scripts: the build npm test made is what is packed (a rebuild here would pull dist/ from under the other tests).
    const pack = spawnSync('npm', ['pack', ROOT, '--ignore-scripts', '--silent', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(work, pack.stdout.trim().split('\n').at(-1)!);
    expect(existsSync(tarball)).toBe(true);
    const prefix = join(work, 'prefix');
    const install = spawnSync(
      'npm',
      ['install', '-g', '--prefix', prefix, tarball, '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: work, encoding: 'utf8', timeout: 170_000 },
    );
    expect(install.status, install.stderr).toBe(0);
    const env = {
      ...process.env,
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
      SPIS_TODAY: '2026-11-22',
      SPIS_LANG: 'cs',
    };
    const spis = (args: string[]) => spawnSync('spis', args, { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    const version = spis(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const example = join(work, 'poradna');
    cpSync(EXAMPLE, example, { recursive: true });
    rmSync(join(example, '.spis'), { recursive: true, force: true });
    const due = spis(['due', '-C', example]);
    expect(due.status, due.stderr).toBe(0);
    expect(due.stdout).toContain('Termíny k 22. 11. 2026');
    const pdf = join(work, 'smlouva.pdf');
    const render = spis(['render', '2026-0001', 'smlouva', '--format', 'pdf', '-o', pdf, '-C', example]);
    expect(render.status, render.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);
});
