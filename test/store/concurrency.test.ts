// Many writers at once, writers killed mid-way, and symbolic links: the store never loses a
// record, never reports success for a write that did not land, and never writes through a link.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { BIN, EXAMPLE, baseEnv, exampleFiles, scratch } from '../helpers/cli.js';
import { gitIn, makeHome } from '../helpers/git.js';

const { tmp } = scratch();

interface Proc {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spis(args: string[], env: Record<string, string>, stdin = '', killAfterMs?: number): Promise<Proc> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(stdin);
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The example as a git repository of its own, committed, with the worker set. */
function gitRepo(): { dir: string; env: Record<string, string> } {
  const base = tmp();
  const home = makeHome(base);
  const dir = join(base, 'poradna');
  cpSync(EXAMPLE, dir, { recursive: true, dereference: true, filter: exampleFiles });
  writeFileSync(join(dir, '.gitignore'), '.spis/\n');
  const genv = { HOME: home };
  gitIn(dir, ['init', '--quiet'], genv);
  gitIn(dir, ['add', '-A'], genv);
  gitIn(dir, ['commit', '--quiet', '-m', 'start'], genv);
  return { dir, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1', SPIS_WORKER: 'novakova', SPIS_LOCK_WAIT: '120' } };
}

/** Every file below `dir` whose name marks a temp file or a pending change. */
function leftovers(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.name.endsWith('.tmp') || (d.endsWith('pending') && e.name.endsWith('.json'))) out.push(relative(dir, p));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

const contact = (n: number): string =>
  `type: konzultace\nform: telefon\nsummary: Zápis číslo ${n}.\nnew_goals:\n  - {text: cíl ${n}, criteria: splněno ${n}, responsible: [klient], review: +1m}\n`;

describe('parallel writers', () => {
  it('10 processes × 3 rounds on one case and on others: every success on disk and in git, every failure left nothing', async () => {
    const { dir, env } = gitRepo();
    const jobs: { kind: string; args: string[]; stdin?: string }[] = [];
    let n = 0;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) {
        n++;
        if (i < 5)
          jobs.push({
            kind: 'contact',
            args: ['contact', 'add', i < 3 ? '2026-0001' : '2026-0002', '--from', '-', '-C', dir],
            stdin: contact(n),
          });
        else if (i < 7)
          jobs.push({
            kind: 'amend',
            args: ['contract', 'amend', '2026-0002', '--from', '-', '-C', dir],
            stdin: `changes: Změna ${n}.\n`,
          });
        else
          jobs.push({
            kind: 'key-worker',
            args: ['key-worker', '2026-0001', ['mala', 'svoboda', 'novakova'][n % 3], '-C', dir],
          });
      }
    }
    const results: (Proc & { kind: string })[] = [];
    for (let round = 0; round < 3; round++) {
      const batch = jobs.slice(round * 10, round * 10 + 10);
      results.push(
        ...(await Promise.all(batch.map(async (j) => ({ kind: j.kind, ...(await spis(j.args, env, j.stdin)) })))),
      );
    }
    for (const r of results) expect([0, 1], r.stderr).toContain(r.code);
    expect(results.every((r) => !/Interní chyba|at .*\.js:\d+/.test(r.stderr))).toBe(true);

    // Contacts: each success printed its file, which exists and is committed; the goals hold one new goal per success.
    const contactsOk = results.filter((r) => r.kind === 'contact' && r.code === 0);
    expect(contactsOk.length).toBe(15);
    const tracked = new Set(gitIn(dir, ['ls-files'], { HOME: env.HOME }).split('\n'));
    for (const r of contactsOk) {
      const rel = r.stdout.trim();
      expect(existsSync(join(dir, rel))).toBe(true);
      expect(tracked.has(rel)).toBe(true);
    }
    for (const [id, count] of [
      ['2026-0001', 9],
      ['2026-0002', 6],
    ] as const) {
      const goals = parse(readFileSync(join(dir, 'clients', id, 'goals.yaml'), 'utf8')) as {
        partial_goals: { id: string; text: string }[];
      };
      const added = goals.partial_goals.filter((g) => g.text.startsWith('cíl '));
      expect(added).toHaveLength(count);
      expect(new Set(goals.partial_goals.map((g) => g.id)).size).toBe(goals.partial_goals.length);
    }
    // Amendments: numbered 1..n without a gap or a repeat, n the successes.
    const amendsOk = results.filter((r) => r.kind === 'amend' && r.code === 0).length;
    expect(amendsOk).toBe(6);
    const contract = parse(readFileSync(join(dir, 'clients/2026-0002/contract.yaml'), 'utf8')) as {
      amendments: { number: number }[];
    };
    expect(contract.amendments.map((a) => a.number)).toEqual(Array.from({ length: amendsOk }, (_, i) => i + 1));
    // Key-worker changes that failed (same worker, same day) changed nothing; the others are each a commit.
    const kwOk = results.filter((r) => r.kind === 'key-worker' && r.code === 0).length;
    const client = parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8')) as {
      key_workers: unknown[];
    };
    expect(client.key_workers.length).toBe(1 + kwOk);
    // One commit per successful write, nothing uncommitted, nothing left behind, and the whole repository sound.
    const ok = results.filter((r) => r.code === 0).length;
    expect(Number(gitIn(dir, ['rev-list', '--count', 'HEAD'], { HOME: env.HOME }))).toBe(1 + ok);
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: env.HOME })).toBe('');
    expect(leftovers(dir)).toEqual([]);
    expect(existsSync(join(dir, '.spis/lock'))).toBe(false);
    const check = await spis(['check', '-C', dir], env);
    expect(check, check.stdout).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('writers killed mid-way', () => {
  it('after SIGKILL at random moments every record parses, nothing committed is lost, and the next write leaves nothing pending', async () => {
    const { dir, env } = gitRepo();
    const committed = new Set<string>();
    // KILL_SEED tries other moments (the suite keeps one, so a failure can be replayed).
    let seed = Number(process.env.KILL_SEED ?? 7);
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let killed = 0;
    for (let i = 0; i < 16; i++) {
      // A write and a kill somewhere between its start and its end (~150–600 ms on this machine).
      const p = await spis(
        ['contact', 'add', i % 2 ? '2026-0001' : '2026-0002', '--from', '-', '-C', dir],
        env,
        contact(100 + i),
        100 + Math.floor(rand() * 500),
      );
      if (p.signal === 'SIGKILL') killed++;
      for (const f of gitIn(dir, ['ls-files'], { HOME: env.HOME }).split('\n')) committed.add(f);
    }
    expect(killed).toBeGreaterThan(0);
    const last = await spis(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], env, contact(999));
    expect(last.code, last.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
    const check = await spis(['check', '-C', dir], env);
    expect(check, check.stdout).toMatchObject({ code: 0, stdout: '' });
    for (const f of committed) expect(existsSync(join(dir, f)), f).toBe(true);
    // Whatever a killed writer had landed is committed by the writer after it.
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: env.HOME })).toBe('');
    for (const id of ['2026-0001', '2026-0002']) {
      for (const n of readdirSync(join(dir, 'clients', id, 'contacts')))
        expect(() => parse(readFileSync(join(dir, 'clients', id, 'contacts', n), 'utf8'))).not.toThrow();
    }
  });

  it('removes the temp files of dead writers, reports a pending change, and the next writer completes it', async () => {
    const { dir, env } = gitRepo();
    // A dead writer's temp file with client data, a temp case folder, and a half-done change.
    writeFileSync(join(dir, 'clients/2026-0001/.client.yaml.deadhost.999997.0000abcd.tmp'), 'name: x\n');
    writeFileSync(join(dir, 'clients/2026-0001/.goals.yaml.nohost.999999.0000abcd.tmp'), 'x: 1\n');
    mkdirSync(join(dir, 'clients/.2026-0042.nohost.999999.0000abcd.tmp'));
    mkdirSync(join(dir, '.spis/pending'), { recursive: true });
    const staged = 'clients/2026-0002/.goals.yaml.nohost.999998.0000abcd.tmp';
    const before = readFileSync(join(dir, 'clients/2026-0002/goals.yaml'), 'utf8');
    writeFileSync(join(dir, staged), before.replace('criteria:', 'criteria:').concat('# doplněno\n'));
    writeFileSync(
      join(dir, '.spis/pending/nohost.999998.0000abcd.json'),
      JSON.stringify({ renames: [{ from: staged, to: 'clients/2026-0002/goals.yaml' }] }),
    );
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive/.poznamky-jana'), 'soukromé poznámky\n');
    const env2 = { ...env };
    // The host in these names is not this one, so nobody can tell whether they live: kept and reported.
    let check = await spis(['check', '-C', dir], env2);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('.spis/pending/nohost.999998.0000abcd.json: nedokončený zápis');
    expect(check.stdout).not.toContain('.2026-0042');
    // Any other dot-name where cases live is reported, not skipped.
    expect(check.stdout).toContain('archive/.poznamky-jana: soubor archive/.poznamky-jana do spisu nepatří');
    // Names of this host with a dead pid: check finds them and leaves them to the next writer.
    const host = (await import('../../src/store/atomic.js')).HOST;
    for (const f of [
      'clients/2026-0001/.client.yaml.deadhost.999997.0000abcd.tmp',
      'clients/2026-0001/.goals.yaml.nohost.999999.0000abcd.tmp',
    ])
      renameSync(join(dir, f), join(dir, f.replace(/(deadhost|nohost)/, host)));
    renameSync(
      join(dir, 'clients/.2026-0042.nohost.999999.0000abcd.tmp'),
      join(dir, `clients/.2026-0042.${host}.999999.0000abcd.tmp`),
    );
    check = await spis(['check', '-C', dir], env2);
    expect(check.stderr, check.stderr).toContain('Nalezeny dočasné soubory po přerušeném zápisu (3)');
    expect(readdirSync(join(dir, 'clients')).filter((n) => n.startsWith('.2026'))).toHaveLength(1);
    // The next writer completes the pending change (roll forward) before its own, and removes the
    // leftovers check found – in 2026-0001 too, which it does not write.
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', dir], env2);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Dokončen přerušený zápis');
    expect(r.stderr).toContain('Odstraněny dočasné soubory po přerušeném zápisu (3).');
    expect(readdirSync(join(dir, 'clients')).filter((n) => n.startsWith('.2026'))).toEqual([]);
    expect(readdirSync(join(dir, 'clients/2026-0001')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(dir, 'clients/2026-0002/goals.yaml'), 'utf8')).toContain('# doplněno');
    expect(existsSync(join(dir, '.spis/pending/nohost.999998.0000abcd.json'))).toBe(false);
  });

  it('breaks the lock of a dead process with a message, and waits for a live one, then gives up clearly', async () => {
    const { dir, env } = gitRepo();
    const host = (await import('../../src/store/atomic.js')).HOST;
    mkdirSync(join(dir, '.spis'), { recursive: true });
    writeFileSync(
      join(dir, '.spis/lock'),
      JSON.stringify({ pid: 999999, host, started: '2026-11-22T06:00:00.000Z', command: 'contact add', cases: [] }),
    );
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', dir], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('byl přerušen');
    // A live holder (this test process) is waited for, then the writer gives up with exit 1 and names it.
    writeFileSync(
      join(dir, '.spis/lock'),
      JSON.stringify({ pid: process.pid, host, started: '2026-11-22T07:00:00.000Z', command: 'sync', cases: [] }),
    );
    const before = readFileSync(join(dir, 'clients/2026-0002/client.yaml'), 'utf8');
    const busy = await spis(['key-worker', '2026-0002', 'svoboda', '-C', dir], { ...env, SPIS_LOCK_WAIT: '1' });
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`Do spisu právě zapisuje jiný příkaz (sync, proces ${process.pid}`);
    expect(readFileSync(join(dir, 'clients/2026-0002/client.yaml'), 'utf8')).toBe(before);
  });
});

