// Documents: every built-in template from the example cases in both formats (golden files),
// overrides, missing legal items, and client text that must stay text.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plain, run, scratch, snapshotTree, sharedExample } from '../helpers/cli.js';

const { example: repo } = scratch();

const DOCS: [string, string, string[]][] = [
  ['contract', '2026-0001', []],
  ['contract', '2025-0012', []],
  ['amendment', '2025-0012', ['--amendment', '1']],
  ['oral-contract', '2026-0002', []],
  ['plan', '2026-0001', []],
  ['contact', '2026-0001', ['--contact', '2026-09-14-h8d2.yaml']],
  ['contact', '2026-0002', []],
  ['termination', '2025-0012', []],
];

describe('built-in templates', () => {
  for (const [doc, id, extra] of DOCS) {
    for (const format of ['md', 'html']) {
      it(`renders ${doc} of ${id} as ${format}`, async () => {
        const r = await run(['render', id, doc, '--format', format, ...extra, '-C', sharedExample()]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        if (format === 'html') {
          expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="cs">/);
          expect(r.stdout).toContain('@page { size: A4;');
        }
        expect(r.stdout).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]/);
        await expect(r.stdout).toMatchFileSnapshot(`../golden/render/${doc}-${id}.${format}`);
      });
    }
  }

  it('the contract carries all eight § 91 odst. 2 items and signature lines', async () => {
    const r = await run(['render', '2026-0001', 'smlouva', '--format', 'html', '-C', sharedExample()]);
    for (const heading of [
      'Smluvní strany',
      'Druh sociální služby',
      'Rozsah poskytování',
      'Místo a čas',
      'Výše úhrady',
      'vnitřních pravidel',
      'Výpovědní důvody',
      'Doba platnosti',
      'Osobní cíl',
      'Předané dokumenty',
    ]) {
      expect(plain(r.stdout)).toContain(heading);
    }
    expect(r.stdout.match(/class="signature"/g)).toHaveLength(2);
  });
});

