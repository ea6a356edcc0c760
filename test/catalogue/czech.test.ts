// Czech that fits every person in what a client signs: the provider's contract defaults agree with
// the client (klient/klientka, pěstoun/pěstounka, byl/byla), the defaults earlier versions wrote
// in the masculine alone included; counts agree with their nouns.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, scratch, snapshotTree } from '../helpers/cli.js';
import { agreeDefault, agreeText } from '../../src/i18n/agree.js';
import { cs } from '../../src/i18n/cs.js';

const { tmp, example } = scratch();
const written =
  'form: written\nworker: novakova\npersonal_goal: zvládnout situaci v rodině\nclient: {address: "Polní 3, 602 00 Brno", birth_date: 4. 5. 1980}\n';

async function contractFor(dir: string, sex: string): Promise<Record<string, string>> {
  const opened = await run(['client', 'new', '--from', '-', '-C', dir], {
    stdin: `name: {given: Alex, family: Testová}\nsex: ${sex}\ntarget_group: rodiny_s_detmi\n`,
  });
  expect(opened.code, opened.stderr).toBe(0);
  const id = opened.stdout.trim();
  const r = await run(['contract', 'new', id, '--from', '-', '-C', dir], { stdin: written });
  expect(r.code, r.stderr).toBe(0);
  return parse(readFileSync(join(dir, 'clients', id, 'contract.yaml'), 'utf8'));
}

