// spis edit: a record by hand in $EDITOR, checked before it is written (visudo, crontab -e).
// A fake editor script stands in for the worker: first it writes an invalid record, then a valid
// one. The invalid one never reaches the repository; the valid one is one commit.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { gitIn, makeHome } from '../helpers/git.js';

const { example, tmp } = scratch();
const A = 'clients/2026-0001';

/** The example as a git repository of its own, with a private HOME. */
function gitRepo(): { dir: string; env: Record<string, string> } {
  const dir = example();
  const home = makeHome(tmp());
  gitIn(dir, ['init', '--quiet', '--initial-branch=main'], { HOME: home });
  gitIn(dir, ['add', '-A'], { HOME: home });
  gitIn(dir, ['commit', '--quiet', '-m', 'start'], { HOME: home });
  return { dir, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' } };
}

/**
 * An editor that applies the n-th sed script on its n-th run, logs the copy's mode and path, and
 * snapshots the record in the repository at that moment (to prove nothing was written yet).
 */
function fakeEditor(scripts: string[], watch?: string): { editor: string; log: string } {
  const aside = tmp();
  const log = join(aside, 'log');
  const editor = join(aside, 'editor.sh');
  const cases = scripts.map((s, i) => `${i + 1}) sed -i '${s}' "$1" ;;`).join('\n  ');
  writeFileSync(
    editor,
    `#!/bin/sh\nn=$(cat '${aside}/n' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '${aside}/n'\nstat -c '%a %n' "$1" >> '${log}'\n${watch ? `cp '${watch}' '${aside}/seen-'$n\n` : ''}case $n in\n  ${cases}\nesac\n`,
    { mode: 0o700 },
  );
  return { editor, log };
}

describe('spis edit <case> client', () => {
  it('an invalid edit is shown with FILE:LINE:COL and never written; edited again, the valid one is one commit', async () => {
    const { dir, env } = gitRepo();
    const file = join(dir, A, 'client.yaml');
    const before = readFileSync(file, 'utf8');
    const { editor, log } = fakeEditor(
      ['s/^sex: female/sex: zena/', 's/^sex: zena/sex: female/; s/^district: Olomouc/district: Prostějov/'],
      file,
    );
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], {
      env: { ...env, EDITOR: editor, VISUAL: '' },
    });
    await s.answer('Co dál?', KEY.enter);
    expect(await s.done).toBe(0);
    // The problem named the record's own file, line and column.
    expect(s.stderr()).toContain(`${A}/client.yaml:7:6: „zena“ není povolená hodnota pole „sex“`);
    // While the worker edited again, the repository held the record as it was.
    expect(readFileSync(join(log, '..', 'seen-2'), 'utf8')).toBe(before);
    expect(s.screen()).toContain(`Uloženo: ${A}/client.yaml`);
    // Only the intended line changed, the rest byte for byte.
    expect(readFileSync(file, 'utf8')).toBe(before.replace('district: Olomouc', 'district: Prostějov'));
    const [first, second] = readFileSync(log, 'utf8').trim().split('\n');
    expect(first).toMatch(new RegExp(`^600 ${dir}/\\.spis-tmp/edit-[^/]+/client\\.yaml$`));
    expect(second!.split(' ')[1]).toBe(first!.split(' ')[1]);
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);
    expect(gitIn(dir, ['log', '--format=%s', '-1'], env)).toBe('edit client.yaml 2026-0001');
    expect(gitIn(dir, ['show', '--stat', '--format=', 'HEAD'], env)).toMatch(/client\.yaml \| 2 \+-/);
    expect(gitIn(dir, ['status', '--porcelain'], env)).toBe('');
  });

  it('discarding writes nothing and leaves no temp file; an unchanged record writes nothing', async () => {
    const dir = example();
    const file = join(dir, A, 'client.yaml');
    const before = readFileSync(file, 'utf8');
    const bad = fakeEditor(['s/^birth_year: 1986/birth_year: tisíc/']);
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], { env: { EDITOR: bad.editor } });
    await s.answer('Co dál?', `${KEY.down}${KEY.enter}`);
    expect(await s.done).toBe(1);
    // Said by the one error exit (cli.ts), on stderr.
    expect(s.stderr()).toContain('Úpravy záznamu clients/2026-0001/client.yaml jsou zahozeny; nic se nezapsalo.');
    expect(s.screen()).not.toContain('jsou zahozeny');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);

    const same = fakeEditor(['s/^//']);
    const u = startInteractive(['edit', '2026-0001', 'client', '-C', dir], { env: { EDITOR: same.editor } });
    expect(await u.done).toBe(0);
    expect(u.screen()).toContain('zůstal beze změny');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a problem in another record that the edit causes is caught too (a goal a contact still evaluates)', async () => {
    const dir = example();
    const goals = join(dir, A, 'goals.yaml');
    const before = readFileSync(goals, 'utf8');
    // c2 is evaluated by contact records: renaming it breaks them.
    const { editor } = fakeEditor(['s/^  - id: c2$/  - id: c9/']);
    const s = startInteractive(['edit', '2026-0001', 'goals', '-C', dir], { env: { EDITOR: editor } });
    await s.answer('Co dál?', `${KEY.down}${KEY.enter}`);
    expect(await s.done).toBe(1);
    expect(s.stderr()).toMatch(/clients\/2026-0001\/contacts\/[0-9-]+[a-z0-9]{4}\.yaml:\d+:\d+: .*c2/);
    expect(readFileSync(goals, 'utf8')).toBe(before);
  });

  it('a record changed by someone else while the editor was open is not overwritten; the edited text is kept', async () => {
    const dir = example();
    const file = join(dir, A, 'client.yaml');
    // The editor edits its copy while "someone else" changes the record in the repository.
    const { editor } = fakeEditor([`s/^district: Olomouc/district: Prostějov/; w /dev/stdout`]);
    writeFileSync(
      editor,
      readFileSync(editor, 'utf8').replace(
        'case $n in',
        `sed -i 's/^district: Olomouc/district: Šternberk/' '${file}'\ncase $n in`,
      ),
    );
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], { env: { EDITOR: editor } });
    expect(await s.done).toBe(1);
    expect(s.stderr()).toContain('mezitím změnil někdo jiný');
    expect(readFileSync(file, 'utf8')).toContain('district: Šternberk');
    const kept = /zůstal v (\.spis-tmp\/edit-[^/]+\/client\.yaml)/.exec(s.stderr())?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, kept!), 'utf8')).toContain('district: Prostějov');
  });

  it('a case broken elsewhere can be mended record by record: only problems the edit brings stop it', async () => {
    const dir = example();
    const goals = join(dir, A, 'goals.yaml');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('review: 2026-11-30', 'review: 2026-11-31'));
    // client.yaml edited while goals.yaml is broken: written.
    const { editor } = fakeEditor(['s/^district: Olomouc/district: Prostějov/']);
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], { env: { EDITOR: editor } });
    expect(await s.done).toBe(0);
    expect(readFileSync(join(dir, A, 'client.yaml'), 'utf8')).toContain('district: Prostějov');
    // Then goals.yaml itself, mended.
    const fix = fakeEditor(['s/review: 2026-11-31/review: 2026-11-30/']);
    const g = startInteractive(['edit', '2026-0001', 'goals', '-C', dir], { env: { EDITOR: fix.editor } });
    expect(await g.done).toBe(0);
    expect((await run(['check', '-C', dir])).code).toBe(0);
  });

  it('$VISUAL comes before $EDITOR', async () => {
    const dir = example();
    const { editor } = fakeEditor(['s/^district: Olomouc/district: Prostějov/']);
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], {
      env: { VISUAL: editor, EDITOR: 'false' },
    });
    expect(await s.done).toBe(0);
    expect(readFileSync(join(dir, A, 'client.yaml'), 'utf8')).toContain('district: Prostějov');
  });

  it('the editor failing writes nothing; without a terminal it says how to run it', async () => {
    const dir = example();
    const before = readFileSync(join(dir, A, 'client.yaml'), 'utf8');
    const s = startInteractive(['edit', '2026-0001', 'client', '-C', dir], { env: { EDITOR: 'false' } });
    expect(await s.done).toBe(1);
    expect(s.stderr()).toContain('Editor (false) skončil chybou');
    expect(readFileSync(join(dir, A, 'client.yaml'), 'utf8')).toBe(before);
    const piped = await run(['edit', '2026-0001', 'client', '-C', dir]);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('spusťte ho v terminálu');
    const typo = startInteractive(['edit', '2026-0001', 'klient', '-C', dir], { env: { EDITOR: 'true' } });
    expect(await typo.done).toBe(2);
    expect(typo.stderr()).toContain(
      'Neznámý záznam „klient“. Možnosti: client, contract, goals, termination, nebo zápis z kontaktu',
    );
    const none = startInteractive(['edit', '2026-0003', 'termination', '-C', dir], { env: { EDITOR: 'true' } });
    expect(await none.done).toBe(1);
    expect(none.stderr()).toContain('Spis 2026-0003 nemá záznam termination.yaml');
  });
});