describe('overrides and requirements', () => {
  it('a template in the case repository wins and spis templates says so', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(
      join(dir, 'templates/contract.hbs'),
      '{{title "Smlouva – vlastní hlavička poradny"}}\n{{#para}}Klient: {{client.name}}; úhrada: {{contract.payment}}{{/para}}\n',
    );
    const r = await run(['render', '2026-0001', 'contract', '-C', dir]);
    expect(r.stdout).toBe(
      '# Smlouva – vlastní hlavička poradny\n\nKlient: Jana Dvořáková; úhrada: Služba se poskytuje bez úhrady.\n',
    );
    const list = await run(['templates', '--json', '-C', dir]);
    const sources = JSON.parse(list.stdout) as { name: string; origin: string; path: string }[];
    expect(sources.find((s) => s.name === 'contract')).toEqual({
      name: 'contract',
      origin: 'repository',
      path: join(dir, 'templates/contract.hbs'),
    });
    expect(sources.find((s) => s.name === 'plan')?.origin).toBe('built-in');
    expect((await run(['templates', '-C', dir])).stdout).toMatch(/^contract +vlastní +\//m);
  });

  it('a template with an unknown helper or field is refused with its path', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/plan.hbs'), '{{shout client.name}}\n');
    const helper = await run(['render', '2026-0001', 'plan', '-C', dir]);
    expect(helper.code).toBe(1);
    expect(helper.stderr).toContain(join(dir, 'templates/plan.hbs'));
    expect(helper.stderr).toContain('řádek 1: pomocník shout program nezná');
    writeFileSync(join(dir, 'templates/plan.hbs'), '{{client.shoe_size}}\n');
    const field = await run(['render', '2026-0001', 'plan', '-C', dir]);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain('plan.hbs, řádek 1: pole client.shoe_size v údajích dokumentu není');
  });

  it('a written contract without payment terms stops rendering naming § 91 odst. 2 písm. e)', async () => {
    const dir = repo();
    const p = join(dir, 'clients/2026-0001/contract.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/payment: .*\n/, ''));
    const r = await run(['render', '2026-0001', 'contract', '--save', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'chybí výše úhrady a způsob jejího placení (u bezplatné služby „bez úhrady“) – vyžaduje § 91 odst. 2 písm. e) zákona č. 108/2006 Sb.',
    );
    expect(existsSync(join(dir, 'clients/2026-0001/documents'))).toBe(false);
  });

  it('a plan without the initial situation names the standard of quality', async () => {
    const dir = repo();
    const p = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/ {2}initial_situation: >-\n( {4}.*\n)+/, ''));
    const r = await run(['render', '2026-0001', 'plan', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'popis výchozí situace klienta (goals.yaml: plan.initial_situation) – standard kvality č. 5',
    );
  });

  it('a document that does not fit the case is refused, saying why and what fits', async () => {
    const cases: [string, string, string][] = [
      [
        '2026-0001',
        'oral-contract',
        'Smlouva ve spisu 2026-0001 je písemná; záznam o ústní smlouvě by nebyl pravdivý.',
      ],
      ['2026-0002', 'contract', 'Smlouva ve spisu 2026-0002 je ústní, písemný text smlouvy neexistuje.'],
      [
        '2026-0005',
        'termination',
        'Spis 2026-0005 je jednorázový anonymní kontakt bez smlouvy; protokol o ukončení služby se nevyhotovuje.',
      ],
      [
        '2026-0002',
        'plan',
        'Ve spisu 2026-0002 zatím není zaznamenán písemný individuální plán. Zaznamenejte ho (a rovnou vyhotovte) příkazem spis plan 2026-0002.',
      ],
    ];
    for (const [id, doc, message] of cases) {
      const r = await run(['render', id, doc, '-C', sharedExample()]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });
});

describe('client text stays text', () => {
  const NASTY = '<script>alert("x")</script> {{client.name}} & \'uvozovky\' *hvězda* [odkaz](http://x) # nadpis';
  it('in HTML and in Markdown', async () => {
    const dir = repo();
    const p = join(dir, 'clients/2026-0001/contacts/2026-10-19-j5n6.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/summary: .*\n/, `summary: ${JSON.stringify(NASTY)}\n`));
    const c = join(dir, 'clients/2026-0001/client.yaml');
    writeFileSync(c, readFileSync(c, 'utf8').replace('family: Dvořáková', 'family: "Dvořáková & <b>Syn</b> {{x}}"'));
    const html = await run(['render', '2026-0001', 'contact', '--format', 'html', '-C', dir]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).not.toContain('<b>Syn</b>');
    expect(html.stdout).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {{client.name}} &amp; &#39;uvozovky&#39; *hvězda* [odkaz](http://x) # nadpis',
    );
    expect(html.stdout).toContain('Dvořáková &amp; &lt;b&gt;Syn&lt;/b&gt; {{x}}');
    const md = await run(['render', '2026-0001', 'contact', '-C', dir]);
    expect(md.stdout).toContain(
      '\\<script\\>alert("x")\\</script\\> \\{\\{client.name\\}\\} \\& \'uvozovky\' \\*hvězda\\* \\[odkaz\\](http://x) \\# nadpis',
    );
    expect(md.stdout).toContain('Dvořáková \\& \\<b\\>Syn\\</b\\> \\{\\{x\\}\\}');
  });
});

describe('the end of a case', () => {
  it('close, render and save the protocol, archive; check passes and due forgets the case', async () => {
    const dir = repo();
    const dueBefore = JSON.parse((await run(['due', '--json', '-C', dir])).stdout) as { case_id: string }[];
    expect(dueBefore.some((r) => r.case_id === '2026-0001')).toBe(true);

    const noGoals = await run(['close', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'reason: cil_naplnen\npersonal_goal: {outcome: met}\n',
    });
    expect(noGoals.code).toBe(1);
    expect(noGoals.stderr).toContain('c2, c4');

    const closed = await run(['close', '2026-0001', '--from', '-', '-C', dir], {
      stdin: [
        'reason: rozhodnuti_klienta',
        'personal_goal: {outcome: partly_met, comment: Komunikace se školou se zlepšila.}',
        'partial_goals:',
        '  - {goal: c2, outcome: partly_met, comment: Tři ze čtyř konzultací.}',
        '  - {goal: c4, outcome: met}',
        '',
      ].join('\n'),
    });
    expect(closed.code, closed.stderr).toBe(0);
    const client = readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8');
    expect(client).toContain('status: closed');
    const goals = readFileSync(join(dir, 'clients/2026-0001/goals.yaml'), 'utf8');
    expect(goals).not.toContain('status: open');
    expect(
      (
        await run(['close', '2026-0001', '--reason', 'cil_naplnen', '--from', '-', '-C', dir], {
          stdin: 'personal_goal: {outcome: met}\n',
        })
      ).stderr,
    ).toContain('už je ukončený');

    const saved = await run(['render', '2026-0001', 'protokol', '--format', 'html', '--save', '-C', dir]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout.trim()).toBe('clients/2026-0001/documents/termination-2026-11-22.html');
    const doc = join(dir, saved.stdout.trim());
    expect(statSync(doc).mode & 0o777).toBe(0o600);
    const protocol = plain(readFileSync(doc, 'utf8'));
    expect(protocol).toContain('rozhodnutí uživatele služby');
    expect(protocol).toContain(
      '<strong>c2</strong> kontinuálně spolupracovat se speciálním pedagogem a získávat od něj zpětnou vazbu na své výchovné postupy: částečně naplněn – Tři ze čtyř konzultací.',
    );

    const archived = await run(['archive', '2026-0001', '-C', dir]);
    expect(archived.code, archived.stderr).toBe(0);
    expect(archived.stdout).toContain('uchovat do 22. 11. 2036');
    expect(existsSync(join(dir, 'clients/2026-0001'))).toBe(false);
    expect(readdirSync(join(dir, 'archive/2026-0001/documents'))).toEqual(['termination-2026-11-22.html']);
    expect(readFileSync(join(dir, 'archive/2026-0001/termination.yaml'), 'utf8')).toContain(
      'archive_until: 2036-11-22',
    );

    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
    const dueAfter = JSON.parse((await run(['due', '--json', '-C', dir])).stdout) as { case_id: string }[];
    expect(dueAfter.some((r) => r.case_id === '2026-0001')).toBe(false);
    expect(dueAfter.length).toBeGreaterThan(0);
    const list = JSON.parse((await run(['list', '--archived', '--json', '-C', dir])).stdout) as {
      id: string;
      location: string;
      status: string;
    }[];
    expect(list.find((c) => c.id === '2026-0001')).toMatchObject({ location: 'archive', status: 'closed' });
    expect((await run(['show', '2026-0001', '-C', dir])).stdout).toContain('uchovat do 22. 11. 2036');
    expect((await run(['render', '2026-0001', 'protokol', '-C', dir])).code).toBe(0);
  });

  it('refuses to close a case without a contract and to archive an open one, writing nothing', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const r = await run(['close', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'reason: cil_naplnen\npersonal_goal: {outcome: met}\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nemá smlouvu');
    expect((await run(['archive', '2026-0002', '-C', dir])).stderr).toContain('není ukončený');
    expect(snapshotTree(dir)).toEqual(before);
    const all = await run(['archive', '--all-closed', '-C', dir]);
    expect(all.stdout).toContain('Spis 2025-0012 archivován; uchovat do 30. 3. 2036.');
    expect(all.stdout).toContain('Spis 2026-0005 archivován; uchovat do 12. 6. 2036.');
    expect((await run(['check', '-C', dir])).code).toBe(0);
  });
});

describe('Czech typography in documents', () => {
  it('keeps together what must not break at a line end, and drops a stray space or full stop', async () => {
    const { czechTypography } = await import('../../src/render/render.js');
    const N = '\u00a0';
    expect(czechTypography('Schůzka v poradně a u školy k dohodě s učitelkou o úkolech i známkách')).toBe(
      `Schůzka v${N}poradně a${N}u${N}školy k${N}dohodě s${N}učitelkou o${N}úkolech i${N}známkách`,
    );
    expect(czechTypography('V Olomouci dne 15. 9. 2026 podle § 37 zákona č. 108/2006 Sb.')).toBe(
      `V${N}Olomouci dne 15.${N}9.${N}2026 podle §${N}37 zákona č.${N}108/2006${N}Sb.`,
    );
    expect(czechTypography('Mgr. Jana Nováková a Bc. Petr Svoboda, DiS..')).toBe(
      `Mgr.${N}Jana Nováková a${N}Bc.${N}Petr Svoboda, DiS.`,
    );
    expect(czechTypography('konzultace , telefonicky; „chci se domluvit se školou.“.')).toBe(
      'konzultace, telefonicky; „chci se domluvit se školou.“',
    );
    expect(czechTypography('Čekáme... a pak 1\\. bod')).toBe(`Čekáme... a${N}pak 1\\. bod`);
  });

  it('HTML: the letterhead has its style, pages are numbered, tags are left alone', async () => {
    const r = await run(['render', '2026-0001', 'contract', '--format', 'html', '-C', sharedExample()]);
    expect(r.stdout).toContain('<div class="header">Poradna pro rodinu Rozcestí, z. ú., IČO 12345679');
    expect(r.stdout).toContain('@bottom-center { content: "strana " counter(page) " z " counter(pages);');
    expect(r.stdout).toContain('podle §\u00a091 zákona č.\u00a0108/2006\u00a0Sb.');
    expect(r.stdout).toContain('<p class="field"><span class="label">');
    expect(r.stdout).not.toMatch(/<[^>]*\u00a0[^>]*>/);
  });
});

describe('which contact record', () => {
  it('--contact takes a date in any form, or the file name; an unknown one lists the records', async () => {
    const iso = await run(['render', '2026-0001', 'contact', '--contact', '2026-09-14', '-C', sharedExample()]);
    const czech = await run(['render', '2026-0001', 'contact', '--contact', '14. 9. 2026', '-C', sharedExample()]);
    const name = await run(['render', '2026-0001', 'contact', '--contact', '2026-09-14-h8d2', '-C', sharedExample()]);
    expect(iso.code, iso.stderr).toBe(0);
    expect(czech.stdout).toBe(iso.stdout);
    expect(name.stdout).toBe(iso.stdout);
    expect(plain(iso.stdout)).toContain('Zápis z kontaktu');
    const none = await run(['render', '2026-0001', 'contact', '--contact', '1. 1. 2026', '-C', sharedExample()]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'Ve spisu 2026-0001 není zápis „1. 1. 2026“. Zadejte datum nebo název; poslední zápisy:',
    );
    expect(none.stderr).toContain('2026-09-14-h8d2  14. 9. 2026');
  });

  it('a missing legal item names the document in Czech', async () => {
    const dir = repo();
    const p = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/ {2}initial_situation: >-\n( {4}.*\n)+/, ''));
    const r = await run(['render', '2026-0001', 'plan', '-C', dir]);
    expect(r.stderr).toContain('Dokument „individuální plán“ nelze vyhotovit');
  });
});