describe('a lock handed over', () => {
  it('names the dead writer’s cases from the moment it is taken: should the heir die too, the next writer still commits them', async () => {
    const { dir, env } = gitRepo();
    const { HOST } = await import('../../src/store/atomic.js');
    const { acquireLock } = await import('../../src/store/lock.js');
    mkdirSync(join(dir, '.spis'), { recursive: true });
    // A writer died after its change to 2026-0001 landed and before its commit.
    writeFileSync(
      join(dir, '.spis/lock'),
      JSON.stringify({
        pid: 999999,
        host: HOST,
        started: '2026-11-22T06:00:00.000Z',
        command: 'contact add',
        cases: ['2026-0001'],
      }),
    );
    const goals = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(goals, `${readFileSync(goals, 'utf8')}# doplněno před pádem\n`);
    const heir = await acquireLock(dir, 'key-worker', { waitMs: 1000 });
    expect(heir.broken?.cases).toEqual(['2026-0001']);
    // Before the heir has declared anything, its lock on disk already names the unfinished case.
    const held = JSON.parse(readFileSync(join(dir, '.spis/lock'), 'utf8')) as { pid: number; cases: string[] };
    expect(held).toMatchObject({ pid: process.pid, cases: ['2026-0001'] });
    // The heir dies there (its lock stays, its process is gone): the next writer finishes the case.
    writeFileSync(join(dir, '.spis/lock'), JSON.stringify({ ...held, pid: 999998 }));
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', dir], env);
    expect(r.code, r.stderr).toBe(0);
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: env.HOME })).toBe('');
    expect(gitIn(dir, ['log', '--format=%B', '-2'], { HOME: env.HOME })).toContain('Spis-Recovered: true');
    expect(readFileSync(goals, 'utf8')).toContain('# doplněno před pádem');
  });
});

