// spis assess, spis plan and spis client edit driven through the real prompts on a pseudo-terminal.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plain, run, scratch, snapshotTree } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';

const { example: repo } = scratch();

describe('spis assess on a terminal', () => {
  it('asks two different workers, the conclusion and the key worker it appoints', async () => {
    const dir = repo();
    const s = startInteractive(['assess', '2026-0003', '-C', dir]);
    await s.answer('Datum posouzení', KEY.enter);
    await s.answer('Kdo situaci posuzoval (první pracovník)', KEY.enter);
    // The first worker is not offered again: Svoboda and Malá remain, Malá is the second.
    const second = await s.see('Další posuzující pracovník');
    expect(second.slice(second.lastIndexOf('Další posuzující pracovník'))).not.toContain('Nováková');
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer('Posuzoval ještě někdo další?', KEY.enter);
    await s.answer('Závěr posouzení', `Po rozchodu potřebuje podporu při dohodě o dětech.${KEY.enter}`);
    await s.answer('Klíčový pracovník, kterého posouzení určilo', `${KEY.down}${KEY.enter}`);
    const summary = await s.see('Uložit zápis?');
    expect(summary).toContain('Posouzení: Lucie Horáková, 22. 11. 2026');
    expect(summary).toContain('Posuzovali: Mgr. Jana Nováková, Bc. Kateřina Malá');
    expect(summary).toContain('Klíčový pracovník: Mgr. Petr Svoboda');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    expect(s.screen()).toContain('Posouzení spisu 2026-0003 zaznamenáno; klíčový pracovník: Mgr. Petr Svoboda.');
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client.assessment).toEqual({
      date: '2026-11-22',
      workers: ['novakova', 'mala'],
      note: 'Po rozchodu potřebuje podporu při dohodě o dětech.',
      key_worker: 'svoboda',
    });
    expect(client.key_workers).toEqual([{ worker: 'svoboda', from: '2026-11-22', note: 'assessment' }]);
    const due = await run(['due', '--json', '-C', dir]);
    expect(JSON.parse(due.stdout).filter((i: { case_id: string }) => i.case_id === '2026-0003')).toEqual([]);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('spis plan on a terminal', () => {
  it('records the written plan with the client’s part and renders it at once', async () => {
    const dir = repo();
    const s = startInteractive(['plan', '2026-0002', '-C', dir]);
    await s.answer('Datum sepsání plánu', KEY.enter);
    await s.answer('Výchozí situace klienta', `Otec syna s ADHD; chce doma méně křiku.${KEY.enter}`);
    expect(await s.see('Jak se klient na plánu podílel')).toContain('(co navrhl, s čím souhlasil)');
    await s.answer('', `Sám zvolil, čím začít.${KEY.enter}`);
    await s.answer('Kdo plán sepsal', KEY.enter);
    await s.answer('Kdo se na plánu podílel', KEY.enter);
    const summary = await s.see('Uložit zápis?');
    expect(summary).toContain('Písemný individuální plán: Tomáš Beneš, sepsán 22. 11. 2026');
    expect(summary).toContain('Podíleli se: klient, Mgr. Petr Svoboda');
    await s.answer('', KEY.enter);
    await s.answer('Vyhotovit a uložit plán (HTML k tisku)?', KEY.enter);
    expect(await s.done).toBe(0);
    expect(s.screen()).toContain('clients/2026-0002/documents/plan-2026-11-22.html');
    const goals = parse(readFileSync(join(dir, 'clients/2026-0002/goals.yaml'), 'utf8'));
    expect(goals.plan).toEqual({
      written: '2026-11-22',
      initial_situation: 'Otec syna s ADHD; chce doma méně křiku.',
      worker: 'svoboda',
      participants: ['klient', 'svoboda'],
      participation: 'Sám zvolil, čím začít.',
    });
    const html = plain(readFileSync(join(dir, 'clients/2026-0002/documents/plan-2026-11-22.html'), 'utf8'));
    expect(html).toContain('Sám zvolil, čím začít.');
    expect(html).toContain('<span class="label">Datum vytvoření:</span> 22. 11. 2026');
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('spis plan on a terminal for a klientka', () => {
  it('offers her as klientka among the participants', async () => {
    const dir = repo();
    const s = startInteractive(['plan', '2026-0001', '-C', dir]);
    await s.answer('Datum sepsání plánu', KEY.enter);
    await s.answer('Výchozí situace klientky', KEY.enter);
    await s.answer('Jak se klientka na plánu podílela', `Navrhla pořadí kroků.${KEY.enter}`);
    await s.answer('Kdo plán sepsal', KEY.enter);
    await s.answer('Kdo se na plánu podílel', KEY.enter);
    const summary = await s.see('Uložit zápis?');
    expect(summary).toContain('Podíleli se: klientka, Mgr. Jana Nováková');
    await s.answer('', KEY.ctrlC);
    await s.done;
  }, 30_000);
});

describe('spis client edit on a terminal', () => {
  it('offers the current values, changes only what was changed, and keeps the other lines as they were', async () => {
    const dir = repo();
    const file = join(dir, 'clients/2026-0001/client.yaml');
    const before = readFileSync(file, 'utf8');
    const s = startInteractive(['client', 'edit', '2026-0001', '-C', dir]);
    await s.answer('Jméno', KEY.enter);
    await s.answer('Příjmení', KEY.enter);
    await s.answer('Pohlaví', KEY.enter);
    await s.answer('Datum narození', `14. 3. 1986${KEY.enter}`);
    await s.answer('Okres bydliště', `${KEY.clearLine}-${KEY.enter}`);
    await s.answer('Cílová skupina', KEY.enter);
    await s.answer('Adresa', `${KEY.clearLine}Lipová 3, 779 00 Olomouc${KEY.enter}`);
    await s.answer('Telefon', KEY.enter);
    await s.answer('E-mail', KEY.enter);
    await s.answer('Má zákonného zástupce nebo opatrovníka?', KEY.enter);
    await s.answer('Ponechat spolupracující osobu Mgr. Alena Horká (výchovná poradkyně)?', `n${KEY.enter}`);
    await s.answer('Přidat další spolupracující osobu nebo instituci?', `a${KEY.enter}`);
    await s.answer('Jméno nebo název instituce', `Mgr. Iva Nová${KEY.enter}`);
    await s.answer('Role', `třídní učitelka${KEY.enter}`);
    await s.answer('Organizace', `ZŠ Holice${KEY.enter}`);
    await s.answer('Přidat další spolupracující osobu', KEY.enter);
    const summary = await s.see('Uložit?');
    expect(summary).toContain('datum narození: 14. 3. 1986');
    expect(summary).toContain('okres: (smazáno)');
    expect(summary).toContain('adresa: Lipová 3, 779 00 Olomouc');
    expect(summary).toContain('spolupracující osoby: Mgr. Iva Nová – třídní učitelka');
    expect(summary).not.toContain('telefon:');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    // The message names the fields, never their values.
    const afterSave = s.screen().slice(s.screen().lastIndexOf('Uložit?')).split('\n').slice(1).join('\n');
    expect(afterSave.trim()).toBe(
      'Údaje klienta ve spisu 2026-0001 změněny: birth_date, birth_year, district, address, cooperating.',
    );
    const after = readFileSync(file, 'utf8');
    const client = parse(after);
    expect(client).toMatchObject({
      birth_date: '1986-03-14',
      address: 'Lipová 3, 779 00 Olomouc',
      cooperating: [{ name: 'Mgr. Iva Nová', role: 'třídní učitelka', organisation: 'ZŠ Holice' }],
    });
    expect(client.district).toBeUndefined();
    expect(client.birth_year).toBeUndefined();
    // Untouched lines stay byte for byte: the folded request, the flow list, the quoted phone.
    for (const line of [
      'request: >-',
      '  Syn (9 let) má opakované konflikty ve škole; paní Dvořáková neví, jak se škole ozvat,',
      '  workers: [novakova, svoboda]',
      'phone: "+420 600 000 111"',
    ]) {
      expect(before).toContain(line);
      expect(after).toContain(line);
    }
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('discarding at the summary writes nothing', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const s = startInteractive(['client', 'edit', '2026-0002', '-C', dir]);
    await s.answer('Jméno', KEY.enter);
    await s.answer('Příjmení', `${KEY.clearLine}Novák${KEY.enter}`);
    await s.answer('Pohlaví', KEY.enter);
    await s.answer('Datum narození', KEY.enter);
    await s.answer('Rok narození', KEY.enter);
    await s.answer('Okres bydliště', KEY.enter);
    await s.answer('Cílová skupina', KEY.enter);
    await s.answer('Adresa', KEY.enter);
    await s.answer('Telefon', KEY.enter);
    await s.answer('E-mail', KEY.enter);
    await s.answer('zákonného zástupce', KEY.enter);
    await s.answer('Spolupracuje na případu', KEY.enter);
    await s.answer('Uložit?', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Opravdu zahodit', `a${KEY.enter}`);
    expect(await s.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);
  });

  it('from --from only the fields given change; a reserved field is refused', async () => {
    const dir = repo();
    const ok = await run(['client', 'edit', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'birth_date: 1990-07-01\nlegal_representative: null\n',
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).birth_date).toBe('1990-07-01');
    const before = snapshotTree(dir);
    const reserved = await run(['client', 'edit', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'status: active\n',
    });
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toContain('pole status příkaz client edit nemění');
    const bad = await run(['client', 'edit', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'birth_date: 1990-02-30\n',
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('<stdin>:1:13:');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('a partly met goal on a terminal', () => {
  it('asks whether it goes on or is reworded, and never ends it silently', async () => {
    const dir = repo();
    const s = startInteractive(['contact', 'add', '2026-0001', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Kdo z domácnosti byl u kontaktu', KEY.enter);
    await s.answer('Průběh kontaktu', `Konzultace se speciálním pedagogem jen dvakrát.${KEY.enter}`);
    await s.answer('Dílčí cíl c2', '');
    await s.answer('Jak se cíl plní?', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Jak se daří', `Dvě konzultace ze čtyř.${KEY.enter}`);
    await s.answer('Částečně naplněný cíl: co dál?', `${KEY.down}${KEY.enter}`);
    await s.answer('Dílčí cíl c5', `domluvit konzultace se speciálním pedagogem po škole${KEY.enter}`);
    await s.answer('Pro koho je cíl', KEY.enter);
    await s.answer('kritéria', `dvě konzultace do konce roku${KEY.enter}`);
    await s.answer('Kdo za něj odpovídá', KEY.enter);
    await s.answer('Termín přehodnocení', KEY.enter);
    await s.answer('Dílčí cíl c4', '');
    await s.answer('Jak se cíl plní?', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Jak se daří', KEY.enter);
    await s.answer('Částečně naplněný cíl: co dál?', KEY.enter);
    await s.answer('Další přehodnocení', `${KEY.clearLine}+14d${KEY.enter}`);
    await s.answer('Stanovit nový dílčí cíl?', KEY.enter);
    await s.answer('Příští schůzka', KEY.enter);
    await s.answer('Připravit e-mail', `n${KEY.enter}`);
    await s.answer('Uložit?', KEY.enter);
    expect(await s.done).toBe(0);
    const goals = parse(readFileSync(join(dir, 'clients/2026-0001/goals.yaml'), 'utf8'));
    const byId = Object.fromEntries(goals.partial_goals.map((g: { id: string }) => [g.id, g]));
    expect(byId.c2).toMatchObject({ status: 'reworded', replaced_by: 'c5', closed: '2026-11-22' });
    expect(byId.c2.evaluations.at(-1)).toMatchObject({ status: 'partly_met', progress: 'Dvě konzultace ze čtyř.' });
    expect(byId.c4).toMatchObject({ status: 'open', review: '2026-12-06' });
    expect(byId.c4.evaluations.at(-1)).toMatchObject({ status: 'partly_met', next_review: '2026-12-06' });
    expect(byId.c5).toMatchObject({ status: 'open', serves: 'p1' });
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('a written contract on a terminal', () => {
  it('asks for the identification the client record lacks, on the spot', async () => {
    const dir = repo();
    const s = startInteractive(['contract', 'new', '2026-0003', '-C', dir]);
    await s.answer('Forma smlouvy', KEY.enter);
    await s.answer('Datum uzavření', KEY.enter);
    await s.answer('Za poskytovatele jedná', KEY.enter);
    await s.answer('Klíčový pracovník', KEY.enter);
    await s.answer('Datum narození', `3. 2. 1991${KEY.enter}`);
    await s.answer('Adresa', KEY.enter);
    await s.answer('Osobní cíl klientky', `vysvětlit dětem střídavou péči${KEY.enter}`);
    for (const item of [
      '(c) Rozsah',
      '(d) Místo a čas',
      '(e) Úhrada',
      '(f) Vnitřní pravidla',
      '(g) Výpovědní',
      '(h) Platnost do',
    ])
      await s.answer(item, KEY.enter);
    await s.answer('Byla klientka poučena', KEY.enter);
    await s.answer('Datum poučení', KEY.enter);
    await s.answer('Kdo poučení provedl', KEY.enter);
    await s.answer('zasíláním zápisů e-mailem?', KEY.enter);
    await s.answer('pořizováním fotografií?', KEY.enter);
    await s.answer('Předán dokument „Pravidla pro podávání stížností“?', KEY.enter);
    await s.answer('Předán dokument „Práva a povinnosti uživatele služby“?', KEY.enter);
    await s.answer('Předán ještě jiný dokument?', KEY.enter);
    await s.answer('Výchozí situace klientky', KEY.enter);
    await s.answer('Uložit?', KEY.enter);
    expect(await s.done).toBe(0);
    expect(s.stderr()).toContain('Písemná smlouva označuje klientku datem narození nebo adresou');
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client).toMatchObject({ status: 'active', birth_date: '1991-02-03' });
    expect(client.address).toBeUndefined();
    expect(plain((await run(['render', '2026-0003', 'contract', '-C', dir])).stdout)).toContain('narozena 3. 2. 1991');
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('save, change an answer, or discard at the summary', () => {
  it('changes one answer and keeps all the others', async () => {
    const dir = repo();
    const s = startInteractive(['contact', 'add', '2026-0002', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.up}${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `${KEY.clearLine}poradna${KEY.enter}`);
    await s.answer('Délka v minutách', `${KEY.clearLine}40${KEY.enter}`);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Průběh kontaktu', `Probrány záchvaty vzteku.${KEY.enter}`);
    await s.answer('Dílčí cíl c1', '');
    await s.answer('Jak se cíl plní?', KEY.enter);
    await s.answer('Jak se daří', `Zkouší počítat do deseti.${KEY.enter}`);
    await s.answer('Další přehodnocení', `${KEY.clearLine}+1m${KEY.enter}`);
    await s.answer('Stanovit nový dílčí cíl?', KEY.enter);
    await s.answer('Příští schůzka', KEY.enter);
    const first = await s.see('Uložit');
    expect(first).toContain('Probrány záchvaty vzteku.');
    // Change the duration: pick it from the list of answers, type the new one; nothing else is asked again.
    await s.answer('uložit', `${KEY.down}${KEY.enter}`);
    await s.answer('Kterou odpověď změnit?', `${KEY.down.repeat(4)}${KEY.enter}`);
    await s.answer('Délka v minutách', `${KEY.clearLine}55${KEY.enter}`);
    const second = await s.see('Uložit');
    // After the changed answer comes the summary again, not the rest of the questions.
    expect(second.slice(second.lastIndexOf('Délka v minutách'))).not.toContain('? Průběh kontaktu');
    expect(second).toContain('Probrány záchvaty vzteku.');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const added = readdirSync(join(dir, 'clients/2026-0002/contacts')).filter((n) => n.startsWith('2026-11-22'));
    const record = parse(readFileSync(join(dir, 'clients/2026-0002/contacts', added[0]), 'utf8'));
    expect(record).toMatchObject({
      place: 'poradna',
      duration_min: 55,
      summary: 'Probrány záchvaty vzteku.',
      goal_reviews: [
        { goal: 'c1', status: 'continues', progress: 'Zkouší počítat do deseti.', next_review: '2026-12-22' },
      ],
    });
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('discard asks once more and then writes nothing', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const s = startInteractive(['assess', '2026-0003', '-C', dir]);
    await s.answer('Datum posouzení', KEY.enter);
    await s.answer('první pracovník', KEY.enter);
    await s.answer('Další posuzující pracovník', KEY.enter);
    await s.answer('Posuzoval ještě někdo další?', KEY.enter);
    await s.answer('Závěr posouzení', `Krátkodobá podpora.${KEY.enter}`);
    await s.answer('Klíčový pracovník, kterého posouzení určilo', KEY.enter);
    await s.answer('uložit', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Opravdu zahodit', `a${KEY.enter}`);
    expect(await s.done).toBe(0);
    expect(s.stderr()).toContain('Neuloženo.');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('defaults that follow the answers', () => {
  it('a phone evaluation: no place offered, the client once among participants, the personal goal before new partial goals', async () => {
    const dir = repo();
    const s = startInteractive(['contact', 'add', '2026-0001', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', `${KEY.down}${KEY.enter}`);
    await s.answer('Forma kontaktu', KEY.enter);
    // The last contact was a phone call: the form stays, and no place is asked for it.
    const duration = await s.see('Délka v minutách');
    expect(duration).not.toContain('Místo');
    await s.answer('', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    // The client (in the form that agrees) and the writer, each once.
    const participants = await s.see('Účastníci');
    expect(participants).toContain('(klientka, novakova)');
    await s.answer('', KEY.enter);
    await s.answer('Kdo z domácnosti byl u kontaktu', KEY.enter);
    await s.answer('Průběh kontaktu', `Hodnotící schůzka po telefonu.${KEY.enter}`);
    await s.answer('Dílčí cíl c2', '');
    await s.answer('Jak se cíl plní?', KEY.enter);
    await s.answer('Jak se daří', KEY.enter);
    await s.answer('Další přehodnocení', KEY.enter);
    await s.answer('Dílčí cíl c4', '');
    await s.answer('Jak se cíl plní?', `${KEY.down}${KEY.enter}`);
    await s.answer('Jak se daří', KEY.enter);
    // The personal goal is evaluated before any new partial goal is set.
    await s.answer('Hodnocení osobního cíle', '');
    expect(s.screen()).not.toContain('Stanovit nový dílčí cíl?');
    await s.answer('Účastní se hodnocení klientka', KEY.enter);
    await s.answer('Osobní cíl je', KEY.enter);
    await s.answer('Jak je klientka se službou spokojena', `Velmi, škola už volá sama.${KEY.enter}`);
    await s.answer('Chce klientka pokračovat s novým osobním cílem?', KEY.enter);
    await s.answer('Osobní cíl klientky', `připravit syna na druhý stupeň${KEY.enter}`);
    await s.answer('Stanovit dílčí cíl k novému osobnímu cíli?', `a${KEY.enter}`);
    await s.answer('Dílčí cíl c5', `navštívit novou školu${KEY.enter}`);
    await s.answer('Pro koho je cíl', KEY.enter);
    await s.answer('kritéria', `návštěva proběhla${KEY.enter}`);
    const responsible = await s.see('Kdo za něj odpovídá');
    expect(responsible).toContain('(klientka)');
    await s.answer('', KEY.enter);
    await s.answer('Termín přehodnocení', KEY.enter);
    await s.answer('Stanovit dílčí cíl k novému osobnímu cíli?', KEY.enter);
    await s.answer('Příští schůzka', KEY.enter);
    await s.answer('Připravit e-mail', `n${KEY.enter}`);
    const summary = await s.see('Uložit?');
    expect(summary).toContain('Hodnocení se účastnili: klientka, Mgr. Jana Nováková');
    expect(summary).toContain('Spokojenost klientky: Velmi, škola už volá sama.');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const name = readdirSync(join(dir, 'clients/2026-0001/contacts')).filter((n) => n.startsWith('2026-11-22'))[0];
    const record = parse(readFileSync(join(dir, 'clients/2026-0001/contacts', name), 'utf8'));
    expect(record.place).toBeUndefined();
    expect(record.participants).toEqual(['klientka', 'novakova']);
    expect(record.personal_goal_review.participants).toEqual(['klientka', 'novakova']);
    const goals = parse(readFileSync(join(dir, 'clients/2026-0001/goals.yaml'), 'utf8'));
    expect(goals.personal_goals.at(-1).text).toBe('připravit syna na druhý stupeň');
    expect(goals.partial_goals.find((g: { id: string }) => g.id === 'c5')).toMatchObject({
      serves: 'p2',
      responsible: ['klientka'],
    });
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("the oral contract's record is written by the worker just chosen to act for the provider", async () => {
    const dir = repo();
    const s = startInteractive(['contract', 'new', '2026-0003', '-C', dir]);
    await s.answer('Forma smlouvy', `${KEY.down}${KEY.enter}`);
    await s.answer('Datum uzavření', KEY.enter);
    await s.answer('Za poskytovatele jedná', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Klíčový pracovník', KEY.enter);
    await s.answer('Osobní cíl klientky', `vysvětlit dětem střídavou péči${KEY.enter}`);
    for (const item of [
      '(c) Rozsah',
      '(d) Místo a čas',
      '(e) Úhrada',
      '(f) Vnitřní pravidla',
      '(g) Výpovědní',
      '(h) Platnost do',
    ])
      await s.answer(item, KEY.enter);
    for (const q of [
      'Byla klientka poučena',
      'Datum poučení',
      'Kdo poučení provedl',
      'zasíláním zápisů',
      'fotografií',
      'Předán dokument „Pravidla',
      'Předán dokument „Práva',
      'Předán ještě jiný dokument?',
      'Výchozí situace klientky',
    ])
      await s.answer(q, KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    const writer = await s.see('Zapisuje');
    expect(writer.slice(writer.lastIndexOf('? Zapisuje'))).toMatch(/❯ Bc\. Kateřina Malá/);
    await s.answer('', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Průběh kontaktu', `Ústní smlouva.${KEY.enter}`);
    await s.answer('Uložit?', KEY.enter);
    expect(await s.done).toBe(0);
    const contract = parse(readFileSync(join(dir, 'clients/2026-0003/contract.yaml'), 'utf8'));
    const record = parse(readFileSync(join(dir, 'clients/2026-0003', contract.recorded_in), 'utf8'));
    expect(record).toMatchObject({ worker: 'mala', participants: ['klientka', 'mala'] });
  });
});

describe('a returning client on a terminal', () => {
  it('client new offers the earlier case with the same name and year of birth as the same person', async () => {
    const dir = repo();
    const s = startInteractive(['client', 'new', '-C', dir]);
    await s.answer('Anonymní klient', KEY.enter);
    await s.answer('Jméno', `Eva${KEY.enter}`);
    await s.answer('Příjmení', `Kučerová${KEY.enter}`);
    await s.answer('Pohlaví', KEY.enter);
    await s.answer('Datum narození', KEY.enter);
    await s.answer('Rok narození', `1975${KEY.enter}`);
    await s.answer('Stejné jméno a rok narození má spis 2025-0012. Je to tatáž osoba?', `a${KEY.enter}`);
    for (const q of [
      'Okres',
      'Cílová skupina',
      'Adresa',
      'Telefon',
      'E-mail',
      'Datum prvního kontaktu',
      'S čím zájemkyně přichází',
      'Klíčový pracovník',
      'zákonného zástupce',
      'Uložit?',
    ])
      await s.answer(q, KEY.enter);
    expect(await s.done).toBe(0);
    const id = s.screen().trim().split('\n').at(-1)!.trim();
    expect(parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'))).toMatchObject({
      person: '2025-0012',
      birth_year: 1975,
    });
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('a case conference on a terminal', () => {
  it('asks which cooperating persons took part and who else, with their roles', async () => {
    const dir = repo();
    const s = startInteractive(['contact', 'add', '2026-0001', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Kdo z domácnosti byl u kontaktu', KEY.enter);
    await s.answer('Účastnila se osoba Mgr. Alena Horká (výchovná poradkyně)?', KEY.enter);
    await s.answer('Spolupracuje na případu další osoba nebo instituce', `a${KEY.enter}`);
    await s.answer('Jméno nebo název instituce', `Bc. Ota Malý${KEY.enter}`);
    await s.answer('Role', `sociální pracovník OSPOD${KEY.enter}`);
    await s.answer('Organizace', KEY.enter);
    await s.answer('Přidat další spolupracující osobu', KEY.enter);
    await s.answer('Průběh kontaktu', `Případová konference ve škole.${KEY.enter}`);
    for (const goal of ['Dílčí cíl c2', 'Dílčí cíl c4']) {
      await s.answer(goal, '');
      await s.answer('Jak se cíl plní?', KEY.enter);
      await s.answer('Jak se daří', KEY.enter);
      await s.answer('Další přehodnocení', KEY.enter);
    }
    await s.answer('Stanovit nový dílčí cíl?', KEY.enter);
    await s.answer('Příští schůzka', KEY.enter);
    await s.answer('Připravit e-mail', `n${KEY.enter}`);
    await s.answer('Uložit?', KEY.enter);
    expect(await s.done).toBe(0);
    const name = readdirSync(join(dir, 'clients/2026-0001/contacts')).filter((n) => n.startsWith('2026-11-22'))[0];
    const record = parse(readFileSync(join(dir, 'clients/2026-0001/contacts', name), 'utf8'));
    expect(record.type).toBe('pripadova_konference');
    expect(record.cooperating).toEqual([
      { name: 'Mgr. Alena Horká', role: 'výchovná poradkyně', organisation: 'ZŠ Holice' },
      { name: 'Bc. Ota Malý', role: 'sociální pracovník OSPOD' },
    ]);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