describe('spis edit <case> <contact>: a correction, never a rewrite', () => {
  it('the original stays byte for byte; the correction is in effect for due, show and render, which show the original', async () => {
    const { dir, env } = gitRepo();
    const contacts = join(dir, A, 'contacts');
    const original = readFileSync(join(contacts, '2026-10-19-j5n6.yaml'), 'utf8');
    const { editor } = fakeEditor([
      's/^summary: .*/summary: Opravený průběh./; s/^next_meeting: 2026-11-16/next_meeting: 2026-12-07/',
    ]);
    const missed = async () =>
      (
        JSON.parse((await run(['due', '--json', '-C', dir])).stdout) as {
          case_id: string;
          kind: string;
          due_date: string;
        }[]
      )
        .filter((x) => x.case_id === '2026-0001' && x.kind === 'missed-meeting')
        .map((x) => x.due_date);
    expect(await missed()).toEqual(['2026-11-16']);
    const reportBefore = (await run(['report', '--year', '2026', '--json', '-C', dir])).stdout;
    const s = startInteractive(['edit', '2026-0001', '19. 10. 2026', '--reason', 'chybné datum schůzky', '-C', dir], {
      env: { ...env, EDITOR: editor, SPIS_WORKER: 'novakova' },
    });
    expect(await s.done).toBe(0);
    // Named by its number and a random suffix: two clones correcting at once never pick one name.
    const first =
      /oprava je uložena jako clients\/2026-0001\/contacts\/(2026-10-19-j5n6\.correction-1-[a-z0-9]{4}\.yaml)/.exec(
        s.screen(),
      )?.[1];
    expect(first).toBeDefined();
    expect(readFileSync(join(contacts, '2026-10-19-j5n6.yaml'), 'utf8')).toBe(original);
    const correction = parse(readFileSync(join(contacts, first!), 'utf8'));
    expect(correction).toMatchObject({
      summary: 'Opravený průběh.',
      next_meeting: '2026-12-07',
      corrects: '2026-10-19-j5n6.yaml',
      correction: { date: '2026-11-22', worker: 'novakova', reason: 'chybné datum schůzky' },
    });
    expect(gitIn(dir, ['log', '--format=%s', '-1'], env)).toBe('edit contact 2026-0001');

    expect((await run(['check', '-C', dir])).code).toBe(0);
    // The missed meeting of 16 Nov is gone: the meeting in effect is the corrected one.
    expect(await missed()).toEqual([]);
    // Still one contact: the yearly report is the same.
    expect((await run(['report', '--year', '2026', '--json', '-C', dir])).stdout).toBe(reportBefore);
    // The contact is still one contact.
    const list = JSON.parse((await run(['show', '2026-0001', '--json', '-C', dir])).stdout);
    const shown = list.contacts.filter((c: { file: string }) => c.file.startsWith('2026-10-19'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      file: '2026-10-19-j5n6.yaml',
      summary: 'Opravený průběh.',
      corrections: [first],
      original: { summary: parse(original).summary },
    });
    const text = (await run(['show', '2026-0001', '-C', dir])).stdout;
    expect(text).toContain(
      'opraveno 22. 11. 2026 (Mgr. Jana Nováková), důvod: chybné datum schůzky; původně: Klientka volala',
    );
    const doc = (await run(['render', '2026-0001', 'contact', '--contact', '2026-10-19', '-C', dir])).stdout.replace(
      /\u00a0/g,
      ' ',
    );
    expect(doc).toContain('## Oprava zápisu');
    expect(doc).toContain('Zápis opravila Mgr. Jana Nováková dne 22. 11. 2026 (chybné datum schůzky).');
    expect(doc).toContain('**Opravené údaje:** průběh, příští schůzka');
    expect(doc).toContain(`**Původní průběh:** ${parse(original).summary}`);

    // A pseudonymised copy holds the record in effect as a plain record, without the reason.
    const pseudo = join(tmp(), 'pseudo');
    expect((await run(['export', '--pseudonymised', '--out', pseudo, '-C', dir])).code).toBe(0);
    const copied = readdirSync(join(pseudo, A, 'contacts')).filter((n) => n.startsWith('2026-10-19'));
    expect(copied).toEqual(['2026-10-19-j5n6.yaml']);
    expect(readFileSync(join(pseudo, A, 'contacts', copied[0]!), 'utf8')).not.toMatch(
      /chybné datum|corrects|correction/,
    );
    expect((await run(['check', '-C', pseudo])).code).toBe(0);
    // A case export (the client's right of access) has both versions.
    const out = join(tmp(), 'export');
    expect((await run(['export', '2026-0001', '--out', out, '--format', 'json', '-C', dir])).code).toBe(0);
    const exported = JSON.parse(readFileSync(join(out, 'data/contacts/2026-10-19-j5n6.json'), 'utf8'));
    expect(exported).toMatchObject({ summary: 'Opravený průběh.', original: { summary: parse(original).summary } });

    // Corrected again: a second correction, the first kept.
    const again = fakeEditor(['s/^summary: .*/summary: Opravený průběh, podruhé./']);
    const t2 = startInteractive(['edit', '2026-0001', 'contacts/2026-10-19-j5n6.yaml', '-C', dir], {
      env: { ...env, EDITOR: again.editor, SPIS_WORKER: 'svoboda' },
    });
    expect(await t2.done).toBe(0);
    const names = readdirSync(contacts)
      .filter((n) => n.startsWith('2026-10-19'))
      .sort();
    expect(names).toHaveLength(3);
    expect(names).toContain(first);
    expect(names).toContain('2026-10-19-j5n6.yaml');
    const secondName = names.find((n) => /\.correction-2-[a-z0-9]{4}\.yaml$/.test(n))!;
    const second = parse(readFileSync(join(contacts, secondName), 'utf8'));
    expect(second.correction).toEqual({ date: '2026-11-22', worker: 'svoboda' });
    expect(second.next_meeting).toBe('2026-12-07');
  });

  it('a correction that breaks a rule is refused like any edit', async () => {
    const dir = example();
    const contacts = join(dir, A, 'contacts');
    const { editor } = fakeEditor(['s/^worker: novakova/worker: nikdo/']);
    const s = startInteractive(['edit', '2026-0001', '2026-10-19', '-C', dir], {
      env: { EDITOR: editor, SPIS_WORKER: 'novakova' },
    });
    await s.answer('Co dál?', `${KEY.down}${KEY.enter}`);
    expect(await s.done).toBe(1);
    expect(s.stderr()).toMatch(new RegExp(`${A}/contacts/2026-10-19-j5n6\\.correction-1-[a-z0-9]{4}\\.yaml:`));
    expect(readdirSync(contacts).some((n) => n.includes('correction'))).toBe(false);
  });
});
