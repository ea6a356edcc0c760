// A foster family in foster-care support (examples/pestouni): two carers, two children placed by
// a court. The dohoda names both carers and the children with the court's decision, in the words
// of zákon č. 359/1999 Sb. (never a social-service contract's); the dohoda's 30 days run from the
// first placement's finality; each carer's education counts over 12 consecutive months from group
// activities and individual education; respite days, expert and short-term help and contacts with
// the birth family are contact types of their own, shown and counted.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, plain, run, scratch } from '../helpers/cli.js';
import { htmlWords, pdfPages, pdfWords } from '../helpers/pdf.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { lifeOf } from '../helpers/life.js';

const FOSTER = join(ROOT, 'examples/pestouni');
const { tmp } = scratch();
const TODAY = { SPIS_TODAY: '2026-11-22' };

function family(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spis-foster-'));
  cpSync(FOSTER, dir, { recursive: true, filter: (src) => !src.includes('/.spis') });
  return dir;
}
const CLIENT = (dir: string): string => join(dir, 'clients/2025-0001/client.yaml');
const edit = (file: string, from: string | RegExp, to: string): void => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${String(from)} in ${file}`).not.toBe(text);
  writeFileSync(file, next);
};
const flat = (s: string): string => plain(s).replace(/\u00a0/g, ' ');

async function dueItems(dir: string, env = TODAY): Promise<{ kind: string; subject: string; due_date: string }[]> {
  const r = await run(['due', '--json', '-C', dir], { env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { kind: string; subject: string; due_date: string }[];
}
async function addContact(dir: string, id: string, text: string): Promise<void> {
  const f = join(tmp(), `c-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  const r = await run(['contact', 'add', id, '--from', f, '-C', dir], { env: TODAY });
  expect(r.code, r.stderr).toBe(0);
}
async function checkClean(dir: string): Promise<void> {
  const r = await run(['check', '-C', dir], { env: TODAY });
  expect(r.code, r.stdout + r.stderr).toBe(0);
}
async function dohoda(dir: string): Promise<string> {
  const r = await run(['render', '2025-0001', 'contract', '-C', dir], { env: TODAY });
  expect(r.code, r.stderr).toBe(0);
  return flat(r.stdout);
}

