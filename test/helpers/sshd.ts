// A private sshd on 127.0.0.1 for the team tests over ssh://: host and user keys made in a temp
// folder, key authentication only, the server's host key in a known_hosts file of the test's own.
// Where no sshd can be started (not installed, no privilege separation folder), startSshd says
// why and returns undefined, and the tests that need it are skipped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export interface Sshd {
  port: number;
  dir: string;
  /** ssh:// URL of a path on this machine. */
  url(path: string): string;
  /** What a client needs: the key and the known host (GIT_SSH_COMMAND). */
  env: Record<string, string>;
  /** The user's key with a known_hosts that does not know the server. */
  unknownHostEnv: Record<string, string>;
  /** A key the server does not take. */
  wrongKeyEnv: Record<string, string>;
  stop(): void;
}

export const SSHD = ['/usr/sbin/sshd', '/usr/local/sbin/sshd'].find((p) => existsSync(p));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function keygen(file: string): void {
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'spis-test', '-f', file]);
  if (r.status !== 0) throw new Error(`ssh-keygen: ${r.stderr}`);
}

export let skipReason = '';

export async function startSshd(base: string): Promise<Sshd | undefined> {
  if (!SSHD) {
    skipReason = 'sshd is not installed (Debian: openssh-server)';
    return undefined;
  }
  const dir = join(base, 'sshd');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  } catch {
    // not root: sshd may still run for this user alone
  }
  for (const k of ['host_key', 'user_key', 'other_key']) keygen(join(dir, k));
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'user_key.pub')), { mode: 0o600 });
  const port = await freePort();
  const user = userInfo().username;
  writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${readFileSync(join(dir, 'host_key.pub'), 'utf8')}`);
  writeFileSync(join(dir, 'empty_known_hosts'), '');
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      'LogLevel ERROR',
      // bash sources the account's ~/.bashrc for a command sshd starts at shell level 1; from level 2
      // it does not. A .bashrc that starts pyenv or nvm cost 0.4 s per git command over ssh here.
      'SetEnv SHLVL=1',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      skipReason = `sshd did not start: ${stderr.trim().split('\n')[0] ?? ''}`;
      return undefined;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const ssh = (key: string, known: string): string =>
    `ssh -i ${join(dir, key)} -o IdentitiesOnly=yes -o UserKnownHostsFile=${join(dir, known)} -o StrictHostKeyChecking=yes -o LogLevel=ERROR`;
  // The clients share one connection per host (as a team's own ssh config may): the tests run in a fraction of the time.
  const env = {
    GIT_SSH_COMMAND: `${ssh('user_key', 'known_hosts')} -o ControlMaster=auto -o ControlPath=${join(dir, 'cm-%C')} -o ControlPersist=60`,
  };
  const probe = spawnSync(
    'sh',
    ['-c', `${ssh('user_key', 'known_hosts')} -o BatchMode=yes -p ${port} ${user}@127.0.0.1 true`],
    { encoding: 'utf8', timeout: 15_000 },
  );
  if (probe.status !== 0) {
    child.kill('SIGKILL');
    skipReason = `ssh to the private sshd failed: ${probe.stderr.trim().split('\n')[0] ?? ''}`;
    return undefined;
  }
  return {
    port,
    dir,
    url: (path) => `ssh://${user}@127.0.0.1:${port}${path}`,
    env,
    unknownHostEnv: {
      GIT_SSH_COMMAND: `${ssh('user_key', 'empty_known_hosts').replace('StrictHostKeyChecking=yes', 'StrictHostKeyChecking=ask')} -o ControlMaster=no -o ControlPath=none`,
    },
    wrongKeyEnv: { GIT_SSH_COMMAND: `${ssh('other_key', 'known_hosts')} -o ControlMaster=no -o ControlPath=none` },
    stop: () => {
      spawnSync('sh', ['-c', `${env.GIT_SSH_COMMAND} -O exit -p ${port} ${user}@127.0.0.1`], { timeout: 5_000 });
      child.kill('SIGTERM');
    },
  };
}

/**
 * A private sshd for one test file: started now, stopped and removed after the file's tests.
 * Undefined (with the reason printed) where none can start, so the ssh variants are skipped.
 */
export async function useSshd(): Promise<Sshd | undefined> {
  const { afterAll } = await import('vitest');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const base = mkdtempSync(join(tmpdir(), 'spis-sshd-'));
  const sshd = await startSshd(base);
  if (!sshd) console.warn(`ssh tests skipped: ${skipReason}`);
  afterAll(() => {
    sshd?.stop();
    rmSync(base, { recursive: true, force: true });
  });
  return sshd;
}
