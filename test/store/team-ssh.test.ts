// The team over ssh://, as a service sets it up: a private sshd on 127.0.0.1 with key
// authentication only (test/helpers/sshd.ts). Where no sshd can start, these tests say why and
// are skipped; CI installs openssh-server first (.ci/run).
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, scratch } from '../helpers/cli.js';
import { cloneFor, gitIn, makeTeam, spisIn, type Team } from '../helpers/git.js';
import { freePort, useSshd } from '../helpers/sshd.js';

const { tmp } = scratch();
const sshd = await useSshd();

const contact = (summary: string): string => `type: konzultace\nform: telefon\nsummary: ${summary}\n`;
const client = (given: string): string =>
  `name: {given: ${given}, family: Testová}\nsex: female\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\n`;

function summaries(dir: string, id: string): string[] {
  const d = join(dir, 'clients', id, 'contacts');
  return readdirSync(d)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => parse(readFileSync(join(d, n), 'utf8')).summary as string)
    .sort();
}

const remoteHead = (team: Team): string =>
  gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home });

/** The pre-receive hook of docs/operations.md, installed in the bare repository with the tool's path (and any settings) in front. */
function installHook(team: Team, settings = ''): void {
  const readme = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');
  const hook = /<!-- pre-receive -->\n```sh\n([\s\S]*?)```\n<!-- \/pre-receive -->/.exec(readme)![1];
  const path = join(team.remote, 'hooks/pre-receive');
  writeFileSync(path, hook.replace('#!/bin/sh\n', `#!/bin/sh\nSPIS="${process.execPath} ${BIN}"\n${settings}`));
  chmodSync(path, 0o755);
}

