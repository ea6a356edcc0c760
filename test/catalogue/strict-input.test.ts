// Every write is one that `check` accepts, and every scripted input is read strictly: unknown keys
// refused where they are with the key meant, every date field in every form a prompt takes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch, snapshotTree } from '../helpers/cli.js';
import { shapedInput } from '../../src/app/input.js';
import { inputShape, type InputKind, type Shape } from '../../src/store/input-shapes.js';
import { parseYaml } from '../../src/store/yaml-file.js';

const { tmp, example } = scratch();

describe('a write is one that check accepts', () => {
  it('an oral contract put in writing after the written plan: saved, and check, render and the plan stay sound', async () => {
    const dir = join(tmp(), 'poradna');
    const at = (today: string, args: string[], stdin?: string) =>
      run([...args, '-C', dir], { env: { SPIS_TODAY: today }, stdin });
    expect(
      (
        await at('2026-11-20', [
          'init',
          dir,
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
        ])
      ).code,
    ).toBe(0);
    const opened = await at(
      '2026-11-20',
      ['client', 'new', '--from', '-'],
      'name: {given: Alena, family: Veselá}\nsex: female\nbirth_year: 1988\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\n',
    );
    expect(opened.code, opened.stderr).toBe(0);
    const id = opened.stdout.trim();
    const oral = await at(
      '2026-11-28',
      ['contract', 'new', id, '--from', '-'],
      'form: oral\npersonal_goal: vyřešit dluhy\ncontact: {type: konzultace, form: osobne, summary: Ústní smlouva uzavřena.}\n',
    );
    expect(oral.code, oral.stderr).toBe(0);
    const plan = await at('2026-12-01', ['plan', id, '--from', '-'], 'initial_situation: Dluhy u tří věřitelů.\n');
    expect(plan.code, plan.stderr).toBe(0);
    const written = await at(
      '2026-12-03',
      ['contract', 'new', id, '--from', '-'],
      'reason: klientka požádala o písemnou smlouvu\nclient: {address: "Polní 3, 602 00 Brno"}\n',
    );
    expect(written.code, written.stderr).toBe(0);
    expect(await at('2026-12-03', ['check'])).toMatchObject({ code: 0, stdout: '' });
    const rendered = await at('2026-12-03', ['render', id, 'contract']);
    expect(rendered.code, rendered.stderr).toBe(0);
    expect((await at('2026-12-03', ['render', id, 'plan'])).code).toBe(0);
  });

  it('a change that would make an unchanged record wrong is refused with that record named, and nothing is written', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    // Contacts of 2026-0001 were sent by e-mail under the client's consent; withdrawing it here would leave them without one.
    const r = await run(['client', 'edit', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'consents: {personal_data: 2026-01-19, email_records: false}\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0001/contacts/2026-01-26-b7q1.yaml');
    expect(r.stderr).toContain('Nic nebylo uloženo');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

/** Each writing command's --from with one misspelt key: the key, where it is, and the key meant. */
const UNKNOWN: [string, string[], string, string, string][] = [
  [
    'client new',
    ['client', 'new'],
    'name: {given: Eva, family: Malá}\nsex: female\ntarget_group: rodiny_s_detmi\ntelefon: "777"\n',
    '<stdin>:4:1',
    'telefon“ – myslíte „phone“?',
  ],
  ['client edit', ['client', 'edit', '2026-0001'], 'adress: Nová 1\n', '<stdin>:1:1', 'adress“ – myslíte „address“?'],
  [
    'contact add',
    ['contact', 'add', '2026-0001'],
    'type: konzultace\nform: telefon\nsumary: Hovor.\n',
    '<stdin>:3:1',
    'sumary“ – myslíte „summary“?',
  ],
  [
    'contact add (nested)',
    ['contact', 'add', '2026-0001'],
    'type: konzultace\nform: telefon\nsummary: Hovor.\nnew_goals:\n  - text: zavolat\n    reviw: +14d\n',
    '<stdin>:6:5',
    'reviw“ – myslíte „review“?',
  ],
  ['assess', ['assess', '2026-0003'], 'datum: dnes\nworkers: [novakova]\n', '<stdin>:1:1', 'datum“ – myslíte „date“?'],
  [
    'contract new',
    ['contract', 'new', '2026-0003'],
    'personal_goal: najít bydlení\ndate: 2026-11-25\n',
    '<stdin>:2:1',
    'date“ – myslíte „concluded“?',
  ],
  [
    'contract amend',
    ['contract', 'amend', '2026-0001'],
    'changes: Rozsah na 2 hodiny týdně.\nefective: dnes\n',
    '<stdin>:2:1',
    'efective“ – myslíte „effective“?',
  ],
  [
    'plan',
    ['plan', '2026-0001'],
    'initial_situation: Dluhy.\nparticipans: [klientka]\n',
    '<stdin>:2:1',
    'participans“ – myslíte „participants“?',
  ],
  ['close', ['close', '2026-0002'], 'reason: cil_splnen\nnot: Ukončeno.\n', '<stdin>:2:1', 'not“ – myslíte „note“?'],
  [
    'periodic-report',
    ['periodic-report', '2026-0001'],
    'recipient: OSPOD\nwoker: novakova\n',
    '<stdin>:2:1',
    'woker“ – myslíte „worker“?',
  ],
  ['key-worker', ['key-worker', '2026-0001'], 'worker: mala\ndat: dnes\n', '<stdin>:2:1', 'dat“ – myslíte „date“?'],
  [
    'refuse',
    ['refuse', '2026-0003'],
    'reason: kapacita\nreson: kapacita\n',
    '<stdin>:2:1',
    'reson“ – myslíte „reason“?',
  ],
];

describe('every --from refuses a key it does not know', () => {
  const dir = example();
  for (const [name, args, stdin, where, meant] of UNKNOWN) {
    it(`${name}: ${where}, the key meant, nothing written`, async () => {
      const before = snapshotTree(dir);
      const r = await run([...args, '--from', '-', '-C', dir], { stdin, env: { SPIS_TODAY: '2026-11-22' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${where}: neznámé pole „${meant}`);
      expect(r.stderr).toContain('Nic nebylo uloženo');
      expect(snapshotTree(dir)).toEqual(before);
    });
  }

  it('a key that is a piece of a value is pointed at, not named, and the line is not shown', async () => {
    const r = await run(['client', 'edit', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'address: {street: Lipová 3, Olomouc}\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/Lipová|Olomouc/);
  });
});

/** Every date leaf of a shape, as dotted paths ([] for a list's items). */
function datePaths(shape: Shape, prefix = ''): string[] {
  if (shape === 'date') return [prefix];
  if (shape === 'any') return [];
  return Object.entries(shape).flatMap(([k, s]) => datePaths(s, prefix ? `${prefix}.${k}` : k));
}

/** An input with every date leaf given as `value` (lists of one item), and nothing else. */
function withDates(shape: Shape, value: string): unknown {
  if (shape === 'date') return value;
  if (shape === 'any') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(shape)) {
    const v = withDates(s, value);
    if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

const KINDS: InputKind[] = [
  'client-new',
  'client-edit',
  'contact',
  'assess',
  'contract-new',
  'contract-amend',
  'plan',
  'close',
  'periodic-report',
  'key-worker',
  'refuse',
];

describe('every date field of every input takes the forms a prompt takes', () => {
  it('the shapes know the dates of the records they become (read off the schemas)', () => {
    expect(datePaths(inputShape('client-new'))).toEqual(
      expect.arrayContaining([
        'applied',
        'birth_date',
        'consents.personal_data',
        'assessment.date',
        'key_workers.from',
      ]),
    );
    expect(datePaths(inputShape('contract-new'))).toEqual(
      expect.arrayContaining([
        'concluded',
        'term.until',
        'consents.personal_data',
        'client.birth_date',
        'contact.next_meeting',
        'documents.date',
      ]),
    );
    expect(datePaths(inputShape('contact'))).toEqual(
      expect.arrayContaining([
        'date',
        'next_meeting',
        'goal_reviews.next_review',
        'new_goals.review',
        'correction.date',
      ]),
    );
  });

  for (const kind of KINDS) {
    it(`${kind}: 22. 11. 2026, 4. 9., dnes, včera and +14d become ISO dates`, () => {
      for (const [form, iso] of [
        ['22. 11. 2026', '2026-11-22'],
        ['4. 9.', '2026-09-04'],
        ['dnes', '2026-12-03'],
        ['včera', '2026-12-02'],
        ['+14d', '2026-12-17'],
      ]) {
        const data = withDates(inputShape(kind), form) as Record<string, unknown>;
        const parsed = parseYaml(JSON.stringify(data), '<stdin>');
        const out = shapedInput({ today: '2026-12-03' }, { label: '<stdin>', parsed, data: parsed.data! }, kind).data;
        // A relative form counts from today for the record's own date, and from that date for the others.
        const fromOwn: Record<string, string> = { dnes: '2026-12-03', včera: '2026-12-01', '+14d': '2026-12-31' };
        const relative = form in fromOwn && typeof data.date === 'string';
        const expected = JSON.parse(
          JSON.stringify(data).replaceAll(JSON.stringify(form), JSON.stringify(relative ? fromOwn[form] : iso)),
        );
        if (relative) expected.date = iso;
        expect(out, `${kind} ${form}`).toEqual(expected);
        expect(datePaths(inputShape(kind)).length).toBeGreaterThan(0);
      }
    });
  }

  it('client new --from takes the Czech forms the README promises', async () => {
    const dir = example();
    const r = await run(['client', 'new', '--from', '-', '-C', dir], {
      stdin:
        'name: {given: Eva, family: Malá}\nsex: female\ntarget_group: rodiny_s_detmi\napplied: 1.10.2026\nbirth_date: 12. 4. 1958\nconsents: {personal_data: dnes}\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(r.code, r.stderr).toBe(0);
    const client = parse(readFileSync(join(dir, 'clients', r.stdout.trim(), 'client.yaml'), 'utf8'));
    expect(client).toMatchObject({
      applied: '2026-10-01',
      birth_date: '1958-04-12',
      consents: { personal_data: '2026-11-22' },
    });
  });
});

describe('messages that say what happened, once', () => {
  it('a broken goals.yaml is one problem, not one per goal the contacts name', async () => {
    const dir = example();
    const p = join(dir, 'clients/2026-0001/goals.yaml');
    writeFileSync(p, `${readFileSync(p, 'utf8')}personal_goals: [\n`);
    const r = await run(['check', '--json', '-C', dir]);
    const problems = JSON.parse(r.stdout) as { code: string; file: string }[];
    expect(problems.every((x) => x.file === 'clients/2026-0001/goals.yaml')).toBe(true);
    expect(problems.some((x) => x.code === 'unknown-goal')).toBe(false);
  });

  it("one field that needs another (corrects: without correction:) names the missing one, with no hint meant for a contract's term", async () => {
    const dir = example();
    writeFileSync(
      join(dir, 'clients/2026-0001/contacts/2026-10-20-aaaa.yaml'),
      'date: 2026-10-20\nworker: novakova\ntype: konzultace\nform: telefon\nsummary: x\ncorrects: 2026-09-14-h8d2.yaml\n',
    );
    const r = await run(['check', '-C', dir]);
    expect(r.stdout).toContain('chybí povinný údaj „correction“');
    expect(r.stdout).not.toContain('doby platnosti smlouvy');
  });

  it('client edit refuses a birth date in the future and a phone that is no number, naming the field, quoting neither', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const born = await run(['client', 'edit', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'birth_date: 4. 5. 2030\n',
    });
    expect(born.code).toBe(1);
    expect(born.stderr).toContain('datum v poli „birth_date“ je v budoucnosti');
    expect(born.stderr).toContain('Datum narození nemůže být v budoucnosti');
    expect(born.stderr).not.toMatch(/2030/);
    const phone = await run(['client', 'edit', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'phone: "+420 abc 999 888"\n',
    });
    expect(phone.code).toBe(1);
    expect(phone.stderr).toContain('hodnota nemá správný tvar pro pole „phone“');
    expect(phone.stderr).not.toContain('abc');
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('key-worker and refuse from a script', () => {
  it('key-worker --from: the worker, a Czech date and the reason are written; a date before the last hand-over is said in Czech', async () => {
    const dir = example();
    const r = await run(['key-worker', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'worker: mala\ndate: 20. 11. 2026\nnote: Převzetí po dovolené.\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(r.code, r.stderr).toBe(0);
    const client = parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8'));
    expect(client.key_workers.at(-1)).toEqual({ worker: 'mala', from: '2026-11-20', note: 'Převzetí po dovolené.' });
    const early = await run(['key-worker', '2026-0001', 'svoboda', '--from', '-', '-C', dir], {
      stdin: 'date: 1. 11. 2026\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Předání od 1. 11. 2026 je dřív než poslední předání (20. 11. 2026).');
    const none = await run(['key-worker', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'date: dnes\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Komu se spis předává?');
    expect(await run(['check', '-C', dir], { env: { SPIS_TODAY: '2026-11-22' } })).toMatchObject({
      code: 0,
      stdout: '',
    });
  });

  it('refuse --from and refuse --yes: written without a question; --yes without a reason asks for one and writes nothing', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const bare = await run(['refuse', '2026-0003', '--yes', '--worker', 'mala', '-C', dir], {
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(bare.code).toBe(2);
    expect(snapshotTree(dir)).toEqual(before);
    const r = await run(['refuse', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'date: včera\nreason: kapacita\nworker: mala\nnote: Odkázána na jinou poradnu.\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(r.code, r.stderr).toBe(0);
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client).toMatchObject({
      status: 'refused',
      refusal: { date: '2026-11-21', reason: 'kapacita', worker: 'mala', note: 'Odkázána na jinou poradnu.' },
    });
    expect(await run(['check', '-C', dir], { env: { SPIS_TODAY: '2026-11-22' } })).toMatchObject({
      code: 0,
      stdout: '',
    });
  });
});

describe('assess --from: the conclusion under the record’s key', () => {
  it('note: and the earlier conclusion: both become assessment.note; both at once are refused with nothing written', async () => {
    for (const key of ['note', 'conclusion']) {
      const dir = example();
      const r = await run(['assess', '2026-0003', '--from', '-', '-C', dir], {
        stdin: `workers: [novakova, svoboda]\n${key}: Dlouhodobější spolupráce.\nkey_worker: novakova\n`,
        env: { SPIS_TODAY: '2026-11-22' },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).assessment.note).toBe(
        'Dlouhodobější spolupráce.',
      );
    }
    const dir = example();
    const before = snapshotTree(dir);
    const both = await run(['assess', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'workers: [novakova, svoboda]\nnote: A.\nconclusion: B.\n',
      env: { SPIS_TODAY: '2026-11-22' },
    });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('uvádí závěr posouzení dvakrát (note i conclusion)');
    expect(snapshotTree(dir)).toEqual(before);
  });
});
