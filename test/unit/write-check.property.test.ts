// A property of the one writer: on generated repositories, every writing command given generated
// inputs – valid ones and ones broken in every way a person breaks them – either exits non-zero
// and writes nothing, or exits 0 and `spis check` passes afterwards. Never a write that check
// rejects. Deterministic: the seeds are fixed, and a failure names the step to replay.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch, snapshotTree } from '../helpers/cli.js';
// @ts-expect-error plain JavaScript module without types
import { generate, rng } from '../../bench/generate.js';

const { tmp } = scratch();

interface Step {
  args: string[];
  input: string;
}

/** The cases of the repository by status, read afresh (the steps change them). */
function casesByStatus(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of readdirSync(join(dir, 'clients')).filter((n) => /^\d{4}-\d{4}$/.test(n))) {
    const c = parse(readFileSync(join(dir, 'clients', id, 'client.yaml'), 'utf8')) as {
      status: string;
      anonymous?: boolean;
    };
    const key = c.anonymous ? `${c.status}-anonymous` : c.status;
    (out[key] ??= []).push(id);
  }
  return out;
}

/** A value a person might give instead of the right one. */
const BAD_DATES = ['zítra', '+30d', '31. 2. 2026', '2026-13-01', '1. 1. 2001', 'včera večer', ''];
const BAD_WORKERS = ['nikdo', 'NOVAKOVA', ''];

function steps(seed: number, dir: string, count: number): () => Step | undefined {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const maybe = (p: number): boolean => r() < p;
  let n = 0;
  return () => {
    if (n++ >= count) return undefined;
    const by = casesByStatus(dir);
    const active = by.active ?? [];
    const applicants = by.applicant ?? [];
    const broken = maybe(0.5);
    const date = broken && maybe(0.5) ? pick(BAD_DATES) : pick(['dnes', 'včera', '20. 11. 2026', '2026-11-21']);
    const worker = broken && maybe(0.3) ? pick(BAD_WORKERS) : pick(['novakova', 'svoboda']);
    const kinds = [
      ...(active.length ? ['contact', 'contact', 'plan', 'amend', 'close', 'edit'] : []),
      ...(applicants.length ? ['assess', 'contract', 'contract', 'edit-applicant'] : []),
      'client',
    ];
    const kind = pick(kinds);
    const id = kind.endsWith('applicant') || kind === 'assess' || kind === 'contract' ? pick(applicants) : pick(active);
    switch (kind) {
      case 'contact': {
        const lines = [
          'type: konzultace',
          `form: ${broken && maybe(0.2) ? 'holub' : 'telefon'}`,
          `date: ${date}`,
          `worker: ${worker}`,
          'summary: Hovor o dalším postupu.',
        ];
        if (maybe(0.4)) lines.push(`next_meeting: ${broken ? pick(['1. 1. 2020', 'zítra', '+14d']) : '+14d'}`);
        if (maybe(0.3))
          lines.push(
            'goal_reviews:',
            `  - goal: ${broken ? pick(['c99', 'x1']) : 'c1'}`,
            '    status: open',
            `    next_review: ${broken ? pick(['1. 1. 2020', '+1m']) : '+1m'}`,
          );
        if (broken && maybe(0.3))
          lines.push(pick(['sumary: překlep', 'duration_min: -5', 'duration_min: hodina', 'sent_by_email: true']));
        return { args: ['contact', 'add', id], input: lines.join('\n') };
      }
      case 'plan':
        return {
          args: ['plan', id],
          input: [
            `date: ${date}`,
            `worker: ${worker}`,
            broken && maybe(0.3) ? 'initial_situation: ""' : 'initial_situation: Situace popsána se zájemcem.',
            ...(broken && maybe(0.3) ? ['written: 2026-11-20'] : []),
          ].join('\n'),
        };
      case 'amend':
        return {
          args: ['contract', 'amend', id],
          input: [
            `date: ${date}`,
            broken && maybe(0.4) ? `effective: ${pick(BAD_DATES)}` : `effective: ${date}`,
            'changes: Rozsah služby na dvě konzultace měsíčně.',
            'scope: Dvě konzultace měsíčně.',
            ...(broken && maybe(0.3) ? ['term_until: 1. 1. 2020'] : []),
          ].join('\n'),
        };
      case 'close':
        return {
          args: ['close', id],
          input: [
            `date: ${date}`,
            `reason: ${broken && maybe(0.4) ? pick(['jiny', 'nevim']) : 'cil_naplnen'}`,
            'personal_goal:',
            `  outcome: ${broken && maybe(0.3) ? 'skvele' : 'met'}`,
          ].join('\n'),
        };
      case 'edit':
      case 'edit-applicant':
        return {
          args: ['client', 'edit', id],
          input: pick([
            `phone: "${broken ? '+420 abc 999 888' : '+420 600 111 222'}"`,
            `birth_date: ${broken ? pick(['zítra', '31. 2. 1980']) : '4. 5. 1980'}`,
            `consents: {personal_data: ${date}, email_records: ${broken ? 'false' : 'true'}}`,
            `district: ${broken ? 'Olomuc' : 'Olomouc'}`,
            'adress: Nová 5',
          ]),
        };
      case 'assess':
        return {
          args: ['assess', id],
          input: [`date: ${date}`, `workers: [${worker}, svoboda]`, 'note: Zakázka odpovídá službě.'].join('\n'),
        };
      case 'contract':
        return {
          args: ['contract', 'new', id],
          input: [
            `form: ${pick(['oral', 'written'])}`,
            `concluded: ${date}`,
            `worker: ${worker}`,
            'personal_goal: zvládnout situaci v rodině',
            ...(maybe(0.5) ? ['client: {address: "Nová 5, 779 00 Olomouc", birth_date: 4. 5. 1980}'] : []),
            ...(broken && maybe(0.3)
              ? [
                  pick([
                    'date: 2026-11-20',
                    'term: {until: 1. 1. 2020}',
                    'contact: {type: konzultace, form: holub, summary: x}',
                  ]),
                ]
              : []),
            'contact: {type: konzultace, form: osobne, summary: Smlouva uzavřena.}',
          ].join('\n'),
        };
      default:
        return {
          args: ['client', 'new'],
          input: [
            `name: {given: Eva, family: ${broken && maybe(0.3) ? '""' : 'Malá'}}`,
            `sex: ${broken && maybe(0.3) ? 'z' : 'female'}`,
            'target_group: rodiny_s_detmi',
            `applied: ${date}`,
            ...(broken && maybe(0.3) ? ['birth_date: zítra'] : []),
          ].join('\n'),
        };
    }
  };
}