describe.skipIf(!sshd)('the team over ssh://', () => {
  const transport = () => ({ url: sshd!.url, env: sshd!.env });

  it('setup, two clones writing and syncing, case numbers reserved across clones', () => {
    const team = makeTeam(tmp(), 'novakova', transport());
    expect(gitIn(team.first, ['remote', 'get-url', 'origin'], { HOME: team.home })).toMatch(
      /^ssh:\/\/[^@]+@127\.0\.0\.1:\d+\//,
    );
    const b = cloneFor(team, 'svoboda');
    const a1 = spisIn(team, team.first, ['client', 'new', '--from', '-'], { stdin: client('Anna') });
    const b1 = spisIn(team, b, ['client', 'new', '--from', '-'], { stdin: client('Berta') });
    expect(a1.code, a1.stderr).toBe(0);
    expect(b1.code, b1.stderr).toBe(0);
    const [idA, idB] = [a1.stdout.trim(), b1.stdout.trim()];
    expect(idA).toMatch(/^2026-\d{4}$/);
    expect(idB).toMatch(/^2026-\d{4}$/);
    expect(idA).not.toBe(idB);
    for (const [dir, text] of [
      [team.first, 'Přes ssh z A.'],
      [b, 'Přes ssh z B.'],
    ] as const) {
      expect(spisIn(team, dir, ['contact', 'add', '2026-0001', '--from', '-'], { stdin: contact(text) }).code).toBe(0);
    }
    for (const dir of [team.first, b, team.first]) {
      const r = spisIn(team, dir, ['sync']);
      expect(r.code, r.stderr).toBe(0);
    }
    for (const dir of [team.first, b]) {
      expect(summaries(dir, '2026-0001')).toEqual(expect.arrayContaining(['Přes ssh z A.', 'Přes ssh z B.']));
      expect(
        existsSync(join(dir, 'clients', idA, 'client.yaml')) && existsSync(join(dir, 'clients', idB, 'client.yaml')),
      ).toBe(true);
      expect(spisIn(team, dir, ['check'])).toMatchObject({ code: 0, stdout: '' });
    }
    // The reservations are refs on the server, kept and advertised like any other.
    const refs = gitIn(
      team.dir,
      ['--git-dir', team.remote, 'for-each-ref', '--format=%(refname)', 'refs/spis/ids/2026/'],
      { HOME: team.home },
    );
    expect(refs).toContain(`refs/spis/ids/2026/${idA.slice(5)}`);
    expect(refs).toContain(`refs/spis/ids/2026/${idB.slice(5)}`);
  });

  it("the server's pre-receive hook: a broken push is refused in Czech, and a refused sync leaves the clone as it was", () => {
    const team = makeTeam(tmp(), 'novakova', transport());
    installHook(team);
    const env = { HOME: team.home, ...sshd!.env };
    const p = join(team.first, 'clients/2026-0002/contacts/2026-10-05-m2r4.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('goal: c1', 'goal: c9'));
    gitIn(team.first, ['commit', '--quiet', '-am', 'oprava'], env);
    let refused = '';
    try {
      gitIn(team.first, ['push', '--quiet', 'origin', 'HEAD:main'], env);
    } catch (e) {
      refused = String(e);
    }
    expect(refused).toContain('dílčí cíl „c9“ ve spisu neexistuje');
    gitIn(team.first, ['reset', '--quiet', '--hard', 'HEAD~1'], env);

    // A server whose rules are stricter than the clone's (here: its day is earlier): spis sync is refused.
    installHook(team, 'export SPIS_TODAY=2026-01-01\n');
    const before = remoteHead(team);
    expect(
      spisIn(team, team.first, ['contact', 'add', '2026-0002', '--from', '-'], {
        stdin: contact('Odmítnuto serverem.'),
      }).code,
    ).toBe(0);
    const head = gitIn(team.first, ['rev-parse', 'HEAD'], env);
    const r = spisIn(team, team.first, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Server sdíleného repozitáře „origin“ změny odmítl');
    expect(r.stderr).toMatch(/je v budoucnosti \(dnes je 2026-01-01\)/);
    expect(r.stderr).not.toContain('Odmítnuto serverem');
    expect(remoteHead(team)).toBe(before);
    expect(gitIn(team.first, ['rev-parse', 'HEAD'], env)).toBe(head);
    expect(summaries(team.first, '2026-0002')).toContain('Odmítnuto serverem.');
    expect(gitIn(team.first, ['status', '--porcelain'], env)).toBe('');
  });

  it('an unknown host key and no terminal: ends at once with what to do, never a prompt', () => {
    const team = makeTeam(tmp(), 'novakova', transport());
    const started = Date.now();
    const r = spisIn(team, team.first, ['sync'], { env: sshd!.unknownHostEnv });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.stderr).toContain('Klíč serveru sdíleného repozitáře „origin“ tento počítač nezná');
    expect(r.stderr).toContain('porovnejte otisk klíče');
  });

  it('a key the server refuses: said as such', () => {
    const team = makeTeam(tmp(), 'novakova', transport());
    const r = spisIn(team, team.first, ['sync'], { env: sshd!.wrongKeyEnv });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('odmítl klíč tohoto počítače');
  });
});

/** spis sync run asynchronously (this process's own servers must go on accepting meanwhile); its exit, stderr and time. */
function syncAside(
  dir: string,
  home: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; took: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(process.execPath, [BIN, 'sync', '-C', dir], {
        env: {
          PATH: process.env.PATH,
          HOME: home,
          GIT_CONFIG_NOSYSTEM: '1',
          SPIS_TODAY: '2026-11-22',
          SPIS_LANG: 'cs',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('close', (code) => resolve({ code, stderr, took: Date.now() - started }));
    });
  });
}

/** A TCP server that accepts connections and never says a word; its port. */
async function silentServer(): Promise<{ port: number; close(): void }> {
  const sockets: Socket[] = [];
  const silent = createServer((s) => sockets.push(s)); // reads nothing, writes nothing
  const port = await freePort();
  await new Promise<void>((r) => silent.listen(port, '127.0.0.1', () => r()));
  return {
    port,
    close() {
      for (const s of sockets) s.destroy();
      silent.close();
    },
  };
}

const NO_HOST_CHECK = 'ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null';

