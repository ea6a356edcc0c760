// Shell completion: the answers `spis complete -- <words>` gives the completion script at a TAB.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runBin, scratch } from '../helpers/cli.js';

const { example: repo } = scratch();

/** The values offered (the script's format: value<TAB>description lines, then :directive). */
async function offered(words: string[], opts: { cwd?: string } = {}): Promise<string[]> {
  const r = await run(['complete', '--', ...words], opts);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(/^:\d+$/);
  return lines.slice(0, -1).map((l) => l.split('\t')[0]!);
}

describe('spis complete', () => {
  const dir = repo();

  it('commands and subcommands, with their Czech descriptions', async () => {
    const r = await run(['complete', '--', 'con'], { cwd: dir });
    expect(r.stdout).toContain('contract\tsmlouva o poskytnutí služby a její dodatky\n');
    expect(r.stdout).toContain('contact\t');
    expect(await offered(['contact', ''], { cwd: dir })).toEqual(['add']);
    expect(await offered(['client', ''], { cwd: dir })).toEqual(['new', 'edit']);
  });

  it('a partial case id completes from the folder names of clients/, never showing a name', async () => {
    const r = await run(['complete', '--', 'show', '2026-000'], { cwd: dir });
    expect(r.stdout).not.toMatch(/Dvořáková|Kučerová|Jana|Eva/);
    expect(await offered(['show', '2026-000'], { cwd: dir })).toEqual([
      '2026-0001',
      '2026-0002',
      '2026-0003',
      '2026-0004',
      '2026-0005',
    ]);
    expect(await offered(['contact', 'add', '2025'], { cwd: dir })).toEqual(['2025-0012']);
    // A broken record does not matter: no record is read.
    writeFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'name: [unclosed\n');
    expect(await offered(['plan', '2026-0001'], { cwd: dir })).toEqual(['2026-0001']);
  });

  it('-C on the line names the repository, wherever the shell is', async () => {
    const other = repo();
    renameSync(join(other, 'clients/2026-0003'), join(other, 'clients/2026-0042'));
    const outside = join(other, '..');
    expect(await offered(['-C', other, 'show', '2026-004'], { cwd: outside })).toEqual(['2026-0042']);
    expect(await offered(['show', '-C', other, '2026-004'], { cwd: outside })).toEqual(['2026-0042']);
    expect(await offered(['--dir', other, 'log', '2026-004'], { cwd: outside })).toEqual(['2026-0042']);
    // Outside any repository and without -C: no case ids, and no error.
    expect(await offered(['show', '2026'], { cwd: outside })).toEqual([]);
  });

  it('archived cases where the command takes them, not where it does not', async () => {
    const d = repo();
    mkdirSync(join(d, 'archive'), { recursive: true });
    cpSync(join(d, 'clients/2025-0012'), join(d, 'archive/2024-0007'), { recursive: true });
    expect(await offered(['show', '2024'], { cwd: d })).toEqual(['2024-0007']);
    expect(await offered(['archive', '2024'], { cwd: d })).toEqual(['2024-0007']);
    expect(await offered(['contact', 'add', '2024'], { cwd: d })).toEqual([]);
    expect(await offered(['close', '2024'], { cwd: d })).toEqual([]);
  });

  it('option choices: documents, formats, reasons from spis.yaml, worker ids, service kinds, shells', async () => {
    expect(await offered(['render', '2026-0001', ''], { cwd: dir })).toEqual([
      'contract',
      'amendment',
      'oral-contract',
      'plan',
      'contact',
      'termination',
      'periodic-report',
    ]);
    expect(await offered(['render', '2026-0001', 'contract', '--format', ''], { cwd: dir })).toEqual([
      'md',
      'html',
      'pdf',
    ]);
    expect(await offered(['render', '2026-0001', 'contract', '--format', 'p'], { cwd: dir })).toEqual(['pdf']);
    expect(await offered(['close', '2026-0001', '--reason', ''], { cwd: dir })).toContain('cil_naplnen');
    expect(await offered(['refuse', '2026-0003', '--reason', ''], { cwd: dir })).toContain('kapacita');
    expect(await offered(['key-worker', '2026-0001', ''], { cwd: dir })).toEqual(['novakova', 'svoboda', 'mala']);
    expect(await offered(['due', '--worker', ''], { cwd: dir })).toEqual(['novakova', 'svoboda', 'mala']);
    expect(await offered(['list', '--status', 'a'], { cwd: dir })).toEqual(['applicant', 'active']);
    expect(await offered(['init', '--service', 'doprov'], { cwd: dir })).toEqual(['doprovazeni_pestounu']);
    expect(await offered(['completion', ''], { cwd: dir })).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(await offered(['render', '--f'], { cwd: dir })).toEqual(['--format']);
  });
});

describe('spis completion <shell>', () => {
  it('prints a script for bash, zsh and fish that asks spis at each TAB', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = runBin(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('spis complete --');
    }
    expect(runBin(['completion', 'bash']).stdout).toContain('complete -F __spis_complete spis');
  });

  it('an unknown shell is a usage error in Czech', async () => {
    const r = await run(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Neznámý shell „tcsh“');
  });

  it('--help lists the completion command', async () => {
    expect((await run(['--help'])).stdout).toMatch(/completion <shell>/);
  });
});
