// The catalogue of problems `spis check` knows: one broken copy of the example per kind, and
// its full output (Czech and English) compared with a golden file in test/golden/check/.
import { describe, expect, it } from 'vitest';
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { run, scratch, sharedExample } from '../helpers/cli.js';

type Mutation = (dir: string) => void;

const edit = (dir: string, rel: string, from: string | RegExp, to: string): void => {
  const p = join(dir, rel);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`mutation did not apply to ${rel}: ${from}`);
  writeFileSync(p, next);
};

const A = 'clients/2026-0001';
const B = 'clients/2026-0002';
/** Two complaints of the example's register: one replied (made by 2025-0012, about a worker), one open. */
const C1 = 'complaints/2025-09-15-s7k2.yaml';
const C2 = 'complaints/2026-11-16-b4n8.yaml';
/** A group activity of the example: 2026-0001 and 2026-0002 took part, one other person came, named. */
const G = 'groups/2026-11-12-h7m2.yaml';

const CATALOGUE: Record<string, Mutation> = {
  'yaml-syntax': (d) => edit(d, `${A}/client.yaml`, 'sex: female', 'sex: [female'),
  'yaml-duplicate-key': (d) => edit(d, `${A}/client.yaml`, 'district: Olomouc', 'district: Olomouc\nsex: male'),
  'yaml-too-large': (d) =>
    writeFileSync(join(d, `${B}/contacts/2026-10-06-big1.yaml`), `summary: "${'x'.repeat(1_100_000)}"\n`),
  'yaml-aliases': (d) =>
    writeFileSync(
      join(d, `${B}/contacts/2026-10-06-bomb.yaml`),
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
    ),
  'yaml-too-deep': (d) =>
    writeFileSync(
      join(d, `${B}/contacts/2026-10-06-deep.yaml`),
      `date: 2026-10-06\nsummary: x\nparticipants: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    ),
  'yaml-not-mapping': (d) =>
    writeFileSync(join(d, `${B}/contacts/2026-10-06-list.yaml`), '- date: 2026-10-06\n- form: telefon\n'),
  'file-unreadable': (d) => {
    rmSync(join(d, `${B}/goals.yaml`));
    mkdirSync(join(d, `${B}/goals.yaml`));
  },
  'schema-required': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, /summary: .*\n/, ''),
  'schema-type': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, 'duration_min: 50', 'duration_min: hodina'),
  'schema-enum': (d) => edit(d, `${A}/client.yaml`, 'status: active', 'status: aktivni'),
  'schema-unknown-field': (d) =>
    edit(d, `${A}/client.yaml`, 'district: Olomouc', 'district: Olomouc\npoznamka: volat odpoledne'),
  'schema-pattern': (d) => edit(d, 'spis.yaml', 'ico: "12345679"', 'ico: "1234"'),
  'schema-empty': (d) => edit(d, `${B}/goals.yaml`, /criteria: klient se zúčastní.*\n/, 'criteria: ""\n'),
  'schema-range': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, 'duration_min: 50', 'duration_min: 0'),
  'schema-other': (d) => edit(d, `${B}/contract.yaml`, 'indefinite: true', 'indefinite: true\n  until: 2027-09-06'),
  'date-invalid': (d) => edit(d, `${A}/contract.yaml`, 'concluded: 2026-01-26', 'concluded: 2026-02-30'),
  'unknown-worker': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, 'worker: svoboda', 'worker: svobodova'),
  'unknown-code': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, 'form: online', 'form: fax'),
  'unknown-goal': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, '  - goal: c1', '  - goal: c9'),
  'duplicate-goal-id': (d) => edit(d, `${A}/goals.yaml`, '  - id: c4', '  - id: c2'),
  'duplicate-worker': (d) =>
    edit(d, `${A}/client.yaml`, 'workers: [novakova, svoboda]', 'workers: [novakova, novakova]'),
  'date-order': (d) => edit(d, `${B}/goals.yaml`, 'review: 2026-12-07', 'review: 2026-08-07'),
  'date-future': (d) =>
    writeFileSync(
      join(d, `${B}/contacts/2026-12-01-fut1.yaml`),
      'date: 2026-12-01\nform: telefon\ntype: konzultace\nworker: svoboda\nsummary: Zapsáno předem.\n',
    ),
  'id-mismatch': (d) => edit(d, `${A}/client.yaml`, 'id: 2026-0001', 'id: 2026-0009'),
  'file-name-mismatch': (d) => edit(d, `${B}/contacts/2026-10-05-m2r4.yaml`, 'date: 2026-10-05', 'date: 2026-10-04'),
  'correction-orphan': (d) =>
    writeFileSync(
      join(d, `${B}/contacts/2026-10-06-zzzz.correction-1.yaml`),
      readFileSync(join(d, `${B}/contacts/2026-10-05-m2r4.yaml`), 'utf8') +
        'corrects: 2026-10-06-zzzz.yaml\ncorrection:\n  date: 2026-11-01\n  worker: novakova\n',
    ),
  'correction-concurrent': (d) => {
    const base =
      readFileSync(join(d, `${B}/contacts/2026-10-05-m2r4.yaml`), 'utf8') +
      'corrects: 2026-10-05-m2r4.yaml\ncorrection:\n  date: 2026-11-01\n  worker: novakova\n';
    writeFileSync(
      join(d, `${B}/contacts/2026-10-05-m2r4.correction-1-ab12.yaml`),
      base.replace(/^summary: .*$/m, 'summary: Oprava jedna.'),
    );
    writeFileSync(
      join(d, `${B}/contacts/2026-10-05-m2r4.correction-1-cd34.yaml`),
      base.replace(/^summary: .*$/m, 'summary: Oprava dvě.'),
    );
  },
  'correction-mismatch': (d) =>
    writeFileSync(
      join(d, `${B}/contacts/2026-10-05-m2r4.correction-1.yaml`),
      readFileSync(join(d, `${B}/contacts/2026-10-05-m2r4.yaml`), 'utf8') +
        'corrects: 2026-10-06-zzzz.yaml\ncorrection:\n  date: 2026-11-01\n  worker: novakova\n',
    ),
  'missing-record': (d) => rmSync(join(d, 'clients/2025-0012/termination.yaml')),
  'unexpected-record': (d) => copyFileSync(join(d, `${B}/contract.yaml`), join(d, 'clients/2026-0003/contract.yaml')),
  'status-mismatch': (d) => {
    mkdirSync(join(d, 'archive'));
    renameSync(join(d, B), join(d, 'archive/2026-0002'));
  },
  'goal-closed': (d) =>
    appendFileSync(
      join(d, `${A}/contacts/2026-10-19-j5n6.yaml`),
      'goal_reviews:\n  - goal: c1\n    status: continues\n    next_review: 2026-12-01\n',
    ),
  'missing-client': (d) => rmSync(join(d, 'clients/2026-0003/client.yaml')),
  'stray-file': (d) => writeFileSync(join(d, `${A}/poznamky.txt`), 'poznámky\n'),
  'invalid-text': (d) => edit(d, `${A}/client.yaml`, 'district: Olomouc', 'district: Olo\0mouc'),
  'file-name-invalid': (d) =>
    copyFileSync(join(d, `${B}/contacts/2026-10-05-m2r4.yaml`), join(d, `${B}/contacts/2026-13-45-zzzz.yaml`)),
  symlink: (d) => symlinkSync(join(d, `${B}/contract.yaml`), join(d, `${A}/smlouva-odkaz.yaml`)),
  'pending-change': (d) => {
    mkdirSync(join(d, '.spis/pending'), { recursive: true });
    writeFileSync(join(d, '.spis/pending/jiny-pocitac.4242.0000abcd.json'), JSON.stringify({ renames: [] }));
  },
  'kept-copy': (d) => {
    mkdirSync(join(d, '.spis-tmp/edit-stroj.4242.0000abcd'), { recursive: true });
    writeFileSync(join(d, '.spis-tmp/edit-stroj.4242.0000abcd/client.yaml'), 'name: {given: Kopie}\n');
    writeFileSync(join(d, '.spis-tmp/edit-stroj.4242.0000abcd/.kept'), '');
  },
  'register-file-name': (d) => copyFileSync(join(d, C2), join(d, 'complaints/stiznost-cekarna.yaml')),
  'register-id-mismatch': (d) => edit(d, C2, 'id: 2026-11-16-b4n8', 'id: 2026-11-16-b4n9'),
  'unknown-case': (d) => edit(d, C1, 'case: 2025-0012', 'case: 2025-0021'),
  'handler-concerned': (d) => edit(d, C1, 'handler: novakova', 'handler: svoboda'),
  'duplicate-member': (d) =>
    appendFileSync(join(d, `${A}/client.yaml`), '  - id: m1\n    role: parent\n    sex: male\n'),
  'unknown-member': (d) => edit(d, `${A}/contacts/2026-09-14-h8d2.yaml`, 'present: [m1]', 'present: [m1, m2]'),
  'duplicate-attendee': (d) => edit(d, G, '  - case: 2026-0002\n', '  - case: 2026-0001\n'),
  'others-count': (d) => edit(d, G, 'other_names: [Marta Ukázková]', 'other_names: [Marta Ukázková, Eva Vzorová]'),
  'legal-item-missing': (d) => edit(d, `${A}/contract.yaml`, /payment: .*\n/, ''),
  'consent-missing': (d) =>
    edit(
      d,
      `${B}/contacts/2026-10-05-m2r4.yaml`,
      'next_meeting: 2026-11-30',
      'next_meeting: 2026-11-30\nsent_by_email: true',
    ),
};

/** Problems that are about a whole file, not a place in it. */
const FILE_LEVEL = new Set([
  'register-file-name',
  'kept-copy',
  'correction-orphan',
  'stray-file',
  'missing-client',
  'file-unreadable',
  'symlink',
  'pending-change',
  'file-name-invalid',
]);

const { example } = scratch();

describe('spis check catalogue', () => {
  it('passes silently on the example', async () => {
    const r = await run(['check', '-C', sharedExample()]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  for (const [kind, mutate] of Object.entries(CATALOGUE)) {
    it(`reports ${kind}`, async () => {
      const dir = example();
      mutate(dir);
      const cs = await run(['check', '-C', dir]);
      const en = await run(['check', '-C', dir, '--lang', 'en']);
      const json = await run(['check', '-C', dir, '--json']);
      expect(cs.code).toBe(1);
      expect(en.code).toBe(1);
      const problems = JSON.parse(json.stdout) as { code: string; line: number | null }[];
      expect(problems.map((p) => p.code)).toContain(kind);
      // Every problem names its place: FILE:LINE:COL, or the file alone where it is the problem.
      expect(cs.stdout).toMatch(FILE_LEVEL.has(kind) ? /^[^\s:]+: /m : /^[^\s:]+:\d+:\d+: /m);
      const clean = (s: string): string => s.replaceAll(dir, '<repo>');
      await expect(clean(`${cs.stdout}--- stderr ---\n${cs.stderr}--- en ---\n${en.stdout}`)).toMatchFileSnapshot(
        `../golden/check/${kind}.txt`,
      );
    });
  }
});
