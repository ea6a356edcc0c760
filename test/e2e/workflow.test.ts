// The planning workflow, scripted end to end through the built binary, and what it refuses.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spawn } from 'node:child_process';
import { BIN, ROOT, baseEnv, plain, run, runBin, scratch, snapshotTree, sharedExample } from '../helpers/cli.js';

const { tmp, example } = scratch();

describe('a case from the first call to a met personal goal', () => {
  it('runs scripted from an empty folder, passes check and show tells the story', () => {
    const dir = join(tmp(), 'poradna');
    const at = (today: string, args: string[], stdin?: string) =>
      runBin([...args, '-C', dir], { env: { SPIS_TODAY: today }, stdin });
    expect(
      runBin(
        [
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
          '--worker',
          'svoboda:Petr Svoboda',
        ],
        { env: { SPIS_TODAY: '2026-01-05' } },
      ).code,
    ).toBe(0);

    const opened = at(
      '2026-01-05',
      ['client', 'new', '--from', '-'],
      'name: {given: Alena, family: Veselá}\nsex: female\nbirth_year: 1988\naddress: Polní 3, 602 00 Brno\ntarget_group: rodiny_s_detmi\nkey_worker: novakova\n',
    );
    expect(opened).toEqual({ code: 0, stdout: '2026-0001\n', stderr: '' });

    const contract = at(
      '2026-01-19',
      ['contract', 'new', '2026-0001', '--from', '-'],
      'form: written\npersonal_goal: zlepšit komunikaci se školou, do které chodí mé dítě\nemail_records: true\ninitial_situation: Syn má ve škole konflikty se spolužáky.\n',
    );
    expect(contract.code).toBe(0);
    expect(contract.stdout).toContain('spis 2026-0001 je nyní aktivní');

    const first = at(
      '2026-02-02',
      ['contact', 'add', '2026-0001', '--from', '-'],
      [
        'type: konzultace',
        'form: osobne',
        'duration_min: 60',
        'participants: [klientka, novakova]',
        'summary: Dohodnuty první dva dílčí cíle.',
        'new_goals:',
        '  - text: zavolat výchovné poradkyni a dojednat pravidelné schůzky školy a rodiny',
        '    criteria: první společná schůzka proběhne',
        '    responsible: [klientka]',
        '    review: +14d',
        '  - text: kontinuálně spolupracovat se speciálním pedagogem',
        '    criteria: čtyři konzultace se speciálním pedagogem',
        '    responsible: [klientka, novakova]',
        '    review: +1m',
        'next_meeting: +14d',
        'sent_by_email: true',
        '',
      ].join('\n'),
    );
    expect(first.code).toBe(0);

    const second = at(
      '2026-02-16',
      ['contact', 'add', '2026-0001', '--from', '-'],
      [
        'type: konzultace',
        'summary: Schůzka ve škole proběhla.',
        'goal_reviews:',
        '  - {goal: c1, status: met, progress: Schůzka 12. 2.}',
        '  - {goal: c2, status: continues, progress: Objednána na březen., next_review: +1m}',
        'next_meeting: +1m',
        '',
      ].join('\n'),
    );
    expect(second.code).toBe(0);

    const evaluation = at(
      '2026-03-16',
      ['contact', 'add', '2026-0001', '--from', '-'],
      [
        'type: hodnotici_schuzka',
        'summary: Hodnotící schůzka s klientkou.',
        'goal_reviews:',
        '  - {goal: c2, status: met, progress: Čtvrtá konzultace proběhla.}',
        'personal_goal_review:',
        '  participants: [klientka, novakova]',
        '  outcome: met',
        '  satisfaction: Klientka je spokojená.',
        '  new_personal_goal: připravit syna na přestup na druhý stupeň',
        'new_goals:',
        '  - {text: navštívit se synem dvě školy, criteria: obě návštěvy proběhnou, responsible: [klientka], review: +2m}',
        '',
      ].join('\n'),
    );
    expect(evaluation.code).toBe(0);

    expect(at('2026-03-17', ['check'])).toEqual({ code: 0, stdout: '', stderr: '' });

    const show = at('2026-03-17', ['show', '2026-0001']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Spis 2026-0001 – Alena Veselá (klientka)');
    expect(show.stdout).toContain('písemná, uzavřena 19. 1. 2026, na dobu neurčitou');
    expect(show.stdout).toContain('„připravit syna na přestup na druhý stupeň“ (od 16. 3. 2026)');
    expect(show.stdout).toContain('dřívější cíl: „zlepšit komunikaci se školou, do které chodí mé dítě“ (19. 1. 2026)');
    expect(show.stdout).toContain('hodnotit nejpozději: 16. 3. 2027');
    expect(show.stdout).toMatch(/c3 {2}navštívit se synem dvě školy\n.*přehodnotit: 16\. 5\. 2026/);
    expect(show.stdout).toContain('uzavřené: c1 naplněn 16. 2. 2026; c2 naplněn 16. 3. 2026');
    expect(show.stdout).toContain('celkem 3 kontakty');

    const goals = parse(readFileSync(join(dir, 'clients/2026-0001/goals.yaml'), 'utf8'));
    expect(goals.personal_goals[0].evaluations).toEqual([
      expect.objectContaining({
        date: '2026-03-16',
        outcome: 'met',
        participants: ['klientka', 'novakova'],
        satisfaction: 'Klientka je spokojená.',
      }),
    ]);
    expect(goals.partial_goals.map((g: { id: string; status: string }) => `${g.id}:${g.status}`)).toEqual([
      'c1:met',
      'c2:met',
      'c3:open',
    ]);
    expect(
      goals.partial_goals[1].evaluations.map((e: { status: string; next_review?: string }) => [
        e.status,
        e.next_review ?? null,
      ]),
    ).toEqual([
      ['continues', '2026-03-16'],
      ['met', null],
    ]);
  });
});

describe('what the writing commands refuse', () => {
  const contactCases: [string, string, RegExp][] = [
    ['invalid YAML', 'type: konzultace\nsummary: [nedokončeno\n', /<stdin>:3:1: chyba zápisu YAML/],
    ['a missing required field', 'type: konzultace\n', /<stdin>:1:1: chybí povinný údaj „summary“/],
    [
      'an unknown goal id',
      'type: konzultace\nsummary: x\ngoal_reviews:\n  - goal: c9\n    status: met\n',
      /<stdin>:4:11: dílčí cíl „c9“ ve spisu neexistuje/,
    ],
    [
      'an impossible date',
      'date: 31.02.2026\ntype: konzultace\nsummary: x\n',
      /<stdin>:1:7: „31\.02\.2026“ není platné datum/,
    ],
    [
      'a review of a closed goal',
      'type: konzultace\nsummary: x\ngoal_reviews:\n  - goal: c1\n    status: met\n',
      /<stdin>:4:11: dílčí cíl c1 byl uzavřen 23\. 2\. 2026|dílčí cíl c1 byl uzavřen 2026-02-23/,
    ],
    [
      'a continuing goal without a next review',
      'type: konzultace\nsummary: x\ngoal_reviews:\n  - goal: c2\n    status: continues\n',
      /<stdin>:4:5: chybí povinný údaj „next_review“/,
    ],
    [
      'an unknown contact form',
      'type: konzultace\nform: holub\nsummary: x\n',
      /<stdin>:2:7: „holub“ není v číselníku contact_forms/,
    ],
    [
      'an evaluation without the client and without a reason',
      'type: hodnotici_schuzka\nsummary: x\npersonal_goal_review:\n  participants: [novakova]\n  outcome: met\n',
      /<stdin>:4:3: chybí povinný údaj „client_absent_reason“/,
    ],
  ];
  for (const [what, input, message] of contactCases) {
    it(`contact add refuses ${what} and writes nothing`, async () => {
      const dir = example();
      const before = snapshotTree(dir);
      const r = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], { stdin: input });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nic nebylo uloženo/i);
      expect(snapshotTree(dir)).toEqual(before);
    });
  }

  it('every writing command fails at once with exit 2 without a terminal and without --from, never waiting on stdin', async () => {
    const commands = [
      ['client', 'new'],
      ['contract', 'new', '2026-0003'],
      ['contract', 'amend', '2026-0001'],
      ['contact', 'add', '2026-0001'],
      ['refuse', '2026-0003'],
      ['close', '2026-0001'],
    ];
    for (const args of commands) {
      // stdin is a pipe that stays open: a command that waited on it would never exit by itself.
      const child = spawn(process.execPath, [BIN, ...args, '-C', sharedExample()], {
        cwd: ROOT,
        env: baseEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const started = Date.now();
      const code = await new Promise<number | null>((resolve) => {
        const guard = setTimeout(() => {
          child.kill();
          resolve(null);
        }, 10_000);
        child.on('exit', (c) => {
          clearTimeout(guard);
          resolve(c);
        });
      });
      child.stdin.end();
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/--from|--reason/);
      // Generous against a slow machine; the point is that it does not wait.
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});

describe('contract, amendment, key worker and refusal', () => {
  it('records an oral contract together with its contact record', async () => {
    const dir = example();
    const r = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin:
        'form: oral\nworker: mala\npersonal_goal: vysvětlit dětem střídavou péči\ncontact:\n  summary: Uzavřena ústní smlouva, osobní cíl zapsán.\n  participants: [klientka, mala]\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const contract = parse(readFileSync(join(dir, 'clients/2026-0003/contract.yaml'), 'utf8'));
    expect(contract).toMatchObject({
      form: 'oral',
      concluded: '2026-11-22',
      worker: 'mala',
      payment: 'Služba se poskytuje bez úhrady.',
      term: { indefinite: true },
    });
    const contactName = contract.recorded_in.replace('contacts/', '');
    const contact = parse(readFileSync(join(dir, 'clients/2026-0003/contacts', contactName), 'utf8'));
    expect(contact).toMatchObject({
      date: '2026-11-22',
      oral_contract: true,
      summary: 'Uzavřena ústní smlouva, osobní cíl zapsán.',
    });
    const client = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(client.status).toBe('active');
    expect(client.key_workers).toEqual([{ worker: 'mala', from: '2026-11-22' }]);
    expect((await run(['check', '-C', dir])).code).toBe(0);
    // Either party may ask for the written form: the same command puts the oral contract in writing.
    const unidentified = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'concluded: 2026-11-22\n',
    });
    expect(unidentified.code).toBe(1);
    expect(unidentified.stderr).toContain(
      'Písemná smlouva musí označit klienta jako smluvní stranu; ve spisu 2026-0003 chybí:',
    );
    // An unquoted comma splits a YAML flow mapping: the stray key is refused, not silently dropped.
    const split = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'client: {address: Lipová 3, Olomouc}\n',
    });
    expect(split.code).toBe(1);
    // Pointed at, with neither the stray key (a piece of the address) nor the line's values quoted.
    expect(split.stderr).toContain('<stdin>:1:29: neznámé pole „…“');
    expect(split.stderr).toContain('obsahuje pole, která tento příkaz nezná');
    expect(split.stderr).not.toMatch(/Lipová|Olomouc/);
    const written = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'reason: klientka požádala o písemnou smlouvu\nclient: {address: "Lipová 3, Olomouc"}\n',
    });
    expect(written.code, written.stderr).toBe(0);
    const after = parse(readFileSync(join(dir, 'clients/2026-0003/contract.yaml'), 'utf8'));
    expect(after).toMatchObject({
      form: 'written',
      concluded: '2026-11-22',
      personal_goal: 'vysvětlit dětem střídavou péči',
      payment: 'Služba se poskytuje bez úhrady.',
    });
    expect(after.previous).toEqual([
      {
        form: 'oral',
        concluded: '2026-11-22',
        worker: 'mala',
        recorded_in: contract.recorded_in,
        replaced: '2026-11-22',
        reason: 'klientka požádala o písemnou smlouvu',
      },
    ]);
    expect(after.recorded_in).toBeUndefined();
    expect((await run(['check', '-C', dir])).code).toBe(0);
    expect(plain((await run(['render', '2026-0003', 'contract', '-C', dir])).stdout)).toContain(
      'písemně nahrazuje ústní smlouvu uzavřenou dne 22. 11. 2026',
    );
    expect(
      (await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], { stdin: 'personal_goal: x\n' })).stderr,
    ).toContain('není zájemce');
  });

  it('refuses a written contract that would lack an item of § 91 odst. 2', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    const r = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'form: written\nworker: mala\npersonal_goal: vysvětlit dětem střídavou péči\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '– datum narození nebo adresa klienta (označení smluvní strany) – § 91 odst. 2 písm. a) zákona č. 108/2006 Sb.',
    );
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('an amendment changes the personal goal and keeps its history, comments included', async () => {
    const dir = example();
    const r = await run(['contract', 'amend', '2026-0002', '--from', '-', '-C', dir], {
      stdin:
        'changes: Nový osobní cíl po dohodě s klientem.\npersonal_goal: zvládat záchvaty vzteku dcery bez křiku\neffective: 2026-12-01\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'clients/2026-0002/contract.yaml'), 'utf8');
    expect(text).toContain('# Ústní smlouva – zaznamenána v zápisu z kontaktu ze 7. 9. 2026.');
    const contract = parse(text);
    expect(contract.amendments).toEqual([
      {
        number: 1,
        date: '2026-11-22',
        effective: '2026-12-01',
        changes: 'Nový osobní cíl po dohodě s klientem.',
        personal_goal: 'zvládat záchvaty vzteku dcery bez křiku',
        worker: 'svoboda',
      },
    ]);
    const goals = parse(readFileSync(join(dir, 'clients/2026-0002/goals.yaml'), 'utf8'));
    expect(goals.personal_goals.map((g: { text: string; set: string; source: string }) => [g.set, g.source])).toEqual([
      ['2026-09-07', 'contacts/2026-09-07-k3m9.yaml'],
      ['2026-12-01', 'amendment 1'],
    ]);
    expect((await run(['check', '-C', dir])).code).toBe(0);
  });

  it('hands a case over keeping the history, and refuses an applicant', async () => {
    const dir = example();
    expect((await run(['key-worker', '2026-0002', 'mala', '--note', 'dlouhodobá nemoc', '-C', dir])).stdout).toContain(
      'Bc. Kateřina Malá',
    );
    const client = parse(readFileSync(join(dir, 'clients/2026-0002/client.yaml'), 'utf8'));
    expect(client.key_workers).toEqual([
      { worker: 'svoboda', from: '2026-09-03' },
      { worker: 'mala', from: '2026-11-22', note: 'dlouhodobá nemoc' },
    ]);
    expect((await run(['key-worker', '2026-0002', 'mala', '-C', dir])).code).toBe(1);
    expect((await run(['key-worker', '2026-0002', 'nikdo', '-C', dir])).code).toBe(2);

    const bad = await run(['refuse', '2026-0003', '--reason', 'nechce_se_nam', '--worker', 'mala', '-C', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('§ 91 odst. 3');
    const ok = await run([
      'refuse',
      '2026-0003',
      '--reason',
      'kapacita',
      '--worker',
      'mala',
      '--note',
      'Odkázána na Poradnu v Prostějově.',
      '-C',
      dir,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const refused = parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8'));
    expect(refused.status).toBe('refused');
    expect(refused.refusal).toEqual({
      date: '2026-11-22',
      reason: 'kapacita',
      note: 'Odkázána na Poradnu v Prostějově.',
      worker: 'mala',
    });
    expect((await run(['check', '-C', dir])).code).toBe(0);
    expect(
      (
        await run(['contact', 'add', '2026-0003', '--from', '-', '-C', dir], {
          stdin: 'type: konzultace\nsummary: x\n',
        })
      ).stderr,
    ).toContain('nové záznamy do něj nepatří');
    expect(readdirSync(join(dir, 'clients/2026-0003/contacts'))).toHaveLength(1);
  });
});
