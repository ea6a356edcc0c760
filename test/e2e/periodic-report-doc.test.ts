// The six-monthly report on the course of foster care (zpráva o průběhu výkonu pěstounské péče),
// rendered from the records of its period: the contacts (how many in person with the children),
// the children, group education, the goals and their evaluations, and whether the carer was
// acquainted with it – after `spis periodic-report` recorded it.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain, runBin, scratch } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';
import { parse } from 'yaml';
import { pdfPages, pdfWords, words } from '../helpers/pdf.js';

const { example, tmp } = scratch();

/** The example as foster-care support under zákon č. 359/1999 Sb. */
function fosterRepo(): string {
  const dir = example();
  const f = join(dir, 'spis.yaml');
  writeFileSync(
    f,
    readFileSync(f, 'utf8')
      .replace('kind: odborne_socialni_poradenstvi', 'kind: doprovazeni_pestounu\n    law: zákona č. 359/1999 Sb.')
      .replace('paragraph: § 37', 'paragraph: § 47b'),
  );
  return dir;
}
const record = (dir: string, text: string): void => {
  const f = join(tmp(), `r-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  const r = runBin(['periodic-report', '2026-0001', '--from', f, '-C', dir]);
  expect(r.code, r.stderr).toBe(0);
};

describe('the periodic report as a document', () => {
  it('is refused until recorded, then rendered from its period (golden md), in html and pdf, with no word of a social service', async () => {
    const dir = fosterRepo();
    const none = runBin(['render', '2026-0001', 'zprava', '-C', dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('zatím není zapsána žádná zpráva o průběhu');
    record(dir, 'date: 2026-06-30\nrecipient: OSPOD Olomouc\n');
    record(dir, 'date: 2026-11-22\nrecipient: OSPOD Olomouc\nacquainted: 2026-11-21\n');
    const md = runBin(['render', '2026-0001', 'zprava', '-C', dir]);
    expect(md.code, md.stderr).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../golden/documents/periodic-report.md');
    const text = md.stdout.replaceAll('\u00a0', ' ');
    expect(text).toContain('**Za období:** 1. 7. 2026 – 22. 11. 2026');
    expect(text).toContain('Kontaktů celkem: 2; z toho osobních s pečující osobou a dětmi: 1.');
    expect(text).toContain('Vzdělávání osoby pečující v období: 2 h (ve skupinách 2 h, jednotlivě 0 h)');
    expect(text).toContain('Pěstounka byla se zprávou seznámena dne 21. 11. 2026.');
    // The first report: its own period, not yet acquainted.
    const first = runBin(['render', '2026-0001', 'zprava', '--report', '1', '-C', dir]).stdout.replaceAll(
      '\u00a0',
      ' ',
    );
    expect(first).toContain('**Za období:** 26. 1. 2026 – 30. 6. 2026');
    expect(first).toContain('Vzdělávání osoby pečující v období: 1,5 h (ve skupinách 1,5 h, jednotlivě 0 h)');
    expect(first).toContain('Pěstounka se zprávou dosud nebyla seznámena.');
    // The document's own words: the example's January record (a counselling record) quotes a leaflet's title.
    const own = first.replace(/Uzavřena písemná smlouva[^\n]*/, '');
    for (const doc of [md.stdout, own]) expect(doc).not.toMatch(/sociální služb|§ 91|uživatel/);
    const html = plain(runBin(['render', '2026-0001', 'zprava', '--format', 'html', '-C', dir]).stdout);
    expect(html).toContain('<h1>Zpráva o průběhu výkonu pěstounské péče</h1>');
    const pdf = join(tmp(), 'zprava.pdf');
    expect(runBin(['render', '2026-0001', 'zprava', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const read = pdfWords(await pdfPages(pdf));
    for (const w of words(
      'Zpráva o průběhu výkonu pěstounské péče Děti v péči syn Pěstounka byla se zprávou seznámena',
    ))
      expect(read).toContain(w);
    const bad = runBin(['render', '2026-0001', 'zprava', '--report', '3', '-C', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('není zapsána zpráva č. 3');
    expect(runBin(['render', '2026-0001', 'zprava', '--report', 'x', '-C', dir]).code).toBe(2);
  });

  it('each recorded report goes into the client’s copy, named in its index', () => {
    const dir = fosterRepo();
    record(dir, 'date: 2026-11-22\nacquainted: 2026-11-22\n');
    const copy = join(tmp(), 'kopie');
    expect(runBin(['export', '2026-0001', '--out', copy, '-C', dir]).code).toBe(0);
    const index = readFileSync(join(copy, 'index.html'), 'utf8');
    expect(index).toContain('zpráva o průběhu');
    expect(readFileSync(join(copy, 'dokumenty/zprava-1.html'), 'utf8')).toContain(
      'Zpráva o průběhu výkonu pěstounské péče',
    );
  });

  it('asks at the prompts whom it was sent and when the carer was acquainted, and shows both before saving', async () => {
    const dir = fosterRepo();
    const s = startInteractive(['periodic-report', '2026-0001', '-C', dir]);
    await s.answer('Datum vyhotovení zprávy', KEY.enter);
    await s.answer('Zpráva za období od', KEY.enter);
    await s.answer('Zpráva za období do', KEY.enter);
    await s.answer('Kdo zprávu vyhotovil', KEY.enter);
    await s.answer('Komu byla zaslána', `OSPOD Olomouc${KEY.enter}`);
    await s.answer('Kdy byla pěstounka se zprávou seznámena', `včera${KEY.enter}`);
    const summary = await s.see('Uložit zápis?');
    expect(summary).toContain('zasílá se: OSPOD Olomouc; seznámena 21. 11. 2026');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const contract = parse(readFileSync(join(dir, 'clients/2026-0001/contract.yaml'), 'utf8'));
    expect(contract.reports.at(-1)).toMatchObject({
      date: '2026-11-22',
      recipient: 'OSPOD Olomouc',
      acquainted: '2026-11-21',
    });
  });

  it('the contract of foster-care support is the dohoda, from its own template, in every format', async () => {
    const dir = fosterRepo();
    const md = runBin(['render', '2026-0001', 'contract', '-C', dir]).stdout.replaceAll('\u00a0', ' ');
    expect(md).toContain('# Dohoda o výkonu pěstounské péče');
    expect(md).toContain('**Osoba pečující:** Jana Dvořáková');
    expect(md).toContain('## Svěřené děti\n\n- syn (nar. 2017)');
    expect(md).toContain('## Práva pěstounky a jak je pověřená osoba zajišťuje');
    expect(md).toContain('**Klíčová pracovnice:** Mgr. Jana Nováková');
    expect(md).not.toContain('Druh sociální služby');
    const pdf = join(tmp(), 'dohoda.pdf');
    expect(runBin(['render', '2026-0001', 'contract', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const read = pdfWords(await pdfPages(pdf));
    for (const w of words('Dohoda o výkonu pěstounské péče Svěřené děti Povinnosti pěstounky Jana Dvořáková'))
      expect(read).toContain(w);
    // A counselling service keeps its contract.
    const counselling = runBin(['render', '2026-0001', 'contract', '-C', example()]).stdout.replaceAll('\u00a0', ' ');
    expect(counselling).toContain('# Smlouva o poskytnutí sociální služby');
  });

  it('the ending is the record of the dohoda’s end, with the reasons of foster care; the yearly report counts carers under § 47b', () => {
    const dir = fosterRepo();
    const f = join(tmp(), 'close.yaml');
    writeFileSync(
      f,
      'reason: zanik_pestounske_pece\npersonal_goal: {outcome: met}\npartial_goals:\n  - {goal: c2, outcome: met}\n  - {goal: c4, outcome: partly_met}\n',
    );
    const closed = runBin(['close', '2026-0001', '--from', f, '-C', dir]);
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain('Dohoda ve spisu 2026-0001 ukončena; záznam o ukončení:');
    const protocol = runBin(['render', '2026-0001', 'protokol', '-C', dir]).stdout.replaceAll('\u00a0', ' ');
    expect(protocol).toContain('# Záznam o ukončení dohody o výkonu pěstounské péče');
    expect(protocol).toContain('**Osoba pečující:** Jana Dvořáková');
    expect(protocol).toContain('**Dohoda ukončena dne:** 22. 11. 2026');
    expect(protocol).toContain('**Důvod ukončení:** zánik pěstounské péče');
    expect(protocol).toContain(
      'Pěstounka byla seznámena s tím, že její spis bude uložen po dobu skartační lhůty pověřené osoby',
    );
    expect(protocol).not.toMatch(/sociální služb|§ 91|uživatel|[Kk]lient/);
    const report = runBin(['report', '--year', '2026', '-C', dir]).stdout;
    expect(report).toContain('Osoby pečující, se kterými je uzavřena dohoda (§ 47b zákona č. 359/1999 Sb.');
    expect(report).not.toContain('§ 85 odst. 5');
    expect(runBin(['check', '-C', dir]).code).toBe(0);
  });

  it('a dohoda is written: an oral one is refused at conclusion, and one recorded earlier is not printed as a § 91 record', () => {
    const dir = fosterRepo();
    const f = join(tmp(), 'oral.yaml');
    writeFileSync(f, 'form: oral\npersonal_goal: aby děti zůstaly v kontaktu s matkou\ncontact: {summary: Domluva.}\n');
    const before = readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8');
    const r = runBin(['contract', 'new', '2026-0003', '--from', f, '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Dohoda o výkonu pěstounské péče se uzavírá písemně');
    expect(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).toBe(before);
    const old = runBin(['render', '2026-0002', 'oral-contract', '-C', dir]);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('Písemnou dohodu zapíšete příkazem spis contract new 2026-0002');
  });
});
