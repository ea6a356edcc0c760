// The complaints register (standard 7) as a worker and an inspector use it: a complaint recorded at
// the prompts and with --from, due until its written reply, the reply letter in md, html and pdf,
// the report's figures, check's rules, and what the exports and purge make of the people in it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { plain, run, runBin, scratch, snapshotTree } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { pdfPages, pdfWords, words } from '../helpers/pdf.js';

const { example, tmp } = scratch();

/** The example under git, as a service's repository is. */
function gitExample(): string {
  const dir = example();
  const g = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('-c', 'user.name=Test', '-c', 'user.email=t@example.org', 'commit', '-qm', 'init');
  return dir;
}

const complaints = (dir: string): string[] => readdirSync(join(dir, 'complaints')).sort();
const newOne = (dir: string, before: string[]): string => {
  const added = complaints(dir).filter((n) => !before.includes(n));
  expect(added).toHaveLength(1);
  return added[0]!.replace(/\.yaml$/, '');
};
const record = (dir: string, id: string) => parse(readFileSync(join(dir, 'complaints', `${id}.yaml`), 'utf8'));
const input = (text: string): string => {
  const f = join(tmp(), `in-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
};

const FROM_PARENT = `received: 18. 11. 2026
channel: oral
from:
  name: Marie Vymyšlená
  relation: matka klientky
about: case
case: 2026-0002
summary: Matka si stěžuje, že se o přesunu schůzky dozvěděla až na místě.
handler: novakova
`;

describe('spis complaint on a terminal', () => {
  it('asks who, about what and who handles it (never the worker complained about), shows the summary, lets an answer be changed, and writes only when saved', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const discard = startInteractive(['complaint', 'add', '-C', dir]);
    await discard.answer('Kdy stížnost přišla', KEY.enter);
    await discard.answer('Jak byla podána', KEY.enter);
    await discard.answer('Kdo si stěžuje', KEY.enter);
    await discard.answer('Číslo spisu klienta', `2026-0009${KEY.enter}`);
    // A case not in the repository is refused as it is typed.
    await discard.answer('v repozitáři není', `${KEY.clearLine}2026-0001${KEY.enter}`);
    await discard.answer('Na co si stěžuje', KEY.enter);
    await discard.answer('Na kterého pracovníka', `${KEY.down}${KEY.enter}`);
    await discard.answer('Předmět stížnosti', `Pracovník nepřišel na domluvenou schůzku.${KEY.enter}`);
    const handlers = await discard.see('Kdo stížnost vyřizuje');
    await discard.answer('', KEY.enter);
    await discard.answer('Lhůta pro písemnou odpověď', KEY.enter);
    const summary = await discard.see('Zapsat stížnost?');
    expect(summary).toContain('Stěžovatel: klient, spis 2026-0001');
    expect(summary).toContain('Týká se: pracovník: Mgr. Petr Svoboda');
    expect(summary).toContain('Lhůta pro odpověď: 22. 12. 2026');
    // The worker complained about is not offered as the handler.
    expect(handlers.slice(handlers.lastIndexOf('Kdo stížnost vyřizuje'))).not.toContain('Svoboda');
    await discard.answer('', `${KEY.down}${KEY.down}${KEY.enter}`);
    await discard.answer('Opravdu zahodit', `y${KEY.enter}`);
    expect(await discard.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);

    const was = complaints(dir);
    const s = startInteractive(['complaint', 'add', '-C', dir]);
    await s.answer('Kdy stížnost přišla', `${KEY.clearLine}20. 11. 2026${KEY.enter}`);
    await s.answer('Jak byla podána', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Kdo si stěžuje', `${KEY.down}${KEY.enter}`);
    await s.answer('Jméno a příjmení stěžovatele', `Karel Vymyšlený${KEY.enter}`);
    await s.answer('Vztah ke službě', `soused klienta${KEY.enter}`);
    await s.answer('Na co si stěžuje', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Předmět stížnosti', `Hluk z čekárny.${KEY.enter}`);
    await s.answer('Kdo stížnost vyřizuje', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Lhůta pro písemnou odpověď', KEY.enter);
    expect(await s.see('Zapsat stížnost?')).toContain('Lhůta pro odpověď: 20. 12. 2026');
    // Change an answer: the deadline, counted from the receipt.
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer('Kterou odpověď', `${KEY.up}${KEY.enter}`);
    await s.answer('Lhůta pro písemnou odpověď', `${KEY.clearLine}+14d${KEY.enter}`);
    expect(await s.see('Zapsat stížnost?')).toContain('Lhůta pro odpověď: 4. 12. 2026');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const id = newOne(dir, was);
    expect(id).toMatch(/^2026-11-20-[a-z0-9]{4}$/);
    expect(record(dir, id)).toEqual({
      id,
      received: '2026-11-20',
      channel: 'email',
      from: { name: 'Karel Vymyšlený', relation: 'soused klienta' },
      about: 'service',
      summary: 'Hluk z čekárny.',
      handler: 'mala',
      deadline: '2026-12-04',
    });
    expect(statSync(join(dir, 'complaints', `${id}.yaml`)).mode & 0o077).toBe(0);

    const r = startInteractive(['complaint', 'reply', id.slice(-4), '-C', dir]);
    await r.answer('Kdy byla odpověď odeslána', KEY.enter);
    await r.answer('Jak byla stížnost posouzena', `${KEY.down}${KEY.down}${KEY.enter}`);
    await r.answer('Text písemné odpovědi', `Hluk jsme změřili, je v normě.${KEY.enter}`);
    await r.answer('Přijatá opatření', KEY.enter);
    expect(await r.see('Zapsat odpověď?')).toContain('Výsledek: neoprávněná');
    await r.answer('', KEY.enter);
    expect(await r.done).toBe(0);
    expect(record(dir, id).reply).toEqual({
      date: '2026-11-22',
      outcome: 'unjustified',
      text: 'Hluk jsme změřili, je v normě.',
    });
  });
});

describe('spis complaint with --from', () => {
  it('records a complaint with the provider’s reply deadline, commits it without a name, and lists it until its reply', async () => {
    const dir = gitExample();
    const was = complaints(dir);
    const r = runBin(['complaint', 'add', '--from', input(FROM_PARENT), '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const id = newOne(dir, was);
    expect(r.stdout).toContain(`Stížnost zapsána pod číslem ${id}.`);
    expect(record(dir, id)).toMatchObject({
      received: '2026-11-18',
      deadline: '2026-12-18',
      about: 'case',
      case: '2026-0002',
    });
    const log = execFileSync('git', ['log', '-1', '--format=%B', '--name-only'], { cwd: dir, encoding: 'utf8' });
    expect(log).toContain(`complaint add ${id}`);
    expect(log).toContain(`complaints/${id}.yaml`);
    for (const personal of ['Marie', 'Vymyšlená', '2026-0002', 'matka']) expect(log).not.toContain(personal);

    // due: from the deadline minus the window (14 days), for the handler; never the complainant's name.
    const early = runBin(['due', '--json', '-C', dir], { env: { SPIS_TODAY: '2026-12-03' } });
    expect(JSON.parse(early.stdout).filter((x: { subject: string }) => x.subject === id)).toEqual([]);
    const due = runBin(['due', '--json', '--worker', 'novakova', '-C', dir], { env: { SPIS_TODAY: '2026-12-04' } });
    expect(JSON.parse(due.stdout)).toContainEqual(
      expect.objectContaining({
        kind: 'complaint-reply',
        subject: id,
        key_worker: 'novakova',
        due_date: '2026-12-18',
        days: 14,
      }),
    );
    const late = runBin(['due', '-C', dir], { env: { SPIS_TODAY: '2026-12-20' } });
    expect(late.stdout).toMatch(
      new RegExp(`18\\. 12\\. 2026 +2 dny po termínu +stížnost ${id} čeká na písemnou odpověď`),
    );
    expect(late.stdout).not.toContain('Vymyšlená');

    // A reply before the complaint came is refused where the input says it; nothing written.
    const before = snapshotTree(dir);
    const bad = runBin([
      'complaint',
      'reply',
      id,
      '--from',
      input('date: 2026-11-01\noutcome: partly\ntext: Omlouváme se.\n'),
      '-C',
      dir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/in-[a-z0-9]+\.yaml:1:7: datum 2026-11-01 je dřív než received \(2026-11-18\)/);
    expect(snapshotTree(dir)).toEqual(before);
    const ok = runBin(
      [
        'complaint',
        'reply',
        id,
        '--from',
        input(
          'date: 10. 12. 2026\noutcome: partly\ntext: Omlouváme se.\nmeasures: Přesuny schůzek hlásíme den předem.\n',
        ),
        '-C',
        dir,
      ],
      { env: { SPIS_TODAY: '2026-12-10' } },
    );
    expect(ok.code, ok.stderr).toBe(0);
    const after = runBin(['due', '--json', '-C', dir], { env: { SPIS_TODAY: '2026-12-20' } });
    expect(JSON.parse(after.stdout).filter((x: { subject: string }) => x.subject === id)).toEqual([]);
    // A reply is not overwritten.
    const twice = runBin(['complaint', 'reply', id, '--from', input('outcome: justified\ntext: Jinak.\n'), '-C', dir]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('už má zapsanou odpověď');
    expect(record(dir, id).reply.outcome).toBe('partly');
  });

  it('refuses, with the place in the input, a linked case that is not there and a complaint about a worker handled by that worker', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const r = runBin([
      'complaint',
      'add',
      '--from',
      input(
        'channel: written\nfrom:\n  case: 2026-0099\nabout: worker\nworker: svoboda\nsummary: Nepřišel.\nhandler: svoboda\nhandlr: x\n',
      ),
      '-C',
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('neznámé pole „handlr“');
    const r2 = runBin([
      'complaint',
      'add',
      '--from',
      input(
        'channel: written\nfrom:\n  case: 2026-0099\nabout: worker\nworker: svoboda\nsummary: Nepřišel.\nhandler: svoboda\n',
      ),
      '-C',
      dir,
    ]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/:3:9: spis 2026-0099 v repozitáři není/);
    expect(r2.stderr).toMatch(/:7:10: stížnost na pracovníka svoboda vyřizuje on sám/);
    expect(r2.stderr).toContain('Nic nebylo uloženo');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('the register for an inspection', () => {
  it('“show me the complaints of 2026 and how each was answered”: one command, every complaint of the year with its answer', async () => {
    const dir = example();
    expect(runBin(['complaint', 'add', '--from', input(FROM_PARENT), '-C', dir]).code).toBe(0);
    const r = runBin(['complaint', 'list', '--year', '2026', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^2026-11-16-b4n8 +16\. 11\. 2026 +anonymně +služba obecně +Bc\. Kateřina Malá +čeká na odpověď \(lhůta 16\. 12\. 2026\)$/,
    );
    expect(lines[2]).toMatch(
      /Marie Vymyšlená \(matka klientky\) +průběh služby, spis 2026-0002 +Mgr\. Jana Nováková +čeká na odpověď/,
    );
    const y2025 = JSON.parse(runBin(['complaint', 'list', '--year', '2025', '--json', '-C', dir]).stdout);
    expect(y2025.map((c: { id: string; reply?: { outcome: string } }) => [c.id, c.reply?.outcome])).toEqual([
      ['2025-09-15-s7k2', 'justified'],
    ]);
    expect(JSON.parse(runBin(['complaint', 'list', '--open', '--json', '-C', dir]).stdout)).toHaveLength(2);
    expect(runBin(['complaint', 'list', '--year', '26', '-C', dir]).code).toBe(2);
  });

  it('names the worker complained about as pracovník or pracovnice, as the worker is', () => {
    const dir = example();
    const about = (w: string) =>
      input(
        `channel: oral\nfrom:\n  anonymous: true\nabout: worker\nworker: ${w}\nsummary: Nepřišel.\nhandler: mala\n`,
      );
    expect(runBin(['complaint', 'add', '--from', about('svoboda'), '-C', dir]).code).toBe(0);
    expect(runBin(['complaint', 'add', '--from', about('novakova'), '-C', dir]).code).toBe(0);
    const list = runBin(['complaint', 'list', '--year', '2026', '-C', dir]).stdout;
    expect(list).toContain('pracovník: Mgr. Petr Svoboda');
    expect(list).toContain('pracovnice: Mgr. Jana Nováková');
  });

  it('counts the complaints in the report by subject and outcome, for the year asked', async () => {
    const dir = example();
    const y2025 = JSON.parse(runBin(['report', '--year', '2025', '--json', '-C', dir]).stdout).complaints;
    expect(y2025).toEqual({
      received: 1,
      about: { worker: 1, case: 0, service: 0 },
      outcome: { justified: 1, partly: 0, unjustified: 0 },
      open: 0,
      late: 0,
    });
    // --worker: the complaints the worker handles.
    const mala = JSON.parse(runBin(['report', '--year', '2025', '--worker', 'mala', '--json', '-C', dir]).stdout);
    expect(mala.complaints.received).toBe(0);
  });

  it('renders the written reply in md, html and pdf, addressed to the client from the case, with where to turn next', async () => {
    const dir = example();
    const md = runBin(['complaint', 'letter', 's7k2', '-C', dir]);
    expect(md.code, md.stderr).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../golden/documents/complaint-reply.md');
    const html = plain(runBin(['complaint', 'letter', '2025-09-15-s7k2', '--format', 'html', '-C', dir]).stdout);
    expect(html).toContain('<h1>Vyřízení stížnosti</h1>');
    expect(html).toContain('Eva Kučerová, Zahradní 5, 787 01 Šumperk');
    const pdf = join(tmp(), 'odpoved.pdf');
    expect(runBin(['complaint', 'letter', 's7k2', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const text = pdfWords(await pdfPages(pdf));
    for (const w of words(
      'Vyřízení stížnosti Veřejný ochránce Šumperk oprávněnou stížnost vyřídila: Mgr. Jana Nováková',
    ))
      expect(text).toContain(w);
    // No reply yet: no letter, and why.
    const open = runBin(['complaint', 'letter', 'b4n8', '-C', dir]);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('zatím nemá zapsanou odpověď');
  });

  it('keeps other complainants out of the pseudonymised export, and a purge of the case removes the person with the link', async () => {
    const dir = gitExample();
    expect(
      runBin(['complaint', 'add', '--from', input(FROM_PARENT.replace('2026-0002', '2025-0012')), '-C', dir]).code,
    ).toBe(0);
    const out = join(tmp(), 'pseudo');
    expect(runBin(['export', '--pseudonymised', '--out', out, '-C', dir]).code).toBe(0);
    const copied = readdirSync(join(out, 'complaints')).map((n) => readFileSync(join(out, 'complaints', n), 'utf8'));
    expect(copied).toHaveLength(3);
    for (const text of copied) {
      expect(text).not.toContain('Vymyšlená');
      expect(text).not.toContain('přesunu schůzky');
    }
    // The client's copy holds the complaint she made, not the one about her case made by her mother.
    const copy = join(tmp(), 'kopie');
    expect(runBin(['export', '2025-0012', '--out', copy, '-C', dir]).code).toBe(0);
    expect(readdirSync(join(copy, 'data', 'complaints'))).toEqual(['2025-09-15-s7k2.json']);

    expect(runBin(['archive', '2025-0012', '-C', dir]).code).toBe(0);
    const purge = runBin(['purge', '--expired', '--yes', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } });
    expect(purge.code, purge.stderr).toBe(0);
    const all = complaints(dir).map((n) => readFileSync(join(dir, 'complaints', n), 'utf8'));
    expect(all).toHaveLength(3);
    for (const text of all)
      for (const gone of ['2025-0012', 'Vymyšlená', 'matka', 'přesunu']) expect(text).not.toContain(gone);
    const unlinked = complaints(dir).map((n) => parse(readFileSync(join(dir, 'complaints', n), 'utf8')));
    expect(unlinked.filter((c) => c.from.purged)).toHaveLength(2);
    expect(unlinked.find((c) => c.case_purged)).toMatchObject({ about: 'case', summary: '[odstraněno]' });
    // Still a sound register, still counted.
    expect(runBin(['check', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } }).code).toBe(0);
    const y = JSON.parse(runBin(['report', '--year', '2025', '--json', '-C', dir]).stdout);
    expect(y.complaints.outcome.justified).toBe(1);
    expect(existsSync(join(dir, 'archive', '2025-0012'))).toBe(false);
  });

  it('a complaint whose reply is dated before it came is a check problem at the reply’s date', async () => {
    const dir = example();
    const f = join(dir, 'complaints/2025-09-15-s7k2.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('  date: 2025-10-02', '  date: 2025-09-02'));
    const r = await run(['check', '--json', '-C', dir]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({
        code: 'date-order',
        file: 'complaints/2025-09-15-s7k2.yaml',
        line: 13,
        path: 'reply.date',
      }),
    ]);
  });
});
