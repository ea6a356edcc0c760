// The whole life of a case through commands only (--from), as the law and the seeds require:
// a counselling case and a foster-care case from the first call to the archive, an oral
// contract put in writing, an anonymous one-off contact and a refused applicant. After every
// step `spis check` passes, and `spis due` lists exactly what is expected on chosen days.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain, run, scratch } from '../helpers/cli.js';
import { lifeOf } from '../helpers/life.js';

const { tmp } = scratch();
const service = (kind: string) => lifeOf(join(tmp(), kind));

describe('a counselling case from the first call to the archive', () => {
  it('applicant → assessment → written contract with consents → contacts → written plan → amendment → close → archive', async () => {
    const s = service('poradna');
    await s.step('2026-01-05', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
      '--worker',
      'svoboda:Petr Svoboda',
    ]);
    const id = await s.step(
      '2026-01-05',
      ['client', 'new', '--from', '-'],
      'name: {given: Alena, family: Veselá}\nsex: female\nbirth_year: 1988\naddress: Polní 3, 602 00 Brno\ndistrict: Brno-město\ntarget_group: rodiny_s_detmi\n',
    );
    expect(id).toBe('2026-0001');

    // The assessment is due a week after the first contact, and nothing else is.
    expect(await s.due('2026-01-13')).toEqual([[id, 'assessment', '', '2026-01-12']]);
    await s.step(
      '2026-01-09',
      ['assess', id, '--from', '-'],
      'date: 2026-01-08\nworkers: [svoboda, novakova]\nnote: Potřebuje podporu v komunikaci se školou; dlouhodobá spolupráce.\nkey_worker: novakova\n',
    );
    expect(s.read(`clients/${id}/client.yaml`)).toMatchObject({
      assessment: { date: '2026-01-08', workers: ['svoboda', 'novakova'], key_worker: 'novakova' },
      key_workers: [{ worker: 'novakova', from: '2026-01-08', note: 'assessment' }],
    });
    expect(await s.due('2026-01-13')).toEqual([]);

    await s.step(
      '2026-01-19',
      ['contract', 'new', id, '--from', '-'],
      [
        'form: written',
        'personal_goal: zlepšit komunikaci se školou, do které chodí mé dítě',
        'consents: {personal_data: dnes, personal_data_by: novakova, email_records: true, photos: false}',
        'documents: [Pravidla pro podávání stížností]',
        'initial_situation: Syn má ve škole konflikty se spolužáky.',
        '',
      ].join('\n'),
    );
    const contract = await s.render('2026-01-19', id, 'contract');
    expect(contract).toContain(
      'Klientka byla o zpracování svých osobních údajů a o svých právech poučena dne 19. 1. 2026 (poučení provedl/a Jana Nováková).',
    );
    expect(contract).toContain('**Souhlas se zasíláním zápisů z kontaktu e-mailem:** ano');
    expect(contract).toContain('**Souhlas s pořizováním fotografií:** ne');
    expect(contract).toContain('- Pravidla pro podávání stížností (předáno 19. 1. 2026)');
    expect(contract).toContain('Smlouva se uzavírá na dobu neurčitou');

    await s.step(
      '2026-02-02',
      ['contact', 'add', id, '--from', '-'],
      [
        'type: konzultace',
        'form: osobne',
        'participants: [klientka, novakova]',
        'summary: Dohodnuty první dva dílčí cíle.',
        'new_goals:',
        '  - {text: zavolat výchovné poradkyni, criteria: schůzka je domluvená, responsible: [klientka], review: +14d}',
        '  - {text: spolupracovat se speciálním pedagogem, criteria: čtyři konzultace, responsible: [klientka, novakova], review: +1m}',
        'next_meeting: +14d',
        '',
      ].join('\n'),
    );
    // A phone call in between plans nothing: the meeting of 16. 2. is still missed until a contact on or after it.
    await s.step(
      '2026-02-09',
      ['contact', 'add', id, '--from', '-'],
      'type: konzultace\nform: telefon\nsummary: Klientka se omluvila, přijde, jak bylo domluveno.\n',
    );
    expect(await s.due('2026-02-20')).toEqual([
      [id, 'missed-meeting', '', '2026-02-16'],
      [id, 'partial-goal-review', 'c1', '2026-02-16'],
    ]);
    // Partly met: the goal goes on with a new review date; it does not quietly end.
    await s.step(
      '2026-02-23',
      ['contact', 'add', id, '--from', '-'],
      [
        'type: konzultace',
        'form: osobne',
        'summary: Poradkyně zatím nezvedá telefon.',
        'goal_reviews:',
        '  - {goal: c1, status: partly_met, progress: Jednou se dovolala., next_review: +1m}',
        'next_meeting: +14d',
        '',
      ].join('\n'),
    );
    const goals = s.read(`clients/${id}/goals.yaml`);
    expect(goals.partial_goals[0]).toMatchObject({ id: 'c1', serves: 'p1', status: 'open', review: '2026-03-23' });
    expect(goals.partial_goals[0].evaluations.at(-1)).toMatchObject({
      status: 'partly_met',
      next_review: '2026-03-23',
    });
    expect(await s.due('2026-02-23')).toEqual([]);
    // Without a next step, partly met is refused and nothing is written.
    const vague = await run(['contact', 'add', id, '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-03-09' },
      stdin: 'type: konzultace\nform: osobne\nsummary: x\ngoal_reviews:\n  - {goal: c1, status: partly_met}\n',
    });
    expect(vague.code).toBe(1);
    expect(vague.stderr).toContain('buď „next_review: …“ (cíl pokračuje s novým termínem), nebo „reworded_as: …“');

    for (const [day, extra] of [
      [
        '2026-03-09',
        'goal_reviews:\n  - {goal: c2, status: continues, progress: Dvě konzultace za sebou., next_review: 2026-06-01}\n',
      ],
      [
        '2026-03-23',
        'goal_reviews:\n  - {goal: c1, status: partly_met, reworded_as: c3}\nnew_goals:\n  - {text: domluvit schůzku přes třídní učitelku, criteria: schůzka proběhne, responsible: [klientka], review: +1m}\n',
      ],
      ['2026-04-06', ''],
      ['2026-04-20', 'next_meeting: +14d\n'],
    ]) {
      await s.step(
        day,
        ['contact', 'add', id, '--from', '-'],
        `type: konzultace\nform: osobne\nsummary: Konzultace.\n${extra}`,
      );
    }
    expect(
      s
        .read(`clients/${id}/goals.yaml`)
        .partial_goals.map((g: { id: string; status: string; replaced_by?: string }) => [
          g.id,
          g.status,
          g.replaced_by ?? '',
        ]),
    ).toEqual([
      ['c1', 'reworded', 'c3'],
      ['c2', 'open', ''],
      ['c3', 'open', ''],
    ]);
    // Seven contacts and no written plan: the plan is due from the seventh.
    expect(await s.due('2026-04-21')).toEqual([[id, 'written-plan', '', '2026-04-20']]);
    const rendered = await s.step(
      '2026-04-22',
      ['plan', id, '--render', '--from', '-'],
      'participation: Klientka sama navrhla pořadí kroků.\nparticipants: [klientka, novakova]\n',
    );
    expect(rendered).toContain(`clients/${id}/documents/plan-2026-04-22.html`);
    expect(await s.due('2026-04-22')).toEqual([]);
    // The plan shows the day it was made, not the day it is printed.
    const plan = await s.render('2026-05-30', id, 'plan');
    expect(plan).toContain('**Datum vytvoření:** 22. 4. 2026');
    expect(plan).toContain('Klientka sama navrhla pořadí kroků.');
    expect(plan).toContain('K osobnímu cíli „zlepšit komunikaci se školou, do které chodí mé dítě“:');

    // An amendment changes the personal goal; new steps serve the new one.
    await s.step(
      '2026-05-04',
      ['contract', 'amend', id, '--from', '-'],
      'changes: Nový osobní cíl.\npersonal_goal: připravit syna na přestup na druhý stupeň\n',
    );
    await s.step(
      '2026-05-18',
      ['contact', 'add', id, '--from', '-'],
      [
        'type: konzultace',
        'form: osobne',
        'summary: Nový krok.',
        'goal_reviews:',
        '  - {goal: c2, status: reworded, reworded_as: c5}',
        'new_goals:',
        '  - {id: c4, text: navštívit s dítětem novou školu, criteria: návštěva proběhla, responsible: [klientka], review: +1m}',
        '  - {id: c5, text: dvě konzultace se speciálním pedagogem do prázdnin, criteria: konzultace proběhly, responsible: [klientka], review: +1m}',
        '',
      ].join('\n'),
    );
    // A new step serves the new personal goal; a rewording keeps serving the goal its old wording served.
    const after = s.read(`clients/${id}/goals.yaml`).partial_goals;
    expect(after.find((g: { id: string }) => g.id === 'c4')).toMatchObject({ serves: 'p2' });
    expect(after.find((g: { id: string }) => g.id === 'c5')).toMatchObject({ serves: 'p1' });
    const plan2 = await s.render('2026-05-18', id, 'plan');
    expect(plan2.indexOf('K osobnímu cíli „zlepšit komunikaci se školou')).toBeLessThan(
      plan2.indexOf('(dřívější cíl)'),
    );
    expect(plan2).toContain('K osobnímu cíli „připravit syna na přestup na druhý stupeň“:');

    await s.step(
      '2026-06-29',
      ['close', id, '--from', '-'],
      [
        'reason: cil_naplnen',
        'personal_goal: {outcome: met, comment: Syn přestoupil bez potíží.}',
        'partial_goals:',
        '  - {goal: c3, outcome: met}',
        '  - {goal: c4, outcome: met}',
        '  - {goal: c5, outcome: partly_met}',
        '',
      ].join('\n'),
    );
    expect(await s.due('2026-06-30', 400)).toEqual([]);
    await s.step('2026-07-01', ['archive', id]);
    expect(s.read(`archive/${id}/termination.yaml`).archive_until).toBe('2036-06-29');
  });

  it('an oral contract becomes written when asked, the oral one kept in the history', async () => {
    const s = service('poradna');
    await s.step('2026-03-02', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
      '--worker',
      'svoboda:Petr Svoboda',
    ]);
    const id = await s.step(
      '2026-03-02',
      ['client', 'new', '--from', '-'],
      'name: {given: Marek, family: Dvořák}\nsex: male\nbirth_year: 1979\ntarget_group: osoby_v_krizi\nkey_worker: svoboda\n',
    );
    await s.step(
      '2026-03-03',
      ['assess', id, '--from', '-'],
      'workers: [svoboda, novakova]\nnote: Krátkodobá podpora.\nkey_worker: svoboda\n',
    );
    await s.step(
      '2026-03-04',
      ['contract', 'new', id, '--from', '-'],
      'form: oral\npersonal_goal: zvládnout rozvod bez soudních sporů o děti\ncontact: {summary: Ústně uzavřena smlouva., participants: [klient, svoboda]}\n',
    );
    const oral = s.read(`clients/${id}/contract.yaml`);
    expect(await s.render('2026-03-04', id, 'oral-contract')).toContain('ústně uzavřena smlouva');
    // The client asks for the written form; the birth date the written contract needs is given on the spot.
    await s.step(
      '2026-04-01',
      ['contract', 'new', id, '--from', '-'],
      'reason: klient požádal o písemnou smlouvu\nclient: {birth_date: 1979-05-14}\nconsents: {personal_data: 2026-03-04, personal_data_by: svoboda}\npersonal_goal: dohodnout se s bývalou ženou na péči o děti bez soudu\n',
    );
    const written = s.read(`clients/${id}/contract.yaml`);
    expect(written).toMatchObject({
      form: 'written',
      concluded: '2026-04-01',
      personal_goal: 'dohodnout se s bývalou ženou na péči o děti bez soudu',
    });
    // The goal worded anew in the written contract joins the goal's history; the oral wording stays.
    expect(
      s
        .read(`clients/${id}/goals.yaml`)
        .personal_goals.map((g: { text: string; source: string }) => [g.text, g.source]),
    ).toEqual([
      ['zvládnout rozvod bez soudních sporů o děti', oral.recorded_in],
      ['dohodnout se s bývalou ženou na péči o děti bez soudu', 'contract'],
    ]);
    expect(written.previous).toEqual([
      {
        form: 'oral',
        concluded: '2026-03-04',
        worker: 'svoboda',
        recorded_in: oral.recorded_in,
        replaced: '2026-04-01',
        reason: 'klient požádal o písemnou smlouvu',
      },
    ]);
    expect(s.read(`clients/${id}/client.yaml`).birth_date).toBe('1979-05-14');
    expect(await s.render('2026-04-01', id, 'contract')).toContain(
      'písemně nahrazuje ústní smlouvu uzavřenou dne 4. 3. 2026',
    );
    const stale = await run(['render', id, 'oral-contract', '-C', s.dir], { env: { SPIS_TODAY: '2026-04-01' } });
    expect(stale.code).toBe(1);
  });
});