/** The contract items a generated repository has no defaults for. */
const ITEMS =
  'scope: Konzultace.\nplace_time: V poradně.\npayment: Bez úhrady.\ninternal_rules: Pravidla přijata.\nnotice: Kdykoli.\n';

describe('a write is exit 1 with nothing written, or exit 0 with check passing', () => {
  for (const seed of [7, 21]) {
    it(`on a generated repository (seed ${seed}), 60 generated writes`, async () => {
      const dir = join(tmp(), `gen-${seed}`);
      generate(dir, 30, seed);
      expect((await run(['check', '--no-cache', '-C', dir])).code).toBe(0);
      const next = steps(seed, dir, 60);
      let ok = 0;
      let refused = 0;
      for (let step = next(), i = 1; step; step = next(), i++) {
        const before = snapshotTree(dir);
        const r = await run([...step.args, '--from', '-', '-C', dir], { stdin: `${step.input}\n` });
        const where = `step ${i}: spis ${step.args.join(' ')} --from -\n${step.input}\n${r.stderr}`;
        expect(r.stderr, where).not.toContain('Vnitřní chyba');
        if (r.code !== 0) {
          refused++;
          expect(snapshotTree(dir), where).toEqual(before);
        } else {
          ok++;
          const check = await run(['check', '--no-cache', '-C', dir]);
          expect(check.code, `${where}\n--- check ---\n${check.stdout}`).toBe(0);
        }
      }
      // Both outcomes were exercised.
      expect(ok).toBeGreaterThan(5);
      expect(refused).toBeGreaterThan(5);
    });
  }

  it('the oral contract put in writing after the written plan, on every order of the three steps that check allows', async () => {
    for (const [oral, plan, written] of [
      ['2026-11-23', '2026-11-25', '2026-11-28'],
      ['2026-11-23', '2026-11-23', '2026-11-23'],
      ['2026-11-23', '2026-11-28', '2026-11-25'],
    ]) {
      const dir = join(tmp(), `oral-${oral}-${plan}-${written}`);
      generate(dir, 30, 3);
      const applicant = casesByStatus(dir).applicant![0];
      const at = (today: string, args: string[], stdin: string) =>
        run([...args, '--from', '-', '-C', dir], { stdin, env: { SPIS_TODAY: today } });
      const steps: [string, string[], string][] = [
        [
          oral,
          ['contract', 'new', applicant],
          `form: oral\nworker: novakova\npersonal_goal: vyřešit dluhy\n${ITEMS}contact: {type: konzultace, form: osobne, summary: Ústní smlouva.}\n`,
        ],
        [plan, ['plan', applicant], 'initial_situation: Dluhy u tří věřitelů.\n'],
        [
          written,
          ['contract', 'new', applicant],
          'reason: klientka požádala o písemnou smlouvu\nclient: {address: "Polní 3, 602 00 Brno", birth_date: 4. 5. 1980}\n',
        ],
      ];
      let saved = 0;
      for (const [today, args, stdin] of steps) {
        const before = snapshotTree(dir);
        const r = await at(today, args, stdin);
        if (r.code === 0) saved++;
        if (r.code !== 0) expect(snapshotTree(dir), r.stderr).toEqual(before);
        else
          expect(
            (await run(['check', '--no-cache', '-C', dir], { env: { SPIS_TODAY: today } })).code,
            `${args.join(' ')} on ${today}`,
          ).toBe(0);
      }
      // (The generated records reach 22. 11. 2026.) In time order, or all on one day, every step is saved.
      if (written >= plan) expect(saved, `${oral} ${plan} ${written}`).toBe(3);
    }
  });
});
