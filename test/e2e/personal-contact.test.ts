// Foster-care support owes the carer and the children a personal contact at least every two
// months (§ 47b zákona č. 359/1999 Sb.; MPSV: "minimálně jednou za 2 měsíce být v osobním styku
// s osobou pečující … a s dětmi svěřenými do její péče"). A phone call, or a visit without the
// children, does not meet it; a counselling service keeps its contact-gap item as it was.
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain, runBin, scratch } from '../helpers/cli.js';

const { example, tmp } = scratch();

/** The example as a foster-care support service: 2026-0001 a carer with a child (m1) in the household. */
function fosterRepo(): string {
  const dir = example();
  const f = join(dir, 'spis.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('kind: odborne_socialni_poradenstvi', 'kind: doprovazeni_pestounu'));
  return dir;
}

const contact = (dir: string, text: string): void => {
  const f = join(tmp(), `c-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  const r = runBin(['contact', 'add', '2026-0001', '--from', f, '-C', dir]);
  expect(r.code, r.stderr).toBe(0);
};
const items = (dir: string, env: Record<string, string>, extra: string[] = []) =>
  (
    JSON.parse(runBin(['due', '--json', '--within', '0', ...extra, '-C', dir], { env }).stdout) as {
      kind: string;
      case_id: string;
      due_date: string;
    }[]
  ).filter((i) => i.case_id === '2026-0001' && /contact/.test(i.kind));

const VISIT = (date: string, present: string) => `date: ${date}
form: osobne
type: konzultace
place: v domácnosti
worker: novakova
${present}summary: Návštěva v rodině.
`;
const CALL = (date: string) => `date: ${date}
form: telefon
type: konzultace
worker: novakova
summary: Telefonát.
`;

describe('the personal-contact rule of foster-care support', () => {
  it('runs from the last visit with the children: a phone call or a visit without the child does not clear it', () => {
    const dir = fosterRepo();
    // The example's last visit with the son present was on 14. 9.: due two months after.
    expect(items(dir, { SPIS_TODAY: '2026-11-22' })).toEqual([
      expect.objectContaining({ kind: 'personal-contact', due_date: '2026-11-14' }),
    ]);
    contact(dir, CALL('2026-11-20'));
    contact(dir, VISIT('2026-11-21', ''));
    expect(items(dir, { SPIS_TODAY: '2026-11-22' })).toEqual([
      expect.objectContaining({ kind: 'personal-contact', due_date: '2026-11-14' }),
    ]);
    const text = plain(runBin(['due', '--within', '0', '-C', dir], { env: { SPIS_TODAY: '2026-11-22' } }).stdout);
    expect(text).toContain('osobní kontakt s pečující osobou a dětmi');
    expect(text).not.toContain('nevyužívá službu');
    contact(dir, VISIT('2026-11-22', 'present: [m1]\n'));
    expect(items(dir, { SPIS_TODAY: '2026-11-22' })).toEqual([]);
    expect(items(dir, { SPIS_TODAY: '2027-01-22' })).toEqual([
      expect.objectContaining({ kind: 'personal-contact', due_date: '2027-01-22' }),
    ]);
    // A fresh read without the cache gives the same answer as the cache.
    expect(items(dir, { SPIS_TODAY: '2027-01-22' }, ['--no-cache'])).toEqual(items(dir, { SPIS_TODAY: '2027-01-22' }));
    expect(runBin(['check', '-C', dir]).code).toBe(0);
  });

  it('a counselling service keeps the contact gap: any contact clears it', () => {
    const dir = example();
    const f = join(dir, 'spis.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('max_contact_gap: 3m', 'max_contact_gap: 1m'));
    contact(dir, CALL('2026-11-20'));
    expect(items(dir, { SPIS_TODAY: '2026-12-20' })).toEqual([
      expect.objectContaining({ kind: 'contact-gap', due_date: '2026-12-20' }),
    ]);
  });
});

describe('a household in a counselling case', () => {
  it('is shown, named in the plan with the goals for its members, checked, and its names kept out of the pseudonymised copy', () => {
    const dir = example();
    const client = join(dir, 'clients/2026-0001/client.yaml');
    writeFileSync(
      client,
      readFileSync(client, 'utf8').replace(
        '  - id: m1\n    role: child\n',
        '  - id: m1\n    name: Tomáš Dvořák\n    role: child\n',
      ) + '  - id: m2\n    role: parent\n    sex: male\n    birth_year: 1985\n    takes_part: false\n',
    );
    const goals = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace(/( {2}- id: c4\n)/, '$1    member: m1\n'));
    expect(runBin(['check', '-C', dir]).code).toBe(0);
    const show = plain(runBin(['show', '2026-0001', '-C', dir]).stdout);
    expect(show).toContain('Domácnost: m1 Tomáš Dvořák – syn (nar. 2017); m2 otec (nar. 1985) (nezapojen)');
    expect(show).toMatch(/c4 {2}připravit se synem týdenní rozvrh .* \(pro: m1 syn \(nar\. 2017\)\)/);
    const plan = runBin(['render', '2026-0001', 'plan', '-C', dir]).stdout.replaceAll('\u00a0', ' ');
    expect(plan).toContain(
      '## Domácnost\n\n- Tomáš Dvořák – syn (nar. 2017)\n- otec (nar. 1985) (nezapojen do spolupráce)',
    );
    expect(plan).toMatch(
      /\*\*c4\*\* připravit se synem týdenní rozvrh[^\n]* \(pro: Tomáš Dvořák – syn \(nar\. 2017\)\)/,
    );
    const out = join(tmp(), 'pseudo');
    expect(runBin(['export', '--pseudonymised', '--out', out, '-C', dir]).code).toBe(0);
    const copy = readFileSync(join(out, 'clients/2026-0001/client.yaml'), 'utf8');
    expect(copy).not.toContain('Tomáš');
    expect(copy).toMatch(/household:\n {2}- id: m1\n {4}role: child/);
  });
});

describe('a family in two cases (seed 003: the mother, then the father, and their son)', () => {
  type Families = { total: number; persons: number; members: number; children: number };
  const families = (dir: string): { persons: number; families: Families } => {
    const r = runBin(['report', '--from', '2026-01-01', '--to', '2026-11-22', '--json', '-C', dir], {
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { persons: { total: number }; families: Families };
    return { persons: report.persons.total, families: report.families };
  };

  it('the father’s case linked to the mother’s: one family, the son and the mother counted once; a name in a link is refused, not quoted', () => {
    const dir = example();
    const before = families(dir);
    expect(before.families.members).toBe(1);
    const env = { SPIS_TODAY: '2026-11-22' };
    const id = runBin(['client', 'new', '--from', '-', '-C', dir], {
      env,
      stdin: [
        'name: {given: Karel, family: Dvořák}',
        'sex: male',
        'birth_year: 1984',
        'address: Polní 3, 787 01 Šumperk',
        'target_group: rodiny_s_detmi',
        'family: 2026-0001',
        'household:',
        '  - {id: m1, role: child, sex: male, birth_year: 2017, person: 2026-0001/m1}',
        '  - {id: m2, role: partner, sex: female, person: 2026-0001}',
        '',
      ].join('\n'),
    }).stdout.trim();
    expect(
      runBin(['assess', id, '--from', '-', '-C', dir], {
        env,
        stdin: 'workers: [novakova, svoboda]\nnote: Otec syna.\nkey_worker: svoboda\n',
      }).code,
    ).toBe(0);
    const contract = runBin(['contract', 'new', id, '--from', '-', '-C', dir], {
      env,
      stdin:
        'personal_goal: domluvit se s mámou syna na péči\nconsents: {personal_data: 2026-11-22, personal_data_by: svoboda}\n',
    });
    expect(contract.code, contract.stderr).toBe(0);
    expect(runBin(['check', '-C', dir]).code).toBe(0);
    const after = families(dir);
    // One more person (the father) and one more client; the family, its son and the mother as before.
    expect(after.persons).toBe(before.persons + 1);
    expect(after.families).toEqual({ ...before.families, persons: before.families.persons + 1 });
    const show = plain(runBin(['show', id, '-C', dir], { env }).stdout);
    expect(show).toContain('Rodina: spolupráce s rodinou začala spisem 2026-0001');
    expect(show).toContain(
      'm1 syn (nar. 2017) (tatáž osoba jako 2026-0001 m1); m2 partnerka (má vlastní spis 2026-0001)',
    );
    const text = plain(runBin(['report', '--from', '2026-01-01', '--to', '2026-11-22', '-C', dir], { env }).stdout);
    expect(text).toContain('Rodiny a domácnosti');
    // Unlinked, the father's household is a family and a son of its own.
    const file = join(dir, 'clients', id, 'client.yaml');
    const linked = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      linked
        .replace('family: 2026-0001\n', '')
        .replace(', person: 2026-0001/m1', '')
        .replace('    person: 2026-0001/m1\n', ''),
    );
    const apart = families(dir);
    expect(apart.families.total).toBe(before.families.total + 1);
    expect(apart.families.children).toBe(before.families.children + 1);
    // A link is a case number, never a name: refused, pointing at the line, the value not quoted.
    writeFileSync(file, linked.replace('2026-0001/m1', 'Tomáš Dvořák'));
    const r = runBin(['check', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`clients/${id}/client.yaml:`);
    expect(r.stdout + r.stderr).not.toContain('Tomáš');
    // The pseudonymised copy keeps the links: case numbers, no one's name.
    writeFileSync(file, linked);
    const out = join(tmp(), 'pseudo-family');
    expect(runBin(['export', '--pseudonymised', '--out', out, '-C', dir]).code).toBe(0);
    const copy = readFileSync(join(out, 'clients', id, 'client.yaml'), 'utf8');
    expect(copy).toContain('family: 2026-0001');
    expect(copy).toContain('person: 2026-0001/m1');
    expect(copy).not.toContain('Karel');
  });

  it('a link to a case the service never had is a problem at its line; to a case purge destroyed it stays true', () => {
    const dir = example();
    const env = { SPIS_TODAY: '2036-04-01' };
    const file = join(dir, 'clients', '2026-0001', 'client.yaml');
    const text = readFileSync(file, 'utf8');
    // The mother's case names an earlier case of hers that was archived and, later, destroyed.
    writeFileSync(file, text.replace(/^status:/m, 'person: 2025-0012\nfamily: 2025-0099\nstatus:'));
    const line = text.split('\n').findIndex((l) => l.startsWith('status:')) + 2;
    const wrong = runBin(['check', '-C', dir]);
    expect(wrong.code).toBe(1);
    const out = plain(wrong.stdout + wrong.stderr);
    expect(out).toContain(`clients/2026-0001/client.yaml:${line}`);
    expect(out).toContain('spis 2025-0099 v repozitáři není');
    expect(out).toContain('Odkaz na jiný spis');
    expect(out).not.toContain('2025-0012 v repozitáři');
    // A surname typed where the family's case number belongs is refused, never quoted.
    writeFileSync(file, text.replace(/^status:/m, 'family: Dvořákovi\nstatus:'));
    const named = runBin(['check', '-C', dir]);
    expect(named.code).toBe(1);
    expect(named.stdout + named.stderr).not.toContain('Dvořákovi');
    writeFileSync(file, text.replace(/^status:/m, 'person: 2025-0012\nfamily: 2025-0099\nstatus:'));
    // The cached clean-check does not hide it: the second run says the same.
    expect(plain(runBin(['check', '-C', dir]).stdout)).toContain('2025-0099');
    writeFileSync(file, text.replace(/^status:/m, 'person: 2025-0012\nstatus:'));
    expect(runBin(['check', '-C', dir]).code).toBe(0);
    expect(runBin(['archive', '2025-0012', '-C', dir]).code).toBe(0);
    expect(runBin(['purge', '--expired', '--yes', '-C', dir], { env }).code).toBe(0);
    const after = runBin(['check', '-C', dir], { env });
    expect(after.code, after.stdout + after.stderr).toBe(0);
    // A writer refuses what check would: a new client linked to a case the service never had is not written.
    const before = runBin(['list', '--json', '-C', dir], { env }).stdout;
    const refused = runBin(['client', 'new', '--from', '-', '-C', dir], {
      env,
      stdin:
        'name: {given: Karel, family: Dvořák}\nsex: male\nbirth_year: 1984\ntarget_group: rodiny_s_detmi\nfamily: 2025-0099\n',
    });
    expect(refused.code).not.toBe(0);
    expect(plain(refused.stderr)).toContain('spis 2025-0099 v repozitáři není');
    expect(runBin(['list', '--json', '-C', dir], { env }).stdout).toBe(before);
    // A case gone without purge (a folder deleted by hand) leaves the link broken, and check says so.
    writeFileSync(file, text.replace(/^status:/m, 'person: 2026-0004\nstatus:'));
    expect(runBin(['check', '-C', dir], { env }).code).toBe(0);
    rmSync(join(dir, 'clients', '2026-0004'), { recursive: true });
    expect(plain(runBin(['check', '-C', dir], { env }).stdout)).toContain('spis 2026-0004 v repozitáři není');
  });
});