describe('foster-care support from the agreement to the archive', () => {
  it('2-month contacts and the 6-monthly report are due, the report clears its item', async () => {
    const s = service('pestouni');
    await s.step('2026-01-05', [
      'init',
      s.dir,
      '--name',
      'Doprovázení Test',
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
    const config = s.read('spis.yaml');
    expect(config.provider.service).toMatchObject({
      kind: 'doprovazeni_pestounu',
      paragraph: '§ 47b',
      law: 'zákona č. 359/1999 Sb.',
    });
    expect(config.rules).toMatchObject({ personal_contact: '2m', report_interval: '6m' });
    expect(config.workers).toEqual([
      { id: 'kralova', name: 'Petra Králová', sex: 'female' },
      { id: 'dvorak', name: 'Jan Dvořák', sex: 'male' },
    ]);
    const id = await s.step(
      '2026-01-05',
      ['client', 'new', '--from', '-'],
      'name: {given: Hana, family: Malá}\nsex: female\nbirth_date: 1975-02-03\naddress: Krátká 9, Olomouc\ntarget_group: pestouni\n',
    );
    await s.step(
      '2026-01-07',
      ['assess', id, '--from', '-'],
      'workers: [kralova, dvorak]\nnote: Pěstounka pečuje o dva vnuky.\nkey_worker: kralova\n',
    );
    await s.step(
      '2026-01-12',
      ['contract', 'new', id, '--from', '-'],
      'personal_goal: aby vnuci zůstali v kontaktu se svou matkou\nconsents: {personal_data: 2026-01-12, personal_data_by: kralova, photos: true}\n',
    );
    const agreement = await s.render('2026-01-12', id, 'contract');
    expect(agreement).toContain('# Dohoda o výkonu pěstounské péče');
    expect(agreement).toContain(
      'uzavírají podle § 47b zákona č. 359/1999 Sb., o sociálně-právní ochraně dětí, tuto dohodu.',
    );
    expect(agreement).toContain('nejméně jednou za 2 měsíce');
    // The dohoda's own template: the carer as osoba pečující, her rights and duties by the letters of
    // § 47a odst. 2, and not a word of a social-service contract.
    expect(agreement).toContain('**Osoba pečující:**');
    expect(agreement).toMatch(/alespoň 14 kalendářních dnů v kalendářním roce.*§ 47a odst\. 2 písm\. b\)/);
    expect(agreement).toMatch(/24 hodin v době 12 kalendářních měsíců po sobě jdoucích.*§ 47a odst\. 2 písm\. f\)/);
    expect(agreement).not.toMatch(/sociální služb|§ 91|uživatel|[Kk]lient/);

    await s.step(
      '2026-01-26',
      ['contact', 'add', id, '--from', '-'],
      'type: konzultace\nform: osobne\nplace: domácnost pěstounky\nsummary: První návštěva v rodině.\nnew_goals:\n  - {text: domluvit s matkou dětí pravidelné návštěvy, criteria: návštěvy probíhají jednou měsíčně, responsible: [klientka, kralova], review: 2026-04-30}\n',
    );
    // Two months without a personal contact: due on the day the gap runs out (no child recorded in
    // the household yet, so any contact in person is one).
    expect(await s.due('2026-03-26')).toEqual([[id, 'personal-contact', '', '2026-03-26']]);
    await s.step(
      '2026-03-20',
      ['contact', 'add', id, '--from', '-'],
      'type: pripadova_konference\nform: osobne\nsummary: Případová konference s OSPOD.\ncooperating: [{name: Mgr. Iva Nová, role: sociální pracovnice OSPOD, organisation: OSPOD Olomouc}]\n',
    );
    expect(await s.render('2026-03-20', id, 'contact')).toContain(
      'Mgr. Iva Nová – sociální pracovnice OSPOD (OSPOD Olomouc)',
    );
    await s.step(
      '2026-04-29',
      ['contact', 'add', id, '--from', '-'],
      'type: konzultace\nform: osobne\nsummary: Návštěvy matky probíhají.\ngoal_reviews:\n  - {goal: c1, status: continues, progress: Dvě návštěvy proběhly., next_review: 2026-08-31}\n',
    );
    await s.step(
      '2026-06-25',
      ['contact', 'add', id, '--from', '-'],
      'type: konzultace\nform: osobne\nsummary: Návštěva v rodině.\n',
    );
    // Six months from the agreement: the report is due.
    expect(await s.due('2026-07-12')).toEqual([[id, 'periodic-report', '', '2026-07-12']]);
    await s.step('2026-07-10', ['periodic-report', id, '--from', '-'], 'recipient: OSPOD Olomouc\n');
    expect(s.read(`clients/${id}/contract.yaml`).reports).toEqual([
      { date: '2026-07-10', from: '2026-01-12', to: '2026-07-10', worker: 'kralova', recipient: 'OSPOD Olomouc' },
    ]);
    expect(await s.due('2026-07-12')).toEqual([]);
    expect((await s.due('2026-08-20', 150)).filter((i) => i[1] === 'periodic-report')).toEqual([
      [id, 'periodic-report', '', '2027-01-10'],
    ]);

    await s.step(
      '2026-08-24',
      ['contact', 'add', id, '--from', '-'],
      'type: konzultace\nform: osobne\nsummary: Návštěva.\n',
    );
    await s.step(
      '2026-08-31',
      ['plan', id, '--from', '-'],
      'initial_situation: Pěstounka pečuje o dva vnuky, matka dětí se léčí ze závislosti.\n',
    );
    // Written again: a new version; the earlier one's date stays in the plan's history.
    await s.step('2026-09-01', ['plan', id, '--from', '-'], 'participation: Pěstounka doplnila, co chce pro vnuky.\n');
    expect(s.read(`clients/${id}/goals.yaml`).plan).toMatchObject({
      written: '2026-09-01',
      worker: 'kralova',
      initial_situation: 'Pěstounka pečuje o dva vnuky, matka dětí se léčí ze závislosti.',
      previous: [{ written: '2026-08-31', worker: 'kralova' }],
    });
    await s.step(
      '2026-09-07',
      ['contract', 'amend', id, '--from', '-'],
      'changes: Doprovázení i v době prázdnin.\nscope: Osobní konzultace jednou měsíčně, v létě dvakrát.\n',
    );
    await s.step(
      '2026-09-30',
      ['close', id, '--from', '-'],
      'reason: rozhodnuti_klienta\npersonal_goal: {outcome: partly_met}\npartial_goals:\n  - {goal: c1, outcome: met}\n',
    );
    await s.step('2026-10-01', ['archive', '--all-closed']);
    expect(existsSync(join(s.dir, 'archive', id, 'termination.yaml'))).toBe(true);
  });
});

