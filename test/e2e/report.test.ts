// spis report: a fixture repository whose figures are counted by hand below (not by the code
// under test), the small-cell rule, goldens for the example repository, and an HTML page that is
// well-formed and carries no client's name, initials or note text.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { ROOT, run, scratch, sharedExample } from '../helpers/cli.js';

const { tmp, example } = scratch();

const CONTRACT = (concluded: string, form = 'written', worker = 'novakova', extra = ''): string =>
  `form: ${form}\nconcluded: ${concluded}\nworker: ${worker}\nservice: Odborné sociální poradenství (§ 37 zákona č. 108/2006 Sb.)\nscope: Konzultace.\nplace_time: V poradně.\npayment: Bez úhrady.\ninternal_rules: Pravidla přijata.\nnotice: Kdykoli.\nterm:\n  indefinite: true\npersonal_goal: zvládnout situaci\n${extra}`;

/** A small service for 2025, every record written by hand. */
function fixture(): string {
  const dir = join(tmp(), 'vykaz');
  const w = (rel: string, text: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  // The schemas' copy, as spis init puts it (without it check warns that the editor cannot validate).
  cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
  w(
    'spis.yaml',
    [
      'format: 2',
      'provider:',
      '  name: Poradna Výkaz',
      '  ico: "12345679"',
      '  address: Lipová 12, Olomouc',
      '  service: {kind: odborne_socialni_poradenstvi, name: Odborné sociální poradenství, paragraph: § 37, place: "Lipová 12, Olomouc"}',
      'workers:',
      '  - {id: novakova, name: Jana Nováková, sex: female}',
      '  - {id: svoboda, name: Petr Svoboda, sex: male}',
      'rules: {written_plan_after_contacts: 2}',
      '',
    ].join('\n'),
  );
  const contact = (id: string, date: string, suffix: string, body: string): void =>
    w(`clients/${id}/contacts/${date}-${suffix}.yaml`, `date: ${date}\n${body}`);
  // A: a woman whose case started in 2024 and ended in March 2025 (goal met).
  w(
    'clients/2024-0001/client.yaml',
    'id: 2024-0001\nstatus: closed\nname: {given: Alena, family: Tichá}\nsex: female\nbirth_date: 1990-06-15\ndistrict: Olomouc\ntarget_group: rodiny_s_detmi\napplied: 2024-10-01\nkey_workers: [{worker: novakova, from: 2024-10-01}]\n',
  );
  w('clients/2024-0001/contract.yaml', CONTRACT('2024-10-10'));
  w(
    'clients/2024-0001/goals.yaml',
    'personal_goals: [{text: zvládnout situaci, set: 2024-10-10, source: contract}]\npartial_goals:\n  - {id: c1, text: a, criteria: b, responsible: [klientka], set: 2024-11-05, review: 2025-02-10, status: met, closed: 2025-02-10}\n  - {id: c2, text: a, criteria: b, responsible: [klientka], set: 2025-02-10, review: 2025-03-31, status: met, closed: 2025-03-31}\n',
  );
  contact(
    '2024-0001',
    '2024-11-05',
    'aaa1',
    'form: osobne\ntype: konzultace\nplace: Lipová 12, Olomouc\nduration_min: 60\nworker: novakova\nsummary: Tajné sdělení Alfa.\n',
  );
  contact(
    '2024-0001',
    '2025-02-10',
    'aaa2',
    'form: telefon\ntype: konzultace\nduration_min: 30\nworker: novakova\nsummary: Tajné sdělení Beta.\n',
  );
  contact(
    '2024-0001',
    '2025-03-31',
    'aaa3',
    'form: osobne\ntype: konzultace\nplace: domácnost klientky\nduration_min: 90\nworker: novakova\nsummary: Tajné sdělení Gama.\n',
  );
  w(
    'clients/2024-0001/termination.yaml',
    'date: 2025-03-31\nreason: cil_naplnen\nworker: novakova\npersonal_goal: {outcome: met}\n',
  );
  // B: the same woman back in September 2025 (oral contract), still served on the last day.
  w(
    'clients/2025-0003/client.yaml',
    'id: 2025-0003\nperson: 2024-0001\nstatus: active\nname: {given: Alena, family: Tichá}\nsex: female\nbirth_date: 1990-06-15\ndistrict: Olomouc\ntarget_group: rodiny_s_detmi\napplied: 2025-09-01\nkey_workers: [{worker: novakova, from: 2025-09-01}]\n',
  );
  w(
    'clients/2025-0003/contract.yaml',
    CONTRACT('2025-09-10', 'oral', 'novakova', 'recorded_in: contacts/2025-09-10-bbb1.yaml\n'),
  );
  w(
    'clients/2025-0003/goals.yaml',
    'personal_goals: [{text: zvládnout situaci, set: 2025-09-10, source: contract}]\npartial_goals:\n  - {id: c1, text: a, criteria: b, responsible: [klientka], set: 2025-09-10, review: 2025-12-01, status: open}\n',
  );
  contact(
    '2025-0003',
    '2025-09-10',
    'bbb1',
    'form: osobne\ntype: konzultace\nplace: poradna\nduration_min: 45\nworker: novakova\noral_contract: true\nsummary: Tajné sdělení Delta.\nnew_goals: [{id: c1, text: a, criteria: b, responsible: [klientka], review: 2025-12-01}]\n',
  );
  contact(
    '2025-0003',
    '2025-12-31',
    'bbb2',
    'form: online\ntype: konzultace\nduration_min: 50\nworker: novakova\nsummary: Tajné sdělení Epsilon.\n',
  );
  // C: a man, 75, new in January 2025, evaluated in November with his satisfaction, plan written.
  w(
    'clients/2025-0001/client.yaml',
    'id: 2025-0001\nstatus: active\nname: {given: Karel, family: Starý}\nsex: male\nbirth_year: 1950\naddress: Polní 1, Prostějov\ndistrict: Prostějov\ntarget_group: seniori\napplied: 2025-01-15\nkey_workers: [{worker: svoboda, from: 2025-01-15}]\n',
  );
  w('clients/2025-0001/contract.yaml', CONTRACT('2025-01-20', 'written', 'svoboda'));
  w(
    'clients/2025-0001/goals.yaml',
    'plan: {written: 2025-11-30, initial_situation: x}\npersonal_goals: [{text: zvládnout situaci, set: 2025-01-20, source: contract, evaluations: [{date: 2025-11-30, participants: [klient, svoboda], outcome: partly_met, satisfaction: Tajná spokojenost.}]}]\npartial_goals:\n  - {id: c1, text: a, criteria: b, responsible: [klient], set: 2025-06-01, review: 2026-01-15, status: open}\n',
  );
  contact(
    '2025-0001',
    '2025-01-15',
    'ccc1',
    'form: osobne\ntype: uvodni_konzultace\nduration_min: 30\nworker: svoboda\nsummary: Tajné sdělení Zéta.\n',
  );
  contact(
    '2025-0001',
    '2025-06-01',
    'ccc2',
    'form: telefon\ntype: konzultace\nduration_min: 20\nworker: svoboda\nsummary: Tajné sdělení Éta.\n',
  );
  contact(
    '2025-0001',
    '2025-11-30',
    'ccc3',
    'form: osobne\ntype: hodnotici_schuzka\nplace: Lipová 12, Olomouc\nduration_min: 60\nworker: svoboda\nsummary: Tajné sdělení Théta.\n',
  );
  // D: refused for lack of capacity; H: refused, not our service (a); G: refused in 2024.
  w(
    'clients/2025-0002/client.yaml',
    'id: 2025-0002\nstatus: refused\nname: {given: Dana, family: Nová}\nsex: female\nbirth_year: 1985\ntarget_group: rodiny_s_detmi\napplied: 2025-02-01\nrefusal: {date: 2025-02-05, reason: kapacita, worker: novakova}\n',
  );
  w(
    'clients/2025-0006/client.yaml',
    'id: 2025-0006\nstatus: refused\nname: {given: Hana, family: Malá}\nsex: female\nbirth_year: 1970\ntarget_group: seniori\napplied: 2025-06-20\nrefusal: {date: 2025-07-01, reason: neposkytuje_sluzbu, worker: novakova}\n',
  );
  w(
    'clients/2024-0002/client.yaml',
    'id: 2024-0002\nstatus: refused\nname: {given: Gita, family: Stará}\nsex: female\nbirth_year: 1960\ntarget_group: seniori\napplied: 2024-12-15\nrefusal: {date: 2024-12-20, reason: zdravotni_stav, worker: novakova}\n',
  );
  // E: an applicant whose first call came on the last day.
  w(
    'clients/2025-0004/client.yaml',
    'id: 2025-0004\nstatus: applicant\nname: {given: Emil, family: Pozdní}\nsex: male\nbirth_year: 1995\ntarget_group: osoby_v_krizi\napplied: 2025-12-31\n',
  );
  contact(
    '2025-0004',
    '2025-12-31',
    'eee1',
    'form: telefon\ntype: uvodni_konzultace\nduration_min: 10\nworker: novakova\nsummary: Tajné sdělení Ióta.\n',
  );
  // F: an anonymous one-off call.
  w(
    'clients/2025-0005/client.yaml',
    'id: 2025-0005\nstatus: closed\nanonymous: true\npseudonym: Klient F\nsex: unknown\ntarget_group: rodiny_s_detmi\napplied: 2025-05-05\n',
  );
  contact(
    '2025-0005',
    '2025-05-05',
    'fff1',
    'form: telefon\ntype: zakladni_poradenstvi\nduration_min: 15\nworker: novakova\nsummary: Tajné sdělení Kappa.\n',
  );
  w(
    'clients/2025-0005/termination.yaml',
    'date: 2025-05-05\nreason: jednorazove_poradenstvi\nworker: novakova\none_off: true\n',
  );
  // I: a man, 45, served since 2024, evaluated in June 2025 without him (reason given); 3 contacts, no plan.
  w(
    'clients/2024-0003/client.yaml',
    'id: 2024-0003\nstatus: active\nname: {given: Ivan, family: Dlouhý}\nsex: male\nbirth_year: 1980\naddress: Polní 2, Olomouc\ndistrict: Olomouc\ntarget_group: osoby_v_krizi\napplied: 2024-06-01\nkey_workers: [{worker: svoboda, from: 2024-06-01}]\n',
  );
  w('clients/2024-0003/contract.yaml', CONTRACT('2024-06-10', 'written', 'svoboda'));
  w(
    'clients/2024-0003/goals.yaml',
    'personal_goals: [{text: zvládnout situaci, set: 2024-06-10, source: contract, evaluations: [{date: 2025-06-10, client_absent_reason: v nemocnici, outcome: not_met}]}]\npartial_goals: []\n',
  );
  contact(
    '2024-0003',
    '2024-06-10',
    'iii1',
    'form: osobne\ntype: konzultace\nplace: Lipová 12, Olomouc\nduration_min: 60\nworker: svoboda\nsummary: Tajné sdělení Lambda.\n',
  );
  contact(
    '2024-0003',
    '2024-09-01',
    'iii2',
    'form: osobne\ntype: konzultace\nplace: Lipová 12, Olomouc\nduration_min: 60\nworker: svoboda\nsummary: Tajné sdělení My.\n',
  );
  contact(
    '2024-0003',
    '2025-06-10',
    'iii3',
    'form: osobne\ntype: hodnotici_schuzka\nplace: Lipová 12, Olomouc\nduration_min: 60\nworker: svoboda\nsummary: Tajné sdělení Ný.\n',
  );
  return dir;
}

describe('spis report: figures counted by hand', () => {
  it('every breakdown for 2025, a returning person once, the period boundaries, the anonymous contact, refusals by reason', async () => {
    const dir = fixture();
    const check = await run(['check', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } });
    expect(check, check.stdout).toEqual({ code: 0, stdout: '', stderr: '' });
    const r = await run(['report', '--year', '2025', '--json', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(report.persons).toEqual({
      total: 3, // A and B are one woman; C; I
      new: 1, // C
      continuing: 2, // the woman (since 2024), I
      ended: 0, // the woman came back; C and I are served on 31. 12.
      by_sex: { female: 1, male: 2, unknown: 0 },
      by_age_band: { '0-17': 0, '18-26': 0, '27-64': 2, '65-80': 1, '81-': 0, neuvedeno: 0 }, // 35, 45 / 75
      by_age_band_sex: {
        '0-17': { female: 0, male: 0, unknown: 0 },
        '18-26': { female: 0, male: 0, unknown: 0 },
        '27-64': { female: 1, male: 1, unknown: 0 },
        '65-80': { female: 0, male: 1, unknown: 0 },
        '81-': { female: 0, male: 0, unknown: 0 },
        neuvedeno: { female: 0, male: 0, unknown: 0 },
      },
      by_target_group: {
        rodiny_s_detmi: 1,
        pestouni: 0,
        osoby_v_krizi: 1,
        obeti_domaciho_nasili: 0,
        seniori: 1,
        osoby_se_zdravotnim_postizenim: 0,
        osoby_ohrozene_zadluzenim: 0,
      },
      by_district: { Olomouc: 2, Prostějov: 1 },
    });
    expect(report.anonymous).toEqual({ cases: 1, contacts: 1, minutes: 15 });
    expect(report.applicants).toEqual({
      new: 5, // C 15. 1., D 1. 2., H 20. 6., B 1. 9., E 31. 12. (not the anonymous call)
      contracts: { written: 1, oral: 1 }, // C, B
      refused: 2,
      refused_by_reason: { a: 1, b: 1, c: 0, d: 0 }, // H, D; G was refused in 2024
    });
    expect(report.refused_capacity).toEqual([{ case_id: '2025-0002', applied: '2025-02-01', refused: '2025-02-05' }]);
    expect(report.work).toEqual({
      contacts: 10, // A 2, B 2 (one on 31. 12.), C 3, E 1, F 1, I 1
      minutes: 410,
      contacts_with_minutes: 10,
      by_form: {
        telefon: { contacts: 4, minutes: 75 },
        osobne: { contacts: 5, minutes: 285 },
        online: { contacts: 1, minutes: 50 },
      },
      by_type: {
        konzultace: { contacts: 5, minutes: 235 },
        uvodni_konzultace: { contacts: 2, minutes: 40 },
        hodnotici_schuzka: { contacts: 2, minutes: 120 },
        zakladni_poradenstvi: { contacts: 1, minutes: 15 },
      },
      by_worker: { novakova: { contacts: 6, minutes: 240 }, svoboda: { contacts: 4, minutes: 170 } },
      by_setting: { ambulatory: 3, field: 1, remote: 5, unknown: 1 }, // poradna + 2× Lipová / the client's home / calls and online / no place
      by_month: {
        '2025-01': 1,
        '2025-02': 1,
        '2025-03': 1,
        '2025-04': 0,
        '2025-05': 1,
        '2025-06': 2,
        '2025-07': 0,
        '2025-08': 0,
        '2025-09': 1,
        '2025-10': 0,
        '2025-11': 1,
        '2025-12': 2,
      },
    });
    expect(report.outcomes).toEqual({
      ended_by_reason: { cil_naplnen: 1 },
      personal_goal_at_closing: { met: 1, partly_met: 0, not_met: 0 },
      partial_goals: { set: 3, met: 2, partly_met: 0, not_met: 0, reworded: 0, dropped: 0, open_at_end: 2 }, // set: A c2, B c1, C c1; met: A c1, c2; open: B c1, C c1
      written_plan: { required: 2, written: 1 }, // more than 2 contacts: C (plan 30. 11.) and I (none)
      personal_goal_evaluated: { due: 1, evaluated: 1 }, // only I's goal is older than 12 months; evaluated 10. 6.
      overdue_reviews_at_end: 1, // B c1 was due 1. 12.
      evaluations: { held: 2, client_took_part: 1, client_absent: 1, satisfaction_recorded: 1 }, // C with him, I without
    });
  });

  it('--worker narrows the cases to that key worker and the work to their contacts; a period in dates', async () => {
    const dir = fixture();
    const r = JSON.parse(
      (
        await run(['report', '--year', '2025', '--worker', 'svoboda', '--json', '-C', dir], {
          env: { SPIS_TODAY: '2026-01-10' },
        })
      ).stdout,
    );
    expect(r.worker).toBe('svoboda');
    expect(r.persons.total).toBe(2); // C, I
    expect(r.work.contacts).toBe(4);
    expect(r.work.by_worker).toEqual({ svoboda: { contacts: 4, minutes: 170 } });
    const q = JSON.parse(
      (
        await run(['report', '--from', '1. 12. 2025', '--to', '31. 12. 2025', '--json', '-C', dir], {
          env: { SPIS_TODAY: '2026-01-10' },
        })
      ).stdout,
    );
    expect(q.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(q.work.contacts).toBe(2); // B and E on the last day
    expect(q.applicants.new).toBe(1); // E
  });

  it('shows small numbers as "<3" in text, never in JSON or CSV; the capacity register lists case ids and dates only', async () => {
    const dir = fixture();
    const text = (await run(['report', '--year', '2025', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } })).stdout;
    expect(text).toMatch(/^ {2}celkem +3$/m);
    expect(text).toMatch(/^ {2}pohlaví: muži +<3$/m);
    expect(text).toMatch(/^ {2}pohlaví: neuvedeno +0$/m);
    const csv = (await run(['report', '--year', '2025', '--csv', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } }))
      .stdout;
    expect(csv.split('\n')[0]).toBe('indicator,breakdown,value');
    expect(csv).toContain('\npersons.by_sex,male,2\n');
    expect(csv).toContain('\nwork.by_form.osobne,minutes,285\n');
    const register = await run(['report', '--year', '2025', '--refused-capacity', '-C', dir], {
      env: { SPIS_TODAY: '2026-01-10' },
    });
    expect(register.stdout).toBe(
      'Zájemci odmítnutí pro nedostatečnou kapacitu (§ 88 písm. g), 1. 1. 2025 – 31. 12. 2025:\n  2025-0002  první kontakt 1. 2. 2025, odmítnutí 5. 2. 2025\n',
    );
    const configured = join(dir, 'spis.yaml');
    writeFileSync(configured, readFileSync(configured, 'utf8') + 'report: {small_cell: 5}\n');
    expect((await run(['report', '--year', '2025', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } })).stdout).toMatch(
      /^ {2}celkem +<5$/m,
    );
  });

  it('no name, initials, pseudonym or note text anywhere in any output', async () => {
    const dir = fixture();
    const html = join(dir, 'vykaz.html');
    const outputs = [
      (await run(['report', '--year', '2025', '-C', dir])).stdout,
      (await run(['report', '--year', '2025', '--json', '-C', dir])).stdout,
      (await run(['report', '--year', '2025', '--csv', '-C', dir])).stdout,
    ];
    expect((await run(['report', '--year', '2025', '--html', html, '-C', dir])).code).toBe(0);
    outputs.push(readFileSync(html, 'utf8'));
    for (const text of outputs) {
      for (const secret of [
        'Alena',
        'Tichá',
        'Karel',
        'Starý',
        'Dana',
        'Emil',
        'Ivan',
        'Klient F',
        'A. T.',
        'K. S.',
        'Tajn',
        'nemocnici',
        'domácnost klientky',
        '1990-06-15',
      ]) {
        expect(text, secret).not.toContain(secret);
      }
    }
  });
});

