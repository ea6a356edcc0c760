// spis upgrade: a repository of the previous format (1) and with a stale copy of the schemas is
// brought to this version – records migrated, schemas refreshed – and check is clean afterwards.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch, ROOT } from './helpers/cli.js';

const { example } = scratch();

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
  writeFileSync(join(dir, 'clients/2026-0005/termination.yaml'), '# yaml-language-server: $schema=../../schemas/termination.schema.json\ndate: 2026-06-12\nreason: cil_naplnen\nworker: mala\npersonal_goal:\n  outcome: met\n  comment: Jednorázové poradenství.\n');
  edit('schemas/goals.schema.json', '"title": "Osobní cíl a dílčí cíle (goals.yaml)"', '"title": "Osobní cíl (stará verze)"');
  return dir;
}

describe('spis upgrade', () => {
  it('migrates the records of format 1, refreshes the schemas, and check is clean afterwards', async () => {
    const dir = formatOne();
    const before = await run(['check', '-C', dir]);
    expect(before.stderr).toContain('spis služby je ve formátu 1, program píše formát 2; převeďte ho příkazem spis upgrade');
    expect(before.stderr).toContain('se liší od schémat programu (goals.schema.json)');
    const r = await run(['upgrade', '--no-commit', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Spis služby převeden z formátu 1 na 2: obnoveno schémat 1, převedeno spisů 2.');
    expect(await run(['check', '-C', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(parse(readFileSync(join(dir, 'spis.yaml'), 'utf8')).format).toBe(2);
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/contract.yaml'), 'utf8')).email_records).toBeUndefined();
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8')).consents.email_records).toBe(true);
    expect(parse(readFileSync(join(dir, 'clients/2026-0005/termination.yaml'), 'utf8'))).toEqual({ date: '2026-06-12', reason: 'cil_naplnen', worker: 'mala', one_off: true });
    expect(readFileSync(join(dir, 'schemas/goals.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/goals.schema.json'), 'utf8'));
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