describe('cases that end without a contract', () => {
  it('an anonymous one-off contact is recorded and closed at once, never due, and archived', async () => {
    const s = service('poradna');
    await s.step('2026-06-01', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
    ]);
    const id = await s.step(
      '2026-06-12',
      ['client', 'new', '--from', '-'],
      'anonymous: true\npseudonym: Klient A-0612\nsex: male\ntarget_group: rodiny_s_detmi\n',
    );
    // Not taken on, so never due for an assessment.
    expect(await s.due('2026-06-30')).toEqual([]);
    await s.step(
      '2026-06-12',
      ['contact', 'add', id, '--one-off', '--from', '-'],
      'type: zakladni_poradenstvi\nform: telefon\nduration_min: 20\nworker: novakova\nsummary: Dotaz na střídavou péči zodpovězen.\n',
    );
    expect(s.read(`clients/${id}/client.yaml`).status).toBe('closed');
    expect(s.read(`clients/${id}/termination.yaml`)).toEqual({
      date: '2026-06-12',
      reason: 'jednorazove_poradenstvi',
      worker: 'novakova',
      one_off: true,
    });
    expect(await s.due('2026-12-30', 100)).toEqual([]);
    await s.step('2026-06-15', ['archive', '--all-closed']);
    expect(s.read(`archive/${id}/termination.yaml`).archive_until).toBe('2036-06-12');
  });

  it('a one-off anonymous contact in one command: opened, recorded and closed; never due; counted apart in the report; check passes', async () => {
    const s = service('poradna');
    await s.step('2026-06-01', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
      '--worker',
      'svoboda:Petr Svoboda',
    ]);
    // No pseudonym given: the running number of the case stands in. The type defaults to basic counselling.
    const first = await s.step(
      '2026-06-12',
      ['contact', 'add', '--one-off', '--from', '-'],
      'sex: female\ntarget_group: osoby_v_krizi\nform: telefon\nduration_min: 5\nworker: novakova\nsummary: Dotaz na otevírací dobu.\n',
    );
    expect(first).toBe('2026-0001');
    expect(s.read(`clients/${first}/client.yaml`)).toEqual({
      id: first,
      status: 'closed',
      anonymous: true,
      pseudonym: 'A-2026-0001',
      sex: 'female',
      target_group: 'osoby_v_krizi',
      applied: '2026-06-12',
    });
    const [name] = readdirSync(join(s.dir, 'clients', first, 'contacts'));
    expect(s.read(`clients/${first}/contacts/${name}`)).toEqual({
      date: '2026-06-12',
      type: 'zakladni_poradenstvi',
      form: 'telefon',
      duration_min: 5,
      worker: 'novakova',
      participants: ['klientka', 'novakova'],
      summary: 'Dotaz na otevírací dobu.',
    });
    expect(s.read(`clients/${first}/termination.yaml`)).toEqual({
      date: '2026-06-12',
      reason: 'jednorazove_poradenstvi',
      worker: 'novakova',
      one_off: true,
    });
    // The three records came in one commit.
    const log = await run(['log', first, '--json', '-C', s.dir], { env: { SPIS_TODAY: '2026-06-12' } });
    expect(
      (JSON.parse(log.stdout) as { command: string; files: string[] }[]).map((e) => [e.command, e.files.length]),
    ).toEqual([['contact add', 3]]);
    // A pseudonym, a visit in person with its place, a date of yesterday, a man; the second case.
    const second = await s.step(
      '2026-06-13',
      ['contact', 'add', '--one-off', '--from', '-'],
      'date: 12. 6. 2026\npseudonym: Klient z vrátnice\nsex: male\ntarget_group: osoby_ohrozene_zadluzenim\ntype: krizova_intervence\nform: osobne\nplace: poradna\nduration_min: 40\nworker: svoboda\nsummary: Exekuce, odkázán na dluhovou poradnu.\n',
    );
    expect(second).toBe('2026-0002');
    expect(s.read(`clients/${second}/client.yaml`)).toMatchObject({
      pseudonym: 'Klient z vrátnice',
      sex: 'male',
      applied: '2026-06-12',
      status: 'closed',
    });
    expect(
      readdirSync(join(s.dir, 'clients', second, 'contacts')).map((n) => s.read(`clients/${second}/contacts/${n}`))[0],
    ).toMatchObject({ place: 'poradna', participants: ['klient', 'svoboda'], type: 'krizova_intervence' });
    expect(await s.due('2026-12-30', 100)).toEqual([]);
    const report = await run(['report', '--from', '2026-06-01', '--to', '2026-06-30', '--json', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-07-01' },
    });
    expect(report.code, report.stderr).toBe(0);
    const r = JSON.parse(report.stdout);
    expect(r.anonymous).toEqual({ cases: 2, contacts: 2, minutes: 45 });
    // Counted apart: not among the persons served, nor among the applicants.
    expect(r.persons.total).toBe(0);
    expect(r.work.contacts).toBe(2);
    // Refused and nothing written: a place on a phone call, a value the list does not have, a missing field.
    const bad = await run(['contact', 'add', '--one-off', '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-06-14' },
      stdin: 'sex: žena\nform: telefon\nplace: poradna\nworker: novakova\nsummary: x\n',
    });
    expect(bad.code).toBe(1);
    expect(plain(bad.stderr)).toContain('<stdin>:3:1');
    const bad2 = await run(['contact', 'add', '--one-off', '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-06-14' },
      stdin: 'sex: žena\nform: telefon\nworker: novakova\nsummary: x\n',
    });
    expect(bad2.code).toBe(1);
    expect(plain(bad2.stderr)).toContain('<stdin>:1:6: „žena“ není povolená hodnota pole „sex“');
    expect(plain(bad2.stderr)).toContain('chybí povinný údaj „target_group“');
    expect(readdirSync(join(s.dir, 'clients')).filter((n) => !n.startsWith('.'))).toEqual([first, second]);
    // Without --one-off a case number is needed, and the message says how to do both.
    const none = await run(['contact', 'add', '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-06-14' },
      stdin: 'summary: x\n',
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('spis contact add --one-off');
    await s.step('2026-06-15', ['archive', '--all-closed']);
    expect(s.read(`archive/${first}/termination.yaml`).archive_until).toBe('2036-06-12');
  });

  it('an anonymous applicant whose contact was already recorded is closed as one-off by spis close', async () => {
    const s = service('poradna');
    await s.step('2026-06-01', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
    ]);
    const id = await s.step(
      '2026-06-12',
      ['client', 'new', '--from', '-'],
      'anonymous: true\npseudonym: Klientka B\nsex: female\ntarget_group: osoby_v_krizi\n',
    );
    const early = await run(['close', id, '-C', s.dir], { env: { SPIS_TODAY: '2026-06-12' } });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(`spis contact add ${id} --one-off`);
    await s.step(
      '2026-06-12',
      ['contact', 'add', id, '--from', '-'],
      'type: zakladni_poradenstvi\nform: osobne\nworker: novakova\nsummary: Informace o službách v regionu.\n',
    );
    await s.step('2026-06-13', ['close', id]);
    expect(s.read(`clients/${id}/termination.yaml`)).toMatchObject({ date: '2026-06-12', one_off: true });
    const protocol = await run(['render', id, 'termination', '-C', s.dir], { env: { SPIS_TODAY: '2026-06-13' } });
    expect(protocol.code).toBe(1);
  });

  it('a refused applicant reaches the archive with a retention date counted from the refusal', async () => {
    const s = service('poradna');
    await s.step('2026-02-01', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
    ]);
    const id = await s.step(
      '2026-02-02',
      ['client', 'new', '--from', '-'],
      'name: {given: Karel, family: Novotný}\nsex: male\nbirth_year: 1990\ntarget_group: seniori\nkey_worker: novakova\n',
    );
    await s.step('2026-02-03', ['refuse', id, '--reason', 'neposkytuje_sluzbu', '--note', 'odkázán na jinou službu']);
    expect(await s.due('2026-02-20', 100)).toEqual([]);
    const closing = await run(['close', id, '-C', s.dir], { env: { SPIS_TODAY: '2026-02-04' } });
    expect(closing.stderr).toContain(`spis archive ${id}`);
    await s.step('2026-02-04', ['archive', '--all-closed']);
    expect(readdirSync(join(s.dir, 'clients')).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(s.read(`archive/${id}/client.yaml`).refusal).toMatchObject({
      date: '2026-02-03',
      reason: 'neposkytuje_sluzbu',
      archive_until: '2036-02-03',
    });
  });
});

