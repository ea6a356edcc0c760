// Personal data over its whole life: the end of retention in `due`, archived cases that no command
// changes (until restored), and `spis purge` with real git – one commit without a name, and the
// printed history rewrite run against a throwaway bare remote, after which no object of the case
// is reachable.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch } from '../helpers/cli.js';
import { gitIn, makeTeam, spisIn } from '../helpers/git.js';

const { tmp, example } = scratch();

describe('the end of retention in due', () => {
  it('appears the day after archive_until, in its own group, and not before', async () => {
    const dir = example();
    expect((await run(['archive', '2025-0012', '--no-commit', '-C', dir])).code).toBe(0);
    const until = parse(readFileSync(join(dir, 'archive/2025-0012/termination.yaml'), 'utf8')).archive_until;
    expect(until).toBe('2036-03-30');
    const kinds = async (day: string): Promise<[string, string, number][]> =>
      (
        JSON.parse((await run(['due', '--within', '0', '--json', '-C', dir], { env: { SPIS_TODAY: day } })).stdout) as {
          case_id: string;
          kind: string;
          days: number;
        }[]
      )
        .filter((i) => i.kind === 'retention-end')
        .map((i) => [i.case_id, i.kind, i.days]);
    expect(await kinds('2036-03-30')).toEqual([]);
    expect(await kinds('2036-03-31')).toEqual([['2025-0012', 'retention-end', 0]]);
    expect(await kinds('2036-04-01')).toEqual([['2025-0012', 'retention-end', -1]]);
    const text = (await run(['due', '--within', '0', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } })).stdout;
    expect(text).toContain('Konec skartační lhůty (archiv) (1)');
    expect(text).toMatch(/2025-0012 {2}E\. K\. {2}skartační lhůta uplynula/);
    // A key worker's own report stays theirs.
    expect(
      (
        await run(['due', '--within', '0', '--worker', 'novakova', '--json', '-C', dir], {
          env: { SPIS_TODAY: '2036-04-01' },
        })
      ).stdout,
    ).not.toContain('retention-end');
  });
});

