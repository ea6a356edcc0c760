// The interactive flows, driven through the real prompts on a pseudo-terminal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spawnSync } from 'node:child_process';
import { plain, run, scratch, snapshotTree, sharedExample } from '../helpers/cli.js';
import { KEY, startInteractive } from '../helpers/tty.js';

const { example: repo, tmp } = scratch();
afterEach(() => {
  vi.unstubAllEnvs();
});

const CASE = 'clients/2026-0001';

describe('spis contact add on a terminal', () => {
  it('records a full contact: two goal reviews, one new goal, a wrong date asked again', async () => {
    const dir = repo();
    const before = readdirSync(join(dir, CASE, 'contacts'));
    const s = startInteractive(['contact', 'add', '2026-0001', '-C', dir]);
    await s.answer('Datum kontaktu', `2026-02-30${KEY.enter}`);
    await s.answer('„2026-02-30“ není platné datum', `${KEY.clearLine}20. 11. 2026${KEY.enter}`);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `poradna${KEY.enter}`);
    await s.answer('Délka v minutách', `${KEY.clearLine}50${KEY.enter}`);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    // The household's members are offered by number; one not in it is refused as typed.
    await s.answer('Kdo z domácnosti byl u kontaktu (m1 syn (nar. 2017)', `m2${KEY.enter}`);
    await s.answer('Člen domácnosti m2 ve spisu není', `${KEY.clearLine}m1${KEY.enter}`);
    await s.answer('Průběh kontaktu', `Klientka přinesla rozvrh domácí přípravy.${KEY.enter}`);
    await s.answer('Dílčí cíl c2', '');
    await s.answer('Jak se cíl plní?', KEY.enter);
    await s.answer('Jak se daří', `Čtvrtá konzultace proběhla.${KEY.enter}`);
    await s.answer('Další přehodnocení', `${KEY.clearLine}+1m${KEY.enter}`);
    await s.answer('Dílčí cíl c4', '');
    await s.answer('Jak se cíl plní?', `${KEY.down}${KEY.enter}`);
    await s.answer('Jak se daří', `Rozvrh visí doma čtvrtý týden.${KEY.enter}`);
    await s.answer('Stanovit nový dílčí cíl?', `y${KEY.enter}`);
    await s.answer('Dílčí cíl c5', `domluvit se synem pravidla používání mobilu${KEY.enter}`);
    // A goal may be for the son rather than the client.
    await s.answer('Pro koho je cíl', `${KEY.down}${KEY.enter}`);
    await s.answer('kritéria', `pravidla jsou sepsaná a podepsaná oběma${KEY.enter}`);
    await s.answer('Kdo za něj odpovídá', `${KEY.clearLine}klientka, novakova${KEY.enter}`);
    await s.answer('Termín přehodnocení', `${KEY.clearLine}+14d${KEY.enter}`);
    await s.answer('Stanovit nový dílčí cíl?', KEY.enter);
    await s.answer('Příští schůzka', `+14d${KEY.enter}`);
    await s.answer('Připravit e-mail se zápisem pro klientku (souhlas je dán)?', KEY.enter);
    const summary = await s.see('Uložit?');
    expect(summary).toContain('Zápis z kontaktu 20. 11. 2026: konzultace, osobně, poradna');
    expect(summary).toContain('z domácnosti přítomni: m1 syn (nar. 2017)');
    expect(summary).toContain('c2 kontinuálně spolupracovat');
    expect(summary).toContain('pokračuje, přehodnotit 20. 12. 2026 – Čtvrtá konzultace proběhla.');
    expect(summary).toContain('c4 připravit se synem týdenní rozvrh domácí přípravy a vyvěsit ho doma: naplněn');
    expect(summary).toContain(
      'nový dílčí cíl c5: domluvit se synem pravidla používání mobilu (pro: m1 syn (nar. 2017))',
    );
    expect(summary).toContain('odpovídá: klientka, Mgr. Jana Nováková; přehodnotit: 4. 12. 2026');
    expect(summary).toContain('připraví se e-mail se zápisem pro klientku (soubor .eml, odešlete ho ze své pošty)');
    s.answer('', KEY.enter);
    expect(await s.done).toBe(0);

    const added = readdirSync(join(dir, CASE, 'contacts')).filter((n) => !before.includes(n));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^2026-11-20-[a-z0-9]{4}\.yaml$/);
    const contact = parse(readFileSync(join(dir, CASE, 'contacts', added[0]), 'utf8'));
    expect(contact).toMatchObject({
      date: '2026-11-20',
      form: 'osobne',
      type: 'konzultace',
      place: 'poradna',
      duration_min: 50,
      worker: 'novakova',
      participants: ['klientka', 'novakova'],
      present: ['m1'],
      goal_reviews: [
        { goal: 'c2', progress: 'Čtvrtá konzultace proběhla.', status: 'continues', next_review: '2026-12-20' },
        { goal: 'c4', progress: 'Rozvrh visí doma čtvrtý týden.', status: 'met' },
      ],
      new_goals: [
        {
          id: 'c5',
          member: 'm1',
          criteria: 'pravidla jsou sepsaná a podepsaná oběma',
          responsible: ['klientka', 'novakova'],
          review: '2026-12-04',
        },
      ],
      next_meeting: '2026-12-04',
      sent_by_email: true,
    });
    // The e-mail is a ready message in documents/, never sent by the tool: To, an encoded subject, the record as text.
    const emlName = `contact-${added[0].replace('.yaml', '')}.eml`;
    expect(s.stderr()).toContain(`E-mail se zápisem je připraven: ${CASE}/documents/${emlName}`);
    const eml = plain(readFileSync(join(dir, CASE, 'documents', emlName), 'utf8'));
    expect(eml).toMatch(
      /^From: novakova@rozcesti\.example\.org\r\nTo: jana\.dvorakova@example\.org\r\nSubject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\n/,
    );
    expect(Buffer.from(/Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(eml)![1], 'base64').toString('utf8')).toBe(
      'Zápis z kontaktu 20. 11. 2026 – Poradna pro rodinu Rozcestí, z. ú.',
    );
    expect(eml).toContain('Content-Type: text/plain; charset=utf-8\r\n');
    // Plain text made for a mail program: headings underlined, no Markdown, every line ending in CRLF.
    const body = eml.slice(eml.indexOf('\r\n\r\n') + 4);
    expect(body).toMatch(/^Poradna pro rodinu Rozcestí[^\r\n]*\r\n\r\nZápis z kontaktu[^\r\n]*\r\n=+\r\n/);
    expect(body).not.toMatch(/\*\*|^#|\\[_*]/m);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(body).toMatch(/\r\nDatum: 20\. 11\. 2026\r\n/);
    expect(eml).toContain('domluvit se synem pravidla používání mobilu');
    const goalsText = readFileSync(join(dir, CASE, 'goals.yaml'), 'utf8');
    const goals = parse(goalsText);
    const byId = Object.fromEntries(goals.partial_goals.map((g: { id: string }) => [g.id, g]));
    expect(byId.c2).toMatchObject({ status: 'open', review: '2026-12-20' });
    expect(byId.c2.evaluations.at(-1)).toEqual({
      date: '2026-11-20',
      source: `contacts/${added[0]}`,
      progress: 'Čtvrtá konzultace proběhla.',
      status: 'continues',
      next_review: '2026-12-20',
    });
    expect(byId.c4).toMatchObject({ status: 'met', closed: '2026-11-20' });
    expect(byId.c5).toMatchObject({
      member: 'm1',
      status: 'open',
      set: '2026-11-20',
      review: '2026-12-04',
      source: `contacts/${added[0]}`,
    });
    expect(goalsText).toContain('# yaml-language-server: $schema=../../schemas/goals.schema.json');
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('Ctrl-C halfway leaves every file byte for byte unchanged', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const s = startInteractive(['contact', 'add', '2026-0001', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Kdo z domácnosti byl u kontaktu', KEY.enter);
    await s.answer('Průběh kontaktu', `Rozepsáno${KEY.enter}`);
    await s.answer('Jak se cíl plní?', KEY.ctrlC);
    expect(await s.done).toBe(130);
    expect(s.stderr()).toContain('Přerušeno, nic nebylo uloženo.');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('spis refuse asks the day of the refusal, shows it in the summary, and lets it be changed there', async () => {
    const dir = repo();
    const s = startInteractive(['refuse', '2026-0003', '-C', dir]);
    await s.answer('Datum odmítnutí', `${KEY.clearLine}včera${KEY.enter}`);
    await s.answer('Důvod odmítnutí', KEY.enter);
    await s.answer('Poznámka', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    const summary = await s.see('Uložit odmítnutí?');
    expect(summary).toContain('ke dni 21. 11. 2026');
    // Change an answer: the date, to the day before; the rest is kept.
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer('Kterou odpověď', KEY.enter);
    await s.answer('Datum odmítnutí', `${KEY.clearLine}20. 11. 2026${KEY.enter}`);
    expect(await s.see('Uložit odmítnutí?')).toContain('ke dni 20. 11. 2026');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client.refusal.date).toBe('2026-11-20');
    expect(client.status).toBe('refused');
  });

  it('discarding at the summary writes nothing; a "no" to "really?" goes back to the summary', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const s = startInteractive(['refuse', '2026-0003', '-C', dir]);
    await s.answer('Datum odmítnutí', KEY.enter);
    await s.answer('Důvod odmítnutí', `${KEY.down}${KEY.enter}`);
    await s.answer('Poznámka', `Plná kapacita do března.${KEY.enter}`);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Uložit odmítnutí?', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Opravdu zahodit', `n${KEY.enter}`);
    await s.answer('Uložit odmítnutí?', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Opravdu zahodit', `ano${KEY.enter}`);
    expect(await s.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('reads Czech yes and no, asks again on anything else, and echoes the answer in Czech', async () => {
    const dir = repo();
    const s = startInteractive(['assess', '2026-0003', '-C', dir]);
    await s.answer('Datum posouzení', KEY.enter);
    // An assessment cannot lie ahead: the tip offers today and yesterday, not "+14d".
    expect(s.screen()).toContain('Datum posouzení (RRRR-MM-DD, 22. 11. 2026, dnes, včera)');
    expect(s.screen()).not.toContain('+14d');
    await s.answer('první pracovník', KEY.enter);
    expect(s.screen()).toContain('↑↓ výběr • ⏎ potvrdit');
    expect(s.screen()).not.toContain('navigate');
    await s.answer('Další posuzující pracovník', KEY.enter);
    // A slip of the keyboard is not read as an answer: it asks again.
    await s.answer('Posuzoval ještě někdo další? (a/N)', `jo${KEY.enter}`);
    await s.answer('Odpovězte a (ano), nebo n (ne).', `${KEY.clearLine}ano${KEY.enter}`);
    await s.answer('Další posuzující pracovník', KEY.enter);
    await s.answer('Závěr posouzení', `Tři pohledy.${KEY.enter}`);
    await s.answer('Klíčový pracovník, kterého posouzení určilo', KEY.enter);
    await s.answer('Uložit zápis?', KEY.enter);
    expect(await s.done).toBe(0);
    expect(s.screen()).toMatch(/Posuzoval ještě někdo další\? \(a\/N\) ano/);
    expect(parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).assessment.workers).toEqual([
      'novakova',
      'svoboda',
      'mala',
    ]);
  });
});

describe('long texts in $EDITOR', () => {
  it('writes the temporary file inside the repository, owner only, and removes it', async () => {
    const dir = repo();
    const aside = tmp();
    const log = join(aside, 'editor-log.txt');
    const editor = join(aside, 'fake-editor.sh');
    writeFileSync(
      editor,
      `#!/bin/sh\nstat -c '%a %n' "$1" > '${log}'\nprintf 'Dlouhý zápis\\nna dva řádky.\\n' > "$1"\n`,
      { mode: 0o700 },
    );
    // The editor is started by inquirer from the process environment.
    vi.stubEnv('EDITOR', editor);
    vi.stubEnv('VISUAL', '');
    const s = startInteractive(['contact', 'add', '2026-0003', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    // A call about the client without the client: only the worker took part.
    await s.answer('Účastníci', `${KEY.clearLine}novakova${KEY.enter}`);
    await s.answer('Průběh kontaktu', `e${KEY.enter}`);
    await s.answer('Příští schůzka', KEY.enter);
    // Nobody recorded the client as taking part: no claim that the client agreed.
    await s.answer('Uložit zápis?', KEY.enter);
    expect(s.screen()).not.toContain('klient souhlasí');
    expect(await s.done).toBe(0);
    vi.unstubAllEnvs();
    const [mode, path] = readFileSync(log, 'utf8').trim().split(' ');
    expect(mode).toBe('600');
    expect(path.startsWith(join(dir, '.spis-tmp') + '/')).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);
    const names = readdirSync(join(dir, 'clients/2026-0003/contacts')).sort();
    const record = parse(readFileSync(join(dir, 'clients/2026-0003/contacts', names.at(-1)!), 'utf8'));
    expect(record.summary).toBe('Dlouhý zápis\nna dva řádky.');
  });
});

describe('spis close on a terminal', () => {
  it('walks through the final evaluation, writes the protocol and offers to render it', async () => {
    const dir = repo();
    const s = startInteractive(['close', '2026-0002', '-C', dir]);
    await s.answer('Datum ukončení', KEY.enter);
    await s.answer('Důvod ukončení', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Upřesněte důvod', `Klient se odstěhoval do jiného kraje.${KEY.enter}`);
    await s.answer('Osobní cíl je', `${KEY.down}${KEY.enter}`);
    await s.answer('Komentář k naplnění osobního cíle', `Postupy reflektuje, práce nedokončena.${KEY.enter}`);
    await s.answer('Účastní se hodnocení klient', KEY.enter);
    await s.answer('Dílčí cíl c1', '');
    await s.answer('Závěrečné hodnocení', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Jak se daří', KEY.enter);
    const summary = await s.see('Uložit?');
    // The reason as the worker specified it – never the list's instruction.
    expect(summary).toContain('ke dni 22. 11. 2026: Klient se odstěhoval do jiného kraje.');
    expect(summary).not.toContain('upřesněte');
    expect(summary).toContain('c1: zrušen');
    await s.answer('', KEY.enter);
    await s.answer('Vyhotovit a uložit protokol', KEY.enter);
    expect(await s.done).toBe(0);
    const term = parse(readFileSync(join(dir, 'clients/2026-0002/termination.yaml'), 'utf8'));
    expect(term).toEqual({
      date: '2026-11-22',
      reason: 'jine',
      reason_other: 'Klient se odstěhoval do jiného kraje.',
      worker: 'svoboda',
      personal_goal: { outcome: 'partly_met', comment: 'Postupy reflektuje, práce nedokončena.' },
      partial_goals: [{ goal: 'c1', outcome: 'dropped' }],
    });
    const docs = readdirSync(join(dir, 'clients/2026-0002/documents'));
    expect(docs).toEqual(['termination-2026-11-22.html']);
    const protocol = plain(readFileSync(join(dir, 'clients/2026-0002/documents', docs[0]), 'utf8')).replace(
      /<[^>]*>/g,
      '',
    );
    expect(protocol).toContain('Důvod ukončení: Klient se odstěhoval do jiného kraje.');
    expect(protocol).not.toContain('upřesněte');
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('colour', () => {
  it('is used on a terminal, and never with NO_COLOR or --no-color', async () => {
    const ansi = /\x1b\[[0-9;]*m/;
    const due = startInteractive(['due', '-C', sharedExample()], { env: { NO_COLOR: '' } });
    expect(await due.done).toBe(0);
    expect(due.rawScreen()).toMatch(/\x1b\[31m16\. 11\. 2026 {2}6 dní po termínu/);
    const withColour = startInteractive(['list', '-C', sharedExample()], { env: { NO_COLOR: '' } });
    await withColour.done;
    const plainEnv = startInteractive(['list', '-C', sharedExample()], { env: { NO_COLOR: '1' } });
    await plainEnv.done;
    const flag = startInteractive(['list', '--no-color', '-C', sharedExample()], { env: { NO_COLOR: '' } });
    await flag.done;
    expect(withColour.rawScreen()).toMatch(ansi);
    expect(plainEnv.rawScreen()).not.toMatch(ansi);
    expect(flag.rawScreen()).not.toMatch(ansi);
    expect((await run(['list', '-C', sharedExample()], { env: { NO_COLOR: '' } })).stdout).not.toMatch(ansi);
  });
});

describe('spis contract new on a terminal', () => {
  it('offers the provider defaults of § 91 odst. 2 and records an oral contract with its meeting', async () => {
    const dir = repo();
    const s = startInteractive(['contract', 'new', '2026-0003', '-C', dir]);
    await s.answer('Forma smlouvy', `${KEY.down}${KEY.enter}`);
    await s.answer('Datum uzavření', KEY.enter);
    await s.answer('Za poskytovatele jedná', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Klíčový pracovník', KEY.enter);
    await s.answer('Osobní cíl klientky', `vysvětlit dětem střídavou péči tak, aby se nebály${KEY.enter}`);
    await s.answer('(c) Rozsah poskytování', KEY.enter);
    await s.answer('(d) Místo a čas', KEY.enter);
    await s.answer('(e) Úhrada', KEY.enter);
    await s.answer('(f) Vnitřní pravidla', KEY.enter);
    await s.answer('(g) Výpovědní důvody a lhůty', KEY.enter);
    await s.answer('(h) Platnost do', KEY.enter);
    await s.answer('Byla klientka poučena o zpracování osobních údajů?', KEY.enter);
    await s.answer('Datum poučení', KEY.enter);
    await s.answer('Kdo poučení provedl', KEY.enter);
    await s.answer('Souhlasí klientka se zasíláním zápisů e-mailem?', `y${KEY.enter}`);
    await s.answer('Souhlasí klientka s pořizováním fotografií?', KEY.enter);
    await s.answer('Předán dokument „Pravidla pro podávání stížností“?', KEY.enter);
    await s.answer('Předán dokument „Práva a povinnosti uživatele služby“?', `n${KEY.enter}`);
    await s.answer('Předán ještě jiný dokument?', KEY.enter);
    await s.answer('Výchozí situace klientky', `Po rozchodu s partnerem; dvě děti (6 a 9 let).${KEY.enter}`);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `poradna${KEY.enter}`);
    await s.answer('Délka v minutách', `${KEY.clearLine}45${KEY.enter}`);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', `${KEY.clearLine}klientka, mala${KEY.enter}`);
    await s.answer('Průběh kontaktu', `Uzavřena ústní smlouva, probrán osobní cíl.${KEY.enter}`);
    const summary = await s.see('Uložit?');
    expect(summary).toContain('Smlouva – klientka: Lucie Horáková; ústní, uzavřena 22. 11. 2026');
    expect(summary).toContain('(e) Služba se poskytuje bez úhrady.');
    expect(summary).toContain('Poučení o osobních údajích: 17. 11. 2026, Bc. Kateřina Malá');
    expect(summary).toContain('Předán dokument: Pravidla pro podávání stížností (22. 11. 2026)');
    expect(summary).not.toContain('Práva a povinnosti');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const contract = parse(readFileSync(join(dir, 'clients/2026-0003/contract.yaml'), 'utf8'));
    expect(contract).toMatchObject({
      form: 'oral',
      worker: 'mala',
      payment: 'Služba se poskytuje bez úhrady.',
      term: { indefinite: true },
    });
    expect(contract.documents).toEqual([{ name: 'Pravidla pro podávání stížností', date: '2026-11-22' }]);
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client.consents).toEqual({
      personal_data: '2026-11-17',
      personal_data_by: 'mala',
      email_records: true,
      photos: false,
      date: '2026-11-22',
    });
    const goals = parse(readFileSync(join(dir, 'clients/2026-0003/goals.yaml'), 'utf8'));
    expect(goals.plan).toEqual({ initial_situation: 'Po rozchodu s partnerem; dvě děti (6 a 9 let).' });
    expect(goals.personal_goals).toEqual([
      { text: 'vysvětlit dětem střídavou péči tak, aby se nebály', set: '2026-11-22', source: contract.recorded_in },
    ]);
    const contact = parse(readFileSync(join(dir, 'clients/2026-0003', contract.recorded_in), 'utf8'));
    expect(contact).toMatchObject({
      oral_contract: true,
      duration_min: 45,
      participants: ['klientka', 'mala'],
      summary: 'Uzavřena ústní smlouva, probrán osobní cíl.',
    });
    expect(existsSync(join(dir, '.spis-tmp'))).toBe(false);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('spis key-worker on a terminal', () => {
  it('asks from when and why, shows the hand-over, lets an answer be changed, and writes only when saved; --yes writes at once', async () => {
    const dir = repo();
    const before = snapshotTree(dir);
    const discard = startInteractive(['key-worker', '2026-0001', 'mala', '-C', dir]);
    await discard.answer('Od kdy spis převezme', KEY.enter);
    await discard.answer('Důvod předání', KEY.enter);
    const summary = await discard.see('Uložit?');
    expect(summary).toContain('Předání spisu 2026-0001: od 22. 11. 2026 klíčová pracovnice');
    expect(summary).toContain('(dosud: Mgr. Jana Nováková)');
    // Discard: the last choice, and once more asked, as answers were given.
    await discard.answer('', `${KEY.down}${KEY.down}${KEY.enter}`);
    await discard.answer('Opravdu zahodit', `y${KEY.enter}`);
    expect(await discard.done).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
    const saved = startInteractive(['key-worker', '2026-0001', 'mala', '-C', dir]);
    await saved.answer('Od kdy spis převezme', `${KEY.clearLine}20. 11. 2026${KEY.enter}`);
    await saved.answer('Důvod předání', `Dlouhodobá nemoc${KEY.enter}`);
    expect(await saved.see('Uložit?')).toContain('Důvod: Dlouhodobá nemoc');
    // Change an answer: the reason, retyped; the date stays as given.
    await saved.answer('', `${KEY.down}${KEY.enter}`);
    await saved.answer('Kterou odpověď', `${KEY.down}${KEY.enter}`);
    await saved.answer('Důvod předání', `${KEY.clearLine}Dlouhodobá nemoc kolegyně${KEY.enter}`);
    const again = await saved.see('Uložit?');
    expect(again).toContain('od 20. 11. 2026');
    expect(again).toContain('Důvod: Dlouhodobá nemoc kolegyně');
    await saved.answer('', KEY.enter);
    expect(await saved.done).toBe(0);
    const client = parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8'));
    expect(client.key_workers.at(-1)).toEqual({
      worker: 'mala',
      from: '2026-11-20',
      note: 'Dlouhodobá nemoc kolegyně',
    });
    const yes = startInteractive(['key-worker', '2026-0001', 'svoboda', '--yes', '-C', dir]);
    expect(await yes.done).toBe(0);
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8')).key_workers.at(-1)).toEqual({
      worker: 'svoboda',
      from: '2026-11-22',
    });
    const typo = await run(['key-worker', '2026-0001', 'svobda', '-C', dir]);
    expect(typo.stderr).toContain('Myslíte „svoboda“?');
  });
});

describe('spis init on a terminal', () => {
  it('checks the IČO and each e-mail as they are typed, so a typo costs one answer, not all of them; asks who works at this computer', async () => {
    const dir = join(tmp(), 'nova-sluzba');
    const s = startInteractive(['init', dir]);
    await s.answer('Název poskytovatele', `Poradna Jih${KEY.enter}`);
    await s.answer('IČO', `12345678${KEY.enter}`);
    await s.answer('není platné', `${KEY.clearLine}25596641${KEY.enter}`);
    await s.answer('Sídlo', `Dlouhá 1, Brno${KEY.enter}`);
    await s.answer('Druh sociální služby', KEY.enter);
    await s.answer('Identifikátor služby', KEY.enter);
    await s.answer('Zkratka pracovníka', `novakova${KEY.enter}`);
    await s.answer('Jméno a příjmení pracovníka', `Mgr. Jana Nováková${KEY.enter}`);
    await s.answer('Pracovník, nebo pracovnice?', KEY.enter);
    await s.answer('E-mail pracovnice', `jana.novakova@@poradna${KEY.enter}`);
    await s.answer('To není e-mailová adresa', `${KEY.clearLine}jana.novakova@poradna.cz${KEY.enter}`);
    await s.answer('Přidat dalšího pracovníka?', `a${KEY.enter}`);
    await s.answer('Zkratka pracovníka', `svoboda${KEY.enter}`);
    await s.answer('Jméno a příjmení pracovníka', `Petr Svoboda${KEY.enter}`);
    await s.answer('Pracovník, nebo pracovnice?', `${KEY.down}${KEY.enter}`);
    await s.answer('E-mail pracovníka', KEY.enter);
    await s.answer('Přidat dalšího pracovníka?', `n${KEY.enter}`);
    // Who is at this keyboard: the second of the two.
    await s.answer('Kdo z nich pracuje na tomto počítači?', `${KEY.down}${KEY.enter}`);
    expect(await s.done).toBe(0);
    const config = parse(readFileSync(join(dir, 'spis.yaml'), 'utf8'));
    expect(config.provider).toMatchObject({ name: 'Poradna Jih', ico: '25596641', address: 'Dlouhá 1, Brno' });
    expect(config.workers[0]).toEqual({
      id: 'novakova',
      name: 'Mgr. Jana Nováková',
      sex: 'female',
      email: 'jana.novakova@poradna.cz',
    });
    expect(config.workers[1]).toMatchObject({ id: 'svoboda', name: 'Petr Svoboda' });
    expect(spawnSync('git', ['config', 'spis.worker'], { cwd: dir, encoding: 'utf8' }).stdout.trim()).toBe('svoboda');
  });
});

describe('the place of a contact follows its form', () => {
  it('a call is asked no place; made a meeting in person at the summary, the place is asked; made a call again, the place is dropped', async () => {
    const dir = repo();
    const s = startInteractive(['contact', 'add', '2026-0003', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    // The last contact's form, a phone call: no place is asked.
    await s.answer('Forma kontaktu', KEY.enter);
    expect(await s.see('Délka v minutách')).not.toContain('Místo');
    await s.answer('', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Účastníci', KEY.enter);
    await s.answer('Průběh kontaktu', `Rozhovor o zakázce.${KEY.enter}`);
    await s.answer('Příští schůzka', KEY.enter);
    expect(await s.see('Uložit')).toContain('Zápis z kontaktu 22. 11. 2026: konzultace, telefonicky\n');
    // Change an answer: the form (the third answer), to a meeting in person.
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer(
      /Kterou odpověď změnit\?[\s\S]*Příští schůzka \(nepovinné\): –/,
      `${KEY.down}${KEY.down}${KEY.enter}`,
    );
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `${KEY.clearLine}u klientky doma${KEY.enter}`);
    expect(await s.see('Uložit')).toContain('Zápis z kontaktu 22. 11. 2026: konzultace, osobně, u klientky doma');
    // And back to a call: the place goes with the meeting.
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer(
      /Kterou odpověď změnit\?[\s\S]*Příští schůzka \(nepovinné\): –/,
      `${KEY.down}${KEY.down}${KEY.enter}`,
    );
    await s.answer('Forma kontaktu', `${KEY.down}${KEY.enter}`);
    expect(await s.see('Uložit')).toContain('Zápis z kontaktu 22. 11. 2026: konzultace, telefonicky\n');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const name = readdirSync(join(dir, 'clients/2026-0003/contacts')).sort().at(-1)!;
    const record = parse(readFileSync(join(dir, 'clients/2026-0003/contacts', name), 'utf8'));
    expect(record.form).toBe('telefon');
    expect(record.place).toBeUndefined();
  });
});

describe('a one-off anonymous contact in one command', () => {
  it('asks a handful of questions, the place only once the form is in person, and writes the closed case only when saved', async () => {
    const dir = repo();
    const before = readdirSync(join(dir, 'clients'));
    const s = startInteractive(['contact', 'add', '--one-off', '-C', dir], { env: { SPIS_WORKER: 'svoboda' } });
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Pseudonym', KEY.enter);
    // Sex if known: "neuvedeno" is offered; a woman is two up.
    await s.answer('Pohlaví (je-li známé)', `${KEY.up}${KEY.up}${KEY.enter}`);
    await s.answer('Cílová skupina', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Typ kontaktu', KEY.enter);
    // A call is what a one-off contact mostly is: offered, and no place is asked for it.
    await s.answer('Forma kontaktu', KEY.enter);
    expect(await s.see('Délka v minutách')).not.toContain('Místo');
    await s.answer('', `${KEY.clearLine}10${KEY.enter}`);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Průběh kontaktu', `Dotaz na výživné, odkázána na OSPOD.${KEY.enter}`);
    const summary = plain(await s.see('Uložit zápis a spis uzavřít'));
    expect(summary).toContain('pořadové číslo spisu (A-…), žena, osoby v krizi');
    expect(summary).toContain(
      'Zápis z kontaktu 22. 11. 2026: základní sociální poradenství, telefonicky, 10 min; Mgr. Petr Svoboda',
    );
    expect(summary).not.toContain('Účastníci');
    // Change the form (the sixth answer) to a meeting in person: now the place is asked.
    await s.answer('', `${KEY.down}${KEY.enter}`);
    await s.answer(/Kterou odpověď změnit\?[\s\S]*Průběh kontaktu[^\n]*OSPOD/, `${KEY.down.repeat(5)}${KEY.enter}`);
    await s.answer('Forma kontaktu', `${KEY.up}${KEY.enter}`);
    await s.answer('Místo', `${KEY.clearLine}na úřadě${KEY.enter}`);
    expect(plain(await s.see('Uložit zápis a spis uzavřít'))).toContain('osobně, na úřadě, 10 min');
    // Nothing is written before the save.
    expect(readdirSync(join(dir, 'clients'))).toEqual(before);
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const [id] = readdirSync(join(dir, 'clients')).filter((n) => !before.includes(n));
    expect(s.stderr()).toContain(`nového spisu ${id}`);
    expect(parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'))).toEqual({
      id,
      status: 'closed',
      anonymous: true,
      pseudonym: `A-${id}`,
      sex: 'female',
      target_group: 'osoby_v_krizi',
      applied: '2026-11-22',
    });
    const [name] = readdirSync(join(dir, 'clients', id, 'contacts'));
    expect(parse(readFileSync(join(dir, 'clients', id, 'contacts', name), 'utf8'))).toEqual({
      date: '2026-11-22',
      type: 'zakladni_poradenstvi',
      form: 'osobne',
      place: 'na úřadě',
      duration_min: 10,
      worker: 'svoboda',
      participants: ['klientka', 'svoboda'],
      summary: 'Dotaz na výživné, odkázána na OSPOD.',
    });
    expect(parse(readFileSync(join(dir, 'clients', id, 'termination.yaml'), 'utf8'))).toMatchObject({
      date: '2026-11-22',
      one_off: true,
      worker: 'svoboda',
    });
    expect(await run(['check', '-C', dir])).toMatchObject({ code: 0, stdout: '' });
    const due = await run(['due', '--json', '--within', '400', '-C', dir]);
    expect((JSON.parse(due.stdout) as { case_id: string }[]).map((i) => i.case_id)).not.toContain(id);
  });

  it('a pseudonym given is kept; discarding at the summary writes nothing', async () => {
    const dir = repo();
    const tree = snapshotTree(dir);
    const s = startInteractive(['contact', 'add', '--one-off', '-C', dir]);
    await s.answer('Datum kontaktu', KEY.enter);
    await s.answer('Pseudonym', `Pan od vedle${KEY.enter}`);
    await s.answer('Pohlaví (je-li známé)', `${KEY.up}${KEY.enter}`);
    await s.answer('Cílová skupina', KEY.enter);
    await s.answer('Typ kontaktu', KEY.enter);
    await s.answer('Forma kontaktu', KEY.enter);
    await s.answer('Délka v minutách', KEY.enter);
    await s.answer('Zapisuje', KEY.enter);
    await s.answer('Průběh kontaktu', `Krátký dotaz.${KEY.enter}`);
    expect(plain(await s.see('Uložit zápis a spis uzavřít'))).toContain('Pan od vedle, muž, rodiny s dětmi');
    await s.answer('', `${KEY.down}${KEY.down}${KEY.enter}`);
    await s.answer('Opravdu', `a${KEY.enter}`);
    expect(await s.done).toBe(0);
    expect(s.stderr()).toContain('Neuloženo.');
    expect(snapshotTree(dir)).toEqual(tree);
  });
});