describe('spis report on the example repository', () => {
  for (const [format, args] of [
    ['txt', []],
    ['json', ['--json']],
    ['csv', ['--csv']],
  ] as const) {
    it(`golden ${format}`, async () => {
      const r = await run(['report', '--year', '2026', ...args, '-C', sharedExample()]);
      expect(r.code, r.stderr).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/report/poradna-2026.${format}`);
    });
  }

  it('the HTML page is well-formed, self-contained, with SVG charts and without client data', async () => {
    const dir = example();
    const file = join(dir, 'vykaz.html');
    const r = await run(['report', '--year', '2026', '--html', file, '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(html.replace(/^<!DOCTYPE html>\n/, ''))).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)|<link /);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('Osoby podle věku a pohlaví');
    for (const id of ['2025-0012', '2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005']) {
      const client = parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8'));
      const name = client.name as { given: string; family: string } | undefined;
      // (A worker may share a client's first name, so whole names and surnames are looked for.)
      for (const v of [
        name ? `${name.given} ${name.family}` : undefined,
        name?.family,
        name ? `${name.given[0]}. ${name.family[0]}.` : undefined,
        client.pseudonym,
        client.request?.slice(0, 20),
      ])
        if (v) expect(html, v).not.toContain(v);
    }
  });
});

describe('a returning person', () => {
  it('client new links a case with the same name and birth date to the earlier person, and the report counts the person once', async () => {
    const dir = fixture();
    const env = { SPIS_TODAY: '2026-02-01' };
    const before = JSON.parse(
      (await run(['report', '--from', '2026-01-01', '--to', '2026-12-31', '--json', '-C', dir], { env })).stdout,
    ).persons.total;
    const r = await run(['client', 'new', '--no-commit', '--from', '-', '-C', dir], {
      env,
      stdin:
        'name: {given: alena, family: TICHÁ}\nsex: female\nbirth_date: 1990-06-15\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    expect(r.stderr).toContain(`Spis ${id} patří téže osobě jako dřívější spis 2024-0001`);
    expect(parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8')).person).toBe('2024-0001');
    // Someone else with the same name but another birth date is another person.
    const other = await run(['client', 'new', '--no-commit', '--from', '-', '-C', dir], {
      env,
      stdin: 'name: {given: Alena, family: Tichá}\nsex: female\nbirth_date: 1991-01-01\ntarget_group: rodiny_s_detmi\n',
    });
    expect(
      parse(readFileSync(join(dir, 'clients', other.stdout.trim(), 'client.yaml'), 'utf8')).person,
    ).toBeUndefined();
    const contract = await run(['contract', 'new', id, '--no-commit', '--from', '-', '-C', dir], {
      env,
      stdin:
        'form: oral\npersonal_goal: znovu zvládnout situaci\nscope: Konzultace.\nplace_time: V poradně.\npayment: Bez úhrady.\ninternal_rules: Přijata.\nnotice: Kdykoli.\ncontact: {summary: Ústně.}\n',
    });
    expect(contract.code, contract.stderr).toBe(0);
    const after = JSON.parse(
      (await run(['report', '--from', '2026-01-01', '--to', '2026-12-31', '--json', '-C', dir], { env })).stdout,
    ).persons;
    // The woman's 2025 case B is still open and her new one joins her: still one person.
    expect(after.total).toBe(before);
  });
});

describe('a broken record', () => {
  it('is named on stderr, its case left out, the rest reported, exit 1', async () => {
    const dir = fixture();
    writeFileSync(join(dir, 'clients/2025-0001/client.yaml'), 'id: 2025-0001\nstatus: [active\n');
    const r = await run(['report', '--year', '2025', '--json', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } });
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stderr).error;
    expect(error.message).toContain('Výkaz nezahrnuje spisy s chybnými záznamy');
    // The count agrees with its noun: 1 problém, 2–4 problémy, 5 problémů.
    const count = error.problems.length as number;
    expect(error.message).toContain(`(${count} ${count === 1 ? 'problém' : count < 5 ? 'problémy' : 'problémů'} výše)`);
    expect(error.problems[0]).toMatchObject({
      code: 'yaml-syntax',
      file: 'clients/2025-0001/client.yaml',
      line: 3,
      col: 1,
    });
    expect(JSON.parse(r.stdout).persons.total).toBe(2); // the woman and I; C is left out
  });

  it('a case folder without its client.yaml is named too, never left out in silence', async () => {
    const dir = fixture();
    rmSync(join(dir, 'clients/2025-0001/client.yaml'));
    const r = await run(['report', '--year', '2025', '--json', '-C', dir], { env: { SPIS_TODAY: '2026-01-10' } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr).error.problems[0]).toMatchObject({
      code: 'missing-client',
      file: 'clients/2025-0001/client.yaml',
    });
    expect(JSON.parse(r.stdout).persons.total).toBe(2);
  });
});
