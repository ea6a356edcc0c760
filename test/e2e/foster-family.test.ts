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
    expect(config).toContain('respitni_pece');
    expect(config).toContain('agreement_deadline: 30d');
    expect(config).toContain('carer_education: 24');
  });
});
