// A team sharing one case repository through a bare git remote: two or three clones in temp
// folders, real git, the built binary (git itself calls it back as the goals merge driver).
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, scratch } from '../helpers/cli.js';
import { cloneFor, gitIn, makeTeam, spisIn, teamEnv } from '../helpers/git.js';
import { startInteractive } from '../helpers/tty.js';

const { tmp } = scratch();

const client = (given: string): string =>
  `name: {given: ${given}, family: Testová}\nsex: female\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\n`;

function goalsOf(
  dir: string,
  id: string,
): { id: string; text: string; evaluations?: { date: string; source?: string }[] }[] {
  return (
    parse(readFileSync(join(dir, 'clients', id, 'goals.yaml'), 'utf8')) as {
      partial_goals: { id: string; text: string }[];
    }
  ).partial_goals;
}

function contactsOf(dir: string, id: string): string[] {
  return readdirSync(join(dir, 'clients', id, 'contacts'))
    .filter((n) => n.endsWith('.yaml'))
    .sort();
}

describe('a team with a shared remote', () => {
  it("due and report with their caches see what a sync brought from another clone (the stamps, no writer's word)", async () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const stats = { SPIS_CACHE_STATS: '1' };
    const both = (dir: string) => {
      const due = spisIn(team, dir, ['due', '--json'], { env: stats });
      const report = spisIn(team, dir, ['report', '--year', '2026', '--json'], { env: stats });
      expect(due.stdout).toBe(spisIn(team, dir, ['due', '--json', '--no-cache']).stdout);
      expect(report.stdout).toBe(spisIn(team, dir, ['report', '--year', '2026', '--json', '--no-cache']).stdout);
      return { due: due.stdout, report: report.stdout, stats: `${due.stderr}${report.stderr}` };
    };
    await new Promise((r) => setTimeout(r, 1100));
    both(b);
    const before = both(b);
    expect(before.stats).toMatch(/due-cache: (\d+)\/\1\b/);
    expect(before.stats).toMatch(/report-cache: (\d+)\/\1\b/);
    // In the other clone: a contact that plans a meeting already missed, with its minutes.
    const input = join(tmp(), 'contact.yaml');
    writeFileSync(
      input,
      'date: 2026-11-20\nform: osobne\ntype: konzultace\nworker: novakova\nduration_min: 45\nsummary: Konzultace.\nnext_meeting: 2026-11-21\n',
    );
    expect(spisIn(team, team.first, ['contact', 'add', '2026-0003', '--from', input]).code).toBe(0);
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    expect(spisIn(team, b, ['sync']).code).toBe(0);
    const after = both(b);
    expect(after.due).not.toBe(before.due);
    expect(after.report).not.toBe(before.report);
  });

  it('gives two offline clones different case numbers, reserved ahead on the remote', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    // The tool's state stays out of git even where the repository's .gitignore does not say so.
    expect(readFileSync(join(b, '.git/info/exclude'), 'utf8')).toContain('.spis/');
    // The clone's history holds every record: setup makes it owner-only.
    expect(statSync(join(b, '.git')).mode & 0o777).toBe(0o700);
    // Both go offline: the remote is out of reach.
    renameSync(team.remote, `${team.remote}.away`);
    const ra = spisIn(
      team,
      team.first,
      ['client new', '--from', '-'].flatMap((x) => x.split(' ')),
      { stdin: client('Anna') },
    );
    const rb = spisIn(team, b, ['client', 'new', '--from', '-'], { stdin: client('Berta') });
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const idA = ra.stdout.trim();
    const idB = rb.stdout.trim();
    expect(idA).toMatch(/^2026-\d{4}$/);
    expect(idB).toMatch(/^2026-\d{4}$/);
    expect(idA).not.toBe(idB);
    // Offline, sync says so and loses nothing.
    const off = spisIn(team, b, ['sync']);
    expect(off.code).toBe(1);
    expect(off.stderr).toContain('není dostupný');
    expect(existsSync(join(b, 'clients', idB, 'client.yaml'))).toBe(true);

    renameSync(`${team.remote}.away`, team.remote);
    for (const dir of [team.first, b, team.first]) {
      const r = spisIn(team, dir, ['sync']);
      expect(r.code, r.stderr).toBe(0);
    }
    for (const dir of [team.first, b]) {
      expect(parse(readFileSync(join(dir, 'clients', idA, 'client.yaml'), 'utf8')).name.given).toBe('Anna');
      expect(parse(readFileSync(join(dir, 'clients', idB, 'client.yaml'), 'utf8')).name.given).toBe('Berta');
      expect(spisIn(team, dir, ['check'])).toMatchObject({ code: 0, stdout: '' });
      expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
    }
  });

  it('gives a provisional number when none is reserved, and renumbers it at sync before anything is printed', () => {
    const team = makeTeam(tmp(), 'novakova');
    renameSync(team.remote, `${team.remote}.away`);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = spisIn(team, team.first, ['client', 'new', '--from', '-'], { stdin: client(`Klientka${'ABCD'[i]}`) });
      expect(r.code, r.stderr).toBe(0);
      ids.push(r.stdout.trim());
    }
    // Three were reserved at setup; the fourth is provisional, and says so.
    expect(ids.slice(0, 3).every((id) => /^2026-\d{4}$/.test(id))).toBe(true);
    const provisional = ids[3];
    expect(provisional).toMatch(/^2026-p[0-9a-z]{3}$/);
    const render = spisIn(team, team.first, ['render', provisional, 'plan']);
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('prozatímní číslo');

    renameSync(`${team.remote}.away`, team.remote);
    const r = spisIn(team, team.first, ['sync']);
    expect(r.code, r.stderr).toBe(0);
    const renumbered = /Spis (\S+) má nyní trvalé číslo (\S+)\./.exec(r.stdout);
    expect(renumbered?.[1]).toBe(provisional);
    const final = renumbered![2];
    expect(final).toMatch(/^2026-\d{4}$/);
    expect(ids).not.toContain(final);
    expect(existsSync(join(team.first, 'clients', provisional))).toBe(false);
    expect(parse(readFileSync(join(team.first, 'clients', final, 'client.yaml'), 'utf8'))).toMatchObject({
      id: final,
      name: { given: 'KlientkaD' },
    });
    expect(spisIn(team, team.first, ['check']).code).toBe(0);
    // The history follows the case back to its provisional number.
    const log = spisIn(team, team.first, ['log', final, '--json']);
    expect(log.code, log.stderr).toBe(0);
    expect((JSON.parse(log.stdout) as { command: string }[]).map((e) => e.command)).toEqual(['renumber', 'client new']);
  });

  it('a one-off contact opened offline on a provisional number keeps its running-number pseudonym in step with the number', () => {
    const team = makeTeam(tmp(), 'novakova');
    renameSync(team.remote, `${team.remote}.away`);
    for (let i = 0; i < 3; i++)
      expect(
        spisIn(team, team.first, ['client', 'new', '--from', '-'], { stdin: client(`Klientka${'ABC'[i]}`) }).code,
      ).toBe(0);
    const oneOff =
      'sex: unknown\ntarget_group: osoby_v_krizi\nform: telefon\nduration_min: 5\nsummary: Dotaz na otevírací dobu.\n';
    const r = spisIn(team, team.first, ['contact', 'add', '--one-off', '--from', '-'], { stdin: oneOff });
    expect(r.code, r.stderr).toBe(0);
    const provisional = r.stdout.trim();
    expect(provisional).toMatch(/^2026-p[0-9a-z]{3}$/);
    expect(parse(readFileSync(join(team.first, 'clients', provisional, 'client.yaml'), 'utf8')).pseudonym).toBe(
      `A-${provisional}`,
    );

    renameSync(`${team.remote}.away`, team.remote);
    const s = spisIn(team, team.first, ['sync']);
    expect(s.code, s.stderr).toBe(0);
    const final = /Spis (\S+) má nyní trvalé číslo (\S+)\./.exec(s.stdout)![2];
    expect(parse(readFileSync(join(team.first, 'clients', final, 'client.yaml'), 'utf8'))).toMatchObject({
      id: final,
      pseudonym: `A-${final}`,
      status: 'closed',
    });
    expect(spisIn(team, team.first, ['check'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('merges contacts with new goals made on one case in two clones: every contact and goal kept, no id twice', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const contact = (text: string, next: string): string =>
      `type: konzultace\nform: osobne\nsummary: Konzultace ${text}.\ngoal_reviews:\n  - {goal: c2, status: continues, progress: Pokračuje ${text}., next_review: ${next}}\nnew_goals:\n  - {text: cíl ${text}, criteria: splněno ${text}, responsible: [klient], review: +1m}\n`;
    const ra = spisIn(team, team.first, ['contact', 'add', '2026-0001', '--from', '-'], {
      stdin: contact('z prvního klonu', '+1m'),
    });
    const rb = spisIn(team, b, ['contact', 'add', '2026-0001', '--from', '-'], {
      stdin: contact('z druhého klonu', '+14d'),
    });
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(goalsOf(team.first, '2026-0001').at(-1)?.id).toBe('c5');
    expect(goalsOf(b, '2026-0001').at(-1)?.id).toBe('c5');

    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    const rs = spisIn(team, b, ['sync']);
    expect(rs.code, rs.stderr).toBe(0);
    expect(rs.stdout).toContain('Ve spisu 2026-0001 dostal nový dílčí cíl c5 označení c6');
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);

    for (const dir of [team.first, b]) {
      const goals = goalsOf(dir, '2026-0001');
      const ids = goals.map((g) => g.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(goals.find((g) => g.id === 'c5')?.text).toBe('cíl z prvního klonu');
      expect(goals.find((g) => g.id === 'c6')?.text).toBe('cíl z druhého klonu');
      // Both evaluations of c2 are kept.
      const c2 = goals.find((g) => g.id === 'c2')!;
      expect(c2.evaluations!.filter((e) => e.date === '2026-11-22')).toHaveLength(2);
      expect(contactsOf(dir, '2026-0001')).toEqual(contactsOf(team.first, '2026-0001'));
      expect(spisIn(team, dir, ['check'])).toMatchObject({ code: 0, stdout: '' });
    }
    // The second clone's contact record now names its goal c6 – in the history too, not only at the end.
    const theirs = contactsOf(b, '2026-0001').find((n) =>
      readFileSync(join(b, 'clients/2026-0001/contacts', n), 'utf8').includes('druhého'),
    )!;
    const rel = `clients/2026-0001/contacts/${theirs}`;
    expect(parse(readFileSync(join(b, rel), 'utf8')).new_goals[0].id).toBe('c6');
    const added = gitIn(b, ['log', '--format=%H', '--diff-filter=A', '--', rel], { HOME: team.home });
    expect(parse(gitIn(b, ['show', `${added}:${rel}`], { HOME: team.home })).new_goals[0].id).toBe('c6');
  });

  it('two clones correcting one contact record at once: both corrections arrive, check asks a person to decide, a third correction does', async () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const editor = (text: string): string => {
      const file = join(tmp(), 'editor.sh');
      writeFileSync(file, `#!/bin/sh\nsed -i 's/^summary: .*/summary: ${text}/' "$1"\n`, { mode: 0o700 });
      return file;
    };
    const correct = async (dir: string, worker: string, text: string) => {
      const s = startInteractive(['edit', '2026-0001', '2026-10-19', '-C', dir], {
        env: teamEnv(team, { EDITOR: editor(text), SPIS_WORKER: worker }),
      });
      expect(await s.done, s.stderr()).toBe(0);
    };
    await correct(team.first, 'novakova', 'Oprava A.');
    await correct(b, 'svoboda', 'Oprava B.');
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    // Both files arrive (no name is shared), and sync will not push the undecided case.
    const synced = spisIn(team, b, ['sync']);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toContain('byl opraven dvakrát souběžně');
    expect(contactsOf(b, '2026-0001').filter((n) => n.includes('.correction-1-'))).toHaveLength(2);
    // Nothing of the undecided case went to the remote: the first clone still has its own correction only.
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    expect(contactsOf(team.first, '2026-0001').filter((n) => n.includes('.correction-1-'))).toHaveLength(1);
    const check = spisIn(team, b, ['check', '--json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).map((p: { code: string }) => p.code)).toEqual(['correction-concurrent']);
    // The message names files, never the texts.
    expect(check.stdout).not.toContain('Oprava A');
    await correct(b, 'svoboda', 'Dohodnuté znění.');
    expect(spisIn(team, b, ['check']).code).toBe(0);
    expect(spisIn(team, b, ['sync']).code).toBe(0);
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    expect(spisIn(team, team.first, ['check']).code).toBe(0);
    const shown = JSON.parse(spisIn(team, team.first, ['show', '2026-0001', '--json']).stdout);
    expect(shown.contacts.find((c: { file: string }) => c.file === '2026-10-19-j5n6.yaml').summary).toBe(
      'Dohodnuté znění.',
    );
  });

  it('keeps local commits on a branch when a clash is not a record choice (spis.yaml changed twice), names the file, and follows the remote', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    const edit = (dir: string, phone: string): void => {
      const p = join(dir, 'spis.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^ {2}phone: .*$/m, `  phone: "${phone}"`));
    };
    edit(team.first, '+420 585 000 001');
    expect(spisIn(team, team.first, ['sync']).code).toBe(0);
    edit(b, '+420 585 000 002');
    const r = spisIn(team, b, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('spis/konflikt-svoboda-2026-11-22');
    expect(r.stderr).toContain('  spis.yaml');
    expect(r.stderr).not.toContain('585 000');
    // The main line follows the remote; the local change is on the branch, here and on the remote.
    expect(readFileSync(join(b, 'spis.yaml'), 'utf8')).toContain('+420 585 000 001');
    expect(gitIn(b, ['show', 'spis/konflikt-svoboda-2026-11-22:spis.yaml'], { HOME: team.home })).toContain(
      '+420 585 000 002',
    );
    expect(gitIn(team.dir, ['--git-dir', team.remote, 'branch', '--list', 'spis/*'], { HOME: team.home })).toContain(
      'spis/konflikt-svoboda-2026-11-22',
    );
    expect(spisIn(team, b, ['check']).code).toBe(0);
  });

  it('commits every write with the worker as author and no personal data in the message; spis log shows it', () => {
    const team = makeTeam(tmp(), 'novakova');
    const dir = team.first;
    const steps: string[][] = [
      ['key-worker', '2026-0002', 'mala', '--note', 'dlouhodobá nemoc'],
      ['contact', 'add', '2026-0002', '--from', '-'],
      ['contract', 'amend', '2026-0002', '--from', '-'],
      ['refuse', '2026-0003', '--reason', 'kapacita', '--worker', 'novakova'],
      ['archive', '2025-0012'],
      ['render', '2026-0001', 'plan', '--save'],
    ];
    const inputs: Record<string, string> = {
      contact: 'type: konzultace\nform: telefon\nsummary: Telefonát s Tomášem Benešem o škole.\n',
      contract: 'changes: Konzultace jednou za 14 dní.\n',
    };
    for (const s of steps) {
      const r = spisIn(team, dir, s, { stdin: inputs[s[0]] });
      expect(r.code, `${s.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
    const log = gitIn(dir, ['log', '--format=%B'], { HOME: team.home });
    expect(log).toContain(
      'key-worker 2026-0002\n\nSpis-Command: key-worker\nSpis-Case: 2026-0002\nSpis-Worker: novakova',
    );
    expect(gitIn(dir, ['log', '-1', '--format=%an <%ae>'], { HOME: team.home })).toBe(
      'Mgr. Jana Nováková <novakova@rozcesti.example.org>',
    );
    // No client's name, birth date, phone or note text anywhere in the history's messages.
    for (const file of readdirSync(join(dir, 'clients')).flatMap((id) => [`clients/${id}/client.yaml`])) {
      if (!existsSync(join(dir, file))) continue;
      const c = parse(readFileSync(join(dir, file), 'utf8'));
      for (const v of [c.name?.given, c.name?.family, c.birth_date, c.phone, c.email, c.pseudonym, c.address])
        if (v) expect(log).not.toContain(String(v));
    }
    for (const secret of ['Eva', 'Kučerová', 'Tomáš', 'Beneš', 'dlouhodobá nemoc', 'Telefonát'])
      expect(log).not.toContain(secret);

    const r = spisIn(team, dir, ['log', '2026-0002']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^\d{1,2}\. \d{1,2}\. \d{4} \d\d:\d\d\s+Mgr\. Jana Nováková\s+contract amend\s+contract\.yaml$/,
    );
    expect(lines[1]).toMatch(/contact add\s+contacts\/2026-11-22-[a-z0-9]{4}\.yaml$/);
    expect(lines[2]).toMatch(/key-worker\s+client\.yaml$/);
    // Archived cases keep their history through the move.
    const archived = JSON.parse(spisIn(team, dir, ['log', '2025-0012', '--json']).stdout) as {
      command: string;
      files: string[];
    }[];
    expect(archived[0].command).toBe('archive');
    expect(archived[0].files).toContain('termination.yaml');
  });

  it('refuses a push that breaks a case with the pre-receive hook from docs/operations.md, and takes a sound one', () => {
    const team = makeTeam(tmp(), 'novakova');
    const readme = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');
    const hook = /<!-- pre-receive -->\n```sh\n([\s\S]*?)```\n<!-- \/pre-receive -->/.exec(readme)![1];
    const path = join(team.remote, 'hooks/pre-receive');
    writeFileSync(path, hook);
    chmodSync(path, 0o755);
    const env = { HOME: team.home, SPIS: `${process.execPath} ${BIN}`, SPIS_TODAY: '2026-11-22', SPIS_LANG: 'cs' };
    // A hand edit that breaks a case, committed and pushed with plain git.
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
    expect(refused).toContain('push refused');
    expect(gitIn(team.dir, ['--git-dir', team.remote, 'log', '-1', '--format=%s', 'main'], env)).not.toBe('oprava');
    // Put right and pushed through spis sync: accepted.
    gitIn(team.first, ['reset', '--quiet', '--hard', 'HEAD~1'], env);
    const r = spisIn(team, team.first, ['contact', 'add', '2026-0002', '--from', '-'], {
      stdin: 'type: konzultace\nform: telefon\nsummary: Zápis.\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const s = spisIn(team, team.first, ['sync'], { env: { SPIS: env.SPIS } });
    expect(s.code, s.stderr).toBe(0);
    expect(gitIn(team.dir, ['--git-dir', team.remote, 'log', '-1', '--format=%s', 'main'], env)).toBe(
      'contact add 2026-0002',
    );
  });

  it('tries again when the remote moves between fetch and push, never forcing', () => {
    const team = makeTeam(tmp(), 'novakova');
    const b = cloneFor(team, 'svoboda');
    // A pre-push hook in B lands a colleague's change on the remote just before B's first push.
    const hook = join(b, '.git/hooks/pre-push');
    const marker = join(team.dir, 'moved');
    const colleague = `${process.execPath} ${BIN} contact add 2026-0002 --from - -C '${team.first}'`;
    writeFileSync(
      hook,
      `#!/bin/sh\n[ -e '${marker}' ] && exit 0\ntouch '${marker}'\nprintf 'type: konzultace\\nform: telefon\\nsummary: Kolegyně.\\n' | ${colleague} >/dev/null && ${process.execPath} ${BIN} sync -C '${team.first}' >/dev/null\n`,
    );
    chmodSync(hook, 0o755);
    const r = spisIn(team, b, ['contact', 'add', '2026-0001', '--from', '-'], {
      stdin: 'type: konzultace\nform: telefon\nsummary: Já.\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const s = spisIn(team, b, ['sync']);
    expect(s.code, s.stderr).toBe(0);
    expect(existsSync(marker)).toBe(true);
    // Both changes are on the remote, one after the other: no force, no merge commit.
    const log = gitIn(team.dir, ['--git-dir', team.remote, 'log', '--format=%s', '-2', 'main'], {
      HOME: team.home,
    }).split('\n');
    expect(log).toEqual(['contact add 2026-0001', 'contact add 2026-0002']);
    expect(
      gitIn(team.dir, ['--git-dir', team.remote, 'rev-list', '--merges', '--count', 'main'], { HOME: team.home }),
    ).toBe('0');
  });

  it('checks hand edits before committing them: a broken one stops the sync and nothing is exchanged', () => {
    const team = makeTeam(tmp(), 'novakova');
    const before = gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home });
    const p = join(team.first, 'clients/2026-0002/client.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^status: .*$/m, 'status: aktivni'));
    const r = spisIn(team, team.first, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0002/client.yaml:');
    expect(r.stderr).toContain('Ruční úpravy ve spisu obsahují chyby');
    expect(gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home })).toBe(before);
    expect(gitIn(team.first, ['status', '--porcelain'], { HOME: team.home })).toBe('M clients/2026-0002/client.yaml');
  });

  it('pushes only a sound result: a broken record committed by hand stops the sync before the push', () => {
    const team = makeTeam(tmp(), 'novakova');
    const before = gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home });
    const p = join(team.first, 'clients/2026-0002/contacts/2026-10-05-m2r4.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('goal: c1', 'goal: c9'));
    gitIn(team.first, ['commit', '--quiet', '-am', 'oprava'], { HOME: team.home });
    const r = spisIn(team, team.first, ['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dílčí cíl „c9“ ve spisu neexistuje');
    expect(r.stderr).toContain('nic nebylo odesláno');
    expect(gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home })).toBe(before);
  });
});
