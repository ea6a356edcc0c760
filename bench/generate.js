// Generates a synthetic but realistic case repository, deterministically from a seed: every
// stage present (applicants, refused, active on written and oral contracts, closed, archived),
// about 20 contacts per client, goals that are set, reviewed and met in contact records.
// All names and texts are invented. Usage: node bench/generate.js DIR CLIENTS [SEED]
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));
const TODAY = '2026-11-22';

/** A small deterministic generator (mulberry32). */
export function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN_F = ['Jana', 'Eva', 'Lucie', 'Petra', 'Marie', 'Tereza', 'Kateřina', 'Hana', 'Alena', 'Veronika'];
const GIVEN_M = ['Petr', 'Tomáš', 'Jan', 'Martin', 'Pavel', 'Jiří', 'Lukáš', 'Michal', 'David', 'Ondřej'];
const FAMILY = [
  ['Nováková', 'Novák'],
  ['Dvořáková', 'Dvořák'],
  ['Černá', 'Černý'],
  ['Procházková', 'Procházka'],
  ['Kučerová', 'Kučera'],
  ['Veselá', 'Veselý'],
  ['Horáková', 'Horák'],
  ['Marková', 'Marek'],
  ['Pokorná', 'Pokorný'],
  ['Králová', 'Král'],
];
const DISTRICTS = ['Olomouc', 'Prostějov', 'Přerov', 'Šumperk', 'Jeseník'];
const GROUPS = ['rodiny_s_detmi', 'pestouni', 'osoby_v_krizi', 'obeti_domaciho_nasili'];
const GOALS = [
  'zlepšit komunikaci se školou, do které chodí mé dítě',
  'reflektovat své výchovné postupy vůči dítěti s ADHD',
  'pomoci dítěti v kontaktu s jeho biologickou rodinou',
  'připravit dítě na samostatný dospělý život',
  'dojít k rozhodnutí, zda přijmout do rodiny další dítě',
];
const PARTIAL = [
  'zavolat výchovné poradkyni a dojednat s ní pravidelné schůzky školy a rodiny',
  'do konce měsíce zkontaktovat poradnu pro rodinu a domluvit rodinnou terapii',
  'zúčastnit se pěti vzdělávacích aktivit pro pěstouny pořádaných NNO nebo OSPOD',
  'pravidelně (min. 1x měsíčně) docházet na Klub pro pěstouny a sdílet zkušenosti',
  'využívat respitní pobyty pro děti jako prevenci před vyčerpáním',
  'doprovodit dítě na matriku a pomoci mu s hledáním jeho biologické rodiny',
];
const SUMMARY =
  'Klientka popsala vývoj od minulé schůzky. Probraly jsme, co se podařilo a co ne, a jak na to reagovalo dítě. ' +
  'Společně jsme shrnuly dohodnuté kroky, odpovědné osoby a termíny; klientka shrnutí potvrdila.';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (iso, n) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000));
