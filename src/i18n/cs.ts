// Czech: the user's language and the default. Every key here must exist in en.ts (the type
// system checks it).
import type { Params } from './index.js';

type Msg = string | ((p: Params) => string);

const n = (v: unknown): number => Number(v ?? 0);
const cz = (count: number, one: string, few: string, many: string): string => {
  const a = Math.abs(count);
  return a === 1 ? one : a >= 2 && a <= 4 ? few : many;
};

export const cs = {
  // --- command line ---
  'cli.description': 'Spisová dokumentace a individuální plánování sociální služby: spisy klientů v YAML, v gitu.',
  'cli.usage': 'Použití:',
  'cli.options': 'Volby:',
  'cli.commands': 'Příkazy:',
  'cli.arguments': 'Argumenty:',
  'cli.global-options': 'Společné volby:',
  'cli.usage-options': '[volby]',
  'cli.usage-command': '[příkaz]',
  'cli.help-option': 'zobrazí nápovědu',
  'cli.help-command': 'zobrazí nápovědu k příkazu',
  'cli.version-option': 'zobrazí verzi',
  'cli.help-footer':
    'Spis se hledá v -C <složka>, v SPIS_DIR, nebo v nejbližší nadřazené složce se souborem spis.yaml.\n' +
    'Návratové kódy: 0 v pořádku, 1 nalezeny problémy / chyba, 2 špatné použití.\n' +
    'SPIS_TODAY=RRRR-MM-DD nahradí dnešní datum. Příklad: spis due -C examples/poradna',
  'cli.unknown-option': 'Neznámá volba {token}.',
  'cli.unknown-command': 'Neznámý příkaz {token}.',
  'cli.missing-argument': 'Chybí argument {token}.',
  'cli.option-missing-argument': 'Volba {token} potřebuje hodnotu.',
  'cli.excess-arguments': 'Příliš mnoho argumentů.',
  'cli.invalid-argument': 'Neplatná hodnota: {token}.',
  'cli.see-help': 'Nápověda: spis --help',
  'cli.today-invalid': 'SPIS_TODAY={value} není platné datum; použijte tvar RRRR-MM-DD.',

  'cmd.init': 'založí nový spis služby (spis.yaml, clients/, schémata)',
  'cmd.client': 'práce s klienty a zájemci',
  'cmd.client-new': 'otevře spis zájemci o službu a vypíše jeho číslo',
  'cmd.list': 'vypíše spisy se stavem, klíčovým pracovníkem a posledním kontaktem',
  'cmd.show': 'přehled jednoho spisu',
  'cmd.check': 'zkontroluje všechny záznamy; bez výstupu, je-li vše v pořádku',

  'opt.dir': 'složka se spisem služby (jinak SPIS_DIR nebo nejbližší spis.yaml)',
  'opt.lang': 'jazyk výstupu: cs nebo en',
  'opt.no-color': 'bez barev (také NO_COLOR)',
  'opt.json': 'výstup ve formátu JSON',
  'opt.from': 'vstup ze souboru YAML/JSON, nebo - pro standardní vstup',
  'opt.status': 'jen spisy ve stavu applicant, active, refused nebo closed',
  'opt.worker': 'jen spisy daného klíčového pracovníka (zkratka)',
  'opt.archived': 'včetně archivovaných spisů',
  'opt.init-name': 'název poskytovatele',
  'opt.init-ico': 'IČO poskytovatele (8 číslic)',
  'opt.init-address': 'sídlo poskytovatele',
  'opt.init-service': 'druh služby, např. odborne_socialni_poradenstvi',
  'opt.init-registration': 'identifikátor služby z registru (7 číslic)',
  'opt.init-worker': 'pracovník ve tvaru zkratka:Jméno Příjmení[:e-mail]; lze opakovat',

  // --- general ---
  'ui.hint-label': 'Jak opravit:',
  'ui.cancelled': 'Přerušeno, nic nebylo uloženo.',
  'ui.not-saved': 'Neuloženo.',
  'ui.fs-error': 'Soubor {path} nelze zpracovat ({code}). Zkontrolujte, že existuje a máte k němu oprávnění.',
  'ui.internal-error': 'Vnitřní chyba programu: {message}. Nic nebylo uloženo. Spusťte znovu se SPIS_DEBUG=1 a pošlete výpis správci.',

  'repo.dir-missing': 'Složka {dir} neexistuje. Zkontrolujte cestu u -C nebo SPIS_DIR.',
  'repo.not-a-repo': 'Ve složce {dir} není spis služby (chybí spis.yaml). Nový založíte příkazem: spis init {dir}',
  'repo.not-found': 'Tady ani v nadřazených složkách není spis služby (spis.yaml). Použijte -C <složka>, nebo založte nový: spis init <složka>',
  'repo.config-invalid': 'Soubor {file} obsahuje chyby (viz výše); opravte je a spusťte příkaz znovu.',

  'case.id-invalid': '„{id}“ není číslo spisu; čísla spisů mají tvar RRRR-NNNN, např. 2026-0007.',
  'case.not-found': 'Spis {id} neexistuje (ani v clients/, ani v archive/). Seznam spisů: spis list --archived',
  'case.has-problems': 'Spis {id} obsahuje chyby (viz výše); opravte je nejdřív, nic nebylo uloženo. Kontrola: spis check',
  'case.no-client': 'Ve spisu {id} chybí client.yaml.',
  'case.exists': 'Spis {id} už existuje.',
  'case.ids-exhausted': 'Pro rok {year} už nejsou volná čísla spisů.',

  'store.invalid-record': 'Záznam {file} neodpovídá schématu (viz výše); nic nebylo uloženo.',
  'store.nothing-written': 'Nic nebylo uloženo: opravte uvedené údaje a spusťte příkaz znovu.',
  'store.roundtrip-failed': 'Úpravu souboru {file} nelze bezpečně zapsat tak, aby se zachoval jeho obsah; nic nebylo uloženo. Upravte soubor ručně.',

  'input.not-interactive': 'Není k dispozici terminál pro otázky: zadejte údaje souborem --from SOUBOR, nebo --from - na standardní vstup.',
  'input.unreadable': 'Vstup {file} nelze přečíst ({code}).',
  'input.invalid': 'Vstup {file} není platný YAML ani JSON (viz výše); nic nebylo uloženo.',

  'prompt.required': 'Tento údaj je povinný.',
  'prompt.invalid-value': 'Neplatná hodnota.',
  'prompt.date-tip': '(RRRR-MM-DD, 22. 11. 2026, +14d, +1m)',
  'prompt.date-invalid': '„{value}“ není platné datum. Zadejte např. 2026-11-22, 22. 11. 2026 nebo +14d.',
  'prompt.date-too-early': 'Datum nesmí být dřív než {min}.',
  'prompt.date-too-late': 'Datum nesmí být později než {max}.',
  'prompt.editor-tip': '(e = otevřít editor)',
  'prompt.number-invalid': 'Zadejte celé číslo.',
  'prompt.number-range': 'Zadejte číslo od {min} do {max}.',
  'prompt.save': 'Uložit?',

  // --- init ---
  'init.exists': 'Ve složce {dir} už spis služby je; nic nebylo změněno.',
  'init.missing-flags': 'Bez terminálu je třeba zadat všechno volbami; chybí: {flags}.',
  'init.bad-worker': 'Pracovník „{value}“: použijte tvar zkratka:Jméno Příjmení[:e-mail].',
  'init.bad-worker-id': 'Zkratka: malá písmena, číslice a pomlčka, začíná písmenem (např. novakova).',
  'init.bad-service': 'Neznámý druh služby „{value}“. Možnosti: {allowed}.',
  'init.ask-name': 'Název poskytovatele',
  'init.ask-ico': 'IČO (8 číslic)',
  'init.ask-address': 'Sídlo poskytovatele',
  'init.ask-service': 'Druh sociální služby',
  'init.ask-registration': 'Identifikátor služby z registru (7 číslic, nepovinné)',
  'init.ask-worker-id': 'Zkratka pracovníka (např. novakova)',
  'init.ask-worker-name': 'Jméno a příjmení pracovníka',
  'init.ask-worker-email': 'E-mail pracovníka (nepovinné)',
  'init.ask-more-workers': 'Přidat dalšího pracovníka?',
  'init.created': 'Spis služby založen ve složce {dir}. Dalším krokem je spis client new.',
  'init.git': 'Založen také git repozitář (git init); záznamy verzujte commitem.',
  'init.readme': (p: Params) =>
    `# Spisová dokumentace – ${p.name}\n\n` +
    'Tato složka je spis služby pro program `spis`. Obsahuje osobní údaje klientů včetně\n' +
    'údajů o zdraví: nekopírujte ji mimo zabezpečená místa a neposílejte e-mailem.\n\n' +
    '- `spis.yaml` – poskytovatel, pracovníci, pravidla a číselníky\n' +
    '- `clients/<číslo spisu>/` – spisy zájemců a klientů (client, contract, goals, contacts/, termination)\n' +
    '- `archive/<číslo spisu>/` – ukončené spisy do konce skartační lhůty\n' +
    '- `schemas/` – schémata záznamů; editor s YAML podporou podle nich napovídá\n\n' +
    'Kontrola všech záznamů: `spis check`. Přehled termínů: `spis due`.\n',

  // --- client ---
  'client.input-reserved': 'Vstup {file} nesmí obsahovat id ani status: číslo spisu přidělí program a nový spis je vždy zájemce (applicant).',
  'client.summary': 'Založí se spis {id}: {label}, stav zájemce.',
  'client.ask-anonymous': 'Anonymní klient (jednorázové poradenství bez jména)?',
  'client.ask-pseudonym': 'Pseudonym (např. Klientka A)',
  'client.ask-given': 'Jméno',
  'client.ask-family': 'Příjmení',
  'client.ask-sex': 'Pohlaví',
  'client.ask-birth-date': 'Datum narození (nepovinné)',
  'client.ask-birth-year': 'Rok narození (nepovinné)',
  'client.ask-district': 'Okres bydliště před zahájením služby (nepovinné)',
  'client.ask-target-group': 'Cílová skupina',
  'client.ask-address': 'Adresa (nepovinné)',
  'client.ask-phone': 'Telefon (nepovinné)',
  'client.ask-email': 'E-mail (nepovinné)',
  'client.ask-applied': 'Datum prvního kontaktu',
  'client.ask-request': 'S čím zájemce přichází (zakázka)',
  'client.ask-key-worker': 'Klíčový pracovník',
  'client.no-key-worker': '(zatím neurčen – určí assessment)',
  'client.ask-representative': 'Má zákonného zástupce nebo opatrovníka?',
  'client.ask-rep-name': 'Jméno zástupce',
  'client.ask-rep-relation': 'Vztah ke klientovi (např. matka, opatrovník)',

  // --- list / show ---
  'list.bad-status': 'Neznámý stav „{value}“. Možnosti: {allowed}.',
  'list.bad-worker': 'Neznámý pracovník „{value}“. Pracovníci: {allowed}.',
  'list.empty': 'Žádné spisy neodpovídají zadání.',
  'list.broken': (p: Params) => `${n(p.count)} ${cz(n(p.count), 'spis nelze přečíst', 'spisy nelze přečíst', 'spisů nelze přečíst')} (viz výše); spusťte spis check.`,
  'list.col-id': 'Spis',
  'list.col-status': 'Stav',
  'list.col-client': 'Klient',
  'list.col-worker': 'Klíčový pracovník',
  'list.col-last': 'Poslední kontakt',
  'list.archived-mark': '(archiv)',

  'show.case': 'Spis',
  'show.born': 'nar. {date}',
  'show.district': 'okres {value}',
  'show.applied': 'První kontakt {date}',
  'show.assessment': 'assessment {date} ({workers})',
  'show.key-worker': 'Klíčový pracovník',
  'show.history': 'historie',
  'show.since': 'od {date}',
  'show.representative': 'Zákonný zástupce',
  'show.request': 'Zakázka',
  'show.refused': 'Odmítnut',
  'show.contract': 'Smlouva',
  'show.contract-written': 'písemná',
  'show.contract-oral': 'ústní',
  'show.concluded': 'uzavřena {date}',
  'show.until': 'do {date}',
  'show.indefinite': 'na dobu neurčitou',
  'show.amendment': 'dodatek č. {number} účinný od {date}',
  'show.personal-goal': 'Osobní cíl',
  'show.last-evaluation': 'poslední hodnocení',
  'show.next-evaluation': 'hodnotit nejpozději',
  'show.earlier-goal': 'dřívější cíl',
  'show.partial-goals': 'Dílčí cíle',
  'show.criteria': 'kritéria',
  'show.responsible': 'odpovídá',
  'show.review': 'přehodnotit',
  'show.overdue': '(po termínu)',
  'show.closed-goals': 'uzavřené',
  'show.contacts': 'Kontakty',
  'show.contact-count': (p: Params) => `celkem ${n(p.count)} ${cz(n(p.count), 'kontakt', 'kontakty', 'kontaktů')}, poslední:`,
  'show.next-meeting': 'příští schůzka',
  'show.termination': 'Ukončení',
  'show.archive-until': 'uchovat do {date}',
  'show.has-problems': (p: Params) => `Spis obsahuje ${n(p.count)} ${cz(n(p.count), 'problém', 'problémy', 'problémů')} (viz výše).`,

  'check.summary': (p: Params) =>
    `${n(p.count)} ${cz(n(p.count), 'problém', 'problémy', 'problémů')} v ${n(p.files)} ${cz(n(p.files), 'souboru', 'souborech', 'souborech')}.`,

  // --- planning workflow ---
  'cmd.contract': 'smlouva o poskytnutí služby a její dodatky',
  'cmd.contract-new': 'uzavře smlouvu (písemnou nebo ústní); ze zájemce se stane klient',
  'cmd.contract-amend': 'dodatek ke smlouvě, také změna osobního cíle',
  'cmd.contact': 'zápisy z kontaktů',
  'cmd.contact-add': 'zápis z kontaktu: průběh, hodnocení dílčích cílů, nové cíle, příští schůzka',
  'cmd.key-worker': 'předá spis jinému klíčovému pracovníkovi (historie zůstává)',
  'cmd.refuse': 'odmítne zájemce z důvodu podle § 91 odst. 3',
  'opt.key-worker-date': 'od kdy (RRRR-MM-DD, výchozí dnes)',
  'opt.key-worker-note': 'důvod předání',
  'opt.refuse-reason': 'důvod z číselníku refusal_reasons (§ 91 odst. 3)',
  'opt.refuse-note': 'poznámka, např. kam byl zájemce odkázán',
  'opt.refuse-date': 'datum odmítnutí (výchozí dnes)',
  'opt.refuse-worker': 'kdo zájemce odmítl (zkratka; výchozí klíčový pracovník)',
  'ui.yes': 'ano',
  'ui.no': 'ne',
  'ui.bad-date-option': '„{value}“ není platné datum; použijte tvar RRRR-MM-DD.',
  'prompt.save-summary': 'Shrnuto s klientem a klient souhlasí. Uložit?',

  'contract.not-applicant': 'Spis {id} není zájemce (stav: {status}); smlouvu lze uzavřít jen se zájemcem. Změny smlouvy: spis contract amend {id}',
  'contract.not-active': 'Spis {id} nemá platnou smlouvu; dodatek lze uzavřít jen u klienta. Novou smlouvu uzavřete příkazem spis contract new {id}.',
  'contract.saved': 'Smlouva uložena ({form}); spis {id} je nyní klient.',
  'contract.summary-head': 'Smlouva s klientem {label}: {form}, uzavřena {date}',
  'contract.personal-goal': 'Osobní cíl',
  'contract.email-records': 'Souhlas se zasíláním zápisů e-mailem',
  'contract.document': 'Předán dokument',
  'contract.worker': 'Za poskytovatele',
  'contract.ask-form': 'Forma smlouvy',
  'contract.ask-date': 'Datum uzavření',
  'contract.ask-worker': 'Za poskytovatele jedná',
  'contract.ask-personal-goal': 'Osobní cíl klienta (jeho slovy)',
  'contract.defaults-tip': 'Náležitosti § 91 odst. 2 jsou předvyplněné ze spis.yaml; Enter je potvrdí.',
  'contract.ask-scope': '(c) Rozsah poskytování',
  'contract.ask-place-time': '(d) Místo a čas',
  'contract.ask-payment': '(e) Úhrada',
  'contract.ask-internal-rules': '(f) Vnitřní pravidla',
  'contract.ask-notice': '(g) Výpovědní důvody a lhůty',
  'contract.ask-term': '(h) Platnost do (prázdné = na dobu neurčitou)',
  'contract.ask-email-records': 'Souhlasí klient se zasíláním zápisů e-mailem?',
  'contract.ask-initial-situation': 'Výchozí situace klienta pro individuální plán (nepovinné)',
  'amend.ask-date': 'Datum uzavření dodatku',
  'amend.ask-effective': 'Účinnost od',
  'amend.ask-changes': 'Co se mění',
  'amend.ask-goal-change': 'Mění se osobní cíl („{goal}“)?',
  'amend.ask-term': 'Nová platnost do (prázdné = beze změny)',
  'amend.summary': 'Dodatek č. {number}, účinný od {date}:',
  'amend.saved': 'Dodatek č. {number} ke smlouvě ve spisu {id} uložen.',

  'contact.case-ended': 'Spis {id} je ve stavu „{status}“; nové záznamy do něj nepatří.',
  'contact.no-plan': 'Spis {id} zatím nemá smlouvu ani cíle; dílčí cíle se stanovují až po uzavření smlouvy (spis contract new {id}).',
  'contact.summary-head': 'Zápis z kontaktu {date}: {type}, {form}',
  'contact.next-review': 'přehodnotit {date}',
  'contact.new-goal': 'nový dílčí cíl',
  'contact.client-absent': 'klient se neúčastnil',
  'contact.new-personal-goal': 'nový osobní cíl',
  'contact.will-email': 'zápis bude zaslán klientovi e-mailem',
  'contact.ask-date': 'Datum kontaktu',
  'contact.ask-type': 'Typ kontaktu',
  'contact.ask-form': 'Forma kontaktu',
  'contact.ask-place': 'Místo (nepovinné)',
  'contact.ask-duration': 'Délka v minutách (nepovinné)',
  'contact.ask-participants': 'Účastníci (oddělte čárkou)',
  'contact.ask-worker': 'Zapisuje',
  'contact.ask-summary': 'Průběh kontaktu',
  'contact.goal-head': 'Dílčí cíl {id}: {text}\n  kritéria: {criteria}; přehodnotit: {review}',
  'contact.ask-goal-status': 'Jak se cíl plní?',
  'contact.goal-skip': 'dnes neprobíráno',
  'contact.ask-goal-progress': 'Jak se daří (nepovinné)',
  'contact.ask-next-review': 'Další přehodnocení',
  'contact.ask-add-goal': 'Stanovit nový dílčí cíl?',
  'contact.ask-goal-text': 'Dílčí cíl {id} (konkrétní, měřitelný, časově ohraničený)',
  'contact.ask-goal-criteria': 'Jak poznáme, že je naplněn (kritéria)',
  'contact.ask-goal-responsible': 'Kdo za něj odpovídá (oddělte čárkou)',
  'contact.ask-goal-review': 'Termín přehodnocení',
  'contact.personal-goal-head': 'Hodnocení osobního cíle: „{text}“',
  'contact.ask-client-present': 'Účastní se hodnocení klient (nebo jeho zákonný zástupce)?',
  'contact.ask-absent-reason': 'Proč se klient neúčastní',
  'contact.ask-outcome': 'Osobní cíl je',
  'contact.ask-satisfaction': 'Jak je klient se službou spokojen',
  'contact.ask-continue': 'Chce klient pokračovat s novým osobním cílem?',
  'contact.ask-next-meeting': 'Příští schůzka (nepovinné)',
  'contact.ask-email': 'Poslat zápis klientovi e-mailem?',

  'key-worker.unknown': 'Neznámý nebo neaktivní pracovník „{value}“. Pracovníci: {allowed}.',
  'key-worker.same': '{name} už je klíčovým pracovníkem spisu {id}.',
  'key-worker.before-last': 'Předání od {from} je dřív než poslední předání ({last}).',
  'key-worker.saved': 'Klíčovým pracovníkem spisu {id} je nyní {name}.',

  'refuse.not-applicant': 'Spis {id} není zájemce (stav: {status}); odmítnout lze jen zájemce.',
  'refuse.needs-reason': 'Bez terminálu zadejte důvod volbou --reason (a --worker, nemá-li spis klíčového pracovníka).',
  'refuse.bad-reason': 'Neznámý důvod odmítnutí „{value}“. Zákon (§ 91 odst. 3) připouští: {allowed}.',
  'refuse.ask-reason': 'Důvod odmítnutí (§ 91 odst. 3)',
  'refuse.ask-note': 'Poznámka, např. kam byl zájemce odkázán (nepovinné)',
  'refuse.summary': 'Zájemce {label} bude odmítnut: {reason}.',
  'refuse.saved': 'Zájemce ve spisu {id} odmítnut.',

  // --- labels ---
  'status.applicant': 'zájemce',
  'status.active': 'klient',
  'status.refused': 'odmítnut',
  'status.closed': 'ukončen',
  'sex.female': 'žena',
  'sex.male': 'muž',
  'sex.unknown': 'neuvedeno',
  'outcome.met': 'naplněn',
  'outcome.partly_met': 'částečně naplněn',
  'outcome.not_met': 'nenaplněn',
  'goal-status.open': 'otevřený',
  'goal-status.continues': 'pokračuje',
  'goal-status.met': 'naplněn',
  'goal-status.partly_met': 'částečně naplněn',
  'goal-status.not_met': 'nenaplněn',
  'goal-status.reworded': 'přeformulován',
  'goal-status.dropped': 'zrušen',

  // --- problems: what is wrong ---
  'problem.yaml-syntax': (p: Params) => `chyba zápisu YAML: ${YAML_ERRORS[String(p.yamlCode)] ?? p.detail}`,
  'problem.yaml-duplicate-key': 'klíč je v záznamu dvakrát',
  'problem.yaml-too-large': 'soubor je větší než {limit}, takže to není záznam spisu',
  'problem.yaml-aliases': 'soubor používá příliš mnoho odkazů (aliasů) YAML',
  'problem.yaml-not-mapping': 'záznam musí být seznam položek „klíč: hodnota“',
  'problem.file-unreadable': 'soubor nelze přečíst ({reason})',
  'problem.schema-required': 'chybí povinný údaj „{field}“',
  'problem.schema-type': (p: Params) => `„${p.field}“ má mít ${typeName(p.expected)}, je tu „${p.value}“`,
  'problem.schema-enum': '„{value}“ není povolená hodnota pole „{field}“',
  'problem.schema-unknown-field': 'neznámé pole „{field}“',
  'problem.schema-pattern': '„{value}“ nemá správný tvar pro pole „{field}“',
  'problem.schema-empty': 'pole „{field}“ je prázdné',
  'problem.schema-range': (p: Params) =>
    p.rule === 'minItems' ? `pole „${p.field}“ musí mít aspoň ${p.limit} ${cz(n(p.limit), 'položku', 'položky', 'položek')}` : `hodnota ${p.value} pole „${p.field}“ je mimo povolený rozsah`,
  'problem.schema-other': 'pole „{field}“ neodpovídá pravidlu schématu ({rule})',
  'problem.date-invalid': '„{value}“ není platné datum',
  'problem.unknown-worker': 'neznámý pracovník „{value}“',
  'problem.unknown-code': '„{value}“ není v číselníku {list}',
  'problem.unknown-goal': 'dílčí cíl „{value}“ ve spisu neexistuje',
  'problem.duplicate-goal-id': 'označení dílčího cíle „{value}“ je použito dvakrát',
  'problem.date-order': 'datum {value} je dřív než {label} ({other})',
  'problem.date-future': 'datum {value} je v budoucnosti (dnes je {today})',
  'problem.id-mismatch': 'číslo spisu „{value}“ neodpovídá složce {folder}',
  'problem.file-name-mismatch': 'datum zápisu {value} neodpovídá názvu souboru {name}',
  'problem.missing-record': 've stavu „{status}“ chybí {record}',
  'problem.unexpected-record': 've stavu „{status}“ nemá být {record}',
  'problem.status-mismatch': 'archivovaný spis musí být ukončený (status: closed), je „{status}“',
  'problem.goal-closed': 'dílčí cíl {value} byl uzavřen {closed} a nelze ho znovu hodnotit',
  'problem.missing-client': 'spis {id} nemá client.yaml',
  'problem.stray-file': 'soubor {file} do spisu nepatří',
  'problem.consent-missing': 'zápis byl zaslán e-mailem, ale klient k tomu nedal souhlas',

  // --- problems: how to fix ---
  'hint.yaml-syntax': 'Opravte zápis na vyznačeném místě: odsazení mezerami (ne tabulátory), za dvojtečkou mezera, text s dvojtečkou dejte do uvozovek.',
  'hint.yaml-duplicate-key': 'Každý klíč smí být v jednom záznamu jen jednou; sloučte obě hodnoty nebo jednu smažte.',
  'hint.yaml-too-large': 'Záznamy spisu mají jednotky kilobajtů; soubor sem nepatří, přesuňte ho mimo spis.',
  'hint.yaml-aliases': 'Záznamy spisu aliasy (&, *) nepotřebují; vypište hodnoty přímo.',
  'hint.yaml-not-mapping': 'Záznam začíná řádky ve tvaru „klíč: hodnota“, např. „date: 2026-11-22“.',
  'hint.file-unreadable': 'Zkontrolujte oprávnění k souboru (vlastník ho musí moci číst).',
  'hint.schema-required': (p: Params) => `Doplňte řádek „${p.field}: …“${p.where ? ` do části ${p.where}` : ''}; popis pole najdete ve schématu v schemas/.`,
  'hint.schema-type': (p: Params) =>
    p.expected === 'string' ? 'Text, který vypadá jako číslo (IČO, PSČ), dejte do uvozovek, např. "01234567".' : `Zapište ${typeName(p.expected)}.`,
  'hint.schema-enum': 'Použijte jednu z hodnot: {allowed}.',
  'hint.schema-unknown-field': 'Zkontrolujte překlep v názvu pole; poznámky pište jako komentář za # nebo do pole note.',
  'hint.schema-pattern': (p: Params) => (p.expected ? `Očekávaný tvar: ${p.expected}` : 'Zkontrolujte tvar hodnoty podle schématu v schemas/.'),
  'hint.schema-empty': 'Doplňte text, nebo celý řádek smažte, je-li pole nepovinné.',
  'hint.schema-range': 'Opravte hodnotu podle popisu pole ve schématu v schemas/.',
  'hint.schema-other': 'U doby platnosti smlouvy zapište buď „indefinite: true“, nebo „until: RRRR-MM-DD“, ne obojí.',
  'hint.date-invalid': 'Zapište skutečné datum ve tvaru RRRR-MM-DD, např. 2026-02-28.',
  'hint.unknown-worker': 'Použijte zkratku pracovníka ze spis.yaml ({known}), nebo pracovníka do spis.yaml doplňte.',
  'hint.unknown-code': 'Povolené hodnoty: {allowed}. Vlastní hodnotu doplňte do spis.yaml, části codes.{list}.',
  'hint.unknown-goal': 'Použijte označení cíle z goals.yaml ({known}); nový cíl se zakládá v new_goals.',
  'hint.duplicate-goal-id': 'Každý dílčí cíl potřebuje vlastní označení; přečíslujte ten novější.',
  'hint.date-order': 'Zkontrolujte obě data; jedno z nich je nejspíš překlep.',
  'hint.date-future': 'Záznam o kontaktu lze pořídit až po něm; zkontrolujte rok a měsíc.',
  'hint.id-mismatch': 'Pole id musí být stejné jako název složky spisu.',
  'hint.file-name-mismatch': 'Zápisy se nepřepisují: je-li datum špatně, založte opravný zápis (corrects), jinak opravte pole date.',
  'hint.missing-record': 'Doplňte chybějící záznam příslušným příkazem (spis contract new, spis close, spis refuse), nebo opravte status.',
  'hint.unexpected-record': 'Opravte status, nebo záznam odstraňte, pokud do spisu nepatří.',
  'hint.status-mismatch': 'Do archivu patří jen ukončené spisy; vraťte spis do clients/, nebo ho ukončete (spis close).',
  'hint.goal-closed': 'Má-li se na cíli dál pracovat, založte nový dílčí cíl (new_goals).',
  'hint.missing-client': 'Každý spis začíná souborem client.yaml; obnovte ho z gitu (git checkout), nebo složku odstraňte.',
  'hint.stray-file': 'Přesuňte soubor mimo spis, nebo ho odstraňte; dokumenty patří do documents/ ve spisu klienta.',
  'hint.consent-missing': 'Zapište souhlas do client.yaml (consents.email_records: true) nebo opravte sent_by_email.',
} satisfies Record<string, Msg>;

