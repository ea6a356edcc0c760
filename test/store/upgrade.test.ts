// spis upgrade: a repository of the previous format (1) and with a stale copy of the schemas is
// brought to this version – records migrated, schemas refreshed – and check is clean afterwards.
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch, ROOT, yamlFiles } from '../helpers/cli.js';
import { gitIn } from '../helpers/git.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv;

const { example, tmp } = scratch();

/** The example as a format-1 repository looked: the e-mail consent in the contract, a one-off contact closed with a personal goal. */
function formatOne(): string {
  const dir = example();
  const edit = (rel: string, from: string | RegExp, to: string | ((m: string) => string)): void => {
    const p = join(dir, rel);
    const text = readFileSync(p, 'utf8');
    const next = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
    if (next === text) throw new Error(`no change in ${rel}`);
    writeFileSync(p, next);
  };
  edit('spis.yaml', 'format: 2', 'format: 1');
  edit('clients/2026-0001/contract.yaml', /personal_goal: .*\n/, (m: string) => `${m}email_records: true\n`);
  edit('clients/2026-0001/client.yaml', '  email_records: true\n', '');
  writeFileSync(
    join(dir, 'clients/2026-0005/termination.yaml'),
    '# yaml-language-server: $schema=../../schemas/termination.schema.json\ndate: 2026-06-12\nreason: cil_naplnen\nworker: mala\npersonal_goal:\n  outcome: met\n  comment: Jednorázové poradenství.\n',
  );
  edit(
    'schemas/goals.schema.json',
    '"title": "Osobní cíl a dílčí cíle (goals.yaml)"',
    '"title": "Osobní cíl (stará verze)"',
  );
  return dir;
}

describe('spis upgrade', () => {
  it('migrates the records of format 1, refreshes the schemas, and check is clean afterwards', async () => {
    const dir = formatOne();
    const before = await run(['check', '-C', dir]);
    expect(before.stderr).toContain(
      'spis služby je ve formátu 1, program píše formát 2; převeďte ho příkazem spis upgrade',
    );
    expect(before.stderr).toContain('se liší od schémat programu (goals.schema.json)');
    const r = await run(['upgrade', '--no-commit', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Spis služby převeden z formátu 1 na 2: obnoveno schémat 1, převedeno spisů 2.');
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(parse(readFileSync(join(dir, 'spis.yaml'), 'utf8')).format).toBe(2);
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/contract.yaml'), 'utf8')).email_records).toBeUndefined();
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8')).consents.email_records).toBe(true);
    expect(parse(readFileSync(join(dir, 'clients/2026-0005/termination.yaml'), 'utf8'))).toEqual({
      date: '2026-06-12',
      reason: 'cil_naplnen',
      worker: 'mala',
      one_off: true,
    });
    expect(readFileSync(join(dir, 'schemas/goals.schema.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'schemas/goals.schema.json'), 'utf8'),
    );
    // Comments and the lines nobody changed survive the migration.
    expect(readFileSync(join(dir, 'spis.yaml'), 'utf8')).toContain('# Vymyšlená poradna pro ukázku programu spis.');
    // A second run has nothing to do.
    expect((await run(['upgrade', '--no-commit', '-C', dir])).stdout).toContain('už odpovídá této verzi programu');
  });

  it('a broken record stops the migration before anything is written', async () => {
    const dir = formatOne();
    writeFileSync(join(dir, 'clients/2026-0002/client.yaml'), 'id: 2026-0002\nstatus: [active\n');
    const r = await run(['upgrade', '--no-commit', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('převod formátu by je musel hádat');
    expect(parse(readFileSync(join(dir, 'spis.yaml'), 'utf8')).format).toBe(1);
  });
});

describe('spis upgrade of a format-1 repository from the project history', () => {
  const FIXTURE = join(ROOT, 'test/fixtures/format-1');
  const copy = (): string => {
    const dir = join(tmp(), 'poradna');
    cpSync(FIXTURE, dir, { recursive: true, filter: (p) => !p.endsWith('README.md') });
    return dir;
  };

  it('every record of the fixture is valid under the format-1 schemas it carries', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv, ['date', 'email']);
    const schema = (n: string) => JSON.parse(readFileSync(join(FIXTURE, 'schemas', `${n}.schema.json`), 'utf8'));
    ajv.addSchema(schema('common'), 'common.schema.json');
    const kindOf = (rel: string): string =>
      rel.includes('/contacts/') ? 'contact' : rel.split('/').at(-1)!.replace('.yaml', '');
    let n = 0;
    for (const rel of yamlFiles(FIXTURE).map((p) => p.slice(FIXTURE.length + 1))) {
      const validate =
        ajv.getSchema(kindOf(rel)) ?? ajv.addSchema(schema(kindOf(rel)), kindOf(rel)).getSchema(kindOf(rel))!;
      expect(
        validate(parse(readFileSync(join(FIXTURE, rel), 'utf8'))),
        `${rel}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(25);
  });

  it('upgrades with its correcting record: check passes, due lists the case, the correction is a correction file, the original unchanged', async () => {
    const dir = copy();
    const original = readFileSync(join(dir, 'clients/2026-0001/contacts/2026-10-19-j5n6.yaml'));
    gitIn(dir, ['init', '--quiet', '--initial-branch=main']);
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'format 1']);
    const r = await run(['upgrade', '-C', dir], { env: { SPIS_WORKER: 'novakova' } });
    expect(r.code, r.stderr).toBe(0);
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
    const due = await run(['due', '--json', '--no-cache', '-C', dir]);
    expect(JSON.parse(due.stdout).some((x: { case_id: string }) => x.case_id === '2026-0001')).toBe(true);
    const contacts = readdirSync(join(dir, 'clients/2026-0001/contacts'));
    expect(contacts).not.toContain('2026-10-21-q7c2.yaml');
    const correction = contacts.filter((n) => /^2026-10-19-j5n6\.correction-1-[a-z0-9]{4}\.yaml$/.test(n));
    expect(correction).toHaveLength(1);
    const text = readFileSync(join(dir, 'clients/2026-0001/contacts', correction[0]), 'utf8');
    expect(text).toContain('osobní schůzka přeložena na 23. 11.');
    expect(text).toContain('# Opravný zápis, jak ho psal formát 1'); // its comments kept
    expect(parse(text)).toMatchObject({
      date: '2026-10-19',
      worker: 'novakova',
      duration_min: 25,
      next_meeting: '2026-11-23',
      corrects: '2026-10-19-j5n6.yaml',
      correction: { date: '2026-10-21', worker: 'svoboda' },
    });
    expect(readFileSync(join(dir, 'clients/2026-0001/contacts/2026-10-19-j5n6.yaml')).equals(original)).toBe(true);
    // show takes the correction as the record in effect.
    expect((await run(['show', '2026-0001', '-C', dir])).stdout).toContain('přeložena na 23. 11.');
    // One commit, its message one line with counts (no list of case ids).
    const message = gitIn(dir, ['log', '-1', '--format=%B']);
    expect(message.split('\n')[0]).toMatch(
      /^upgrade: format 1 to 2, \d+ cases migrated, 1 corrections moved, \d+ schemas refreshed$/,
    );
    expect(message).not.toContain('Spis-Case:');
    expect(gitIn(dir, ['status', '--porcelain'])).toBe('');
  });
});