describe('contract defaults agree with the client', () => {
  it('a woman, a man and a person whose sex is not given, from the example’s {Klient|Klientka} defaults', async () => {
    const dir = example();
    const her = await contractFor(dir, 'female');
    expect(her.internal_rules).toBe('Klientka byla seznámena s vnitřními pravidly poradny a zavazuje se je dodržovat.');
    expect(her.notice).toMatch(/^Klientka může smlouvu vypovědět .* pokud klientka opakovaně/);
    expect(her.scope).toContain('dle potřeby klientky');
    const him = await contractFor(dir, 'male');
    expect(him.internal_rules).toBe('Klient byl seznámen s vnitřními pravidly poradny a zavazuje se je dodržovat.');
    const unknown = await contractFor(dir, 'unknown');
    expect(unknown.internal_rules).toBe(
      'Klient/Klientka byl/byla seznámen/seznámena s vnitřními pravidly poradny a zavazuje se je dodržovat.',
    );
  });

  it('a service set up by an earlier version (the masculine defaults alone) still gets a klientka’s contract right', async () => {
    const dir = example();
    const p = join(dir, 'spis.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8')
        .replace(/\{Klient\|Klientka\} \{byl\|byla\} \{seznámen\|seznámena\}/, 'Klient byl seznámen')
        .replace('{Klient|Klientka} může', 'Klient může')
        .replace('pokud {klient|klientka}', 'pokud klient')
        .replace('{klienta|klientky}', 'klienta'),
    );
    expect(readFileSync(p, 'utf8')).not.toContain('{');
    const her = await contractFor(dir, 'female');
    expect(her.internal_rules).toBe('Klientka byla seznámena s vnitřními pravidly poradny a zavazuje se je dodržovat.');
    expect(her.notice).toContain('pokud klientka opakovaně');
    expect(her.scope).toContain('dle potřeby klientky');
  });

  it('spis init for foster care writes the defaults with both forms; a pěstounka’s agreement says pěstounka', async () => {
    const dir = join(tmp(), 'doprovazeni');
    const init = await run([
      'init',
      dir,
      '--name',
      'Rodina v centru, z. s.',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'doprovazeni_pestounu',
      '--worker',
      'novakova:Jana Nováková::ž',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const config = parse(readFileSync(join(dir, 'spis.yaml'), 'utf8'));
    expect(config.contract_defaults.internal_rules).toContain('{Pěstoun|Pěstounka} {byl|byla} {seznámen|seznámena}');
    const her = await contractFor(dir, 'female');
    expect(her.internal_rules).toBe(
      'Pěstounka byla seznámena s vnitřními pravidly poskytovatele a zavazuje se je dodržovat.',
    );
    expect(her.place_time).toContain('v termínech dohodnutých s pěstounkou');
    expect(her.notice).toContain('Pěstounka je povinna');
  });

  it('the {a|b} forms: each pair by sex, a text without them unchanged', () => {
    expect(agreeText('{Klient|Klientka} {byl|byla} poučen{|a}.', 'female')).toBe('Klientka byla poučena.');
    expect(agreeText('{Klient|Klientka} {byl|byla} poučen{|a}.', 'male')).toBe('Klient byl poučen.');
    expect(agreeText('Bez úhrady {podle ceníku}.', 'female')).toBe('Bez úhrady {podle ceníku}.');
    // A provider's own masculine wording beyond the known defaults is left as written.
    expect(agreeDefault('Uživatel služby souhlasí.', 'female')).toBe('Uživatel služby souhlasí.');
  });
});

describe('counts agree with their nouns', () => {
  it('the pseudonymised copy and the export say 1 spis / 2–4 spisy / 5 spisů, soubor / soubory / souborů', async () => {
    const dir = example();
    const r = await run(['export', '--pseudonymised', '--out', join(tmp(), 'p'), '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const m = /Pseudonymizovaná kopie \((\d+) (spis|spisy|spisů)\)/.exec(r.stdout + r.stderr)!;
    const count = Number(m[1]);
    expect(m[2]).toBe(count === 1 ? 'spis' : count <= 4 ? 'spisy' : 'spisů');
  });
});

describe('no English word the worker must type', () => {
  it('list --status takes the Czech words (aktivní, zájemkyně, ukončený) as well as the codes, and offers both', async () => {
    const dir = example();
    const codes = await run(['list', '--status', 'active', '--json', '-C', dir]);
    for (const word of ['aktivní', 'klientka', 'Aktivní']) {
      const r = await run(['list', '--status', word, '--json', '-C', dir]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(codes.stdout);
    }
    expect(
      JSON.parse((await run(['list', '--status', 'zájemkyně', '--json', '-C', dir])).stdout).map(
        (x: { id: string }) => x.id,
      ),
    ).toEqual(['2026-0003']);
    const bad = await run(['list', '--status', 'spici', '-C', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('zájemce (applicant), aktivní (active), odmítnutý (refused), ukončený (closed)');
  });

  it('a date in a message is in the Czech form: an archived case is kept until 30. 3. 2036', async () => {
    const dir = example();
    expect((await run(['archive', '2025-0012', '-C', dir])).code).toBe(0);
    const r = await run(['contact', 'add', '2025-0012', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: telefon\nsummary: x\n',
    });
    expect(r.stderr).toContain('uchovat do 30. 3. 2036');
  });
});

describe("the worker's flow", () => {
  it('a scripted phone contact after a visit gets no place; a visit after a phone call gets the last visit’s place', async () => {
    const dir = example();
    const phone = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: telefon\nsummary: Krátký hovor.\n',
    });
    expect(phone.code, phone.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, phone.stdout.trim()), 'utf8')).place).toBeUndefined();
    const visit = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: osobne\nsummary: Schůzka.\n',
    });
    expect(visit.code, visit.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, visit.stdout.trim()), 'utf8')).place).toBe('poradna');
  });

  it('a place given in --from is kept for a meeting in person and refused at its line for every other form', async () => {
    const dir = example();
    const before = snapshotTree(dir);
    for (const form of ['telefon', 'email', 'online', 'pisemne']) {
      const r = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
        stdin: `type: konzultace\nform: ${form}\nplace: poradna\nsummary: Kontakt.\n`,
      });
      expect(r.code, form).toBe(1);
      expect(r.stderr).toContain(`<stdin>:3:1: místo se zapisuje jen u osobního kontaktu, ne u formy „${form}“`);
    }
    // No form given: the last contact's, a phone call – the same.
    const carried = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nplace: poradna\nsummary: Kontakt.\n',
    });
    expect(carried.stderr).toContain('ne u formy „telefon“');
    expect(snapshotTree(dir)).toEqual(before);
    const visit = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: osobne\nplace: u klientky doma\nsummary: Návštěva.\n',
    });
    expect(visit.code, visit.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, visit.stdout.trim()), 'utf8')).place).toBe('u klientky doma');
  });

  it("the one-off contact and the oral contract's meeting hold to the same rule in --from", async () => {
    const dir = example();
    const before = snapshotTree(dir);
    for (const form of ['telefon', 'email', 'online', 'pisemne']) {
      const r = await run(['contact', 'add', '--one-off', '--from', '-', '-C', dir], {
        stdin: `target_group: osoby_v_krizi\nform: ${form}\nplace: poradna\nworker: novakova\nsummary: Kontakt.\n`,
      });
      expect(r.code, form).toBe(1);
      expect(r.stderr).toContain(`<stdin>:3:1: místo se zapisuje jen u osobního kontaktu, ne u formy „${form}“`);
    }
    const oral = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin:
        'form: oral\nworker: novakova\npersonal_goal: zvládnout rozpočet\ncontact:\n  form: telefon\n  place: poradna\n  summary: Smlouva uzavřena.\n',
    });
    expect(oral.code).toBe(1);
    expect(oral.stderr).toContain('<stdin>:6:3: místo se zapisuje jen u osobního kontaktu, ne u formy „telefon“');
    // Nobody to write it: said once, not for the contract, its meeting and the key worker each.
    const nobody = await run(['contract', 'new', '2026-0003', '--from', '-', '-C', dir], {
      stdin: 'form: oral\npersonal_goal: zvládnout rozpočet\ncontact:\n  summary: Smlouva uzavřena.\n',
    });
    expect(nobody.code).toBe(1);
    expect(nobody.stderr.match(/chybí povinný údaj „worker“/g)).toHaveLength(1);
    expect(nobody.stderr).not.toContain('nemá správný tvar');
    expect(snapshotTree(dir)).toEqual(before);
    // In person, the meeting keeps its place.
    const visit = await run(['contact', 'add', '--one-off', '--from', '-', '-C', dir], {
      stdin: 'target_group: osoby_v_krizi\nform: osobne\nplace: u vchodu\nworker: novakova\nsummary: Kontakt.\n',
    });
    expect(visit.code, visit.stderr).toBe(0);
    const id = visit.stdout.trim();
    const [name] = readdirSync(join(dir, 'clients', id, 'contacts'));
    expect(parse(readFileSync(join(dir, 'clients', id, 'contacts', name), 'utf8')).place).toBe('u vchodu');
  });

  it('an invalid option value names the option and the allowed values', async () => {
    const r = await run(['list', '--lang', 'de', '-C', example()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Volba --lang: neplatná hodnota „de“; možnosti: cs, en.');
  });
});

