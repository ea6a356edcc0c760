// Group activities (group education, a club, a self-help group) as a worker and an inspector use
// them: one event recorded with many participants at the prompts and with --from, each participant's
// show, plan and copy listing it, the figures of the report and of `group list`, the record in md,
// html and pdf, check's rules, and what the exports and purge make of the people in it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run, runBin, scratch, snapshotTree } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { pdfPages, pdfWords, words } from '../helpers/pdf.js';

const { example, tmp } = scratch();

const groups = (dir: string): string[] => readdirSync(join(dir, 'groups')).sort();
const newOne = (dir: string, before: string[]): string => {
  const added = groups(dir).filter((n) => !before.includes(n));
  expect(added).toHaveLength(1);
  return added[0]!.replace(/\.yaml$/, '');
};
const record = (dir: string, id: string) => parse(readFileSync(join(dir, 'groups', `${id}.yaml`), 'utf8'));
const input = (text: string): string => {
  const f = join(tmp(), `in-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
};

const CLUB = `date: 20. 11. 2026
kind: klub
topic: Klub rodičů – vánoční tvoření s dětmi
hours: 2.5
workers: [mala, novakova]
attendees:
  - case: 2026-0001
    attendance: present
  - case: 2026-0002
    attendance: excused
others: 2
other_names: [Jana Ukázková]
record: Šest dospělých a jejich děti vyráběli ozdoby; rodiče si vyměnili zkušenosti s vánočním režimem.
`;

describe('spis group add on a terminal', () => {
  it('asks the activity, its leaders and who came, shows the summary and writes only when saved', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const d = startInteractive(['group', 'add', '-C', dir]);
    await d.answer('Kdy se aktivita konala', KEY.enter);
    await d.answer('Od kolika hodin', KEY.enter);
    await d.answer('Druh aktivity', KEY.enter);
    await d.answer('Téma', `Rodičovské kompetence${KEY.enter}`);
    // Group education offers to count the hours as education.
    await d.answer('Počítat hodiny účastníkům jako vzdělávání?', KEY.enter);
    await d.answer('Jak dlouho trvala', `dvě${KEY.enter}`);
    await d.answer('Zadejte číslo', `${KEY.clearLine}1,5${KEY.enter}`);
    await d.answer('Kdo aktivitu vedl', KEY.enter);
    await d.answer('Vedl ji ještě někdo další?', `y${KEY.enter}`);
    await d.answer('Kdo další ji vedl', `${KEY.down}${KEY.enter}`);
    await d.answer('Vedl ji ještě někdo další?', KEY.enter);
    await d.answer('kdo se zúčastnili', `2026-0001, 2026-0098${KEY.enter}`);
    await d.answer('v repozitáři není', `${KEY.clearLine}2026-0001 2026-0003${KEY.enter}`);
    await d.answer('kdo se omluvili', `2026-0003${KEY.enter}`);
    await d.answer('je už mezi zúčastněnými', `${KEY.clearLine}2026-0002${KEY.enter}`);
    await d.answer('Kolik přišlo dalších osob', `1${KEY.enter}`);
    await d.answer('Jejich jména', KEY.enter);
    await d.answer('Krátký záznam', `Nácvik hraní rolí.${KEY.enter}`);
    const summary = await d.see('Zapsat aktivitu?');
    expect(summary).toContain('Kdy: 22. 11. 2026');
    expect(summary).toContain('Druh: skupinové vzdělávání (vzdělávání)');
    expect(summary).toContain('Hodin: 1,5');
    expect(summary).toContain('Vedli: Mgr. Jana Nováková, Bc. Kateřina Malá');
    expect(summary).toContain('Zúčastnili se: 2026-0001, 2026-0003');
    expect(summary).toContain('Omluvili se: 2026-0002');
    await d.answer('', `${KEY.down}${KEY.down}${KEY.enter}`);
    await d.answer('Opravdu zahodit', `y${KEY.enter}`);
    expect(await d.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);

    const was = groups(dir);
    const s = startInteractive(['group', 'add', '-C', dir]);
    await s.answer('Kdy se aktivita konala', `20. 11. 2026${KEY.enter}`);
    await s.answer('Od kolika hodin', `17:00${KEY.enter}`);
    await s.answer('Druh aktivity', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Téma', `Život s dluhy${KEY.enter}`);
    await s.answer('Počítat hodiny účastníkům jako vzdělávání?', KEY.enter);
    await s.answer('Jak dlouho trvala', `2${KEY.enter}`);
    await s.answer('Kdo aktivitu vedl', `${KEY.down}${KEY.enter}`);
    await s.answer('Vedl ji ještě někdo další?', KEY.enter);
    await s.answer('kdo se zúčastnili', `2026-0002${KEY.enter}`);
    await s.answer('kdo se omluvili', KEY.enter);
    await s.answer('Kolik přišlo dalších osob', KEY.enter);
    await s.answer('Krátký záznam', `Sdílení zkušeností.${KEY.enter}`);
    await s.answer('Zapsat aktivitu?', KEY.enter);
    expect(await s.done).toBe(0);
    const id = newOne(dir, was);
    expect(id).toMatch(/^2026-11-20-[a-z0-9]{4}$/);
    expect(record(dir, id)).toEqual({
      id,
      date: '2026-11-20',
      time: '17:00',
      kind: 'svepomocna_skupina',
      topic: 'Život s dluhy',
      education: false,
      hours: 2,
      workers: ['svoboda'],
      attendees: [{ case: '2026-0002', attendance: 'present' }],
      record: 'Sdílení zkušeností.',
    });
    expect(statSync(join(dir, 'groups', `${id}.yaml`)).mode & 0o077).toBe(0);
  });
});

describe('spis group add with --from', () => {
  it('records an activity with its attendees; each one’s show lists it, with education hours of the last 12 months', () => {
    const dir = example();
    const was = groups(dir);
    const r = runBin(['group', 'add', '--from', input(CLUB), '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(3 účastníci)');
    const id = newOne(dir, was);
    expect(record(dir, id)).toMatchObject({ date: '2026-11-20', hours: 2.5, workers: ['mala', 'novakova'], others: 2 });

    const show = plain(runBin(['show', '2026-0002', '-C', dir]).stdout);
    expect(show).toContain('Skupinové aktivity\n  zúčastnil se 1 aktivity, 2× omluven; poslední:');
    expect(show).toContain('20. 11. 2026  klub, setkání, 2,5 h – Klub rodičů – vánoční tvoření s dětmi (omluvil se)');
    expect(show).toContain('vzdělávání ve skupinách za posledních 12 měsíců: 0 h');
    // 2026-0001 took part in both education activities of the example: 1,5 h in February, 2 h in October.
    const her = plain(runBin(['show', '2026-0001', '-C', dir]).stdout);
    expect(her).toContain('zúčastnila se 4 aktivit; poslední:');
    expect(her).toContain('vzdělávání ve skupinách za posledních 12 měsíců: 3,5 h');
    const json = JSON.parse(runBin(['show', '2026-0002', '--json', '-C', dir]).stdout);
    expect(json.groups.map((g: { id: string; attendance: string }) => [g.id, g.attendance])).toEqual([
      ['2026-10-15-g3k8', 'excused'],
      ['2026-11-12-h7m2', 'present'],
      [id, 'excused'],
    ]);
    // A year on, the February activity is no longer within the last 12 months.
    const later = plain(runBin(['show', '2026-0001', '-C', dir], { env: { SPIS_TODAY: '2027-02-20' } }).stdout);
    expect(later).toContain('vzdělávání ve skupinách za posledních 12 měsíců: 2 h');
  });

  it('refuses with the place in the input: a participant that is not a case, one named twice, more names than others, hours that are not a number', () => {
    const dir = example();
    const before = snapshotTree(dir);
    const bad = CLUB.replace(
      '  - case: 2026-0002\n    attendance: excused',
      '  - case: 2026-0091\n    attendance: excused\n  - case: 2026-0001\n    attendance: excused',
    ).replace('others: 2', 'others: 0');
    const r = runBin(['group', 'add', '--from', input(bad), '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/:9:11: spis 2026-0091 v repozitáři není/);
    expect(r.stderr).toContain('nezapisujte mezi attendees, ale započtěte do others');
    expect(r.stderr).toMatch(/:11:11: spis 2026-0001 je mezi účastníky aktivity uveden dvakrát/);
    expect(r.stderr).toMatch(/:13:9: jmenovitě je uveden 1 další účastník, ale others udává 0/);
    // The name of the other participant is never quoted.
    expect(r.stderr).not.toContain('Ukázková');
    const hours = runBin(['group', 'add', '--from', input(CLUB.replace('hours: 2.5', 'hours: dvě')), '-C', dir]);
    expect(hours.code).toBe(1);
    expect(hours.stderr).toMatch(/:4:8: „hours“ má mít číslo/);
    const future = runBin([
      'group',
      'add',
      '--from',
      input(CLUB.replace('date: 20. 11. 2026', 'date: 2026-12-01')),
      '-C',
      dir,
    ]);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/:1:7: .*2026-12-01/);
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('the group activities for an inspection', () => {
  it('“how many group activities and participants”: one command, and the report’s figures', () => {
    const dir = example();
    const r = runBin(['group', 'list', '--year', '2026', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const lines = plain(r.stdout).trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(
      /^2026-10-15-g3k8 +15\. 10\. 2026 +skupinové vzdělávání \(vzdělávání\) +Rozpočet domácnosti a jak mluvit s věři… +2 +1 \+ 2 další +1$/,
    );
    expect(lines[4]).toBe('Celkem 3 aktivity, 8 účastí, 13,5 účastnických hodin, 6 oslovených osob.');
    const mine = JSON.parse(runBin(['group', 'list', '--case', '2025-0012', '--json', '-C', dir]).stdout);
    expect(mine.map((g: { id: string }) => g.id)).toEqual(['2026-02-18-n5w3']);
    const report = JSON.parse(runBin(['report', '--year', '2026', '--json', '-C', dir]).stdout).groups;
    expect(report).toEqual({
      total: 3,
      by_kind: { skupinove_vzdelavani: 2, svepomocna_skupina: 1 },
      education: 2,
      hours: 5,
      attendances: 8,
      participant_hours: 13.5,
      cases_reached: 3,
      others: 3,
      persons_reached: 6,
    });
    // A worker's figures are of the activities she led.
    const svoboda = JSON.parse(runBin(['report', '--year', '2026', '--worker', 'svoboda', '--json', '-C', dir]).stdout);
    expect(svoboda.groups).toMatchObject({ total: 2, attendances: 5 });
    const text = runBin(['report', '--year', '2026', '-C', dir]).stdout;
    expect(text).toMatch(/účastnické hodiny +13,5/);
  });

  it('a person with two cases is reached once', () => {
    const dir = example();
    const f = join(dir, 'clients/2026-0002/client.yaml');
    writeFileSync(f, `${readFileSync(f, 'utf8')}person: 2026-0001\n`);
    const report = JSON.parse(runBin(['report', '--year', '2026', '--json', '-C', dir]).stdout).groups;
    expect(report).toMatchObject({ attendances: 8, cases_reached: 2, persons_reached: 5 });
  });

  it('renders the record in md (golden), html and pdf; the plan names the activities the client took part in', async () => {
    const dir = example();
    const md = runBin(['group', 'show', 'h7m2', '-C', dir]);
    expect(md.code, md.stderr).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../golden/documents/group.md');
    const html = plain(runBin(['group', 'show', 'g3k8', '--format', 'html', '-C', dir]).stdout);
    expect(html).toContain('<h1>Záznam o skupinové aktivitě</h1>');
    expect(html).toContain('Vedly:');
    const pdf = join(tmp(), 'aktivita.pdf');
    expect(runBin(['group', 'show', 'n5w3', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const text = pdfWords(await pdfPages(pdf));
    for (const w of words(
      'Záznam o skupinové aktivitě Komunikace s dospívajícími dětmi 1,5 h zapsal: Mgr. Petr Svoboda',
    ))
      expect(text).toContain(w);
    const plan = runBin(['render', '2026-0001', 'plan', '-C', dir]);
    expect(plan.code, plan.stderr).toBe(0);
    // The documents keep a date and a one-letter preposition on one line (no-break spaces).
    const nbsp = (s: string): string => s.replaceAll('\u00a0', ' ');
    expect(nbsp(plan.stdout)).toContain('## Skupinové aktivity, kterých se klientka zúčastnila');
    expect(nbsp(plan.stdout)).toContain(
      '- 18. 2. 2026: skupinové vzdělávání – Komunikace s dospívajícími dětmi (1,5 h, vzdělávání)',
    );
    expect(nbsp(plan.stdout)).toContain('- 12. 11. 2026: svépomocná skupina – Setkání rodičů po rozchodu (1,5 h)');
  });

  it('the client’s copy holds her own attendance only; the pseudonymised export keeps the figures and drops the texts and names', () => {
    const dir = example();
    const copy = join(tmp(), 'kopie');
    expect(runBin(['export', '2026-0002', '--out', copy, '-C', dir]).code).toBe(0);
    expect(readdirSync(join(copy, 'data/groups')).sort()).toEqual(['2026-10-15-g3k8.json', '2026-11-12-h7m2.json']);
    const held = JSON.parse(readFileSync(join(copy, 'data/groups/2026-11-12-h7m2.json'), 'utf8'));
    expect(held.attendees).toEqual([{ case: '2026-0002', attendance: 'present' }]);
    expect(held.other_attendees).toBe(2);
    expect(JSON.stringify(held)).not.toMatch(/2026-0001|Ukázková/);

    const out = join(tmp(), 'pseudo');
    expect(runBin(['export', '--pseudonymised', '--out', out, '-C', dir]).code).toBe(0);
    for (const n of readdirSync(join(out, 'groups'))) {
      const text = readFileSync(join(out, 'groups', n), 'utf8');
      for (const gone of ['Ukázková', 'věřitelem', 'střídavé péči', 'pracovní list']) expect(text).not.toContain(gone);
      expect(text).toMatch(/attendees:/);
    }
    const pseudo = JSON.parse(runBin(['report', '--year', '2026', '--json', '-C', out]).stdout).groups;
    expect(pseudo).toMatchObject({ total: 3, attendances: 8, persons_reached: 6 });
  });

  it('a purge of a participant takes her out of the activity with its record; the attendances stay', () => {
    const dir = example();
    expect(runBin(['archive', '2025-0012', '-C', dir]).code).toBe(0);
    expect(runBin(['purge', '--expired', '--yes', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } }).code).toBe(0);
    const g = record(dir, '2026-02-18-n5w3');
    expect(g.attendees).toEqual([{ case: '2026-0001', attendance: 'present' }]);
    expect(g.attendees_purged).toBe(1);
    expect(g.record).toBe('[odstraněno]');
    expect(g.topic).toBe('Komunikace s dospívajícími dětmi');
    expect(record(dir, '2026-11-12-h7m2').record).toContain('střídavé péči');
    const report = JSON.parse(
      runBin(['report', '--year', '2026', '--json', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } }).stdout,
    ).groups;
    expect(report).toMatchObject({ attendances: 8, cases_reached: 2 });
    const check = runBin(['check', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } });
    expect(check.code, check.stdout).toBe(0);
  });

  it('a broken record of the register is named by the show of a case, not passed over', async () => {
    const dir = example();
    const f = join(dir, 'groups/2026-11-12-h7m2.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('hours: 1.5', 'hours: [1.5'));
    const r = await run(['show', '2026-0002', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('groups/2026-11-12-h7m2.yaml:');
    const plan = await run(['render', '2026-0001', 'plan', '-C', dir]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('Evidenci skupinových aktivit nejde celou přečíst');
  });
});
