// A full disk, for real: the team lives on a small tmpfs this test mounts (as root, where the
// machine permits it; elsewhere the test says so and is skipped). At several margins of free
// space a write and a sync either go through whole or say that the disk is full and leave the
// clone as it was; once room is made, nothing is missing and nothing is broken.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cloneFor, gitIn, makeTeam, spisIn, type Team } from '../helpers/git.js';

const mount = mkdtempSync(join(tmpdir(), 'spis-tmpfs-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mount]).status === 0;
if (!mounted) console.warn('disk-full tests skipped: a tmpfs cannot be mounted here (needs root and mount permission)');
afterAll(() => {
  if (mounted) spawnSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

const filler = join(mount, 'filler');

/** Fills the tmpfs until `margin` bytes are left. */
function fill(margin: number): void {
  const s = statfsSync(mount);
  let left = s.bavail * s.bsize - margin;
  const fd = openSync(filler, 'a');
  const chunk = Buffer.alloc(1024 * 1024);
  try {
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      try {
        writeSync(fd, chunk, 0, n);
      } catch {
        break;
      }
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

const free = (): void => rmSync(filler, { force: true });

const contact = (summary: string): string => `type: konzultace\nform: telefon\nsummary: ${summary}\n`;

function contactFiles(dir: string, id: string): string[] {
  return readdirSync(join(dir, 'clients', id, 'contacts'))
    .filter((n) => n.endsWith('.yaml'))
    .sort();
}

function remoteContacts(team: Team, id: string): string[] {
  return gitIn(
    team.dir,
    ['--git-dir', team.remote, 'ls-tree', '-r', '--name-only', 'main', '--', `clients/${id}/contacts/`],
    { HOME: team.home },
  )
    .split('\n')
    .filter(Boolean)
    .map((p) => p.split('/').at(-1)!)
    .sort();
}

function emptyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && statSync(p).size === 0) out.push(p);
    }
  };
  walk(join(dir, 'clients'));
  return out;
}

function sound(team: Team, dir: string): void {
  expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
  expect(emptyFiles(dir)).toEqual([]);
  expect(spisIn(team, dir, ['check'])).toMatchObject({ code: 0, stdout: '' });
  for (const n of contactFiles(dir, '2026-0001'))
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/contacts', n), 'utf8')).summary).toBeTruthy();
}

const MARGINS = [0, 4 * 1024, 32 * 1024, 128 * 1024, 512 * 1024];

describe.skipIf(!mounted)('a full disk', () => {
  it('a write either lands whole and committed, or says the disk is full and leaves nothing', () => {
    const team = makeTeam(mkdtempSync(join(mount, 'w-')), 'novakova');
    let expected = contactFiles(team.first, '2026-0001').length;
    let refused = 0;
    for (const margin of MARGINS) {
      fill(margin);
      const r = spisIn(team, team.first, ['contact', 'add', '2026-0001', '--from', '-'], {
        stdin: contact(`Zápis při ${margin} B volného místa.`),
      });
      free();
      if (r.code === 0) expected++;
      else {
        refused++;
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('Na disku není místo');
        expect(r.stderr).not.toMatch(/at \w+ \(|Vnitřní chyba/);
      }
      expect(contactFiles(team.first, '2026-0001')).toHaveLength(expected);
      sound(team, team.first);
    }
    // The smallest margins leave no room for a write: at least one was refused, and said why.
    expect(refused).toBeGreaterThan(0);
  });

  it('a sync either completes or says the disk is full; after room is made, both clones and the remote hold every record', () => {
    const team = makeTeam(mkdtempSync(join(mount, 's-')), 'novakova');
    const b = cloneFor(team, 'svoboda');
    let refused = 0;
    for (const margin of MARGINS) {
      expect(
        spisIn(team, team.first, ['contact', 'add', '2026-0001', '--from', '-'], { stdin: contact(`A při ${margin}.`) })
          .code,
      ).toBe(0);
      expect(spisIn(team, team.first, ['sync']).code).toBe(0);
      expect(
        spisIn(team, b, ['contact', 'add', '2026-0001', '--from', '-'], { stdin: contact(`B při ${margin}.`) }).code,
      ).toBe(0);
      fill(margin);
      const r = spisIn(team, b, ['sync']);
      free();
      if (r.code !== 0) {
        refused++;
        expect(r.stderr).toContain('Na disku není místo');
        expect(r.stderr).not.toMatch(/at \w+ \(|Vnitřní chyba|Ruční úpravy/);
      }
      expect(emptyFiles(b)).toEqual([]);
      const again = spisIn(team, b, ['sync']);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).not.toContain('Ruční úpravy');
      expect(spisIn(team, team.first, ['sync']).code).toBe(0);
      for (const dir of [team.first, b]) {
        expect(contactFiles(dir, '2026-0001')).toEqual(remoteContacts(team, '2026-0001'));
        sound(team, dir);
      }
      const summaries = contactFiles(b, '2026-0001').map(
        (n) => parse(readFileSync(join(b, 'clients/2026-0001/contacts', n), 'utf8')).summary,
      );
      expect(summaries).toEqual(expect.arrayContaining([`A při ${margin}.`, `B při ${margin}.`]));
    }
    expect(refused).toBeGreaterThan(0);
  });
});
