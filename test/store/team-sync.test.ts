// The seams between spis, git and the people around it, tried with real git: a bare remote and
// two clones, the built binary. Each scenario ends by counting the records in both clones and on
// the remote, and with `spis check` clean in both clones.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spawnSync } from 'node:child_process';
import { BIN, EXAMPLE, baseEnv, exampleFiles, scratch } from '../helpers/cli.js';
import { cloneFor, gitIn, makeHome, makeTeam, spisIn, teamEnv, type Team } from '../helpers/git.js';
import { KEY, startInteractive } from '../helpers/tty.js';

const { tmp } = scratch();

const contactInput = (summary: string): string => `type: konzultace\nform: telefon\nsummary: ${summary}\n`;

function contactsOf(dir: string, id: string): string[] {
  const d = join(dir, 'clients', id, 'contacts');
  return existsSync(d)
    ? readdirSync(d)
        .filter((n) => n.endsWith('.yaml'))
        .sort()
    : [];
}

/** The contact files of a case on the remote's main branch. */
function remoteContacts(team: Team, id: string): string[] {
  const out = gitIn(
    team.dir,
    ['--git-dir', team.remote, 'ls-tree', '-r', '--name-only', 'main', '--', `clients/${id}/contacts/`],
    { HOME: team.home },
  );
  return out
    .split('\n')
    .filter(Boolean)
    .map((p) => p.split('/').at(-1)!)
    .sort();
}

function remoteFile(team: Team, path: string): string {
  return gitIn(team.dir, ['--git-dir', team.remote, 'show', `main:${path}`], { HOME: team.home });
}

function summaries(dir: string, id: string): string[] {
  return contactsOf(dir, id)
    .map((n) => parse(readFileSync(join(dir, 'clients', id, 'contacts', n), 'utf8')).summary as string)
    .sort();
}

function add(team: Team, dir: string, id: string, summary: string): void {
  const r = spisIn(team, dir, ['contact', 'add', id, '--from', '-'], { stdin: contactInput(summary) });
  expect(r.code, r.stderr).toBe(0);
}

function sync(team: Team, dir: string, code = 0): { code: number; stdout: string; stderr: string } {
  const r = spisIn(team, dir, ['sync']);
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(code);
  return r;
}

function clean(team: Team, ...dirs: string[]): void {
  for (const dir of dirs) {
    const c = spisIn(team, dir, ['check']);
    expect(c, dir).toMatchObject({ code: 0, stdout: '' });
  }
}

const editField = (dir: string, id: string, field: string, value: string): void => {
  const p = join(dir, 'clients', id, 'client.yaml');
  const text = readFileSync(p, 'utf8');
  const re = new RegExp(`^${field}: .*$`, 'm');
  writeFileSync(p, re.test(text) ? text.replace(re, `${field}: ${value}`) : `${text}${field}: ${value}\n`);
};

const clientOf = (dir: string, id: string): Record<string, unknown> =>
  parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'));