describe('archived cases are read-only', () => {
  it('every writing command refuses them until spis archive --restore', async () => {
    const dir = example();
    expect((await run(['archive', '2025-0012', '--no-commit', '-C', dir])).code).toBe(0);
    const refusals = [
      await run(['contact', 'add', '2025-0012', '--from', '-', '-C', dir], {
        stdin: 'type: konzultace\nform: telefon\nworker: novakova\nsummary: x\n',
      }),
      await run(['client', 'edit', '2025-0012', '--from', '-', '-C', dir], { stdin: 'district: Olomouc\n' }),
      await run(['key-worker', '2025-0012', 'mala', '-C', dir]),
      await run(['render', '2025-0012', 'termination', '--save', '-C', dir]),
    ];
    for (const r of refusals) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'Spis 2025-0012 je v archivu (uchovat do 30. 3. 2036); archivovaný spis se nemění. Je-li třeba v něm pokračovat, obnovte ho: spis archive --restore 2025-0012',
      );
    }
    // Reading still works.
    expect((await run(['render', '2025-0012', 'termination', '-C', dir])).code).toBe(0);
    const restored = await run(['archive', '2025-0012', '--restore', '--no-commit', '-C', dir]);
    expect(restored.stdout).toContain('Spis 2025-0012 obnoven z archivu');
    expect(existsSync(join(dir, 'clients/2025-0012/termination.yaml'))).toBe(true);
    expect(parse(readFileSync(join(dir, 'clients/2025-0012/termination.yaml'), 'utf8')).archive_until).toBeUndefined();
    expect(
      (
        await run(['client', 'edit', '2025-0012', '--from', '-', '--no-commit', '-C', dir], {
          stdin: 'district: Olomouc\n',
        })
      ).code,
    ).toBe(0);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('spis purge with real git', () => {
  it('removes the expired cases in one commit without a name, and the printed rewrite leaves no object of them on the remote', () => {
    const base = tmp();
    const team = makeTeam(base, 'novakova');
    const dir = team.first;
    const env = (day: string) => ({ env: { SPIS_TODAY: day } });
    expect(spisIn(team, dir, ['archive', '2025-0012'], env('2026-11-22')).code).toBe(0);
    // Restoring is a write like any other: one commit. Then archived again.
    expect(spisIn(team, dir, ['archive', '2025-0012', '--restore'], env('2026-11-22')).code).toBe(0);
    expect(gitIn(dir, ['log', '-1', '--format=%s'], { HOME: team.home })).toBe('archive --restore 2025-0012');
    expect(existsSync(join(dir, 'clients/2025-0012/termination.yaml'))).toBe(true);
    expect(spisIn(team, dir, ['archive', '2025-0012'], env('2026-11-22')).code).toBe(0);
    expect(spisIn(team, dir, ['sync'], env('2026-11-22')).code).toBe(0);
    // Not yet: the retention runs until 30. 3. 2036.
    const early = spisIn(team, dir, ['purge', '2025-0012', '--yes'], env('2036-03-30'));
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Skartační lhůta spisu 2025-0012 ještě neuplynula');
    // Without a terminal and without --yes nothing happens.
    expect(spisIn(team, dir, ['purge', '--expired'], env('2036-04-01')).code).toBe(2);
    expect(existsSync(join(dir, 'archive/2025-0012'))).toBe(true);
    const headBefore = gitIn(dir, ['rev-parse', 'HEAD'], { HOME: team.home });
    const purged = spisIn(team, dir, ['purge', '--expired', '--yes'], env('2036-04-01'));
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.stdout).toContain('Smazán 1 spis: 2025-0012 (jeden commit).');
    expect(purged.stdout).toContain('spis purge --print-history-rewrite');
    expect(existsSync(join(dir, 'archive/2025-0012'))).toBe(false);
    expect(gitIn(dir, ['rev-list', '--count', `${headBefore}..HEAD`], { HOME: team.home })).toBe('1');
    const message = gitIn(dir, ['log', '-1', '--format=%B'], { HOME: team.home });
    expect(message.split('\n')[0]).toBe('purge 2025-0012');
    for (const secret of ['Eva', 'Kučerová']) expect(message).not.toContain(secret);
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
    // Run again (by hand, or after a run killed once it had committed): said to be done, and when.
    const again = spisIn(team, dir, ['purge', '2025-0012', '--yes'], env('2036-04-02'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^Spis 2025-0012 byl smazán už 1\. 4\. 2036 \(záznam o skartaci disposal\/2036-04-01-[a-z0-9]{4}\.yaml\); není co dělat\./,
    );
    const synced = spisIn(team, dir, ['sync'], env('2036-04-01'));
    expect(synced.code, synced.stderr).toBe(0);

    // The history still holds the case; the printed commands, run on the bare remote, remove it.
    const paths = (): string[] =>
      gitIn(team.remote, ['rev-list', '--objects', '--all'], { HOME: team.home })
        .split('\n')
        .map((l) => l.slice(41))
        .filter((p) => p.includes('2025-0012'));
    expect(paths().length).toBeGreaterThan(0);
    const printed = spisIn(team, dir, ['purge', '--print-history-rewrite']);
    expect(printed.code).toBe(0);
    const block = printed.stdout.split('\n');
    const start = block.findIndex((l) => l.startsWith('# b)'));
    const commands = block
      .slice(start + 1)
      .filter((l) => l.startsWith('  git '))
      .map((l) => l.trim());
    expect(commands.some((c) => c.startsWith('git filter-branch'))).toBe(true);
    expect(commands.at(-1)).toBe('git gc --prune=now --aggressive');
    for (const c of commands) {
      const r = spawnSync('sh', ['-c', c], {
        cwd: team.remote,
        encoding: 'utf8',
        env: { ...process.env, HOME: team.home, FILTER_BRANCH_SQUELCH_WARNING: '1' },
      });
      expect(r.status, `${c}: ${r.stderr}`).toBe(0);
    }
    expect(paths()).toEqual([]);
    // What the team keeps working on is intact.
    expect(gitIn(team.remote, ['ls-tree', '-r', '--name-only', 'main'], { HOME: team.home })).toContain(
      'clients/2026-0001/client.yaml',
    );
  });

  it('a public-law provider gets the list for the disposal procedure and nothing is deleted', async () => {
    const dir = example();
    expect((await run(['archive', '2025-0012', '--no-commit', '-C', dir])).code).toBe(0);
    const config = join(dir, 'spis.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('retention_years: 10', 'retention_years: 10\n  disposal: procedure'),
    );
    const r = await run(['purge', '--expired', '--yes', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'skartační řízení se státním archivem; nic se nemaže. Spisy po skartační lhůtě (1):\n  2025-0012  lhůta skončila 30. 3. 2036',
    );
    expect(existsSync(join(dir, 'archive/2025-0012'))).toBe(true);
  });
});

describe('spis purge on a terminal', () => {
  it('names how many and which cases, and deletes only after the worker says so', async () => {
    const { startInteractive, KEY } = await import('../helpers/tty.js');
    const dir = example();
    expect((await run(['archive', '2025-0012', '--no-commit', '-C', dir])).code).toBe(0);
    const keep = startInteractive(['purge', '--expired', '--no-commit', '-C', dir], {
      env: { SPIS_TODAY: '2036-04-01' },
    });
    const summary = await keep.see('Smazat?');
    expect(summary).toContain('Natrvalo se smaže 1 archivovaný spis po skartační lhůtě: 2025-0012.');
    expect(summary).not.toContain('Kučerová');
    expect(summary).toMatch(/❯ smazat\n {2}nemazat, ponechat/);
    await keep.answer('', `${KEY.down}${KEY.enter}`);
    expect(await keep.done).toBe(0);
    expect(existsSync(join(dir, 'archive/2025-0012'))).toBe(true);
    const go = startInteractive(['purge', '--expired', '--no-commit', '-C', dir], {
      env: { SPIS_TODAY: '2036-04-01' },
    });
    await go.answer('Smazat?', KEY.enter);
    expect(await go.done).toBe(0);
    expect(existsSync(join(dir, 'archive/2025-0012'))).toBe(false);
  });
});
