// End-to-end runs of the built binary: exit codes, streams, messages.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, runBin, scratch, snapshotTree, sharedExample } from '../helpers/cli.js';

const { tmp, example } = scratch();

describe('the binary', () => {
  it('shows help in Czech by default and in English on request', () => {
    const cs = runBin(['--help']);
    expect(cs.code).toBe(0);
    expect(cs.stdout).toMatch(/^Použití: spis \[volby\] \[příkaz\]/);
    expect(cs.stdout).toContain('zkontroluje všechny záznamy');
    const en = runBin(['--help'], { env: { SPIS_LANG: '', LANG: 'en_GB.UTF-8' } });
    expect(en.stdout).toMatch(/^Usage: spis \[options\] \[command\]/);
    expect(runBin(['--lang', 'en', 'check', '--help']).stdout).toContain('check every record');
  });

  it('checks the example silently', () => {
    expect(runBin(['check', '-C', sharedExample()])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('answers wrong usage with exit 2 and a Czech message', () => {
    const r = runBin(['chcek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Neznámý příkaz chcek.');
    expect(runBin(['list', '--bogus']).stderr).toContain('Neznámá volba --bogus.');
    expect(runBin(['show', 'Dvořáková', '-C', sharedExample()]).code).toBe(2);
  });

  it('explains a missing folder or repository without a stack trace', () => {
    const missing = runBin(['list', '-C', '/nonexistent/spis']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Složka /nonexistent/spis neexistuje. Zkontrolujte cestu u -C nebo SPIS_DIR.\n');
    const outside = runBin(['list'], { cwd: tmp() });
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('spis init <složka>');
    expect(outside.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('finds the repository from a subfolder and from SPIS_DIR', async () => {
    const r = await run(['list', '--json'], { cwd: join(sharedExample(), 'clients/2026-0001/contacts') });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(6);
    const viaEnv = await run(['list', '--status', 'applicant', '--json'], {
      cwd: tmp(),
      env: { SPIS_DIR: sharedExample() },
    });
    expect(JSON.parse(viaEnv.stdout)).toEqual([
      {
        id: '2026-0003',
        location: 'clients',
        status: 'applicant',
        client: 'Lucie Horáková',
        key_worker: null,
        last_contact: '2026-11-17',
        contacts: 1,
      },
    ]);
  });

  it('lists by key worker and shows a case', async () => {
    const r = await run(['list', '--worker', 'svoboda', '-C', sharedExample()]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stdout).toContain('2026-0002  klient  Tomáš Beneš  Mgr. Petr Svoboda  5. 10. 2026');
    const show = await run(['show', '2025-0012', '-C', sharedExample()]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(
      'Klíčová pracovnice: Mgr. Jana Nováková (historie: Mgr. Petr Svoboda od 9. 5. 2025 → Mgr. Jana Nováková od 1. 11. 2025)',
    );
    expect(show.stdout).toContain('30. 3. 2026 – naplnění stanoveného cíle služby');
    expect((await run(['show', '2026-0099', '-C', sharedExample()])).stderr).toContain('Spis 2026-0099 neexistuje');
  });
});

describe('spis init and spis client new', () => {
  it('creates a repository from flags and opens cases from scripted input', () => {
    const dir = join(tmp(), 'sluzba');
    const init = runBin([
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
    ]);
    expect(init.code).toBe(0);
    expect(statSync(join(dir, 'spis.yaml')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'schemas/contact.schema.json'))).toBe(true);
    expect(runBin(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runBin(['init', dir, '--name', 'x']).code).toBe(1);

    const input =
      'name: {given: Alena, family: Malá}\nsex: female\nbirth_year: 1990\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\nrequest: Potřebuje poradit se školou.\n';
    const first = runBin(['client', 'new', '--from', '-', '-C', dir], { stdin: input });
    expect(first).toEqual({ code: 0, stdout: '2026-0001\n', stderr: '' });
    const second = runBin(['client', 'new', '--from', '-', '-C', dir], {
      stdin: JSON.stringify({ anonymous: true, pseudonym: 'Klient B', sex: 'male', target_group: 'osoby_v_krizi' }),
    });
    expect(second.stdout).toBe('2026-0002\n');
    const client = readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8');
    expect(client).toContain('status: applicant');
    expect(client).toContain('applied: 2026-11-22');
    expect(client).toContain('  - worker: novakova\n    from: 2026-11-22');
    expect(runBin(['check', '-C', dir]).code).toBe(0);
  });

  it('refuses bad scripted input, names the field and writes nothing', () => {
    const dir = example();
    const before = snapshotTree(dir);
    const cases: [string, string][] = [
      ['name: {given: A, family: B\nsex: female', 'chyba zápisu YAML'],
      ['name: {given: A, family: B}\ntarget_group: rodiny_s_detmi', 'chybí povinný údaj „sex“'],
      [
        'name: {given: A, family: B}\nsex: female\ntarget_group: rodiny_s_detmi\napplied: 2026-02-30',
        '„2026-02-30“ není platné datum',
      ],
      [
        'name: {given: A, family: B}\nsex: female\ntarget_group: rodiny_s_detmi\nkey_worker: nobody',
        'neznámé id pracovníka „nobody“',
      ],
      ['name: {given: A, family: B}\nsex: female\ntarget_group: lide\n', '„lide“ není v číselníku target_groups'],
      [
        'id: 2026-0001\nname: {given: A, family: B}\nsex: female\ntarget_group: rodiny_s_detmi',
        'nesmí obsahovat id ani status',
      ],
    ];
    for (const [input, message] of cases) {
      const r = runBin(['client', 'new', '--from', '-', '-C', dir], { stdin: input });
      expect(r.code, input).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
    const located = runBin(['client', 'new', '--from', '-', '-C', dir], {
      stdin: 'name: {given: A, family: B}\nsex: female\ntarget_group: rodiny_s_detmi\nkey_worker: nobody\n',
    });
    expect(located.stderr).toContain('<stdin>:4:13: neznámé id pracovníka „nobody“');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('fails at once without a terminal and without --from', () => {
    const started = Date.now();
    const r = runBin(['client', 'new', '-C', sharedExample()], { timeout: 5000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('help in Czech', () => {
  const COMMANDS = [
    [],
    ['init'],
    ['client', 'new'],
    ['client', 'edit'],
    ['assess'],
    ['plan'],
    ['periodic-report'],
    ['list'],
    ['show'],
    ['contract', 'new'],
    ['contract', 'amend'],
    ['contact', 'add'],
    ['key-worker'],
    ['refuse'],
    ['due'],
    ['render'],
    ['templates'],
    ['close'],
    ['archive'],
    ['check'],
    ['log'],
    ['sync'],
  ];
  it('every command\'s --help has Czech placeholders, no commander English and no "(default: [])"', async () => {
    for (const c of COMMANDS) {
      const r = await run([...c, '--help']);
      expect(r.code, c.join(' ')).toBe(0);
      for (const english of [
        '<case-id>',
        '<worker-id>',
        '<document>',
        '<path>',
        '[command]',
        '[dir]',
        '<file>',
        '<date>',
        '(default:',
        'Usage:',
        'Options:',
        'Commands:',
        'Arguments:',
      ]) {
        expect(r.stdout, `${c.join(' ')} shows ${english}`).not.toContain(english);
      }
    }
    const missing = await run(['show']);
    expect(missing).toMatchObject({ code: 2, stderr: 'Chybí argument číslo-spisu.\nNápověda: spis --help\n' });
    expect((await run(['show', '--lang', 'en'])).stderr).toContain('Missing argument case-id.');
  });
});

describe('command groups', () => {
  it('client, contract and contact alone show their help and exit 2', async () => {
    for (const g of ['client', 'contract', 'contact']) {
      const r = await run([g]);
      expect(r.code, g).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Použití: spis ${g} [volby] [příkaz]`);
    }
  });
});

describe('init checks what it is given', () => {
  it('refuses an IČO whose check digit is wrong, saying the form, and a registration id that is not seven digits', async () => {
    const base = [
      'init',
      '--name',
      'Poradna',
      '--address',
      'Dlouhá 1',
      '--service',
      'odborne_socialni_poradenstvi',
      '--worker',
      'novakova:Jana Nováková',
    ];
    const ico = await run([...base, '--ico', '12345678']);
    expect(ico.code).toBe(2);
    expect(ico.stderr).toContain('IČO „12345678“ není platné: má osm číslic a poslední z nich je kontrolní');
    const reg = await run([...base, '--ico', '25596641', '--registration', '12345']);
    expect(reg.code).toBe(2);
    expect(reg.stderr).toContain('Identifikátor služby má sedm číslic');
  });
});

describe('documented --json fields', () => {
  it('show --json gives the records as they are, under the documented keys', async () => {
    const r = JSON.parse((await run(['show', '2026-0001', '--json', '-C', sharedExample()])).stdout);
    expect(Object.keys(r)).toEqual([
      'id',
      'location',
      'client',
      'contract',
      'goals',
      'contacts',
      'termination',
      'groups',
    ]);
    expect(Object.keys(r.contacts[0])[0]).toBe('file');
    expect(Object.keys(r.groups[0])).toEqual(['id', 'date', 'kind', 'topic', 'hours', 'education', 'attendance']);
  });
});

describe('errors as JSON', () => {
  it('with --json a failure is one object on stderr: a usage error, a missing case, a refused document', async () => {
    const usage = await run(['list', '--bogus', '--json', '-C', sharedExample()]);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stderr)).toEqual({
      error: { code: 'cli.unknown-option', message: 'Neznámá volba --bogus.' },
    });
    const missing = await run(['show', '2099-0001', '--json', '-C', sharedExample()]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr).error.code).toBe('case.not-found');
    const english = await run(['show', '2099-0001', '--json', '--lang', 'en', '-C', sharedExample()]);
    expect(JSON.parse(english.stderr).error.message).toContain('2099-0001');
    // Without --json the same failure stays text.
    expect((await run(['show', '2099-0001', '-C', sharedExample()])).stderr).not.toContain('{"error"');
  });
});