describe('a conflict parks only what conflicts, and spis settles it', () => {
  it('merges a record two clones changed in different fields, though git alone would conflict on the adjacent lines', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    editField(team.first, '2026-0002', 'district', 'Šternberk');
    sync(team, team.first);
    editField(b, '2026-0002', 'birth_year', '1982');
    const r = sync(team, b);
    expect(r.stdout).toContain('Záznam clients/2026-0002/client.yaml upravili i na jiném počítači, ale jiné údaje');
    sync(team, team.first);
    for (const dir of [team.first, b])
      expect(clientOf(dir, '2026-0002')).toMatchObject({ district: 'Šternberk', birth_year: 1982 });
    expect(parse(remoteFile(team, 'clients/2026-0002/client.yaml'))).toMatchObject({
      district: 'Šternberk',
      birth_year: 1982,
    });
    // The hand-written comment line at the top survives the merge.
    expect(readFileSync(join(b, 'clients/2026-0002/client.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    clean(team, team.first, b);
  });

  it('a same-field clash waits alone: the other records sync; --from decides it, with the remote moving in between', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    editField(team.first, '2026-0002', 'district', 'Šternberk');
    sync(team, team.first);
    // B changes the same field, and records two contacts (one in the same case) and a hand edit elsewhere.
    editField(b, '2026-0002', 'district', 'Přerov');
    const edited = spisIn(team, b, ['key-worker', '2026-0002', 'mala']);
    expect(edited.code, edited.stderr).toBe(0);
    add(team, b, '2026-0001', 'Zápis z druhého klonu.');
    add(team, b, '2026-0002', 'Zápis ve stejném spisu.');
    const r = sync(team, b, 1);
    expect(r.stderr).toContain('Jeden záznam čeká na rozhodnutí');
    expect(r.stderr).toContain('2026-0002 client.yaml');
    expect(r.stderr).toContain('spis conflict');
    expect(r.stderr).not.toContain('Přerov');
    // Everything else reached the remote: both contacts, and the key worker (another field of the same record).
    expect(remoteContacts(team, '2026-0001')).toEqual(contactsOf(b, '2026-0001'));
    expect(remoteContacts(team, '2026-0002')).toEqual(contactsOf(b, '2026-0002'));
    expect(summaries(b, '2026-0002')).toContain('Zápis ve stejném spisu.');
    const remoteClient = parse(remoteFile(team, 'clients/2026-0002/client.yaml'));
    expect(remoteClient.district).toBe('Šternberk');
    expect(remoteClient.key_workers.at(-1).worker).toBe('mala');
    // B's clone shows the remote's value until she decides; due, show and list see her other records.
    expect(clientOf(b, '2026-0002').district).toBe('Šternberk');
    const shown = JSON.parse(spisIn(team, b, ['show', '2026-0002', '--json']).stdout);
    expect(shown.contacts.map((c: { summary: string }) => c.summary)).toContain('Zápis ve stejném spisu.');
    const listed = spisIn(team, b, ['conflict']);
    expect(listed.code).toBe(0);
    // Who changed it on each side and when (the day the change was made).
    expect(listed.stdout).toMatch(
      /2026-0002\s+client\.yaml\s+\(tento počítač: svoboda \d+\. \d+\. \d{4}; jiný počítač: novakova \d+\. \d+\. \d{4}\)/,
    );

    // The remote moves on meanwhile: A records a contact and changes another field of the same client.
    sync(team, team.first);
    add(team, team.first, '2026-0002', 'Mezitím z prvního klonu.');
    editField(team.first, '2026-0002', 'birth_year', '1980');
    sync(team, team.first);

    // A decision naming a field that is not in conflict, or leaving one out, writes nothing.
    const wrong = join(tmp(), 'wrong.yaml');
    writeFileSync(wrong, 'phone: ours\n');
    const refused = spisIn(team, b, ['conflict', '2026-0002', '--from', wrong]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('„phone“');
    expect(refused.stderr).toContain('district');
    const decision = join(tmp(), 'decision.yaml');
    writeFileSync(decision, 'district: ours\n');
    const decided = spisIn(team, b, ['conflict', '2026-0002', '--from', decision]);
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toContain('Rozhodnutí o záznamu client.yaml ve spisu 2026-0002 je uloženo');
    expect(decided.stdout).toContain('Synchronizováno');
    sync(team, team.first);
    for (const dir of [team.first, b]) {
      expect(clientOf(dir, '2026-0002')).toMatchObject({ district: 'Přerov', birth_year: 1980 });
      expect(summaries(dir, '2026-0002')).toEqual(
        expect.arrayContaining(['Mezitím z prvního klonu.', 'Zápis ve stejném spisu.']),
      );
      expect(contactsOf(dir, '2026-0002')).toEqual(remoteContacts(team, '2026-0002'));
    }
    expect(parse(remoteFile(team, 'clients/2026-0002/client.yaml')).district).toBe('Přerov');
    // The decision is a commit with both versions as parents: the parked one holds B's value.
    const merge = gitIn(team.dir, ['--git-dir', team.remote, 'log', '--merges', '--format=%H %P', '-1', 'main'], {
      HOME: team.home,
    }).split(' ');
    expect(merge).toHaveLength(3);
    expect(
      gitIn(team.dir, ['--git-dir', team.remote, 'show', `${merge[2]}:clients/2026-0002/client.yaml`], {
        HOME: team.home,
      }),
    ).toContain('district: Přerov');
    expect(
      gitIn(team.dir, ['--git-dir', team.remote, 'log', '-1', '--format=%B', merge[0]], { HOME: team.home }),
    ).toContain('Spis-Command: conflict');
    expect(spisIn(team, b, ['conflict']).stdout).toContain('Žádný záznam nečeká');
    expect(sync(team, b).stderr).not.toContain('čeká na rozhodnutí');
    // The same field clashes again later: it waits again, and is decided again.
    editField(team.first, '2026-0002', 'district', 'Litovel');
    sync(team, team.first);
    editField(b, '2026-0002', 'district', 'Uničov');
    expect(sync(team, b, 1).stderr).toContain('2026-0002 client.yaml');
    writeFileSync(decision, 'district: theirs\n');
    expect(spisIn(team, b, ['conflict', '2026-0002', '--from', decision]).code).toBe(0);
    sync(team, team.first);
    for (const dir of [team.first, b]) expect(clientOf(dir, '2026-0002').district).toBe('Litovel');
    clean(team, team.first, b);
  });

  it('through the prompts: the worker sees both versions with who and when, types a value, and saves', async () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    editField(team.first, '2026-0002', 'district', 'Šternberk');
    sync(team, team.first);
    editField(b, '2026-0002', 'district', 'Přerov');
    sync(team, b, 1);
    const s = startInteractive(['conflict', '2026-0002', '-C', b], { env: teamEnv(team) });
    await s.see('Spis 2026-0002, záznam client.yaml: jeden údaj byl upraven');
    await s.see('district (původně: Prostějov)');
    await s.see(/verze z tohoto počítače: Přerov \(Mgr\. Petr Svoboda, \d+\. \d+\. \d{4}\)/);
    await s.see(/verze z jiného počítače: Šternberk \(Mgr\. Jana Nováková, \d+\. \d+\. \d{4}\)/);
    await s.answer('zadat jinou hodnotu', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('district – nová hodnota', `Olomouc${KEY.enter}`);
    await s.see('district: Olomouc (zadáno)');
    await s.answer('Uložit rozhodnutí?', KEY.enter);
    expect(await s.done, s.stderr()).toBe(0);
    sync(team, team.first);
    for (const dir of [team.first, b]) expect(clientOf(dir, '2026-0002').district).toBe('Olomouc');
    clean(team, team.first, b);
  });
});

/** Runs spis as the leader of a process group of its own, as a cron job or a terminal would. */
function spisGroup(
  team: Team,
  cwd: string,
  args: string[],
): { code: number | null; signal: string | null; stderr: string } {
  const r = spawnSync('setsid', ['--wait', process.execPath, BIN, ...args, '-C', cwd], {
    env: { ...baseEnv(teamEnv(team)) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr };
}

/** A git hook that kills its whole process group (spis, git, itself) once, the first time it runs with `when`. */
function killerHook(dir: string, name: string, when: string): string {
  const marker = join(dir, '.git', `killed-${name}`);
  const hook = join(dir, '.git/hooks', name);
  writeFileSync(hook, `#!/bin/sh\n${when}\n[ -e '${marker}' ] && exit 0\ntouch '${marker}'\nkill -KILL 0\n`, {
    mode: 0o755,
  });
  return marker;
}

describe('no write during an unfinished git operation, and no sync that drops work', () => {
  for (const [label, hook, when] of [
    [
      'while git moves the branch to the integrated commit (the work tree half written)',
      'reference-transaction',
      `[ "$1" = prepared ] || exit 0\ngrep -q 'refs/heads/main' || exit 0`,
    ],
    ['just before the push', 'pre-push', ':'],
  ] as const) {
    it(`sync killed ${label}: the next write and sync lose nothing`, () => {
      const team = makeTeam(tmp(), 'novakova');
      const b = cloneFor(team, 'svoboda');
      add(team, team.first, '2026-0001', 'Z prvního klonu.');
      sync(team, team.first);
      add(team, b, '2026-0002', 'Z druhého klonu, před synchronizací.');
      const marker = killerHook(b, hook, when);
      const killed = spisGroup(team, b, ['sync']);
      expect(existsSync(marker)).toBe(true);
      expect(killed.code).not.toBe(0);
      // The worker writes again at once, then syncs: nothing of either clone is lost.
      add(team, b, '2026-0002', 'Z druhého klonu, po přerušení.');
      const r = sync(team, b);
      expect(r.stderr).not.toContain('Ruční úpravy');
      sync(team, team.first);
      for (const dir of [team.first, b]) {
        expect(summaries(dir, '2026-0001')).toContain('Z prvního klonu.');
        expect(summaries(dir, '2026-0002')).toEqual(
          expect.arrayContaining(['Z druhého klonu, před synchronizací.', 'Z druhého klonu, po přerušení.']),
        );
        expect(contactsOf(dir, '2026-0002')).toEqual(remoteContacts(team, '2026-0002'));
        expect(contactsOf(dir, '2026-0001')).toEqual(remoteContacts(team, '2026-0001'));
        expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
      }
      clean(team, team.first, b);
    });
  }

  it('a rebase stopped by hand: writes are refused with the way on; sync undoes it, keeps the record a writer staged into it, and loses nothing', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const env = { HOME: team.home };
    editField(team.first, '2026-0002', 'district', 'Šternberk');
    sync(team, team.first);
    add(team, b, '2026-0001', 'Před rebase.');
    editField(b, '2026-0002', 'district', 'Přerov');
    gitIn(b, ['commit', '--quiet', '-am', 'ruční úprava'], env);
    gitIn(b, ['fetch', '--quiet', 'origin'], env);
    expect(() => gitIn(b, ['rebase', 'origin/main'], env)).toThrow();
    expect(existsSync(join(b, '.git/rebase-merge')) || existsSync(join(b, '.git/rebase-apply'))).toBe(true);
    const refused = spisIn(team, b, ['contact', 'add', '2026-0001', '--from', '-'], {
      stdin: contactInput('Během rebase.'),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('rozpracovaná operace gitu (přeskládání změn, git rebase)');
    expect(refused.stderr).toContain('spis sync');
    expect(summaries(b, '2026-0001')).not.toContain('Během rebase.');
    // An older spis (or a person) staged a new record into the rebase: the undo would delete it.
    const staged = 'clients/2026-0003/contacts/2026-11-22-zz01.yaml';
    writeFileSync(
      join(b, staged),
      'date: 2026-11-22\ntype: konzultace\nform: telefon\nworker: svoboda\nsummary: Zapsáno do rozpracovaného rebase.\n',
      { mode: 0o600 },
    );
    gitIn(b, ['add', staged], env);
    const r = sync(team, b, 1);
    expect(r.stderr).toContain('Rozpracovaná operace gitu (přeskládání změn, git rebase) byla zrušena');
    expect(r.stderr).toContain(staged);
    expect(r.stderr).toContain('2026-0002 client.yaml'); // the same field: waits for a decision
    expect(existsSync(join(b, '.git/rebase-merge'))).toBe(false);
    sync(team, team.first);
    for (const dir of [team.first, b]) {
      expect(summaries(dir, '2026-0001')).toContain('Před rebase.');
      expect(summaries(dir, '2026-0003')).toContain('Zapsáno do rozpracovaného rebase.');
      expect(contactsOf(dir, '2026-0003')).toEqual(remoteContacts(team, '2026-0003'));
    }
    add(team, b, '2026-0001', 'Po synchronizaci.');
    clean(team, team.first, b);
  });

  it('a merge in progress (as an administrator would start one): writes refused; sync undoes it and keeps its state on a branch', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const env = { HOME: team.home };
    const phone = (dir: string, v: string): void => {
      const p = join(dir, 'spis.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^ {2}phone: .*$/m, `  phone: "${v}"`));
    };
    phone(team.first, '+420 585 000 001');
    sync(team, team.first);
    phone(b, '+420 585 000 002');
    const parked = sync(team, b, 1);
    const branch = /spis\/konflikt-[\w-]+/.exec(parked.stderr)![0];
    expect(() => gitIn(b, ['merge', branch], env)).toThrow();
    expect(existsSync(join(b, '.git/MERGE_HEAD'))).toBe(true);
    const refused = spisIn(team, b, ['contact', 'add', '2026-0001', '--from', '-'], {
      stdin: contactInput('Během merge.'),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('slučování větví, git merge');
    const r = sync(team, b);
    expect(r.stderr).toContain('byla zrušena');
    const kept = /ve větvi (spis\/preruseno-[\w-]+)/.exec(r.stderr)?.[1];
    expect(kept).toBeDefined();
    expect(gitIn(b, ['show', `${kept}:spis.yaml`], env)).toContain('<<<<<<<');
    add(team, b, '2026-0001', 'Po zrušení merge.');
    sync(team, b);
    sync(team, team.first);
    for (const dir of [team.first, b]) expect(summaries(dir, '2026-0001')).toContain('Po zrušení merge.');
    clean(team, team.first, b);
  });
});

describe('hand changes are reviewed, not waved through', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      'a whole case folder deleted by hand',
      (dir) => rmSync(join(dir, 'clients/2026-0002'), { recursive: true }),
      /clients\/2026-0002: smazaná složka celého spisu/,
    ],
    [
      'one contact record deleted',
      (dir) => unlinkSync(join(dir, 'clients/2026-0002/contacts', contactsOf(dir, '2026-0002')[0])),
      /clients\/2026-0002\/contacts\/[\w-]+\.yaml: smazaný záznam/,
    ],
    [
      "a contact record's summary rewritten in an editor",
      (dir) => {
        const p = join(dir, 'clients/2026-0002/contacts', contactsOf(dir, '2026-0002')[0]);
        writeFileSync(p, readFileSync(p, 'utf8').replace(/^summary: .*$/m, 'summary: Přepsáno editorem.'));
      },
      /clients\/2026-0002\/contacts\/[\w-]+\.yaml: přepsaný zápis o kontaktu/,
    ],
    [
      'a record emptied (a 0-byte file)',
      (dir) => writeFileSync(join(dir, 'clients/2026-0002/goals.yaml'), ''),
      /clients\/2026-0002\/goals\.yaml: prázdný soubor/,
    ],
  ];
  for (const [label, change, message] of cases) {
    it(`${label}: sync refuses it, names case and file (never content), and spis restore puts it back`, () => {
      const team = makeTeam(tmp(), 'novakova');
      const b = cloneFor(team, 'svoboda');
      const before = gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home });
      const contacts = contactsOf(team.first, '2026-0002');
      const original = readFileSync(join(team.first, 'clients/2026-0002/contacts', contacts[0]), 'utf8');
      add(team, team.first, '2026-0001', 'Zápis, který čeká na odeslání.');
      change(team.first);
      const r = sync(team, team.first, 1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('spis restore 2026-0002');
      expect(r.stderr).toContain('spis purge');
      expect(r.stderr).not.toMatch(/Beneš|Tomáš|Přepsáno/);
      // Nothing was exchanged: the remote is as it was, the other clone still has the whole case.
      expect(gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home })).toBe(before);
      sync(team, b);
      expect(contactsOf(b, '2026-0002')).toEqual(contacts);
      const restored = spisIn(team, team.first, ['restore', '2026-0002']);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('Vráceno:');
      expect(contactsOf(team.first, '2026-0002')).toEqual(contacts);
      expect(readFileSync(join(team.first, 'clients/2026-0002/contacts', contacts[0]), 'utf8')).toBe(original);
      sync(team, team.first);
      sync(team, b);
      for (const dir of [team.first, b]) {
        expect(contactsOf(dir, '2026-0002')).toEqual(contacts);
        expect(summaries(dir, '2026-0001')).toContain('Zápis, který čeká na odeslání.');
      }
      expect(remoteContacts(team, '2026-0002')).toEqual(contacts);
      clean(team, team.first, b);
    });
  }

  it('an added record that does not parse is never committed; a valid hand edit still is', () => {
    const team = makeTeam(tmp(), 'novakova');
    const bad = join(team.first, 'clients/2026-0002/contacts/2026-11-22-zz99.yaml');
    writeFileSync(bad, 'date: 2026-11-22\nsummary: [nedokončeno\n', { mode: 0o600 });
    const r = sync(team, team.first, 1);
    expect(r.stderr).toContain('clients/2026-0002/contacts/2026-11-22-zz99.yaml:');
    expect(gitIn(team.first, ['log', '--format=%s', '-1'], { HOME: team.home })).not.toContain('hand edit');
    unlinkSync(bad);
    editField(team.first, '2026-0002', 'district', 'Šternberk');
    const ok = sync(team, team.first);
    expect(ok.stderr).toContain('Ruční úpravy zapsány do historie: 2026-0002');
    expect(parse(remoteFile(team, 'clients/2026-0002/client.yaml')).district).toBe('Šternberk');
  });
});

describe("the tool's own state is never tracked", () => {
  it('the example put under git with git add -A by a newcomer, .spis/cache included: two clones sync without a conflict', () => {
    const base = tmp();
    const team = makeTeam(base, 'novakova');
    const env = { HOME: team.home };
    // As it was before .spis/ ignored itself: the caches committed by hand (a second after the
    // checkout, so that no record is too fresh to be cached).
    spawnSync('sleep', ['1.1']);
    expect(spisIn(team, team.first, ['due']).code).toBe(0);
    expect(readFileSync(join(team.first, '.spis/.gitignore'), 'utf8')).toContain('*');
    rmSync(join(team.first, '.spis/.gitignore'));
    writeFileSync(join(team.first, '.gitignore'), '');
    gitIn(team.first, ['add', '-A', '-f', '.spis/cache'], env);
    gitIn(team.first, ['commit', '--quiet', '-m', 'vše'], env);
    gitIn(team.first, ['push', '--quiet', 'origin', 'HEAD:main'], env);
    expect(gitIn(team.first, ['ls-files', '.spis'], env)).toContain('.spis/cache/due.json');
    const b = cloneFor(team, 'svoboda');
    for (const dir of [team.first, b]) {
      add(team, dir, '2026-0001', `Z klonu ${dir.endsWith('svoboda') ? 'B' : 'A'}.`);
      expect(spisIn(team, dir, ['due']).code).toBe(0);
    }
    const first = sync(team, team.first);
    expect(first.stderr).toContain('Pracovní soubory nástroje (.spis/) byly dosud v historii gitu');
    const second = sync(team, b);
    expect(second.stderr).not.toContain('konflikt');
    sync(team, team.first);
    for (const dir of [team.first, b]) {
      expect(summaries(dir, '2026-0001')).toEqual(expect.arrayContaining(['Z klonu A.', 'Z klonu B.']));
      expect(gitIn(dir, ['ls-files', '.spis'], env)).toBe('');
      expect(existsSync(join(dir, '.spis/.gitignore'))).toBe(true);
    }
    expect(gitIn(base, ['--git-dir', team.remote, 'ls-tree', '-r', '--name-only', 'main', '--', '.spis'], env)).toBe(
      '',
    );
    clean(team, team.first, b);
  });
});

describe('one line for everyone', () => {
  it("a repository git made on master: sync keeps main, and the server's default branch follows, so a newcomer's clone holds the current records", () => {
    const base = tmp();
    const home = makeHome(base);
    const env = { HOME: home };
    const remote = join(base, 'remote.git');
    gitIn(base, ['init', '--quiet', '--bare', '--initial-branch=master', remote], env);
    const first = join(base, 'novakova');
    cpSync(EXAMPLE, first, { recursive: true, dereference: true, filter: exampleFiles });
    gitIn(first, ['init', '--quiet', '--initial-branch=master'], env);
    gitIn(first, ['add', '-A'], env);
    gitIn(first, ['commit', '--quiet', '-m', 'první'], env);
    // Someone pushed the first commit by hand: the server's master holds it, and stays its default.
    gitIn(first, ['remote', 'add', 'origin', remote], env);
    gitIn(first, ['push', '--quiet', 'origin', 'master'], env);
    const team: Team = { home, remote, dir: base };
    const setup = spisIn(team, first, ['sync', '--setup', remote, '--worker', 'novakova']);
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stderr).toContain('Výchozí větev sdíleného repozitáře byla „master“; nyní je „main“');
    add(team, first, '2026-0001', 'Aktuální zápis.');
    expect(sync(team, first).stderr).not.toContain('Výchozí větev');
    const newcomer = join(base, 'nova');
    gitIn(base, ['clone', '--quiet', remote, newcomer], env);
    expect(summaries(newcomer, '2026-0001')).toContain('Aktuální zápis.');
    expect(gitIn(newcomer, ['rev-parse', '--abbrev-ref', 'HEAD'], env)).toBe('main');
  });

  it('a server whose default branch cannot be set from here is named with what to change', () => {
    const team = makeTeam(tmp(), 'novakova');
    // The remote reached by a URL spis does not write to (a file:// URL stands for a hosted server here).
    gitIn(team.first, ['push', '--quiet', 'origin', 'HEAD:refs/heads/master'], { HOME: team.home });
    gitIn(team.dir, ['--git-dir', team.remote, 'symbolic-ref', 'HEAD', 'refs/heads/master'], { HOME: team.home });
    gitIn(team.first, ['remote', 'set-url', 'origin', `ext::git %s ${team.remote}`], { HOME: team.home });
    gitIn(team.first, ['config', 'protocol.ext.allow', 'always'], { HOME: team.home });
    add(team, team.first, '2026-0001', 'Zápis.');
    const r = sync(team, team.first);
    expect(r.stderr).toContain('Výchozí větev sdíleného repozitáře je „master“, spis ale synchronizuje větev „main“');
    expect(r.stderr).toContain('Settings → Repository → Default branch');
  });
});