describe('a foster family (examples/pestouni)', () => {
  it('is checked clean, and due says the visit with the children and both carers’ education in the organisation’s terms', async () => {
    const dir = family();
    await checkClean(dir);
    const items = await dueItems(dir);
    expect(items.map((i) => [i.kind, i.subject, i.due_date])).toEqual([
      ['personal-contact', '', '2026-11-28'],
      ['carer-education', '', '2026-12-01'],
      ['carer-education', 'm1', '2026-12-01'],
    ]);
    const text = flat((await run(['due', '-C', dir], { env: TODAY })).stdout);
    expect(text).toContain('osobní kontakt s pečující osobou a dětmi');
    expect(text).toContain('vzdělávání osoby pečující m1');
    // Initials and case ids only: no name of a carer or a child in the morning report.
    for (const name of ['Kovářová', 'Kovář', 'Adéla', 'Matyáš']) expect(text).not.toContain(name);
  });

  it('an education course moves the carers’ deadline; a phone call does not clear the personal contact, a visit with both children does', async () => {
    const dir = family();
    await addContact(
      dir,
      '2025-0001',
      'date: 2026-11-20\nform: osobne\ntype: vzdelavani\nduration_min: 240\nworker: kral\npresent: [m1]\nsummary: Seminář.\n',
    );
    await addContact(
      dir,
      '2025-0001',
      'date: 2026-11-21\nform: telefon\ntype: konzultace\nworker: horakova\nsummary: Telefonát.\n',
    );
    let items = await dueItems(dir);
    expect(items.map((i) => i.kind)).toEqual(['personal-contact']);
    // Without more education, the 12 months that end when the December 2025 seminar drops out fall short again.
    items = await dueItems(dir, { SPIS_TODAY: '2027-02-10' });
    expect(items.filter((i) => i.kind === 'carer-education').map((i) => [i.subject, i.due_date])).toEqual([
      ['', '2027-02-21'],
      ['m1', '2027-02-21'],
    ]);
    // A visit with one child only is no personal contact with the children.
    await addContact(
      dir,
      '2025-0001',
      'date: 2026-11-22\nform: osobne\ntype: konzultace\nplace: doma\nworker: horakova\npresent: [m1, m2]\nsummary: Návštěva.\n',
    );
    expect((await dueItems(dir)).map((i) => i.kind)).toEqual(['personal-contact']);
    await addContact(
      dir,
      '2025-0001',
      'date: 2026-11-22\nform: osobne\ntype: konzultace\nplace: doma\nworker: horakova\npresent: [m2, m3]\nsummary: Návštěva.\n',
    );
    expect(await dueItems(dir)).toEqual([]);
    const show = flat((await run(['show', '2025-0001', '-C', dir], { env: TODAY })).stdout);
    expect(show).toContain('vzdělávání za posledních 12 měsíců: 31 z 24 h');
    expect(show).toContain('vzdělávání m1 za posledních 12 měsíců: 31 z 24 h');
    await checkClean(dir);
  });

  it('show counts respite days per child, expert and short-term help and the contacts with the birth family of the year', async () => {
    const dir = family();
    await addContact(
      dir,
      '2025-0001',
      'date: 2026-11-14\nform: osobne\ntype: respitni_pece\nworker: kral\nmembers: [m3]\ndays: 2\nsummary: Víkendový pobyt.\n',
    );
    const show = flat((await run(['show', '2025-0001', '-C', dir], { env: TODAY })).stdout);
    expect(show).toContain('respitní péče v roce 2026: m2 7 dní, m3 9 dní');
    expect(show).toContain(
      'krátkodobá pomoc 1×, odborná pomoc 1× (naposledy 10. 6. 2026), pomoc při styku s rodinou 1×',
    );
    expect(show).toContain('m2 Adéla – dcera (nar. 2014) (svěřena do péče od 1. 3. 2025)');
    expect(show).toContain('m1 Josef Kovář – partner (nar. 1976) (pěstoun)');
    // A support for a member the household does not have is refused, and nothing is written.
    const f = join(tmp(), 'm7.yaml');
    writeFileSync(
      f,
      'date: 2026-11-15\nform: osobne\ntype: respitni_pece\nworker: kral\nmembers: [m7]\ndays: 1\nsummary: Pobyt.\n',
    );
    const before = readdirSync(join(dir, 'clients/2025-0001/contacts')).length;
    const r = await run(['contact', 'add', '2025-0001', '--from', f, '-C', dir], { env: TODAY });
    expect(r.code).not.toBe(0);
    expect(flat(r.stderr)).toContain('člen domácnosti m7');
    expect(readdirSync(join(dir, 'clients/2025-0001/contacts')).length).toBe(before);
  });

  it('at the prompts the carer’s support comes first among the contact types, and the carer is offered as pěstounka, who took part', async () => {
    const dir = family();
    const s = startInteractive(['contact', 'add', '2025-0001', '-C', dir], { env: TODAY });
    await s.answer('Datum kontaktu', KEY.enter);
    const listed =
      plain(await s.see('hodnotící schůzka'))
        .split('Typ kontaktu')
        .at(-1) ?? '';
    expect(listed.indexOf('respitní péče')).toBeGreaterThan(-1);
    expect(listed.indexOf('respitní péče')).toBeLessThan(listed.indexOf('úvodní konzultace'));
    expect(listed.indexOf('pomoc při styku dítěte')).toBeLessThan(listed.indexOf('úvodní konzultace'));
    await s.answer('', KEY.enter);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `doma${KEY.enter}`);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer(/Účastníci \(oddělte čárkou\) \(pěstounka, horakova\)/, KEY.enter);
    await s.answer('Kdo z domácnosti byl u kontaktu', `m2, m3${KEY.enter}`);
    await s.answer('Průběh kontaktu', `Návštěva v rodině.${KEY.enter}`);
    await s.answer('Jak se cíl plní?', `${KEY.up}${KEY.enter}`);
    await s.answer('Jak se cíl plní?', `${KEY.up}${KEY.enter}`);
    await s.answer('Stanovit nový dílčí cíl?', KEY.enter);
    await s.answer('Příští schůzka', KEY.enter);
    // The carer among those present makes it a record summarised with her – in her own word.
    await s.see('Shrnuto s pěstounkou a pěstounka souhlasí. Uložit?');
    s.answer('', KEY.ctrlC);
    expect(await s.done).not.toBe(0);
    expect(readdirSync(join(dir, 'clients/2025-0001/contacts'))).toHaveLength(16);
  });

  it('the end of a child’s placement is recorded at the prompts of client edit: its last day and why, the rest of the record as it was', async () => {
    const dir = family();
    const before = readFileSync(CLIENT(dir), 'utf8');
    const s = startInteractive(['client', 'edit', '2025-0001', '-C', dir], { env: TODAY });
    // Every field offered with its value: Enter keeps it.
    for (const field of [
      'Jméno',
      'Příjmení',
      'Pohlaví',
      'Datum narození',
      'Okres',
      'Cílová skupina',
      'Adresa',
      'Telefon',
      'E-mail',
    ])
      await s.answer(field, KEY.enter);
    await s.answer('zákonného zástupce', KEY.enter);
    await s.answer('Spolupracuje na případu', KEY.enter);
    await s.answer(
      'Skončilo svěření dítěte do péče? m2 Adéla – dcera (nar. 2014), svěřena od 1. 3. 2025',
      `a${KEY.enter}`,
    );
    await s.answer('Poslední den svěření', `${KEY.clearLine}24. 2. 2025${KEY.enter}`);
    // Not before the placement began.
    await s.answer('Poslední den svěření', `${KEY.clearLine}31. 10. 2026${KEY.enter}`);
    await s.answer('Proč svěření skončilo', KEY.enter);
    await s.answer('Skončilo svěření dítěte do péče? m3 Matyáš – syn (nar. 2019), svěřen od 15. 9. 2025', KEY.enter);
    const summary = plain(await s.see('Uložit?')).replace(/\u00a0/g, ' ');
    expect(summary).toContain(
      'domácnost: m2 Adéla – dcera (nar. 2014): svěření do péče skončilo 31. 10. 2026 (návrat do rodiny)',
    );
    await s.answer('', KEY.enter);
    expect(await s.done, s.stderr()).toBe(0);
    const after = readFileSync(CLIENT(dir), 'utf8');
    // Only the two lines are new: every other line – comments too – as it was.
    expect(after).toBe(
      before.replace(
        '      ipod: 2025-04-02\n',
        '      ipod: 2025-04-02\n      until: 2026-10-31\n      ended: return\n',
      ),
    );
    await checkClean(dir);
    const show = flat((await run(['show', '2025-0001', '-C', dir], { env: TODAY })).stdout);
    expect(show).toContain('(svěřena do péče od 1. 3. 2025 do 31. 10. 2026)');
  });

  it('a group activity names only members of the attending case’s household', async () => {
    const dir = family();
    edit(join(dir, 'groups/2026-10-03-v8j1.yaml'), '    members: [m1]', '    members: [m7]');
    const r = await run(['check', '-C', dir], { env: TODAY });
    expect(r.code).toBe(1);
    const out = flat(r.stdout + r.stderr);
    expect(out).toContain('groups/2026-10-03-v8j1.yaml:12:15: člen domácnosti m7 v client.yaml (household) není');
    expect(out).toContain('Čísla členů domácnosti jsou m1, m2, m3');
  });

  it('the dohoda names both carers and each child with the court’s decision, the OSPOD and its consent – never a social-service contract', async () => {
    const dir = family();
    const md = await dohoda(dir);
    expect(md).toContain(
      '**Osoby pečující:** Marie Kovářová, narozena 12. 4. 1979, bytem Na Vyhlídce 3, 783 01 Olomouc; Josef Kovář, narozen 30. 9. 1976, bytem Na Vyhlídce 3, 783 01 Olomouc (dále jen „pěstouni“)',
    );
    expect(md).toContain(
      'Adéla – dcera (nar. 2014): pěstounská péče od 1. 3. 2025; rozhodnutí: Okresní soud v Olomouci, sp. zn. 23 P 117/2024, ze dne 20. 1. 2025, v právní moci dne 10. 2. 2025; individuální plán ochrany dítěte ze dne 2. 4. 2025',
    );
    expect(md).toContain('Matyáš – syn (nar. 2019): pěstounská péče od 15. 9. 2025');
    expect(md).toContain('souhlas s uzavřením dohody udělil dne 3. 3. 2025');
    expect(md).toContain('Práva pěstounů a jak je pověřená osoba zajišťuje');
    expect(md).toContain('Povinnosti pěstounů');
    expect(md).toContain('je s pěstouny a se svěřenými dětmi v osobním kontaktu');
    expect(md).toContain('osoba pečující: Marie Kovářová');
    expect(md).toContain('osoba pečující: Josef Kovář');
    // The PDF says the same words as the HTML, each carer under a signature line of her own.
    const file = join(tmp(), 'dohoda.pdf');
    expect(
      (await run(['render', '2025-0001', 'contract', '--format', 'pdf', '-o', file, '-C', dir], { env: TODAY })).code,
    ).toBe(0);
    const html = await run(['render', '2025-0001', 'contract', '--format', 'html', '-C', dir], { env: TODAY });
    const pages = await pdfPages(file);
    expect(pdfWords(pages)).toEqual(htmlWords(html.stdout));
    expect(html.stdout).toContain('<div>osoba pečující: Josef Kovář</div>');
    for (const doc of ['contract', 'plan', 'zprava']) {
      const r = await run(['render', '2025-0001', doc, '-C', dir], { env: TODAY });
      expect(r.code, `${doc}: ${r.stderr}`).toBe(0);
      expect(r.stdout, doc).not.toMatch(/sociální služb|§ 91|uživatel/i);
    }
  });

  it('two six-monthly reports on the course of foster care: their period’s support, education and contacts (golden md/html, PDF read back)', async () => {
    const dir = family();
    for (const n of ['2', '3']) {
      const md = await run(['render', '2025-0001', 'zprava', '--report', n, '-C', dir], { env: TODAY });
      expect(md.code, md.stderr).toBe(0);
      await expect(md.stdout).toMatchFileSnapshot(`../golden/documents/foster-report-${n}.md`);
      expect(md.stdout).not.toMatch(/sociální služb|§ 91|uživatel|[Kk]lient/);
    }
    const html = await run(['render', '2025-0001', 'zprava', '--format', 'html', '-C', dir], { env: TODAY });
    await expect(html.stdout).toMatchFileSnapshot('../golden/documents/foster-report-3.html');
    const file = join(tmp(), 'zprava.pdf');
    expect(
      (await run(['render', '2025-0001', 'zprava', '--format', 'pdf', '-o', file, '-C', dir], { env: TODAY })).code,
    ).toBe(0);
    expect(pdfWords(await pdfPages(file))).toEqual(htmlWords(html.stdout));
    const text = flat(html.stdout);
    expect(text).toContain('Adéla – dcera (nar. 2014): 7 dní; Matyáš – syn (nar. 2019): 7 dní');
    expect(text).toContain('za 12 měsíců ke dni zprávy 24 z 24 h');
    expect(text).toContain('<span class="label">Pěstoun:</span> Josef Kovář');
    expect(text).toContain('Vzdělávání osoby pečující (Josef Kovář) v období: 6 h');
  });

  it('the dohoda agrees with one carer, a woman or a man, and with two women', async () => {
    const dir = family();
    edit(CLIENT(dir), '    carer: true\n', '');
    let md = await dohoda(dir);
    expect(md).toContain('**Osoba pečující:** Marie Kovářová');
    expect(md).toContain('(dále jen „pěstounka“)');
    expect(md).toContain('Práva pěstounky a jak');
    expect(md).toContain('je s pěstounkou a se svěřenými dětmi');
    expect(md).toContain('se kterou pěstounku seznámí');
    expect(md).not.toContain('Josef Kovář, narozen');
    edit(CLIENT(dir), 'sex: female\nbirth_date', 'sex: male\nbirth_date');
    edit(CLIENT(dir), 'given: Marie\n  family: Kovářová', 'given: Mario\n  family: Kovář');
    md = await dohoda(dir);
    expect(md).toContain('(dále jen „pěstoun“)');
    expect(md).toContain('Povinnosti pěstouna');
    expect(md).toContain('je s pěstounem a se svěřenými dětmi');
    expect(md).toContain('Mario Kovář, narozen 12. 4. 1979');
    edit(CLIENT(dir), 'sex: male\nbirth_date', 'sex: female\nbirth_date');
    edit(
      CLIENT(dir),
      '    sex: male\n    birth_year: 1976\n    born: 1976-09-30\n',
      '    sex: female\n    birth_year: 1976\n    born: 1976-09-30\n    carer: true\n',
    );
    md = await dohoda(dir);
    expect(md).toContain('(dále jen „pěstounky“)');
    expect(md).toContain('Práva pěstounek a jak');
    expect(md).toContain('je s pěstounkami a se svěřenými dětmi');
  });

  it('the closing record agrees with one carer, a woman or a man: her or his file, the words of a dohoda', async () => {
    const dir = family();
    edit(CLIENT(dir), '    carer: true\n', '');
    const closed = await run(['close', '2025-0001', '--from', '-', '-C', dir], {
      env: TODAY,
      stdin:
        'reason: zanik_pestounske_pece\npersonal_goal: {outcome: met}\npartial_goals:\n  - {goal: c1, outcome: met}\n  - {goal: c2, outcome: partly_met}\n',
    });
    expect(closed.code, closed.stderr).toBe(0);
    const protocol = async (): Promise<string> => {
      const r = await run(['render', '2025-0001', 'protokol', '-C', dir], { env: TODAY });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/sociální služb|§ 91|uživatel|[Kk]lient/);
      return flat(r.stdout);
    };
    let text = await protocol();
    expect(text).toContain('**Osoba pečující:** Marie Kovářová, narozena 12. 4. 1979');
    expect(text).toContain('zánik pěstounské péče');
    expect(text).toContain('Pěstounka byla seznámena s tím, že její spis');
    expect(text).not.toContain('Josef Kovář');
    edit(CLIENT(dir), 'sex: female\nbirth_date', 'sex: male\nbirth_date');
    text = await protocol();
    expect(text).toContain('narozen 12. 4. 1979');
    expect(text).toContain('Pěstoun byl seznámen s tím, že jeho spis');
  });

  it('an applicant with a child placed: the dohoda falls due 30 days from the decision’s finality, and is gone once concluded', async () => {
    const dir = family();
    const id = '2026-0001';
    const folder = join(dir, 'clients', id);
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'client.yaml'),
      `id: ${id}
status: applicant
name:
  given: Lenka
  family: Horká
sex: female
target_group: pestouni
applied: 2026-11-02
household:
  - id: m1
    role: child
    sex: male
    birth_year: 2020
    placement:
      from: 2026-10-21
      decision_date: 2026-10-20
      final: 2026-11-06
  - id: m2
    role: child
    sex: female
    birth_year: 2022
    placement:
      from: 2026-11-10
      final: 2026-11-20
`,
    );
    await checkClean(dir);
    const items = (await dueItems(dir)).filter((i) => i.kind === 'agreement-deadline');
    expect(items.map((i) => i.due_date)).toEqual(['2026-12-06']);
    const text = flat((await run(['due', '-C', dir], { env: TODAY })).stdout);
    expect(text).toContain('uzavřít dohodu o výkonu pěstounské péče (30 dní od právní moci svěření)');
    // Assessed and concluded: the item is gone.
    const assessed = await run(['assess', id, '--from', '-', '-C', dir], {
      env: TODAY,
      stdin: 'workers: [horakova, kral]\nnote: Doprovázení.\nkey_worker: horakova\n',
    });
    expect(assessed.code, assessed.stderr).toBe(0);
    const r = await run(['contract', 'new', id, '--from', '-', '-C', dir], {
      env: TODAY,
      stdin:
        'client: {address: "Polní 2, 779 00 Olomouc"}\nconsents: {personal_data: 2026-11-22, personal_data_by: horakova}\npersonal_goal: aby děti měly klidný domov\nospod: {office: OSPOD Olomouc, consent: 2026-11-21}\n',
    });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(readFileSync(join(folder, 'contract.yaml'), 'utf8')).toContain('consent: 2026-11-21');
    expect((await dueItems(dir)).filter((i) => i.kind === 'agreement-deadline')).toEqual([]);
    await checkClean(dir);
  });

  it('a placement on a member who is no child, and a court decision final before it was made, are check problems that point, not quote', async () => {
    const dir = family();
    edit(CLIENT(dir), '    born: 1976-09-30\n', '    born: 1976-09-30\n    placement:\n      from: 2025-03-01\n');
    edit(CLIENT(dir), 'final: 2025-02-10', 'final: 2025-01-10');
    const r = await run(['check', '-C', dir], { env: TODAY });
    expect(r.code).toBe(1);
    const out = flat(r.stdout + r.stderr);
    expect(out).toContain('pole „placement“ sem nepatří (člen domácnosti s rolí partner)');
    expect(out).toContain('datum 2025-01-10 je dřív než decision_date (2025-01-20)');
    expect(out).not.toContain('23 P 117/2024');
    expect(out).not.toContain('1976-09-30');
  });

  it('a household member’s own copy (Art. 15): her entry, the records she was at or that were for her, her goals – not the client’s record', async () => {
    const dir = family();
    const out = join(tmp(), 'adela');
    const r = await run(['export', '2025-0001', '--member', 'm2', '--out', out, '-C', dir], { env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('před předáním je projděte');
    const data = join(out, 'data');
    expect(JSON.parse(readFileSync(join(data, 'clen-domacnosti.json'), 'utf8'))).toMatchObject({
      case: '2025-0001',
      id: 'm2',
      placement: { final: '2025-02-10' },
    });
    // Exactly the contact records that name her among those present or as the one they were for.
    const contacts = readdirSync(join(dir, 'clients/2025-0001/contacts'))
      .filter((f) =>
        /\n(present|members): \[[^\]]*\bm2\b/.test(
          `\n${readFileSync(join(dir, 'clients/2025-0001/contacts', f), 'utf8')}`,
        ),
      )
      .map((f) => f.replace(/\.yaml$/, '.json'))
      .sort();
    expect(contacts.length).toBeGreaterThan(2);
    expect(readdirSync(join(data, 'contacts')).sort()).toEqual(contacts);
    const goals = JSON.parse(readFileSync(join(data, 'dilci-cile.json'), 'utf8')) as { id: string }[];
    expect(goals.map((g) => g.id)).toEqual(['c2']);
    expect(readdirSync(data).sort()).toEqual(['clen-domacnosti.json', 'contacts', 'dilci-cile.json']);
    for (const f of readdirSync(data, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json')))
      expect(readFileSync(join(data, f), 'utf8'), f).not.toContain('1979-04-12');
    // A number the household does not have: refused, nothing written.
    const none = join(tmp(), 'm9');
    const bad = await run(['export', '2025-0001', '--member', 'm9', '--out', none, '-C', dir], { env: TODAY });
    expect(bad.code).toBe(1);
    expect(flat(bad.stderr)).toContain('není člen domácnosti m9');
    expect(() => readdirSync(none)).toThrow();
  });

  it('a dohoda lacking its own items is named by § 47b, never by § 91: in check, at render, at contract new', async () => {
    const dir = family();
    const contract = join(dir, 'clients/2025-0001/contract.yaml');
    edit(contract, /^place_time: .*\n/m, '');
    const r = await run(['check', '-C', dir], { env: TODAY });
    expect(r.code).toBe(1);
    const out = flat(r.stdout + r.stderr);
    expect(out).toContain('chybí místo a čas setkávání – vyžaduje § 47b zákona č. 359/1999 Sb.');
    expect(out).not.toMatch(/§ 91|sociální služb/);
    const rendered = await run(['render', '2025-0001', 'contract', '-C', dir], { env: TODAY });
    expect(rendered.code).not.toBe(0);
    expect(flat(rendered.stderr)).toContain('§ 47b');
    expect(flat(rendered.stderr)).not.toContain('§ 91');
    // An applicant with neither a birth date nor an address: the dohoda cannot name its party.
    const id = '2026-0001';
    mkdirSync(join(dir, 'clients', id));
    writeFileSync(
      join(dir, 'clients', id, 'client.yaml'),
      `id: ${id}\nstatus: applicant\nname:\n  given: Lenka\n  family: Horká\nsex: female\ntarget_group: pestouni\napplied: 2026-11-02\nassessment:\n  date: 2026-11-03\n  workers: [horakova, kral]\n  note: Doprovázení.\n  key_worker: horakova\n`,
    );
    const refused = await run(['contract', 'new', id, '--from', '-', '-C', dir], {
      env: TODAY,
      stdin: 'personal_goal: klidný domov\nconsents: {personal_data: 2026-11-22, personal_data_by: horakova}\n',
    });
    expect(refused.code).toBe(1);
    expect(flat(refused.stderr)).toContain('Dohoda o výkonu pěstounské péče musí označit osobu pečující');
    expect(flat(refused.stderr)).toContain('datum narození nebo adresa osoby pečující (strana dohody) – § 47b');
    expect(readdirSync(join(dir, 'clients', id))).toEqual(['client.yaml']);
  });

  it('the pseudonymised export keeps the household’s shape and the placements’ dates, not the court, the file number or a birth date', async () => {
    const dir = family();
    const out = join(tmp(), 'pseudo');
    const r = await run(['export', '--pseudonymised', '--out', out, '-C', dir], { env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    const client = readFileSync(join(out, 'clients/2025-0001/client.yaml'), 'utf8');
    expect(client).toContain('final: 2025-02-10');
    expect(client).toContain('carer: true');
    for (const value of ['Okresní soud', '23 P 117/2024', '1976-09-30', 'Josef', 'Adéla'])
      expect(client).not.toContain(value);
  });
});

describe('spis init for foster-care support', () => {
  it('writes the code lists of the regime: endings and refusals of a dohoda, the carer’s support as contact types', async () => {
    const dir = join(tmp(), 'nova');
    const r = await run(
      [
        'init',
        dir,
        '--name',
        'Doprovázení, z. ú.',
        '--ico',
        '12345679',
        '--address',
        'Olomouc',
        '--service',
        'doprovazeni_pestounu',
        '--worker',
        'eva:Eva Malá:eva@example.org:ž',
      ],
      { env: TODAY },
    );
    expect(r.code, r.stderr).toBe(0);
    const config = readFileSync(join(dir, 'spis.yaml'), 'utf8');
    const codes = config.slice(config.indexOf('termination_reasons:'), config.indexOf('incident_kinds:'));
    expect(codes).not.toMatch(/uživatel|§ 91|sociální služb/);
    expect(codes).toContain('mimo_pusobnost');
    // The notices of § 47c: the pověřená osoba's by its letters, the carer's without a reason.
    expect(codes).toContain('(§ 47c odst. 2 písm. a))');
    expect(codes).toContain('odmitnuti_prijeti');
    expect(codes).toContain('§ 47c odst. 3');
    expect(config).toContain('respitni_pece');
    expect(config).toContain('agreement_deadline: 30d');
    expect(config).toContain('carer_education: 24');
  });
});

describe('a foster family’s whole life: two carers, two children, from the first contact to the ending of the dohoda', () => {
  it('dohoda within 30 days, visits and calls, education to 24 hours, respite, the birth mother, two reports, a placement ending, the dohoda ended – check clean after each step', async () => {
    const life = lifeOf(join(tmp(), 'rodina'));
    const { dir, step } = life;
    /** The items of one kind overdue or due within `within` days: [subject, due date]. */
    const due = async (asOf: string, kind: string, within = 0): Promise<string[][]> =>
      (await life.due(asOf, within)).filter(([, k]) => k === kind).map(([, , subject, date]) => [subject, date]);
    const render = async (today: string, args: string[]): Promise<string> => {
      const r = await run(['render', ...args, '-C', dir], { env: { SPIS_TODAY: today } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/sociální služb|§ 91|uživatel/i);
      return flat(r.stdout);
    };
    const contact = (day: string, body: string): Promise<string> =>
      step(day, ['contact', 'add', id, '--from', '-'], `date: ${day}\n${body}`);

    await step('2026-01-05', [
      'init',
      dir,
      '--name',
      'Doprovázení Test, z. ú.',
      '--ico',
      '12345679',
      '--address',
      'Krátká 2, Olomouc',
      '--service',
      'doprovazeni_pestounu',
      '--worker',
      'kralova:Petra Králová::ž',
      '--worker',
      'dvorak:Jan Dvořák::m',
    ]);
    // The first contact: the carers come with two children placed by the court in December.
    const id = await step(
      '2026-01-05',
      ['client', 'new', '--from', '-'],
      [
        'name: {given: Hana, family: Malá}',
        'sex: female',
        'birth_date: 1979-02-03',
        'address: Krátká 9, 779 00 Olomouc',
        'target_group: pestouni',
        'household:',
        '  - {id: m1, role: partner, sex: male, birth_year: 1977, name: Pavel Malý, carer: true, born: 1977-05-06}',
        '  - id: m2',
        '    role: child',
        '    sex: female',
        '    birth_year: 2016',
        '    name: Ela',
        '    placement: {from: 2025-12-15, court: Okresní soud v Olomouci, decision: 12 P 3/2025, decision_date: 2025-12-10, final: 2025-12-29}',
        '  - id: m3',
        '    role: child',
        '    sex: male',
        '    birth_year: 2020',
        '    name: Ondra',
        '    placement: {from: 2025-12-15, decision_date: 2025-12-10, final: 2025-12-30}',
        '',
      ].join('\n'),
    );
    expect(id).toBe('2026-0001');
    // The dohoda falls due 30 days from the first decision's finality.
    expect(await due('2026-01-06', 'agreement-deadline', 30)).toEqual([['', '2026-01-28']]);
    await step(
      '2026-01-07',
      ['assess', id, '--from', '-'],
      'workers: [kralova, dvorak]\nnote: Pěstouni pečují o dvě děti.\nkey_worker: kralova\n',
    );
    await step(
      '2026-01-20',
      ['contract', 'new', id, '--from', '-'],
      'personal_goal: aby děti u nás měly klidný domov a znaly svou mámu\nconsents: {personal_data: 2026-01-20, personal_data_by: kralova}\nospod: {office: "Magistrát města Olomouce, OSPOD", consent: 2026-01-19}\n',
    );
    expect(await due('2026-01-28', 'agreement-deadline', 30)).toEqual([]);
    const dohoda = await render('2026-01-20', [id, 'contract']);
    expect(dohoda).toContain('**Osoby pečující:** Hana Malá, narozena 3. 2. 1979');
    expect(dohoda).toContain('Pavel Malý, narozen 6. 5. 1977');
    expect(dohoda).toContain('(dále jen „pěstouni“)');
    expect(dohoda).toContain(
      'Ela – dcera (nar. 2016): pěstounská péče od 15. 12. 2025; rozhodnutí: Okresní soud v Olomouci, sp. zn. 12 P 3/2025, ze dne 10. 12. 2025, v právní moci dne 29. 12. 2025',
    );
    expect(dohoda).toContain('souhlas s uzavřením dohody udělil dne 19. 1. 2026');

    // Visits and calls: only a visit with both children is the personal contact.
    await contact(
      '2026-01-26',
      'type: konzultace\nform: osobne\nplace: doma\nworker: kralova\npresent: [m1, m2, m3]\nsummary: První návštěva v rodině.\nnew_goals:\n  - {text: Ela se domluví s mámou na dopisech, member: m2, criteria: píší si jednou měsíčně, responsible: [Ela, pěstounka], review: 2026-06-30}\n',
    );
    await contact('2026-02-20', 'type: konzultace\nform: telefon\nworker: kralova\nsummary: Telefonát.\n');
    expect(await due('2026-03-26', 'personal-contact')).toEqual([['', '2026-03-26']]);
    await contact(
      '2026-03-27',
      'type: konzultace\nform: osobne\nplace: doma\nworker: kralova\npresent: [m1, m2]\nsummary: Návštěva, Ondra byl ve školce.\n',
    );
    expect(await due('2026-03-27', 'personal-contact')).toEqual([['', '2026-03-26']]);
    await contact(
      '2026-03-30',
      'type: konzultace\nform: osobne\nplace: doma\nworker: kralova\npresent: [m2, m3]\nsummary: Návštěva s oběma dětmi.\n',
    );
    expect(await due('2026-03-30', 'personal-contact')).toEqual([]);

    // Education: a group course and an individual one – 18 hours, short of 24 a year after the dohoda.
    await step(
      '2026-04-18',
      ['group', 'add', '--from', '-'],
      'date: 2026-04-18\nkind: skupinove_vzdelavani\ntopic: Identita dítěte v pěstounské péči\neducation: true\nhours: 8\nworkers: [dvorak]\nattendees:\n  - {case: 2026-0001, attendance: present, members: [m1]}\nothers: 6\nrecord: Vzdělávací den pěstounů.\n',
    );
    await contact(
      '2026-05-10',
      'type: vzdelavani\nform: osobne\nworker: dvorak\nduration_min: 600\npresent: [m1]\nsummary: Kurz první pomoci.\n',
    );
    await contact(
      '2026-06-12',
      'type: styk_s_rodinou\nform: osobne\nworker: kralova\npresent: [m2, m3]\nsummary: Setkání dětí s matkou v kontaktním místě.\n',
    );
    await contact(
      '2026-07-06',
      'type: respitni_pece\nform: osobne\nworker: dvorak\nmembers: [m2, m3]\ndays: 7\nsummary: Letní pobyt dětí.\n',
    );
    await step('2026-07-15', ['periodic-report', id, '--from', '-'], 'recipient: Magistrát města Olomouce, OSPOD\n');
    const first = await render('2026-07-15', [id, 'zprava', '--report', '1']);
    expect(first).toContain('**Za období:** 20. 1. 2026 – 15. 7. 2026');
    expect(first).toContain('Ela – dcera (nar. 2016): 7 dní; Ondra – syn (nar. 2020): 7 dní');
    expect(first).toContain('pomoc při styku dítěte s rodiči a osobami blízkými (písm. e)): 1×');
    expect(first).toContain('Vzdělávání osoby pečující (Hana Malá) v období: 18 h (ve skupinách 8 h, jednotlivě 10 h)');
    expect(first).toContain('Vzdělávání osoby pečující (Pavel Malý) v období: 18 h');
    expect(first).toContain('Kontaktů celkem: 7; z toho osobních s pečující osobou a dětmi: 3.');
    expect(first).toContain('**Pěstoun:** Pavel Malý');
    expect(await due('2027-01-05', 'carer-education', 30)).toEqual([
      ['', '2027-01-20'],
      ['m1', '2027-01-20'],
    ]);
    await step(
      '2026-09-26',
      ['group', 'add', '--from', '-'],
      'date: 2026-09-26\nkind: skupinove_vzdelavani\ntopic: Kontakt dítěte s rodinou\neducation: true\nhours: 6\nworkers: [kralova]\nattendees:\n  - {case: 2026-0001, attendance: present, members: [m1]}\nrecord: Seminář pro pěstouny.\n',
    );
    expect(await due('2027-01-05', 'carer-education', 30)).toEqual([]);
    // The 24 hours hold until the April course drops out of the 12 months.
    expect(await due('2027-04-18', 'carer-education')).toEqual([
      ['', '2027-04-18'],
      ['m1', '2027-04-18'],
    ]);
    await contact(
      '2026-11-20',
      'type: konzultace\nform: osobne\nplace: doma\nworker: kralova\npresent: [m1, m2, m3]\nsummary: Návštěva.\n',
    );
    await step(
      '2027-01-15',
      ['periodic-report', id, '--from', '-'],
      'recipient: Magistrát města Olomouce, OSPOD\nacquainted: 2027-01-15\n',
    );
    const second = await render('2027-01-15', [id, 'zprava', '--report', '2']);
    expect(second).toContain('**Za období:** 16. 7. 2026 – 15. 1. 2027');
    expect(second).toContain(
      'Vzdělávání osoby pečující (Pavel Malý) v období: 6 h (ve skupinách 6 h, jednotlivě 0 h); za 12 měsíců ke dni zprávy 24 z 24 h',
    );
    expect(second).toContain('Pěstounka byla se zprávou seznámena dne 15. 1. 2027.');
    expect(second).toContain('respitní péče – celodenní péče o dítě (písm. b)): v období nebyla');

    // Ela goes home to her mother: the worker records the end of her placement in the editor.
    const editor = join(tmp(), 'editor.sh');
    writeFileSync(
      editor,
      `#!/bin/sh\nsed -i 's/^      final: 2025-12-29$/      final: 2025-12-29\\n      until: 2027-01-31\\n      ended: return/' "$1"\n`,
      { mode: 0o700 },
    );
    const s = startInteractive(['edit', id, 'client', '-C', dir], {
      env: { EDITOR: editor, SPIS_TODAY: '2027-02-01' },
    });
    expect(await s.done, s.stderr()).toBe(0);
    expect(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8')).toContain(
      'final: 2025-12-29\n      until: 2027-01-31\n      ended: return\n',
    );
    await step('2027-02-01', ['check']);
    // From then on a visit with Ondra alone is the personal contact.
    await contact(
      '2027-02-10',
      'type: konzultace\nform: osobne\nplace: doma\nworker: kralova\npresent: [m1, m3]\nsummary: Návštěva po odchodu Ely.\n',
    );
    expect(await due('2027-04-09', 'personal-contact')).toEqual([]);
    expect(await due('2027-04-10', 'personal-contact')).toEqual([['', '2027-04-10']]);
    const show = flat((await run(['show', id, '-C', dir], { env: { SPIS_TODAY: '2027-02-10' } })).stdout);
    expect(show).toContain('(svěřena do péče od 15. 12. 2025 do 31. 1. 2027)');

    // The carers move to another accompanying organisation: the dohoda ends.
    await step(
      '2027-02-28',
      ['close', id, '--from', '-'],
      'reason: rozhodnuti_klienta\npersonal_goal: {outcome: partly_met}\npartial_goals:\n  - {goal: c1, outcome: met}\n',
    );
    const protocol = await render('2027-02-28', [id, 'protokol']);
    expect(protocol).toContain('# Záznam o ukončení dohody o výkonu pěstounské péče');
    expect(protocol).toContain(
      '**Osoby pečující:** Hana Malá, narozena 3. 2. 1979, bytem Krátká 9, 779 00 Olomouc; Pavel Malý, narozen 6. 5. 1977',
    );
    expect(protocol).toContain('výpověď nebo rozhodnutí osoby pečující');
    expect(protocol).toContain(
      'Ela – dcera (nar. 2016): pěstounská péče od 15. 12. 2025 do 31. 1. 2027 (návrat do rodiny)',
    );
    expect(protocol).toContain('Ondra – syn (nar. 2020): pěstounská péče od 15. 12. 2025\n');
    expect(protocol).toContain('Pěstouni byli seznámeni s tím, že jejich spis bude uložen');
    expect(protocol).toContain('osoba pečující: Pavel Malý');
    await step('2027-03-01', ['archive', '--all-closed']);
    expect(readdirSync(join(dir, 'archive'))).toEqual([id]);
  });
});