describe('symbolic links are never followed', () => {
  function withOutside(): { dir: string; env: Record<string, string>; outside: string } {
    const { dir, env } = gitRepo();
    const outside = join(dir, '..', 'outside');
    mkdirSync(outside);
    return { dir, env, outside };
  }

  it('refuses a linked case folder for writing and reports it in check and due', async () => {
    const { dir, env, outside } = withOutside();
    renameSync(join(dir, 'clients/2026-0002'), join(outside, '2026-0002'));
    symlinkSync(join(outside, '2026-0002'), join(dir, 'clients/2026-0002'));
    const before = readFileSync(join(outside, '2026-0002/client.yaml'), 'utf8');
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', dir], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolický odkaz (clients/2026-0002)');
    expect(readFileSync(join(outside, '2026-0002/client.yaml'), 'utf8')).toBe(before);
    const check = await spis(['check', '-C', dir], env);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('clients/2026-0002: je to symbolický odkaz');
    const due = await spis(['due', '-C', dir], env);
    expect(due.code).toBe(1);
    expect(due.stderr).toContain('clients/2026-0002');
  });

  it('refuses a linked contacts/ folder: contact add creates nothing outside', async () => {
    const { dir, env, outside } = withOutside();
    renameSync(join(dir, 'clients/2026-0002/contacts'), join(outside, 'contacts'));
    symlinkSync(join(outside, 'contacts'), join(dir, 'clients/2026-0002/contacts'));
    const before = readdirSync(join(outside, 'contacts')).sort();
    const r = await spis(
      ['contact', 'add', '2026-0002', '--from', '-', '-C', dir],
      env,
      'type: konzultace\nform: telefon\nsummary: Zápis.\n',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0002/contacts: je to symbolický odkaz');
    expect(readdirSync(join(outside, 'contacts')).sort()).toEqual(before);
    const check = await spis(['check', '-C', dir], env);
    expect(check.stdout).toContain('clients/2026-0002/contacts: ');
  });

  it('refuses a linked record file: key-worker does not rewrite the file outside', async () => {
    const { dir, env, outside } = withOutside();
    renameSync(join(dir, 'clients/2026-0002/client.yaml'), join(outside, 'client.yaml'));
    symlinkSync(join(outside, 'client.yaml'), join(dir, 'clients/2026-0002/client.yaml'));
    const before = readFileSync(join(outside, 'client.yaml'), 'utf8');
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', dir], env);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('clients/2026-0002/client.yaml: je to symbolický odkaz');
    expect(readFileSync(join(outside, 'client.yaml'), 'utf8')).toBe(before);
    expect(lstatSync(join(dir, 'clients/2026-0002/client.yaml')).isSymbolicLink()).toBe(true);
  });

  it('refuses a linked template: render reads no file through it, check names it', async () => {
    const { dir, env, outside } = withOutside();
    writeFileSync(join(outside, 'secret.txt'), 'tajné\n');
    mkdirSync(join(dir, 'templates'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'templates/plan.hbs'));
    const r = await spis(['render', '2026-0001', 'plan', '-C', dir], env);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('tajné');
    expect(r.stderr).toContain('Šablona templates/plan.hbs je symbolický odkaz');
    const check = await spis(['check', '-C', dir], env);
    expect(check.stdout).toContain('templates/plan.hbs: je to symbolický odkaz');
  });

  it('reaches the repository itself through a link', async () => {
    const { dir, env } = gitRepo();
    const link = join(dir, '..', 'via-link');
    symlinkSync(dir, link);
    const r = await spis(['key-worker', '2026-0002', 'mala', '-C', link], env);
    expect(r.code, r.stderr).toBe(0);
    expect(gitIn(dir, ['log', '-1', '--format=%s'], { HOME: env.HOME })).toBe('key-worker 2026-0002');
  });
});