/** The yaml parser's own messages are English; the common ones in Czech. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'špatné odsazení, nebo neuzavřená závorka [ či { na některém z předchozích řádků',
  TAB_AS_INDENT: 'odsazení tabulátorem',
  MISSING_CHAR: 'chybí uzavírací znak (], } nebo uvozovka)',
  BLOCK_AS_IMPLICIT_KEY: 'klíč musí být na jednom řádku (nechybí dvojtečka nebo uvozovka?)',
  MULTILINE_IMPLICIT_KEY: 'klíč musí být na jednom řádku (nechybí dvojtečka nebo uvozovka?)',
  UNEXPECTED_TOKEN: 'nečekaný znak',
  BAD_DQ_ESCAPE: 'neplatná sekvence se zpětným lomítkem v textu v uvozovkách',
  MULTIPLE_DOCS: 'soubor obsahuje více dokumentů (---)',
  BAD_SCALAR_START: 'hodnota nesmí začínat tímto znakem; dejte ji do uvozovek',
};

function typeName(t: unknown): string {
  switch (t) {
    case 'string':
      return 'text';
    case 'integer':
      return 'celé číslo';
    case 'number':
      return 'číslo';
    case 'boolean':
      return 'hodnotu true nebo false';
    case 'array':
      return 'seznam (řádky začínající „- “)';
    case 'object':
      return 'vnořené položky „klíč: hodnota“';
    default:
      return String(t);
  }
}

export type MessageKey = keyof typeof cs;
export type Catalogue = Record<MessageKey, Msg>;
