// Messages locate and explain, never quote a personal value: not in the message, not in the
// excerpt under it, not in cron mail, not when a scripted record is refused.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, scratch } from '../helpers/cli.js';
import { SHOWN_FIELDS } from '../../src/domain/privacy.js';

const { example } = scratch();

const SECRETS = [
  '420777123456',
  '0103151234',
  '103151234',
  '1986-02-30',
  'jana@@example',
  'Horáková',
  'Lucie',
  'střídavou péči',
  'Dlouhá 17',
];

function breakClient(dir: string): void {
  const p = join(dir, 'clients/2026-0003/client.yaml');
  const text = readFileSync(p, 'utf8')
    .replace(
      'phone: "+420 600 000 333"',
      'phone: 420777123456\nbirth_number: 0103151234\nemail: jana@@example\naddress: [Dlouhá 17\n  ]',
    )
    .replace('birth_year: 1993', 'birth_date: 1986-02-30')
    .replace(
      'request: Po rozchodu s partnerem řeší, jak dětem vysvětlit střídavou péči.',
      'request:\n  - Po rozchodu řeší střídavou péči.',
    );
  writeFileSync(p, text);
}

describe('privacy in every message', () => {
  it('check names the field, line and the form needed – never the value – and hides it in the excerpt', async () => {
    const dir = example();
    breakClient(dir);
    const cs = await run(['check', '-C', dir]);
    const en = await run(['check', '-C', dir, '--lang', 'en']);
    expect(cs.code).toBe(1);
    for (const out of [cs.stdout + cs.stderr, en.stdout + en.stderr])
      for (const s of SECRETS) expect(out).not.toContain(s);
    expect(cs.stdout).toContain('„phone“ má mít text, ne číslo');
    expect(cs.stdout).toContain('Hodnotu dejte do uvozovek');
    await expect(`${cs.stdout}--- en ---\n${en.stdout}`.replaceAll(dir, '<repo>')).toMatchFileSnapshot(
      '../golden/privacy/check.txt',
    );
  });

  it('a name typed into a case link (person, family – a case number by its shape) is not quoted, on its own line or in a flow mapping', async () => {
    const dir = example();
    const p = join(dir, 'clients/2026-0003/client.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8') +
        'family: Nováková Jana\nhousehold:\n  - {id: m1, role: child, person: Petr Novák}\n  - id: m2\n    role: parent\n    person: "Josef Nový"\n',
    );
    const r = await run(['check', '-C', dir]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('clients/2026-0003/client.yaml:');
    expect(out).toContain('„person“');
    for (const name of ['Nováková', 'Jana', 'Petr', 'Novák', 'Josef', 'Nový']) expect(out).not.toContain(name);
  });

  it('the cron mail of due --quiet holds no personal value of a broken record', async () => {
    const dir = example();
    breakClient(dir);
    const r = await run(['due', '--quiet', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0003/client.yaml');
    for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('a refused client new does not echo the birth date, phone or birth number', async () => {
    const dir = example();
    const r = await run(['client', 'new', '--from', '-', '-C', dir], {
      stdin:
        'name: {given: Lucie, family: Horáková}\nsex: female\ntarget_group: rodiny_s_detmi\nbirth_date: 1986-02-30\nphone: 420777123456\nemail: jana@@example\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:4:');
    for (const s of SECRETS) expect(r.stderr).not.toContain(s);
    await expect(r.stderr).toMatchFileSnapshot('../golden/privacy/client-new.txt');
  });
});

/** Every line of a record with a scalar value of a field off the allow-list: the line, its key and value. */
function valueLines(text: string): { i: number; key: string; value: string }[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /^(\s*(?:-\s+)?)([a-z_]+):\s+(?!\||>)(.+?)\s*$/.exec(line);
    if (!m || SHOWN_FIELDS.has(m[2])) return [];
    const value = m[3].replace(/^["']|["']$/g, '');
    // Short or structural values (a flow list of ids, a number) say nothing of a person.
    return value.length >= 6 && !/^[[{]/.test(value) ? [{ i, key: m[2], value }] : [];
  });
}

describe('privacy by allow-list: every field, each key misspelt and each line broken in turn', () => {
  const RECORDS = [
    'clients/2026-0001/client.yaml',
    'clients/2026-0001/contract.yaml',
    'clients/2026-0001/goals.yaml',
    'clients/2026-0001/contacts/2026-09-14-h8d2.yaml',
  ];
  for (const rel of RECORDS) {
    it(`${rel}: check, due --quiet, show, render and two writers never quote the value of the line they complain about`, async () => {
      const dir = example();
      const p = join(dir, rel);
      const original = readFileSync(p, 'utf8');
      const lines = valueLines(original);
      expect(lines.length).toBeGreaterThan(2);
      let complaints = 0;
      for (const { i, key, value } of lines) {
        for (const variant of ['misspelt', 'broken'] as const) {
          const all = original.split('\n');
          all[i] = variant === 'misspelt' ? all[i].replace(`${key}:`, `${key}x:`) : `${all[i]}: [`;
          writeFileSync(p, all.join('\n'));
          for (const args of [
            ['check'],
            ['due', '--quiet'],
            ['show', '2026-0001'],
            ['render', '2026-0001', 'plan'],
            ['contact', 'add', '2026-0001', '--from', '-'],
            ['key-worker', '2026-0001', 'mala', '--yes'],
          ]) {
            const r = await run(
              [...args, '-C', dir],
              args[0] === 'contact'
                ? { stdin: 'type: konzultace\nform: telefon\nduration_min: 10\nsummary: Krátký hovor.\n' }
                : {},
            );
            const out = r.stdout + r.stderr;
            if (args[0] === 'check') {
              expect(r.code, `${variant} ${key}`).toBe(1);
              complaints++;
            }
            // A writer refuses a case check rejects: nothing written, the problem located, never quoted.
            if (args[0] === 'contact' || args[0] === 'key-worker')
              expect(r.code, `${args[0]}: ${variant} ${key}`).toBe(1);
            // show and render tell the case's own story on a sound case; here they refuse or warn, never quoting the broken line.
            const said = args[0] === 'show' || args[0] === 'render' ? r.stderr : out;
            expect(said, `${args.join(' ')}: ${variant} ${key}`).not.toContain(value);
          }
        }
      }
      writeFileSync(p, original);
      expect(complaints).toBe(lines.length * 2);
    });
  }
});

describe('a one-off contact refused never quotes what the caller said', () => {
  it('each line of the input broken or misspelt in turn: nothing written, the line named, no value quoted', async () => {
    const dir = example();
    const before = readdirSync(join(dir, 'clients'));
    const lines = [
      'pseudonym: Paní Květoslava od Zahrady',
      'sex: female',
      'district: Šumperk',
      'target_group: osoby_v_krizi',
      'form: telefon',
      'duration_min: 12',
      'worker: novakova',
      'summary: Sdělila, že ji manžel bije, odkázána na intervenční centrum.',
    ];
    const values = ['Květoslava od Zahrady', 'Šumperk', 'manžel bije', 'intervenční centrum'];
    for (let i = 0; i < lines.length; i++) {
      for (const variant of ['misspelt', 'broken'] as const) {
        const all = [...lines];
        all[i] = variant === 'misspelt' ? all[i].replace(':', 'x:') : `${all[i]}: [`;
        const r = await run(['contact', 'add', '--one-off', '--from', '-', '-C', dir], {
          stdin: `${all.join('\n')}\n`,
        });
        expect(r.code, `${variant} ${lines[i]}`).toBe(1);
        expect(r.stderr, `${variant} ${lines[i]}`).toContain(`<stdin>:${i + 1}:`);
        for (const v of values) expect(r.stdout + r.stderr, `${variant} ${lines[i]}`).not.toContain(v);
      }
    }
    expect(readdirSync(join(dir, 'clients'))).toEqual(before);
  });
});

describe('a template error names the template, the line and the field – never the data', () => {
  const cases: [string, string, string][] = [
    ['a field path into a text', '{{client.label.x}}', 'plan.hbs, řádek 1: pole client.label.x'],
    ['a field path into a missing object', '{{client.name.x}}', 'plan.hbs, řádek 1: pole client.name.x'],
    ["Handlebars' log, which would print the value", '{{log client.label}}', 'řádek 1: pomocník log program nezná'],
    [
      "Handlebars' lookup, a field by a computed name",
      '{{lookup client "label"}}',
      'řádek 1: pomocník lookup program nezná',
    ],
  ];
  for (const [name, expr, said] of cases) {
    it(name, async () => {
      const dir = example();
      mkdirSync(join(dir, 'templates'), { recursive: true });
      writeFileSync(
        join(dir, 'templates/plan.hbs'),
        `${expr}\n${readFileSync(join(ROOT, 'templates/plan.hbs'), 'utf8')}`,
      );
      for (const format of ['md', 'html']) {
        const r = await run(['render', '2026-0001', 'plan', '--format', format, '-C', dir]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(said);
        expect(r.stdout + r.stderr).not.toMatch(/Dvořáková|Jana|Olomouc/);
      }
    });
  }
});