describe('the contact record says only what happened', () => {
  it('no "summarised with the client" footer on a phone call without goals; the footer where goals were reviewed with her', async () => {
    const dir = example();
    const call = await run(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: 'type: konzultace\nform: telefon\nduration_min: 15\nsummary: Krátký hovor o termínu.\n',
    });
    expect(call.code, call.stderr).toBe(0);
    const name = call.stdout.trim().split('/').at(-1)!;
    const doc = (await run(['render', '2026-0001', 'contact', '--contact', name, '-C', dir])).stdout.replace(
      /\u00a0/g,
      ' ',
    );
    expect(doc).toContain('Krátký hovor o termínu.');
    expect(doc).not.toContain('shrnuty dohodnuté cíle');
    const review = (await run(['render', '2026-0001', 'contact', '--contact', '2026-09-14-h8d2.yaml', '-C', dir]))
      .stdout;
    expect(review.replace(/\u00a0/g, ' ')).toContain(
      'shrnuty dohodnuté cíle, odpovědné osoby a termíny; klientka se ke shrnutí vyjádřila',
    );
  });
});

describe('punctuation', () => {
  it('no double full stop after a provider name that ends with one (the client’s copy)', async () => {
    const dir = example();
    const p = join(dir, 'spis.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^ {2}name: .*$/m, '  name: Rodina v centru, z. s.'));
    const out = join(tmp(), 'kopie');
    const r = await run(['export', '2026-0001', '--out', out, '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('poskytovatelem Rodina v centru, z. s.</p>');
    expect(index).not.toContain('z. s..');
  });
});

describe('no English code word in a Czech message', () => {
  // The codes a record keeps (status, sex, form of contract, goal outcomes): a message names them
  // in Czech; the code itself only where a record's key is quoted with it (status: closed).
  const CODES = [
    'assessment',
    'applicant',
    'active',
    'refused',
    'female',
    'male',
    'indefinite',
    'continues',
    'partly',
    'unknown',
  ];
  const params = new Proxy(
    {},
    {
      get: (_t, k) =>
        k === 'count' || k === 'n'
          ? 2
          : k === 'sex' || k === 'wsex'
            ? 'female'
            : k === Symbol.toPrimitive
              ? undefined
              : 'X',
    },
  ) as Record<string, unknown>;
  it('every catalogue entry, rendered, has none outside a record key it quotes, a command or a placeholder', () => {
    const found: string[] = [];
    for (const [key, v] of Object.entries(cs)) {
      let text: string;
      try {
        text = typeof v === 'function' ? String((v as (p: unknown) => string)(params)) : String(v);
      } catch {
        continue;
      }
      const prose = text
        .replace(/„[^“]*“/g, ' ')
        .replace(/\bspis\s+[a-z-]+(\s+[a-z-]+)?/g, ' ')
        .replace(/--?[a-z][a-z-]*/g, ' ')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/[a-z_]+[._/][a-z_./]+/gi, ' ')
        .replace(/\b[a-z_]+: [a-z_]+/g, ' ')
        .replace(/\([a-z_]+(, [a-z_]+)*\)/g, ' ');
      for (const w of CODES)
        if (new RegExp(`(^|[^\\p{L}_])${w}([^\\p{L}_]|$)`, 'iu').test(prose)) found.push(`${key}: ${w}`);
    }
    expect(found).toEqual([]);
  });
});

describe('every count in the catalogue agrees with its noun', () => {
  // Czech: 1 spis, 2–4 spisy, 5 and more (21 too) spisů – for the nouns and adjectives a message counts.
  const FORMS = [
    ['spis', 'spisy', 'spisů'],
    ['soubor', 'soubory', 'souborů'],
    ['problém', 'problémy', 'problémů'],
    ['den', 'dny', 'dní'],
    ['záznam', 'záznamy', 'záznamů'],
    ['kontakt', 'kontakty', 'kontaktů'],
    ['klient', 'klienti', 'klientů'],
    ['klientka', 'klientky', 'klientek'],
    ['cíl', 'cíle', 'cílů'],
    ['změna', 'změny', 'změn'],
    ['archivovaný', 'archivované', 'archivovaných'],
    ['minuta', 'minuty', 'minut'],
    ['hodina', 'hodiny', 'hodin'],
    ['měsíc', 'měsíce', 'měsíců'],
    ['osoba', 'osoby', 'osob'],
    ['zápis', 'zápisy', 'zápisů'],
    ['dokument', 'dokumenty', 'dokumentů'],
    ['pracovník', 'pracovníci', 'pracovníků'],
    ['commit', 'commity', 'commitů'],
    ['opravný', 'opravné', 'opravných'],
  ];
  const COUNTS = new Set([
    'count',
    'days',
    'n',
    'carried',
    'dropped',
    'minutes',
    'cases',
    'files',
    'schemas',
    'contacts',
    'total',
  ]);
  const formOf = (word: string): { row: string[]; i: number } | undefined => {
    for (const row of FORMS) {
      const i = row.indexOf(word.toLowerCase());
      if (i >= 0) return { row, i };
    }
    return undefined;
  };
  it('rendered with 1, 2, 5 and 21: every number followed by a counted word has the form the number wants', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [key, v] of Object.entries(cs)) {
      if (typeof v !== 'function') continue;
      for (const count of [1, 2, 5, 21]) {
        const params = new Proxy(
          {},
          {
            get: (_t, k) =>
              typeof k === 'string' && COUNTS.has(k)
                ? count
                : k === 'sex' || k === 'wsex'
                  ? 'female'
                  : k === Symbol.toPrimitive
                    ? undefined
                    : 'X',
          },
        );
        let text: string;
        try {
          text = String((v as (p: unknown) => string)(params));
        } catch {
          continue;
        }
        const want = count === 1 ? 0 : count < 5 ? 1 : 2;
        for (const m of text.matchAll(/(?<![\d.])(\d+)\s+(\p{L}+)(?:\s+(\p{L}+))?/gu)) {
          if (Number(m[1]) !== count) continue;
          for (const word of [m[2], m[3]].filter(Boolean) as string[]) {
            const f = formOf(word);
            if (!f) continue;
            checked++;
            if (f.i !== want) wrong.push(`${key} (${count}): „${m[0]}“ – ${f.row[want]}`);
            break;
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // The scan reached the counting messages (purge, check's summary, due's days…).
    expect(checked).toBeGreaterThan(40);
  });
});