describe('a server that does not answer', () => {
  it('accepts the TCP connection and never says a word: sync ends within its bound, in Czech, exit 1, nothing lost', async () => {
    const team = makeTeam(tmp(), 'novakova');
    const silent = await silentServer();
    try {
      gitIn(team.first, ['remote', 'set-url', 'origin', `ssh://nobody@127.0.0.1:${silent.port}/srv/git/poradna.git`], {
        HOME: team.home,
      });
      expect(
        spisIn(team, team.first, ['contact', 'add', '2026-0001', '--from', '-'], { stdin: contact('Počká na server.') })
          .code,
      ).toBe(0);
      const r = await syncAside(team.first, team.home, { SPIS_NET_TIMEOUT: '3', GIT_SSH_COMMAND: NO_HOST_CHECK });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('neodpověděl do 3 s');
      expect(r.took).toBeLessThan(25_000);
      expect(summaries(team.first, '2026-0001')).toContain('Počká na server.');
    } finally {
      silent.close();
    }
  });

  it('options of your own in GIT_SSH_COMMAND or core.sshCommand come first and win over the bound spis adds', async () => {
    const team = makeTeam(tmp(), 'novakova');
    const silent = await silentServer();
    try {
      gitIn(team.first, ['remote', 'set-url', 'origin', `ssh://nobody@127.0.0.1:${silent.port}/srv/git/poradna.git`], {
        HOME: team.home,
      });
      // spis's own bound would be 120 s; the user's ConnectTimeout of 2 s ends it long before.
      const viaEnv = await syncAside(team.first, team.home, {
        SPIS_NET_TIMEOUT: '120',
        GIT_SSH_COMMAND: `${NO_HOST_CHECK} -o ConnectTimeout=2`,
      });
      expect(viaEnv.code).toBe(1);
      expect(viaEnv.took).toBeLessThan(60_000);
      // The message does not claim spis's bound when the user's own one ended it.
      expect(viaEnv.stderr).toContain('neodpověděl v čase, který je nastavený pro ssh nebo git');
      expect(viaEnv.stderr).not.toContain('120 s');
      gitIn(team.first, ['config', 'core.sshCommand', `${NO_HOST_CHECK} -o ConnectTimeout=2`], { HOME: team.home });
      const viaConfig = await syncAside(team.first, team.home, { SPIS_NET_TIMEOUT: '120' });
      expect(viaConfig.code).toBe(1);
      expect(viaConfig.took).toBeLessThan(60_000);
      expect(viaConfig.stderr).toContain('neodpověděl v čase, který je nastavený pro ssh nebo git');
    } finally {
      silent.close();
    }
  });

  it("over http(s): a server that sends its headers and then nothing is left within the bound (git's low-speed limit), unless you set one yourself", async () => {
    const team = makeTeam(tmp(), 'novakova');
    const { createServer: createHttp } = await import('node:http');
    const open: import('node:http').ServerResponse[] = [];
    const stalled = createHttp((req, res) => {
      // The start of a ref advertisement, then silence with the connection held open.
      res.writeHead(200, {
        'Content-Type': 'application/x-git-upload-pack-advertisement',
        'Cache-Control': 'no-cache',
      });
      res.write('001e# service=git-upload-pack\n');
      open.push(res);
    });
    const port = await freePort();
    await new Promise<void>((r) => stalled.listen(port, '127.0.0.1', () => r()));
    try {
      gitIn(team.first, ['remote', 'set-url', 'origin', `http://127.0.0.1:${port}/poradna.git`], { HOME: team.home });
      const r = await syncAside(team.first, team.home, { SPIS_NET_TIMEOUT: '3' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('neodpověděl do 3 s');
      expect(r.took).toBeLessThan(25_000);
      // A limit of the user's own (http.lowSpeedTime 2 s) wins over spis's 120 s.
      gitIn(team.first, ['config', 'http.lowSpeedLimit', '1'], { HOME: team.home });
      gitIn(team.first, ['config', 'http.lowSpeedTime', '2'], { HOME: team.home });
      const own = await syncAside(team.first, team.home, { SPIS_NET_TIMEOUT: '120' });
      expect(own.code).toBe(1);
      expect(own.took).toBeLessThan(60_000);
      expect(own.stderr).toContain('neodpověděl v čase, který je nastavený pro ssh nebo git');
    } finally {
      for (const res of open) res.destroy();
      stalled.close();
    }
  });
});
