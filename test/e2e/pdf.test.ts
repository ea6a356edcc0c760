// PDF documents: laid out by pdfmake from the same templates and view as HTML. The text is read
// back from the PDF (pdfjs-dist) and compared word for word with the HTML of the same document:
// same content, the § 91 items, signature lines, page numbers, Czech diacritics in embedded fonts.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, scratch } from '../helpers/cli.js';
import { htmlWords, pdfPages, pdfWords } from '../helpers/pdf.js';
import { pdfDefinition, pdfView } from '../../src/render/pdf.js';
import { findBrowser } from '../../src/render/browser.js';

const { example: repo } = scratch();

const DOCS: [string, string, string[]][] = [
  ['contract', '2026-0001', []],
  ['amendment', '2025-0012', ['--amendment', '1']],
  ['oral-contract', '2026-0002', []],
  ['plan', '2026-0001', []],
  ['contact', '2026-0001', ['--contact', '2026-09-14-h8d2.yaml']],
  ['termination', '2025-0012', []],
];

describe('render --format pdf', () => {
  const dir = repo();
  for (const [doc, id, extra] of DOCS) {
    it(`${doc} of ${id}: the same words as the HTML, page numbers, embedded fonts`, async () => {
      const file = join(dir, `${doc}-${id}.pdf`);
      const r = await run(['render', id, doc, '--format', 'pdf', ...extra, '-o', file, '-C', dir]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // Fonts embedded (TrueType programs), none of the 14 standard ones that lack Czech letters.
      const raw = bytes.toString('latin1');
      expect(raw).toContain('/FontFile2');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);

      const pages = await pdfPages(file);
      pages.forEach((text, i) => expect(text).toContain(`strana ${i + 1} z ${pages.length}`));
      const html = await run(['render', id, doc, '--format', 'html', ...extra, '-C', dir]);
      expect(pdfWords(pages)).toEqual(htmlWords(html.stdout));
    });
  }

  it('the contract: Czech text, every § 91 odst. 2 item and both signature lines', async () => {
    const file = join(dir, 'smlouva.pdf');
    expect((await run(['render', '2026-0001', 'smlouva', '--format', 'pdf', '-o', file, '-C', dir])).code).toBe(0);
    const text = (await pdfPages(file)).join(' ').replace(/\u00a0/g, ' ');
    for (const heading of [
      'Smluvní strany',
      'Druh sociální služby',
      'Osobní cíl klientky',
      'Rozsah poskytování sociální služby',
      'Místo a čas poskytování sociální služby',
      'Výše úhrady a způsob jejího placení',
      'Ujednání o dodržování vnitřních pravidel',
      'Výpovědní důvody a výpovědní lhůty',
      'Doba platnosti smlouvy',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Klientka: Jana Dvořáková');
    expect(text).toContain('klientka: Jana Dvořáková');
    expect(text).toContain('za poskytovatele: Mgr. Jana Nováková');
  });

  it('--save puts the PDF into documents/ as one commit-ready file; --pdfa marks it PDF/A-2b', async () => {
    const d = repo();
    const r = await run(['render', '2025-0012', 'termination', '--pdfa', '--save', '-C', d]);
    expect(r.code).toBe(0);
    const rel = r.stdout.trim();
    // Named by the protocol's own date (the end of the service), not the day it is printed.
    expect(rel).toBe('clients/2025-0012/documents/termination-2026-03-30.pdf');
    const raw = readFileSync(join(d, rel)).toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/^%PDF-1\.7/);
    // A second one the same day never replaces the first.
    const again = await run(['render', '2025-0012', 'termination', '--format', 'pdf', '--save', '-C', d]);
    expect(again.stdout.trim()).toBe('clients/2025-0012/documents/termination-2026-03-30-2.pdf');
    expect(readFileSync(join(d, rel)).toString('latin1')).toBe(raw);
  });

  it('refuses to pour a PDF onto a terminal, and options that need PDF with another format', async () => {
    const d = repo();
    const tty = await run(['render', '2026-0001', 'contract', '--format', 'pdf', '-C', d], { stdoutTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('PDF nelze vypsat na terminál');
    expect(tty.stdout).toBe('');
    const wrong = await run(['render', '2026-0001', 'contract', '--format', 'html', '--pdfa', '-C', d]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--pdfa a --via-browser platí jen pro PDF');
    const bad = await run(['render', '2026-0001', 'contract', '--format', 'docx', '-C', d]);
    expect(bad.stderr).toContain('použijte md, html nebo pdf');
  });

  it('client text stays text: placeholder characters in a record cannot become layout nodes', () => {
    const view = pdfView({ a: 'před\ue0000\ue001po\nřádek', b: ['x\ue002y'] }) as { a: string; b: string[] };
    expect(view.a).toBe('před0po\ue002řádek');
    expect(view.b).toEqual(['xy']);
  });

  it('a line break in the data stays a line break; the template’s own line breaks are layout', async () => {
    const d = repo();
    mkdirSync(join(d, 'templates'));
    writeFileSync(
      join(d, 'templates/contact.hbs'),
      '{{title "Zápis"}}\n{{#para}}Shrnutí:\n{{contact.summary}}{{/para}}\n{{#para}}{{strong "Tučně:"}} {{quote "text"}}{{/para}}\n{{signatures "klient:" "za poskytovatele:"}}\n',
    );
    const file = join(d, 'zapis.pdf');
    const contact = readdirSync(join(d, 'clients/2026-0001/contacts')).sort().at(-1)!;
    const path = join(d, 'clients/2026-0001/contacts', contact);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^summary: .*$/m, 'summary: "první řádek\\ndruhý řádek"'));
    const r = await run(['render', '2026-0001', 'contact', '--format', 'pdf', '-o', file, '-C', d]);
    expect(r.stderr).toBe('');
    const definition = pdfDefinition(d, 'contact', { contact: { summary: 'první řádek\ndruhý řádek' } }, 't', {
      date: '2026-11-22',
    });
    expect(definition.content).toEqual([
      { text: ['Zápis'], style: 'title' },
      { text: ['Shrnutí: první řádek\ndruhý řádek'], style: 'para' },
      { text: [{ text: [{ text: 'Tučně:', bold: true }] }, ' „text“'], style: 'para' },
      expect.objectContaining({ unbreakable: true, columns: [expect.anything(), expect.anything()] }),
    ]);
    // a drawn line above each signature, as wide as its column
    const columns = (
      definition.content as { columns: { stack: [{ canvas: { type: string; x2: number }[] }, { text: unknown }] }[] }[]
    )[3]!.columns;
    expect(columns.map((c) => c.stack[0].canvas[0]!.type)).toEqual(['line', 'line']);
    expect(columns[0]!.stack[0].canvas[0]!.x2).toBeGreaterThan(150);
    expect(columns.map((c) => c.stack[1].text)).toEqual([['klient:'], ['za poskytovatele:']]);
    const pages = await pdfPages(file);
    expect(pages[0]).toContain('první řádek');
    expect(existsSync(file)).toBe(true);
  });
});

describe('render --via-browser', () => {
  it('prints the HTML with the browser it is given, from an owner-only temp file that is removed, with no host reachable', async () => {
    const d = repo();
    const fake = join(d, 'fake-chromium.sh');
    const log = join(d, 'browser.log');
    // A stand-in for Chromium: records its arguments and the page's mode, and "prints" a PDF.
    writeFileSync(
      fake,
      `#!/bin/sh\nfor a in "$@"; do echo "$a" >> '${log}'; case "$a" in --print-to-pdf=*) out="\${a#--print-to-pdf=}";; file://*) page="\${a#file://}";; esac; done\nstat -c '%a' "$page" >> '${log}'\ngrep -c 'Smlouva o poskytnutí sociální služby' "$page" >> '${log}'\nprintf '%%PDF-1.4 fake' > "$out"\n`,
      { mode: 0o700 },
    );
    const file = join(d, 'b.pdf');
    const r = await run(['render', '2026-0001', 'contract', '--via-browser', '-o', file, '-C', d], {
      env: { SPIS_BROWSER: fake },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'latin1')).toBe('%PDF-1.4 fake');
    const args = readFileSync(log, 'utf8').trim().split('\n');
    expect(args).toContain('--headless');
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
    expect(args).toContain('--no-pdf-header-footer');
    expect(args.at(-2)).toBe('600');
    expect(args.at(-1)).toBe('1');
    expect(existsSync(join(d, '.spis-tmp'))).toBe(false);
  });

  it('without a browser it says what to do and downloads nothing', async () => {
    const d = repo();
    const r = await run(['render', '2026-0001', 'contract', '--via-browser', '-o', join(d, 'x.pdf'), '-C', d], {
      env: { SPIS_BROWSER: join(d, 'no-such-browser') },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Pro --via-browser je potřeba nainstalovaný Chromium');
    expect(existsSync(join(d, 'x.pdf'))).toBe(false);
  });
});

describe.skipIf(!findBrowser(process.env))(
  'render --via-browser with the system Chromium (where one is installed)',
  () => {
    it('prints the contract with page numbers and the Czech text', async () => {
      const d = repo();
      const file = join(d, 'browser.pdf');
      const r = await run(['render', '2026-0001', 'contract', '--via-browser', '-o', file, '-C', d], {
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.code).toBe(0);
      const text = (await pdfPages(file)).join(' ').replace(/\u00a0/g, ' ');
      expect(text).toContain('Smlouva o poskytnutí sociální služby');
      expect(text).toContain('Výpovědní důvody a výpovědní lhůty');
      expect(text).toContain('strana 1 z');
    }, 60_000);
  },
);