describe('the assessment comes first', () => {
  it('contract new warns without an assessment, and refuses when the provider requires one', async () => {
    const s = service('poradna');
    await s.step('2026-03-02', [
      'init',
      s.dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
      '--worker',
      'svoboda:Petr Svoboda',
    ]);
    const input =
      'name: {given: Eva, family: Nová}\nsex: female\naddress: Polní 1, Brno\ntarget_group: osoby_v_krizi\nkey_worker: novakova\n';
    const a = await s.step('2026-03-02', ['client', 'new', '--from', '-'], input);
    const b = await s.step('2026-03-02', ['client', 'new', '--from', '-'], input);
    const warned = await run(['contract', 'new', a, '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-03-03' },
      stdin: 'personal_goal: zvládnout krizi\n',
    });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(
      `Upozornění: zájemkyně ve spisu ${a} nemá zaznamenané posouzení (spis assess ${a}).`,
    );
    // A contact of type assessment is not the assessment: the tool says which command records it.
    const contact = await run(['contact', 'add', b, '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-03-03' },
      stdin: 'type: assessment\nform: osobne\nsummary: Posouzení situace.\n',
    });
    expect(contact.stderr).toContain(`spis assess ${b}`);
    expect(await s.due('2026-03-10')).toEqual([[b, 'assessment', '', '2026-03-09']]);

    const config = join(s.dir, 'spis.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('retention_years: 10', 'retention_years: 10\n  require_assessment: true'),
    );
    const refused = await run(['contract', 'new', b, '--from', '-', '-C', s.dir], {
      env: { SPIS_TODAY: '2026-03-10' },
      stdin: 'personal_goal: zvládnout krizi\n',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('rules.require_assessment');
    expect(s.read(`clients/${b}/client.yaml`).status).toBe('applicant');
  });
});
