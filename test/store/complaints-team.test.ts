// The complaints register in a team (real git: a bare remote, two clones): two complaints recorded
// at once in two clones both arrive everywhere, a reply and a purge made in different clones both
// hold, and a register record deleted by hand is never pushed.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { scratch } from '../helpers/cli.js';
import { cloneFor, makeTeam, spisIn } from '../helpers/git.js';

const { tmp } = scratch();

const complaints = (dir: string): string[] => readdirSync(join(dir, 'complaints')).sort();
function input(text: string): string {
  const f = join(tmp(), `in-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
}
const COMPLAINT = (who: string) =>
  `received: 2026-11-20\nchannel: written\nfrom:\n  name: ${who}\nabout: service\nsummary: Čekárna.\nhandler: mala\n`;

describe('the complaints register in a team', () => {
  it('two complaints recorded the same day in two clones both reach everyone, with different numbers', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    expect(spisIn(team, team.first, ['complaint', 'add', '--from', input(COMPLAINT('Adam Vymyšlený'))]).code).toBe(0);
    expect(spisIn(team, b, ['complaint', 'add', '--from', input(COMPLAINT('Bedřich Vymyšlený'))]).code).toBe(0);
    const a1 = spisIn(team, team.first, ['sync']);
    expect(a1.code, a1.stderr).toBe(0);
    const b1 = spisIn(team, b, ['sync']);
    expect(b1.code, b1.stderr).toBe(0);
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    expect(complaints(team.first)).toEqual(complaints(b));
    const names = complaints(b).map((n) => parse(readFileSync(join(b, 'complaints', n), 'utf8')).from.name);
    expect(names.filter(Boolean).sort()).toEqual(['Adam Vymyšlený', 'Bedřich Vymyšlený']);
    expect(spisIn(team, b, ['check']).code).toBe(0);
  });

  it('a reply made in one clone and a purge of the complainant’s case in the other both hold after sync', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    // The example's open complaint, linked to the closed case for this test, synced to both.
    const open = join(team.first, 'complaints/2026-11-16-b4n8.yaml');
    writeFileSync(open, readFileSync(open, 'utf8').replace('  anonymous: true', '  case: 2025-0012'));
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    expect(spisIn(team, b, ['sync']).code).toBe(0);
    expect(spisIn(team, team.first, ['archive', '2025-0012']).code).toBe(0);
    const purge = spisIn(team, team.first, ['purge', '--expired', '--yes'], { env: { SPIS_TODAY: '2036-04-01' } });
    expect(purge.code, purge.stderr).toBe(0);
    const reply = spisIn(team, b, [
      'complaint',
      'reply',
      'b4n8',
      '--from',
      input('date: 2026-11-21\noutcome: partly\ntext: Čekárnu jsme oddělili.\n'),
    ]);
    expect(reply.code, reply.stderr).toBe(0);
    expect(spisIn(team, team.first, ['sync'], { env: { SPIS_TODAY: '2036-04-01' } }).code).toBe(0);
    const bs = spisIn(team, b, ['sync'], { env: { SPIS_TODAY: '2036-04-01' } });
    expect(bs.code, bs.stderr).toBe(0);
    const c = parse(readFileSync(join(b, 'complaints/2026-11-16-b4n8.yaml'), 'utf8'));
    expect(c.from).toEqual({ purged: true });
    expect(c.reply).toMatchObject({ date: '2026-11-21', outcome: 'partly' });
    expect(existsSync(join(b, 'archive/2025-0012'))).toBe(false);
  });

  it('refuses to push a register record deleted by hand: the other clones keep it, spis restore puts it back', () => {
    const team = makeTeam(tmp(), 'novakova');
    rmSync(join(team.first, 'complaints/2025-09-15-s7k2.yaml'));
    const r = spisIn(team, team.first, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('complaints/2025-09-15-s7k2.yaml');
    const b = cloneFor(team, 'svoboda');
    expect(complaints(b)).toContain('2025-09-15-s7k2.yaml');
    // spis restore puts it back as committed; the next sync goes through.
    const restore = spisIn(team, team.first, ['restore']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(readFileSync(join(team.first, 'complaints/2025-09-15-s7k2.yaml'), 'utf8')).toBe(
      readFileSync(join(b, 'complaints/2025-09-15-s7k2.yaml'), 'utf8'),
    );
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
  });
});
