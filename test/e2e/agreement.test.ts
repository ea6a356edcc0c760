// Czech agrees with the person. Golden documents and the main messages for a woman (client
// 2026-0001, key worker Nováková) and a man (client 2026-0002, key worker Svoboda), and no
// English left in the Czech interface.
import { describe, expect, it } from 'vitest';
import { plain, run, scratch, sharedExample } from '../helpers/cli.js';

const { example } = scratch();

describe('documents for a man with a male key worker', () => {
  it('the written contract and the plan of client 2026-0002 agree with him and with his key worker', async () => {
    const dir = example();
    // The oral contract is put in writing (with the address a written contract needs), and the plan recorded.
    expect(
      (
        await run(['contract', 'new', '2026-0002', '--from', '-', '-C', dir], {
          stdin:
            'client: {address: "Dlouhá 8, 796 01 Prostějov"}\nconsents: {personal_data: 2026-09-07, personal_data_by: svoboda, photos: false}\n',
        })
      ).code,
    ).toBe(0);
    expect(
      (
        await run(['plan', '2026-0002', '--from', '-', '-C', dir], {
          stdin: 'initial_situation: Otec dcery s ADHD; doma chce méně křiku.\nparticipation: Sám zvolil, čím začít.\n',
        })
      ).code,
    ).toBe(0);
    for (const doc of ['contract', 'plan']) {
      for (const format of ['md', 'html']) {
        const r = await run(['render', '2026-0002', doc, '--format', format, '-C', dir]);
        expect(r.code, r.stderr).toBe(0);
        await expect(r.stdout).toMatchFileSnapshot(`../golden/render/${doc}-2026-0002-male.${format}`);
      }
    }
    const contract = plain((await run(['render', '2026-0002', 'contract', '-C', dir])).stdout);
    for (const male of [
      '**Klient:** Tomáš Beneš',
      '(dále jen „klient“)',
      'Klient byl o zpracování svých osobních údajů a o svých právech poučen dne 7. 9. 2026 (poučení provedl Mgr. Petr Svoboda)',
      'klient: Tomáš Beneš',
    ]) {
      expect(contract).toContain(male);
    }
    expect(contract).not.toMatch(/klientka|byla|poučena|\/a\b/);
  });
});

/** Runs the main writing and reading commands on one client and returns what the worker sees. */
async function story(dir: string, client: string, worker: string, other: string): Promise<string> {
  const lines: string[] = [];
  const go = async (args: string[], stdin?: string): Promise<string> => {
    const r = await run([...args, '-C', dir], { stdin });
    lines.push(`$ spis ${args.join(' ')}`, ...[r.stdout, r.stderr].join('').trimEnd().split('\n').filter(Boolean));
    return r.stdout.trim();
  };
  const id = await go(['client', 'new', '--no-commit', '--from', '-'], client);
  await go(['assess', id, '--from', '-'], `workers: [${worker}, ${other}]\nnote: Spolupráce.\nkey_worker: ${worker}\n`);
  await go(['key-worker', id, worker]);
  await go(
    ['contract', 'new', id, '--from', '-'],
    'form: oral\npersonal_goal: zvládnout rozvod\ncontact: {summary: Ústní smlouva.}\n',
  );
  await go(['render', id, 'oral-contract']);
  await go(['list', '--status', 'active', '--worker', worker]);
  await go(['show', id]);
  const refused = await run(['client', 'new', '--from', '-', '-C', dir], { stdin: client });
  await go(['refuse', refused.stdout.trim(), '--reason', 'kapacita', '--worker', worker]);
  await go(['close', refused.stdout.trim()]);
  return lines.join('\n').replaceAll(dir, '<dir>') + '\n';
}

describe('the main messages agree with the client and the worker', () => {
  const FEMALE =
    'name: {given: Petra, family: Dvořáková}\nsex: female\nbirth_year: 1985\ntarget_group: rodiny_s_detmi\n';
  const MALE = 'name: {given: Jan, family: Horák}\nsex: male\nbirth_year: 1980\ntarget_group: rodiny_s_detmi\n';
  it('for a woman with a female key worker', async () => {
    let text = await story(example(), FEMALE, 'novakova', 'svoboda');
    await expect(text).toMatchFileSnapshot('../golden/messages/female.txt');
    text = plain(text);
    for (const wrong of [
      'klientem Petra',
      'klientovi Petra',
      '(klient)',
      'odmítnut.',
      'je nyní klient',
      'Klíčovým pracovníkem',
    ])
      expect(text).not.toContain(wrong);
    for (const right of [
      'klíčová pracovnice: Mgr. Jana Nováková',
      'Zájemkyně ve spisu',
      'odmítnuta',
      '(klientka)',
      '**Klientka:** Petra Dvořáková',
      'Klientka byla poučena',
      'Klíčová pracovnice: Mgr. Jana Nováková',
      'zapsala: Mgr. Jana Nováková',
    ])
      expect(text).toContain(right);
  });
  it('for a man with a male key worker', async () => {
    let text = await story(example(), MALE, 'svoboda', 'novakova');
    await expect(text).toMatchFileSnapshot('../golden/messages/male.txt');
    text = plain(text);
    for (const wrong of ['klientka', 'Zájemkyně', 'odmítnuta', 'pracovnice: Mgr. Petr'])
      expect(text).not.toContain(wrong);
    for (const right of [
      'klíčový pracovník: Mgr. Petr Svoboda',
      'Zájemce ve spisu',
      'odmítnut.',
      '(klient)',
      '**Klient:** Jan Horák',
      'Klient byl poučen',
      'Klíčový pracovník: Mgr. Petr Svoboda',
      'zapsal: Mgr. Petr Svoboda',
    ])
      expect(text).toContain(right);
  });
});

describe('no English in the Czech interface', () => {
  const ENGLISH = [
    '(y/N)',
    '(Y/n)',
    'Yes',
    'No\n',
    'navigate',
    'select',
    'Usage:',
    'Options:',
    'Commands:',
    'Arguments:',
    '(default:',
    'help [command]',
    '<case-id>',
    '<file>',
    '<date>',
    'Dokument contract',
    'Dokument plan',
    'case-id',
  ];
  it('help of every command, and the main outputs', async () => {
    const outputs: string[] = [];
    for (const c of [
      [],
      ['client'],
      ['client', 'new'],
      ['client', 'edit'],
      ['assess'],
      ['plan'],
      ['periodic-report'],
      ['contract', 'new'],
      ['contact', 'add'],
      ['render'],
      ['close'],
      ['archive'],
      ['due'],
      ['check'],
      ['sync'],
      ['log'],
      ['list'],
      ['show'],
      ['key-worker'],
      ['refuse'],
      ['init'],
      ['templates'],
      ['report'],
    ]) {
      const r = await run([...c, '--help']);
      outputs.push(r.stdout + r.stderr);
    }
    for (const args of [
      ['show'],
      ['render', '2026-0001'],
      ['due', '--as-of', 'zítra'],
      ['list'],
      ['show', '2026-0001'],
      ['render', '2026-0002', 'contract'],
      ['render', '2026-0002', 'plan'],
    ]) {
      const r = await run([...args, '-C', sharedExample()]);
      outputs.push(r.stdout + r.stderr);
    }
    for (const text of outputs) for (const word of ENGLISH) expect(text, text.slice(0, 200)).not.toContain(word);
  });
});