const q = (s) => JSON.stringify(s);
const header = (kind, depth) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${kind}.schema.json\n`;

function write(path, text) {
  writeFileSync(path, text, { mode: 0o600 });
}

export function generate(dir, clients, seed = 1) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (a, b) => a + Math.floor(r() * (b - a + 1));
  mkdirSync(join(dir, 'clients'), { recursive: true, mode: 0o700 });
  mkdirSync(join(dir, 'archive'), { recursive: true, mode: 0o700 });
  cpSync(SCHEMAS, join(dir, 'schemas'), { recursive: true });
  const workers = ['novakova', 'svoboda', 'mala', 'kral', 'vesela', 'horak'];
  write(
    join(dir, 'spis.yaml'),
    header('spis', 0) +
      'format: 2\nprovider:\n  name: Syntetická poradna, z. ú.\n  ico: "12345678"\n  address: Lipová 12, 779 00 Olomouc\n  service:\n    kind: odborne_socialni_poradenstvi\n    name: Odborné sociální poradenství\n    paragraph: § 37\nworkers:\n' +
      workers.map((w) => `  - id: ${w}\n    name: Pracovník ${w}\n`).join('') +
      'rules:\n  personal_goal_review: 12m\n  assessment: 7d\n  written_plan_after_contacts: 6\n  max_contact_gap: 3m\n  due_window: 14d\n  retention_years: 10\n',
  );
  let files = 1;
  for (let i = 1; i <= clients; i++) {
    const year = 2020 + (i % 7);
    const id = `${year}-${pad(Math.ceil(i / 7), 4)}`;
    const roll = r();
    const stage =
      roll < 0.05 ? 'applicant' : roll < 0.1 ? 'refused' : roll < 0.5 ? 'active' : roll < 0.9 ? 'closed' : 'archived';
    const female = r() < 0.7;
    const fam = pick(FAMILY);
    const kw = pick(workers);
    const status = stage === 'archived' ? 'closed' : stage;
    const nContacts = stage === 'applicant' || stage === 'refused' ? int(1, 2) : int(12, 28);
    // Active cases run up to today; closed ones ended in the past.
    const end =
      stage === 'active'
        ? addDays(TODAY, -int(0, 40))
        : stage === 'applicant'
          ? addDays(TODAY, -int(0, 10))
          : addDays(TODAY, -int(30, 1500));
    // Contacts every two to four weeks, counted back from the last one; the first is the application.
    const contactDates = [end];
    for (let c = 1; c < nContacts; c++) contactDates.unshift(addDays(contactDates[0], -int(14, 28)));
    const applied = contactDates[0];
    const base = join(dir, stage === 'archived' ? 'archive' : 'clients', id);
    mkdirSync(join(base, 'contacts'), { recursive: true, mode: 0o700 });
    const assessed = stage !== 'applicant' || r() < 0.5;
    let client =
      header('client', 2) +
      `id: ${id}\nstatus: ${status}\nname:\n  given: ${female ? pick(GIVEN_F) : pick(GIVEN_M)}\n  family: ${female ? fam[0] : fam[1]}\nsex: ${female ? 'female' : 'male'}\nbirth_year: ${int(1960, 2000)}\ndistrict: ${pick(DISTRICTS)}\naddress: Lipová ${int(1, 90)}, 779 00 Olomouc\ntarget_group: ${pick(GROUPS)}\napplied: ${applied}\n`;
    // Assessed within the week, but never after the last contact (a case opened yesterday is assessed the same day).
    const assessedOn = nContacts > 1 && addDays(applied, 3) < contactDates[1] ? addDays(applied, 3) : applied;
    if (assessed)
      client += `assessment:\n  date: ${assessedOn}\n  workers: [${kw}, ${kw === 'novakova' ? 'svoboda' : 'novakova'}]\nkey_workers:\n  - worker: ${kw}\n    from: ${assessedOn}\n`;
    if (stage === 'refused')
      client += `refusal:\n  date: ${addDays(applied, 4)}\n  reason: kapacita\n  note: Odkázán na jinou poradnu v regionu.\n  worker: ${kw}\n`;
    client += 'consents:\n  email_records: true\n';
    write(join(base, 'client.yaml'), client);
    files++;

    const names = contactDates.map(
      (cd, k) =>
        `${cd}-${pad(k.toString(36), 2)}${Math.floor(r() * 1296)
          .toString(36)
          .padStart(2, '0')}.yaml`,
    );

    const hasContract = stage === 'active' || stage === 'closed' || stage === 'archived';
    const concluded = hasContract ? contactDates[1] : undefined;
    // Goals: goal k is set at contact 2+2k; closed goals are met two contacts later.
    const goals = [];
    if (hasContract) {
      const k = Math.min(int(3, 6), Math.floor((nContacts - 3) / 2));
      for (let g = 0; g < k; g++) {
        const setAt = 2 + 2 * g;
        const closeAt = setAt + 2;
        const open = stage === 'active' && (closeAt >= nContacts || g >= k - 2);
        goals.push({ id: `c${g + 1}`, text: pick(PARTIAL), setAt, closeAt: open ? undefined : closeAt, open });
      }
    }
    names.forEach((name, k) => {
      let rec =
        header('contact', 3) +
        `date: ${contactDates[k]}\nform: ${k % 3 === 0 ? 'telefon' : 'osobne'}\ntype: ${k === 0 ? 'uvodni_konzultace' : 'konzultace'}\nplace: poradna\nduration_min: ${int(20, 90)}\nworker: ${kw}\nparticipants: [klient, ${kw}]\nsummary: >-\n  ${SUMMARY}\n`;
      const reviews = goals.filter((g) => g.closeAt === k);
      if (reviews.length)
        rec +=
          'goal_reviews:\n' +
          reviews.map((g) => `  - goal: ${g.id}\n    progress: Cíl se podařilo naplnit.\n    status: met\n`).join('');
      const set = goals.filter((g) => g.setAt === k);
      if (set.length)
        rec +=
          'new_goals:\n' +
          set
            .map(
              (g) =>
                `  - id: ${g.id}\n    text: ${q(g.text)}\n    criteria: klient to doloží na další schůzce\n    responsible: [klient]\n    review: ${contactDates[Math.min(k + 2, nContacts - 1)] > contactDates[k] ? contactDates[Math.min(k + 2, nContacts - 1)] : addDays(contactDates[k], 30)}\n`,
            )
            .join('');
      if (k === nContacts - 1 && (stage === 'active' || stage === 'applicant'))
        rec += `next_meeting: ${addDays(contactDates[k], int(7, 35))}\n`;
      write(join(base, 'contacts', name), rec);
      files++;
    });
    if (!hasContract) continue;
    const term = r() < 0.2 ? `term:\n  until: ${addDays(concluded, 365)}\n` : 'term:\n  indefinite: true\n';
    write(
      join(base, 'contract.yaml'),
      header('contract', 2) +
        `form: written\nconcluded: ${concluded}\nworker: ${kw}\nservice: Odborné sociální poradenství (§ 37 zákona č. 108/2006 Sb.)\nscope: Konzultace zpravidla jednou za tři týdny v délce do 60 minut.\nplace_time: V prostorách poradny v provozní době.\npayment: Služba se poskytuje bez úhrady.\ninternal_rules: Klient byl seznámen s vnitřními pravidly a zavazuje se je dodržovat.\nnotice: Klient může smlouvu vypovědět kdykoli; poradna s výpovědní lhůtou 14 dní.\n${term}personal_goal: ${q(pick(GOALS))}\n`,
    );
    const pgText = pick(GOALS);
    const evaluated = nContacts > 18 ? contactDates[18] : undefined;
    let goalsYaml =
      header('goals', 2) +
      (nContacts > 6
        ? `plan:\n  written: ${contactDates[6]}\n  initial_situation: Výchozí situace klienta popsaná při sepsání plánu.\n`
        : '') +
      `personal_goals:\n  - text: ${q(pgText)}\n    set: ${concluded}\n    source: contract\n` +
      (evaluated
        ? `    evaluations:\n      - date: ${evaluated}\n        participants: [klient, ${kw}]\n        outcome: partly_met\n        satisfaction: Klient je se službou spokojen.\n`
        : '') +
      'partial_goals:\n';
    for (const g of goals) {
      const review = g.open ? addDays(TODAY, int(-30, 60)) : contactDates[g.closeAt];
      goalsYaml += `  - id: ${g.id}\n    text: ${q(g.text)}\n    criteria: klient to doloží na další schůzce\n    responsible: [klient]\n    set: ${contactDates[g.setAt]}\n    source: contacts/${names[g.setAt]}\n    review: ${review < contactDates[g.setAt] ? contactDates[g.setAt] : review}\n    status: ${g.open ? 'open' : 'met'}\n`;
      if (!g.open)
        goalsYaml += `    closed: ${contactDates[g.closeAt]}\n    evaluations:\n      - date: ${contactDates[g.closeAt]}\n        source: contacts/${names[g.closeAt]}\n        progress: Cíl se podařilo naplnit.\n        status: met\n`;
    }
    if (goals.length === 0) goalsYaml = goalsYaml.replace('partial_goals:\n', 'partial_goals: []\n');
    write(join(base, 'goals.yaml'), goalsYaml);
    files += 2;
    if (stage === 'closed' || stage === 'archived') {
      const endDate = contactDates[nContacts - 1];
      write(
        join(base, 'termination.yaml'),
        header('termination', 2) +
          `date: ${endDate}\nreason: cil_naplnen\nworker: ${kw}\npersonal_goal:\n  outcome: met\n` +
          (goals.length
            ? 'partial_goals:\n' + goals.map((g) => `  - goal: ${g.id}\n    outcome: met\n`).join('')
            : '') +
          (stage === 'archived' ? `archive_until: ${addDays(endDate, 3653)}\n` : ''),
      );
      files++;
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/generate.js DIR CLIENTS [SEED]');
    process.exit(2);
  }
  const files = generate(dir, Number(count), Number(seed ?? 1));
  console.log(`${files} files in ${dir}`);
}
