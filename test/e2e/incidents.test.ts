// The incidents register (standard 14; for work with children the threat to a child) as a worker and
// an inspector use it: an incident recorded at the prompts and with --from, its steps due until it is
// closed, the record in md, html and pdf, the report's figures, check's rules, and what the exports
// and purge make of the people in it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run, runBin, scratch, snapshotTree } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { pdfPages, pdfWords, words } from '../helpers/pdf.js';

const { example, tmp } = scratch();

const incidents = (dir: string): string[] => readdirSync(join(dir, 'incidents')).sort();
const newOne = (dir: string, before: string[]): string => {
  const added = incidents(dir).filter((n) => !before.includes(n));
  expect(added).toHaveLength(1);
  return added[0]!.replace(/\.yaml$/, '');
};
const record = (dir: string, id: string) => parse(readFileSync(join(dir, 'incidents', `${id}.yaml`), 'utf8'));
const input = (text: string): string => {
  const f = join(tmp(), `in-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
};

const AGGRESSION = `date: 20. 11. 2026
time: "09:30"
kind: agrese
cases: [2026-0001]
summary: Partner klientky vtrhl do poradny a křičel na pracovnici.
measures: Pracovnice odvedla klientku do vedlejší místnosti a zavolala policii.
informed:
  - whom: police
    name: Obvodní oddělení Olomouc-město
    date: 20. 11. 2026
    time: "09:35"
  - whom: management
    date: 20. 11. 2026
follow_up:
  - step: Domluvit s klientkou bezpečný plán schůzek.
    due: 2026-11-27
worker: novakova
`;

describe('spis incident on a terminal', () => {
  it('asks what happened, who was informed and what follows, shows the summary and writes only when saved', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const d = startInteractive(['incident', 'add', '-C', dir]);
    await d.answer('Kdy se událost stala', KEY.enter);
    await d.answer('V kolik hodin', `25:00${KEY.enter}`);
    await d.answer('HH:MM', `${KEY.clearLine}14:30${KEY.enter}`);
    await d.answer('Druh události', `${KEY.down}${KEY.down}${KEY.enter}`);
    await d.answer('Čísla dotčených spisů', `2026-0003, 2026-0099${KEY.enter}`);
    await d.answer('v repozitáři není', `${KEY.clearLine}2026-0003${KEY.enter}`);
    // The threat to a child offers yes.
    await d.answer('Týkala se událost dětí?', KEY.enter);
    await d.answer('Co se stalo', `Dítě přišlo samo a bálo se jít domů.${KEY.enter}`);
    await d.answer('okamžitá opatření', `Pracovnice zůstala s dítětem a volala OSPOD.${KEY.enter}`);
    await d.answer('Byl někdo informován', KEY.enter);
    await d.answer('Kdo byl informován', KEY.enter);
    await d.answer('Kdo konkrétně', `OSPOD Olomouc${KEY.enter}`);
    await d.answer('Kdy byl informován', KEY.enter);
    await d.answer('Byl informován ještě někdo další?', KEY.enter);
    await d.answer('Následuje další krok', KEY.enter);
    await d.answer('Další krok', `Případová konference s OSPOD.${KEY.enter}`);
    await d.answer('Do kdy', `+7d${KEY.enter}`);
    await d.answer('Ještě další krok?', KEY.enter);
    await d.answer('Kdo událost zapisuje', KEY.enter);
    const summary = await d.see('Zapsat událost?');
    expect(summary).toContain('Kdy: 22. 11. 2026 14:30');
    expect(summary).toContain('Druh: ohrožení dítěte (děti)');
    expect(summary).toContain('Informován: OSPOD (OSPOD Olomouc) 22. 11. 2026');
    expect(summary).toContain('Další krok: Případová konference s OSPOD. – 29. 11. 2026');
    await d.answer('', `${KEY.down}${KEY.down}${KEY.enter}`);
    await d.answer('Opravdu zahodit', `y${KEY.enter}`);
    expect(await d.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);

    const was = incidents(dir);
    const s = startInteractive(['incident', 'add', '-C', dir]);
    await s.answer('Kdy se událost stala', KEY.enter);
    await s.answer('V kolik hodin', KEY.enter);
    await s.answer('Druh události', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Čísla dotčených spisů', KEY.enter);
    await s.answer('Týkala se událost dětí?', KEY.enter);
    await s.answer('Co se stalo', `Návštěvník uklouzl na schodech.${KEY.enter}`);
    await s.answer('okamžitá opatření', `Ošetření lékárničkou.${KEY.enter}`);
    await s.answer('Byl někdo informován', `n${KEY.enter}`);
    await s.answer('Následuje další krok', `n${KEY.enter}`);
    await s.answer('Kdo událost zapisuje', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Zapsat událost?', KEY.enter);
    expect(await s.done).toBe(0);
    const id = newOne(dir, was);
    expect(record(dir, id)).toEqual({
      id,
      date: '2026-11-22',
      kind: 'uraz',
      children: false,
      summary: 'Návštěvník uklouzl na schodech.',
      measures: 'Ošetření lékárničkou.',
      worker: 'mala',
    });
    expect(statSync(join(dir, 'incidents', `${id}.yaml`)).mode & 0o077).toBe(0);
  });
});

describe('spis incident with --from', () => {
  it('records an incident, lists its step in due until it is closed, and closes it once', () => {
    const dir = example();
    const was = incidents(dir);
    const r = runBin(['incident', 'add', '--from', input(AGGRESSION), '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const id = newOne(dir, was);
    expect(record(dir, id)).toMatchObject({
      date: '2026-11-20',
      informed: [{ whom: 'police', date: '2026-11-20' }, { whom: 'management' }],
    });
    const due = JSON.parse(runBin(['due', '--json', '--worker', 'novakova', '-C', dir]).stdout);
    expect(due).toContainEqual(
      expect.objectContaining({ kind: 'incident-follow-up', subject: id, due_date: '2026-11-27', case_id: '' }),
    );
    const text = runBin(['due', '-C', dir]).stdout;
    expect(text).toContain(`mimořádná událost ${id}: další krok`);
    expect(text).not.toContain('Partner');
    const closed = runBin([
      'incident',
      'close',
      id.slice(-4),
      '--from',
      input('conclusion: Klientka má bezpečnostní plán.\n'),
      '-C',
      dir,
    ]);
    expect(closed.code, closed.stderr).toBe(0);
    expect(record(dir, id).closed).toEqual({ date: '2026-11-22', conclusion: 'Klientka má bezpečnostní plán.' });
    expect(
      JSON.parse(runBin(['due', '--json', '-C', dir]).stdout).filter((x: { subject: string }) => x.subject === id),
    ).toEqual([]);
    const again = runBin(['incident', 'close', id, '--from', input('conclusion: Jinak.\n'), '-C', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('už je uzavřená');
  });

  it('refuses with the place in the input: a kind not in the code list, a case not there, someone informed before it happened, a step without a date', () => {
    const dir = example();
    const before = snapshotTree(dir);
    const bad = AGGRESSION.replace('kind: agrese', 'kind: agrse')
      .replace('cases: [2026-0001]', 'cases: [2026-0091]')
      .replace('  - whom: management\n    date: 20. 11. 2026', '  - whom: management\n    date: 2026-11-02');
    const r = runBin(['incident', 'add', '--from', input(bad), '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/:3:7: „agrse“ není v číselníku incident_kinds/);
    expect(r.stderr).toMatch(/:4:9: spis 2026-0091 v repozitáři není/);
    expect(r.stderr).toMatch(/:13:11: datum 2026-11-02 je dřív než date \(2026-11-20\)/);
    const noDate = runBin([
      'incident',
      'add',
      '--from',
      input(AGGRESSION.replace('    due: 2026-11-27\n', '')),
      '-C',
      dir,
    ]);
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toMatch(/chybí povinný údaj „due“/);
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('the incidents for an inspection', () => {
  it('“which incidents involved children and who was informed”: one command', () => {
    const dir = example();
    const r = runBin(['incident', 'list', '--children', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^2026-11-19-p2d5 +19\. 11\. 2026 16:05 +ohrožení dítěte \(děti\) +2026-0002 +vedení 19\. 11\. 2026; OSPOD 20\. 11\. 2026 +otevřená$/,
    );
    const all = JSON.parse(runBin(['incident', 'list', '--year', '2026', '--json', '-C', dir]).stdout);
    expect(all.map((i: { id: string }) => i.id)).toEqual(['2026-03-12-t4r7', '2026-11-19-p2d5']);
    expect(JSON.parse(runBin(['incident', 'list', '--open', '--json', '-C', dir]).stdout)).toHaveLength(1);
    const report = JSON.parse(runBin(['report', '--year', '2026', '--json', '-C', dir]).stdout).incidents;
    expect(report).toEqual({
      total: 2,
      by_kind: { zdravotni_potize: 1, ohrozeni_ditete: 1 },
      children: 1,
      informed: { ospod: 1, police: 0, family: 1, management: 2, other: 0 },
      open: 1,
    });
  });

  it('renders the record in md (golden), html and pdf', async () => {
    const dir = example();
    const md = runBin(['incident', 'show', 'p2d5', '-C', dir]);
    expect(md.code, md.stderr).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../golden/documents/incident.md');
    expect(plain(runBin(['incident', 'show', 'p2d5', '--format', 'html', '-C', dir]).stdout)).toContain(
      '<h1>Záznam o mimořádné události</h1>',
    );
    const pdf = join(tmp(), 'udalost.pdf');
    expect(runBin(['incident', 'show', 't4r7', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const text = pdfWords(await pdfPages(pdf));
    for (const w of words('Záznam mimořádné události Uzavřeno 20. 3. 2026 zapsala: Mgr. Jana Nováková'))
      expect(text).toContain(w);
  });

  it('keeps the texts and the informed persons out of the pseudonymised export; a purge of a case leaves the incident without it', () => {
    const dir = example();
    const out = join(tmp(), 'pseudo');
    expect(runBin(['export', '--pseudonymised', '--out', out, '-C', dir]).code).toBe(0);
    for (const n of readdirSync(join(out, 'incidents'))) {
      const text = readFileSync(join(out, 'incidents', n), 'utf8');
      for (const gone of ['manžel', 'OSPOD Olomouc', 'nevolno', 'samo doma']) expect(text).not.toContain(gone);
      expect(text).toMatch(/cases:/);
    }
    expect(runBin(['archive', '2025-0012', '-C', dir]).code).toBe(0);
    expect(runBin(['purge', '--expired', '--yes', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } }).code).toBe(0);
    const i = record(dir, '2026-03-12-t4r7');
    expect(i.cases).toBeUndefined();
    expect(i.cases_purged).toBe(1);
    expect(JSON.stringify(i)).not.toMatch(/manžel|nevolno|přízemní/);
    expect(i.informed).toEqual([
      { whom: 'family', date: '2026-03-12', time: '10:40' },
      { whom: 'management', date: '2026-03-12' },
    ]);
    expect(runBin(['incident', 'list', '--year', '2026', '-C', dir]).stdout).toContain('1× skartovaný spis');
  });

  it('an incident closed before it happened is a check problem at the closing date', async () => {
    const dir = example();
    const f = join(dir, 'incidents/2026-03-12-t4r7.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('  date: 2026-03-20', '  date: 2026-03-02'));
    const r = await run(['check', '--json', '-C', dir]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ code: 'date-order', file: 'incidents/2026-03-12-t4r7.yaml', path: 'closed.date' }),
    ]);
  });
});
