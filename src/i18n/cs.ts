// Czech: the user's language and the default. Every key here must exist in en.ts (the type
// system checks it).
import type { Params } from './index.js';
import { agree, clientNoun, memberLabel, word } from './agree.js';

type Msg = string | ((p: Params) => string);

const n = (v: unknown): number => Number(v ?? 0);
const cz = (count: number, one: string, few: string, many: string): string => {
  const a = Math.abs(count);
  return a === 1 ? one : a >= 2 && a <= 4 ? few : many;
};

/** What the codes of the schemas' fixed lists mean in Czech, for a hint that lists them. */
const ENUM_WORDS: Record<string, string> = {
  female: 'žena',
  male: 'muž',
  unknown: 'neuvedeno',
  applicant: 'zájemce',
  active: 'služba se poskytuje',
  closed: 'ukončeno',
  refused: 'odmítnuto',
  written: 'písemná',
  oral: 'ústní',
  open: 'otevřený',
  met: 'splněn',
  partly_met: 'částečně splněn',
  not_met: 'nesplněn',
  dropped: 'zrušen',
  replaced: 'nahrazen',
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
  'cli.invalid-argument': (p: Params) =>
    `${p.option ? `Volba ${p.option}: neplatná hodnota „${p.token}“` : `Neplatná hodnota: ${p.token}`}${p.allowed ? `; možnosti: ${p.allowed}` : ''}.`,
  'cli.see-help': 'Nápověda: spis --help',
  'cli.today-invalid': 'SPIS_TODAY={value} není platné datum; použijte tvar RRRR-MM-DD.',

  'cmd.init': 'založí nový spis služby (spis.yaml, clients/, schémata)',
  'cmd.client': 'práce s klienty a zájemci',
  'cmd.client-new': 'otevře spis zájemci o službu a vypíše jeho číslo',
  'cmd.client-edit':
    'změní údaje klienta (adresa, datum narození, zástupce, okres, cílová skupina, spolupracující osoby…)',
  'cmd.assess': 'zapíše posouzení zájemce (nejméně dva pracovníci, závěr) a určí klíčového pracovníka',
  'cmd.plan': 'zaznamená písemný individuální plán (datum, výchozí situace, podíl klienta) a může ho rovnou vyhotovit',
  'cmd.periodic-report': 'zapíše pravidelnou zprávu o průběhu (u doprovázení pěstounů každých 6 měsíců)',
  'cmd.list': 'vypíše spisy se stavem, klíčovým pracovníkem a posledním kontaktem',
  'cmd.show': 'přehled jednoho spisu',
  'cmd.check': 'zkontroluje všechny záznamy; bez výstupu, je-li vše v pořádku',

  'cmd.log': 'historie spisu z gitu: kdy, kdo, jakým příkazem a které záznamy',
  'cmd.completion':
    'doplňování příkazů, voleb a čísel spisů v shellu: vypíše skript pro bash, zsh nebo fish (source <(spis completion bash))',
  'cmd.edit':
    'upraví záznam spisu ručně v $EDITOR a zapíše ho, jen když projde kontrolou (client, contract, goals, termination; zápis z kontaktu se neopravuje přepsáním, ale opravným zápisem)',
  'cmd.sync': 'vymění změny se sdíleným repozitářem týmu (načte, sloučí, zkontroluje, odešle)',
  'opt.dir': 'složka se spisem služby (jinak SPIS_DIR nebo nejbližší spis.yaml)',
  'opt.lang': 'jazyk výstupu: cs nebo en',
  'opt.no-color': 'bez barev (také NO_COLOR)',
  'opt.no-commit': 'změny uloží, ale nezapíše je do gitu (také git.commit: false ve spis.yaml)',
  'opt.sync-setup': 'nastaví sdílený repozitář (adresa) a slučování cílů v tomto klonu',
  'opt.sync-worker': 'kdo na tomto počítači pracuje (zkratka ze spis.yaml); podepisuje jeho změny',
  'opt.json': 'výstup ve formátu JSON',
  'opt.from': 'vstup ze souboru YAML/JSON, nebo - pro standardní vstup',
  'opt.contact-one-off':
    'jednorázový anonymní kontakt (základní poradenství): bez čísla spisu založí nový spis, kontakt zapíše a spis rovnou uzavře; s číslem spisu tak uzavře anonymního zájemce',
  'opt.plan-render': 'plán po zaznamenání vyhotoví (HTML k tisku) a uloží do documents/',
  'opt.status': 'jen spisy v daném stavu: zájemce (zájemkyně), aktivní, odmítnutý nebo ukončený',
  'opt.worker': 'jen spisy daného klíčového pracovníka (zkratka)',
  'opt.archived': 'včetně archivovaných spisů',
  'opt.init-name': 'název poskytovatele',
  'opt.init-ico': 'IČO poskytovatele (8 číslic)',
  'opt.init-address': 'sídlo poskytovatele',
  'opt.init-service': 'druh služby, např. odborne_socialni_poradenstvi',
  'opt.init-registration': 'identifikátor služby z registru (7 číslic)',
  'opt.init-worker':
    'pracovník ve tvaru zkratka:Jméno Příjmení[:e-mail][:ž|m] (ž = žena, m = muž, pro správné tvary v dokumentech); lze opakovat',
  'opt.init-me':
    'kdo z pracovníků pracuje na tomto počítači (zapíše se do jeho kopie jako spis.worker); při jediném pracovníkovi on sám',

  // --- general ---
  'ui.hint-label': 'Jak opravit:',
  'ui.cancelled': 'Přerušeno, nic nebylo uloženo.',
  'ui.not-saved': 'Neuloženo.',
  'ui.fs-error': 'Soubor {path} nelze zpracovat ({code}). Zkontrolujte, že existuje a máte k němu oprávnění.',
  'ui.internal-error':
    'Vnitřní chyba programu: {message}. Nic nebylo uloženo. Spusťte znovu se SPIS_DEBUG=1 a pošlete výpis správci.',

  'repo.dir-missing': 'Složka {dir} neexistuje. Zkontrolujte cestu u -C nebo SPIS_DIR.',
  'repo.not-a-repo': 'Ve složce {dir} není spis služby (chybí spis.yaml). Nový založíte příkazem: spis init {dir}',
  'repo.not-found':
    'Tady ani v nadřazených složkách není spis služby (spis.yaml). Použijte -C <složka>, nebo založte nový: spis init <složka>',
  'repo.config-invalid': 'Soubor {file} obsahuje chyby (viz výše); opravte je a spusťte příkaz znovu.',

  'case.id-invalid': '„{id}“ není číslo spisu; čísla spisů mají tvar RRRR-NNNN, např. 2026-0007.',
  'case.not-found': 'Spis {id} neexistuje (ani v clients/, ani v archive/). Seznam spisů: spis list --archived',
  'case.symlink':
    'Spis {id} je symbolický odkaz ({file}); spis odkazy nenásleduje. Nahraďte odkaz skutečnou složkou spisu.',
  'case.has-problems':
    'Spis {id} obsahuje chyby (viz výše); opravte je nejdřív, nic nebylo uloženo. Kontrola: spis check',
  'case.no-client': 'Ve spisu {id} chybí client.yaml.',
  'case.exists': 'Spis {id} už existuje.',
  'case.ids-exhausted': 'Pro rok {year} už nejsou volná čísla spisů.',

  'store.invalid-record': 'Záznam {file} neodpovídá schématu (viz výše); nic nebylo uloženo.',
  'store.nothing-written': 'Nic nebylo uloženo: opravte uvedené údaje a spusťte příkaz znovu.',
  'store.record-too-large':
    'Záznam {file} by byl větší než {kib} KiB, a tak velký záznam spis nečte; nic nebylo uloženo. Zkraťte text: záznam zachycuje podstatné, celé dokumenty se do něj nevkládají.',
  'store.roundtrip-failed':
    'Úpravu souboru {file} nelze bezpečně zapsat tak, aby se zachoval jeho obsah; nic nebylo uloženo. Upravte soubor ručně.',

  'store.outside-repo': 'Soubor {file} leží mimo spis služby; nic nebylo uloženo.',
  'store.symlink':
    '{file} je symbolický odkaz; spis odkazy nenásleduje a přes ně nezapisuje. Nahraďte odkaz skutečnou složkou nebo souborem. Nic nebylo uloženo.',
  'store.move-target-exists': '{file} už existuje; nic nebylo uloženo ani přesunuto.',
  'store.lock-broken':
    'Zápis, který začal {started} (příkaz {command}, proces {pid}), byl přerušen; jeho zámek je uvolněn a rozpracovaná změna se dokončí.',
  'store.git-lock-removed': 'Odstraněn zámek gitu {file}, který zůstal po přerušeném zápisu.',
  'store.recovered': (p: Params) =>
    `Dokončen${n(p.count) === 1 ? ' přerušený zápis' : cz(n(p.count), '', 'y přerušené zápisy', 'o přerušených zápisů')} (${p.count}).`,
  'store.swept': (p: Params) =>
    `Odstraněn${cz(n(p.count), ' dočasný soubor', 'y dočasné soubory', 'o dočasných souborů')} po přerušeném zápisu (${p.count}).`,
  'store.leftovers-noted': (p: Params) =>
    `Nalezen${cz(n(p.count), ' dočasný soubor', 'y dočasné soubory', 'o dočasných souborů')} po přerušeném zápisu (${p.count}); odstraní ${n(p.count) === 1 ? 'ho' : 'je'} příští zápis.`,
  'store.commit-failed': 'Změna je uložena, ale git ji nepřijal ({reason}); zapíše ji příští spis sync.',
  'store.no-git':
    'Spis služby není samostatný git repozitář: změny se ukládají, ale bez historie. Historii zapnete příkazem git init ve složce spisu (toto upozornění se už nezobrazí).',
  'lock.busy':
    'Do spisu právě zapisuje jiný příkaz ({command}, proces {pid} na počítači {host}, od {started}). Zkuste to za chvíli znovu. Pokud žádný takový příkaz neběží, smažte soubor {file}.',
  'input.not-interactive':
    'Není k dispozici terminál pro otázky: zadejte údaje souborem --from SOUBOR, nebo --from - na standardní vstup.',
  'input.unreadable': 'Vstup {file} nelze přečíst ({code}).',
  'worker.unknown': (p: Params) =>
    `V spis.yaml nikdo s id „${p.id}“ (z ${p.source}) není; známá id: ${p.known}.${p.suggestion ? ` Myslíte „${p.suggestion}“?` : ''} Opravte ${p.source} (např. export SPIS_WORKER=…, nebo spis sync --setup --worker …). Nic nebylo uloženo.`,
  'input.invalid': 'Vstup {file} není platný YAML ani JSON (viz výše); nic nebylo uloženo.',
  'input.unknown-keys':
    'Vstup {file} obsahuje pole, která tento příkaz nezná (viz výše); opravte jejich názvy. Nic nebylo uloženo.',

  'input.too-large': 'Vstup {file} je větší než {limit}; tak velký záznam to není. Nic nebylo uloženo.',
  'prompt.required': 'Tento údaj je povinný.',
  'prompt.yes-no': 'Odpovězte a (ano), nebo n (ne).',
  'prompt.yes-no-hint': '(a/n)',
  'prompt.yes-no-default-yes': '(A/n)',
  'prompt.yes-no-default-no': '(a/N)',
  'prompt.select-help': '↑↓ výběr • ⏎ potvrdit',
  'prompt.date-tip': '(RRRR-MM-DD, 22. 11. 2026, +14d, +1m)',
  'prompt.date-tip-long-ago': '(např. 12. 4. 1958 nebo 1958-04-12)',
  'prompt.date-tip-past': '(RRRR-MM-DD, 22. 11. 2026, dnes, včera)',
  'prompt.date-invalid-long-ago': '„{value}“ není platné datum. Zadejte např. 12. 4. 1958 nebo 1958-04-12.',
  'prompt.date-invalid': '„{value}“ není platné datum. Zadejte např. 2026-11-22, 22. 11. 2026 nebo +14d.',
  'prompt.date-too-early': 'Datum nesmí být dřív než {min}.',
  'prompt.date-too-late': 'Datum nesmí být později než {max}.',
  'prompt.editor-tip': '(e = otevřít editor)',
  'prompt.number-invalid': 'Zadejte celé číslo.',
  'prompt.decimal-invalid': 'Zadejte číslo, např. 2 nebo 1,5.',
  'prompt.number-range': 'Zadejte číslo od {min} do {max}.',
  'prompt.save': 'Uložit?',

  'prompt.choice-save': 'uložit',
  'prompt.choice-change': 'změnit odpověď',
  'prompt.choice-discard': 'zahodit',
  'prompt.really-discard': 'Opravdu zahodit všechny odpovědi? Nic se neuloží.',
  'prompt.which-answer': 'Kterou odpověď změnit?',
  'prompt.save-one-off': 'Uložit zápis a spis uzavřít jako jednorázový anonymní kontakt?',
  // --- init ---
  'init.exists': 'Ve složce {dir} už spis služby je; nic nebylo změněno.',
  'init.missing-flags': 'Bez terminálu je třeba zadat všechno volbami; chybí: {flags}.',
  'init.bad-worker':
    'Pracovník „{value}“: použijte tvar zkratka:Jméno Příjmení[:e-mail][:ž|m], např. novakova:Mgr. Jana Nováková:novakova@poradna.cz:ž.',
  'init.bad-worker-id': 'Zkratka: malá písmena, číslice a pomlčka, začíná písmenem (např. novakova).',
  'init.bad-service': 'Neznámý druh služby „{value}“. Možnosti: {allowed}.',
  'init.ask-name': 'Název poskytovatele',
  'init.ask-ico': 'IČO (8 číslic)',
  'init.ask-address': 'Sídlo poskytovatele',
  'init.ask-service': 'Druh sociální služby',
  'init.ask-registration': 'Identifikátor služby z registru (7 číslic, nepovinné)',
  'init.bad-ico':
    'IČO „{value}“ není platné: má osm číslic a poslední z nich je kontrolní (součet prvních sedmi násobených 8 až 2, mod 11). Opište ho z veřejného rejstříku.',
  'init.bad-registration':
    'Identifikátor služby má sedm číslic; najdete ho v registru poskytovatelů sociálních služeb.',
  'init.ask-worker-id': 'Zkratka pracovníka (např. novakova)',
  'init.ask-worker-name': 'Jméno a příjmení pracovníka',
  'init.ask-worker-sex': 'Pracovník, nebo pracovnice? (pro správné tvary v dokumentech: jednal/jednala)',
  'init.ask-worker-email': (p: Params) => `E-mail ${agree(p.sex, 'pracovníka', 'pracovnice')} (nepovinné)`,
  'init.bad-email': 'To není e-mailová adresa (např. jana.novakova@poradna.cz); opravte ji, nebo nechte prázdné.',
  'init.ask-me': 'Kdo z nich pracuje na tomto počítači?',
  'init.bad-me': '--me {value}: mezi pracovníky (--worker) takové id není; známá id: {known}.',
  'init.me': 'Na tomto počítači pracuje {name} (spis.worker = {id}); jinde to nastaví spis sync --setup --worker <id>.',
  'init.ask-more-workers': 'Přidat dalšího pracovníka?',
  'init.created': 'Spis služby založen ve složce {dir}. Dalším krokem je spis client new.',
  'init.git':
    'Založen také git repozitář: každý zápis se do něj uloží sám (historie spisu: spis log). Sdílení s týmem: spis sync --setup <adresa>.',
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
  'client.input-reserved':
    'Vstup {file} nesmí obsahovat id ani status: číslo spisu přidělí program a nový spis je vždy zájemce (status: applicant).',
  'client.summary': (p: Params) => `Založí se nový spis – ${word('applicant', p.sex)}: ${p.label}.`,
  'client.provisional-id':
    'Spis má zatím prozatímní číslo {id}: jiné číslo si v tuto chvíli nelze bezpečně vyhradit (chybí spojení se sdíleným repozitářem). Při příštím spis sync dostane trvalé číslo; do té doby z něj nelze vyhotovit dokument.',
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
  'client.ask-request': (p: Params) => `S čím ${word('applicant', p.sex)} přichází (zakázka)`,
  'client.ask-key-worker': 'Klíčový pracovník nebo pracovnice',
  'client.no-key-worker': '(zatím neurčen – určí ho posouzení)',
  'client.edit-reserved':
    '{file}: pole {fields} příkaz client edit nemění. Měnit lze: {allowed}. Stav mění spis contract, close, refuse; klíčového pracovníka spis key-worker; posouzení spis assess.',
  'client.edit-nothing': 'Údaje klienta ve spisu {id} zůstaly beze změny.',
  'client.same-person':
    'Spis {id} patří téže osobě jako dřívější spis {earlier} (stejné jméno a datum narození); ve výkazu se osoba počítá jednou. Jde-li o jinou osobu: spis client edit {id} s person: null.',
  'client.ask-same-person': 'Stejné jméno a datum narození má spis {id}. Je to tatáž osoba (vrací se)?',
  'client.ask-same-person-year': 'Stejné jméno a rok narození má spis {id}. Je to tatáž osoba?',
  'client.field.person': 'tatáž osoba jako spis',
  'client.edit-summary': 'Změny údajů: {label}',
  'client.edit-saved': 'Údaje klienta ve spisu {id} změněny: {fields}.',
  'client.edit-removed': '(smazáno)',
  'client.edit-clear-tip': '(Enter ponechá, - smaže)',
  'client.ask-reveal': (p: Params) => `${word('Client', p.sex)} už nechce zůstat anonymní (uvede jméno)?`,
  'client.ask-change-representative': 'Změnit zákonného zástupce?',
  'client.ask-keep-cooperating': 'Ponechat spolupracující osobu {name} ({role})?',
  'client.ask-cooperating': 'Spolupracuje na případu další osoba nebo instituce (OSPOD, škola, lékař…)?',
  'client.ask-more-cooperating': 'Přidat další spolupracující osobu nebo instituci?',
  'client.ask-cooperating-name': 'Jméno nebo název instituce',
  'client.ask-cooperating-role': 'Role (např. sociální pracovnice OSPOD, třídní učitelka)',
  'client.ask-cooperating-organisation': 'Organizace (nepovinné)',
  'client.field.anonymous': 'anonymní',
  'client.field.name': 'jméno',
  'client.field.pseudonym': 'pseudonym',
  'client.field.sex': 'pohlaví',
  'client.field.birth_date': 'datum narození',
  'client.field.birth_year': 'rok narození',
  'client.field.district': 'okres',
  'client.field.target_group': 'cílová skupina',
  'client.field.address': 'adresa',
  'client.field.phone': 'telefon',
  'client.field.email': 'e-mail',
  'client.field.request': 'zakázka',
  'client.field.legal_representative': 'zákonný zástupce',
  'client.field.cooperating': 'spolupracující osoby',
  'client.field.consents': 'souhlasy',
  'client.field.note': 'poznámka',
  'client.field.family': 'rodina (spis)',
  'client.field.household': 'domácnost',
  'client.ask-placement-ended': (p: Params) =>
    `Skončilo svěření dítěte do péče? ${p.member}, ${p.sex === 'female' ? 'svěřena' : p.sex === 'male' ? 'svěřen' : 'svěřeno'} od ${p.from}`,
  'client.ask-placement-until': 'Poslední den svěření',
  'client.ask-placement-why': 'Proč svěření skončilo',
  'client.placement-ended': (p: Params) =>
    `${p.member}: svěření do péče skončilo ${p.until}${p.ended ? ` (${p.ended})` : ''}`,
  'placement.ended.adulthood': 'zletilost',
  'placement.ended.return': 'návrat do rodiny',
  'placement.ended.adoption': 'osvojení',
  'placement.ended.court': 'jiné rozhodnutí soudu',
  'placement.ended.other': 'jiný důvod',
  'client.ask-representative': 'Má zákonného zástupce nebo opatrovníka?',
  'client.ask-rep-name': 'Jméno zástupce',
  'client.ask-rep-relation': (p: Params) =>
    `Vztah ${agree(p.sex, 'ke klientovi', 'ke klientce', 'ke klientovi/klientce')} (např. matka, opatrovník)`,

  // --- list / show ---
  'list.bad-status': 'Neznámý stav „{value}“. Možnosti: {allowed}.',
  'list.bad-worker': (p: Params) =>
    `Neznámé id pracovníka „${p.value}“. Pracovníci: ${p.allowed}.${p.suggestion ? ` Myslíte „${p.suggestion}“?` : ''}`,
  'list.empty': 'Žádné spisy neodpovídají zadání.',
  'list.broken': (p: Params) =>
    `${n(p.count)} ${cz(n(p.count), 'spis nelze přečíst', 'spisy nelze přečíst', 'spisů nelze přečíst')} (viz výše); spusťte spis check.`,
  'list.col-id': 'Spis',
  'list.col-status': 'Stav',
  'list.col-client': 'Klient',
  'list.col-worker': 'Klíčový pracovník',
  'list.col-last': 'Poslední kontakt',
  'list.archived-mark': '(archiv)',

  'show.archived': 'v archivu',
  'show.case': 'Spis',
  'show.born': 'nar. {date}',
  'show.district': 'okres {value}',
  'show.applied': 'První kontakt {date}',
  'show.assessment': 'posouzení {date} ({workers})',
  'show.key-worker': (p: Params) => word('KeyWorker', p.wsex),
  'show.history': 'historie',
  'show.since': 'od {date}',
  'show.representative': 'Zákonný zástupce',
  'show.request': 'Zakázka',
  'show.refused': 'Odmítnut',
  'show.contract': 'Smlouva',
  'show.agreement': 'Dohoda o výkonu pěstounské péče',
  'show.carer': (p: Params) => (p.sex === 'female' ? 'pěstounka' : p.sex === 'male' ? 'pěstoun' : 'osoba pečující'),
  'show.contract-written': 'písemná',
  'show.contract-oral': 'ústní',
  'show.concluded': 'uzavřena {date}',
  'show.until': 'do {date}',
  'show.indefinite': 'na dobu neurčitou',
  'show.cooperating': 'Spolupracují',
  'show.previous-contract': 'nahradila smlouvu ({form}) z {concluded}, od {replaced}',
  'show.last-report': 'poslední pravidelná zpráva {date} (za {from} – {to})',
  'show.written-plan': 'Písemný individuální plán: {date}',
  'show.until-fixed': 'na dobu určitou do {date}',
  'show.one-off': 'jednorázový anonymní kontakt bez smlouvy',
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
  'show.corrected': (p: Params) =>
    `opraveno ${p.date} (${p.worker})${Number(p.count) > 1 ? `, ${p.count}. oprava` : ''}${p.reason ? `, důvod: ${p.reason}` : ''};`,
  'show.original-summary': 'původně',
  'show.contacts': 'Kontakty',
  'show.contact-count': (p: Params) =>
    `celkem ${n(p.count)} ${cz(n(p.count), 'kontakt', 'kontakty', 'kontaktů')}, poslední:`,
  'show.next-meeting': 'příští schůzka',
  'show.groups': 'Skupinové aktivity',
  'show.household': 'Domácnost',
  'show.family': 'Rodina',
  'show.family-case': 'spolupráce s rodinou začala spisem {id}',
  'show.same-person': (p: Params) =>
    String(p.ref).includes('/') ? `tatáž osoba jako ${String(p.ref).replace('/', ' ')}` : `má vlastní spis ${p.ref}`,
  'show.goal-for': 'pro',
  'contact.ask-present': 'Kdo z domácnosti byl u kontaktu ({members}; čísla oddělte čárkou, nepovinné)',
  'contact.present': 'z domácnosti přítomni',
  'contact.ask-goal-member': 'Pro koho je cíl',
  'contact.no-such-member': 'Člen domácnosti {ids} ve spisu není; čísla jsou {known}.',
  'show.not-taking-part': (p: Params) =>
    p.sex === 'female' ? 'nezapojena' : p.sex === 'male' ? 'nezapojen' : 'nezapojen/a',
  'show.member': (p: Params) => memberLabel({ role: String(p.role), sex: p.sex, birth_year: p.year }),
  'show.group-count': (p: Params) => {
    const a = p.sex === 'female' ? 'a' : p.sex === 'male' ? '' : '(a)';
    return `zúčastnil${a} se ${n(p.count)} ${cz(n(p.count), 'aktivity', 'aktivit', 'aktivit')}${n(p.excused) ? `, ${n(p.excused)}× omluven${a}` : ''}; poslední:`;
  },
  'show.group-education': 'vzdělávání',
  'show.group-excused': (p: Params) =>
    p.sex === 'female' ? 'omluvila se' : p.sex === 'male' ? 'omluvil se' : 'omluvil(a) se',
  'show.placed': (p: Params) =>
    `${p.sex === 'female' ? 'svěřena' : p.sex === 'male' ? 'svěřen' : 'svěřeno'} do péče od ${p.from}${p.until ? ` do ${p.until}` : ''}`,
  'show.foster': 'Pěstounská péče',
  'show.days': (p: Params) => `${n(p.count)} ${cz(n(p.count), 'den', 'dny', 'dní')}`,
  'show.children-unnamed': 'děti',
  'show.foster-respite': (p: Params) =>
    `respitní péče v roce ${p.year}: ${p.days ?? 'žádná'} (nárok alespoň 14 dní za rok u dítěte od 2 let, § 47a odst. 2 písm. b))`,
  'show.foster-support': (p: Params) =>
    `krátkodobá pomoc ${n(p.short)}×, odborná pomoc ${n(p.expert)}×${p.last ? ` (naposledy ${p.last})` : ''}, pomoc při styku s rodinou ${n(p.family)}×`,
  'show.foster-education': (p: Params) =>
    `vzdělávání${p.who ? ` ${p.who}` : ''} za posledních 12 měsíců: ${p.hours} z ${p.required} h (§ 47a odst. 2 písm. f))`,
  'show.education-hours': 'vzdělávání ve skupinách za posledních 12 měsíců: {hours} h',
  'show.termination': 'Ukončení',
  'show.archive-until': 'uchovat do {date}',
  'show.has-problems': (p: Params) =>
    `Spis obsahuje ${n(p.count)} ${cz(n(p.count), 'problém', 'problémy', 'problémů')} (viz výše).`,

  'check.summary': (p: Params) =>
    `${n(p.count)} ${cz(n(p.count), 'problém', 'problémy', 'problémů')} v ${n(p.files)} ${cz(n(p.files), 'souboru', 'souborech', 'souborech')}.`,

  // --- planning workflow ---
  'cmd.contract': 'smlouva o poskytnutí služby a její dodatky',
  'cmd.contract-new': 'uzavře smlouvu (písemnou nebo ústní); ze zájemce se stane klient',
  'cmd.contract-amend': 'dodatek ke smlouvě, také změna osobního cíle',
  'cmd.contact': 'zápisy z kontaktů',
  'cmd.contact-add': 'zápis z kontaktu: průběh, hodnocení dílčích cílů, nové cíle, příští schůzka',
  'cmd.key-worker': 'předá spis jinému klíčovému pracovníkovi (historie zůstává)',
  'cmd.refuse': 'odmítne zájemce z důvodu podle § 91 odst. 3 (u doprovázení pěstounů z důvodů v codes.refusal_reasons)',
  'opt.key-worker-from': 'předání ze souboru YAML (worker, date, note; - = stdin) – bez dotazů',
  'opt.refuse-from': 'odmítnutí ze souboru YAML (date, reason, note, worker; - = stdin) – bez dotazů',
  'opt.refuse-yes': 'zapsat hned z voleb, bez dotazů (i na terminálu); --reason je pak povinný',
  'key-worker.no-worker':
    'Komu se spis předává? Uveďte id pracovníka (spis key-worker <spis> <pracovník>, nebo worker: ve vstupu --from). Pracovníci: {allowed}.',
  'key-worker.two-workers':
    'Vstup {file} uvádí jiného pracovníka (worker) než příkaz; uveďte ho jen na jednom místě. Nic nebylo uloženo.',
  'key-worker.ask-note': 'Důvod předání (nepovinné)',
  'key-worker.note': 'Důvod',
  'opt.key-worker-date': 'od kdy (RRRR-MM-DD, výchozí dnes)',
  'opt.key-worker-yes': 'zapsat hned, bez dotazu na datum a shrnutí (i na terminálu)',
  'opt.key-worker-note': 'důvod předání',
  'opt.refuse-reason': 'důvod z číselníku refusal_reasons (§ 91 odst. 3)',
  'opt.refuse-note': 'poznámka, např. kam byl zájemce odkázán',
  'opt.refuse-date': 'datum odmítnutí (výchozí dnes)',
  'opt.refuse-worker': 'kdo zájemce odmítl (zkratka; výchozí klíčový pracovník)',
  'ui.yes': 'ano',
  'ui.no': 'ne',
  'ui.bad-date-option':
    '„{value}“ není platné datum. Zapište např. 22. 11. 2026, 22.11.2026, 4. 9. (letos), 2026-11-22, dnes, zítra, včera nebo +14d, +2t, +1m, +1r.',
  'prompt.save-summary': (p: Params) =>
    `Shrnuto s ${clientNoun('clientInstr', p)} a ${clientNoun('client', p)} souhlasí. Uložit?`,

  'prompt.save-record': 'Uložit zápis?',
  'prompt.save-refusal': 'Uložit odmítnutí?',
  'prompt.save-closing': 'Uložit ukončení služby?',
  'contract.not-applicant':
    'Spis {id} není zájemce (stav: {status}); smlouvu lze uzavřít jen se zájemcem. Změny smlouvy: spis contract amend {id}',
  'contract.not-active':
    'Spis {id} nemá platnou smlouvu; dodatek lze uzavřít jen u klienta. Novou smlouvu uzavřete příkazem spis contract new {id}.',
  'contract.saved': 'Smlouva uložena ({form}); spis {id} je nyní aktivní – služba se poskytuje.',
  'contract.summary-head': (p: Params) =>
    `Smlouva – ${word('client', p.sex)}: ${p.label}; ${p.form}, uzavřena ${p.date}`,
  'contract.personal-goal': 'Osobní cíl',
  'contract.email-records': 'Souhlas se zasíláním zápisů e-mailem',
  'contract.document': 'Předán dokument',
  'contract.worker': 'Za poskytovatele',
  'contract.ask-form': 'Forma smlouvy',
  'contract.ask-date': 'Datum uzavření',
  'contract.ask-worker': 'Za poskytovatele jedná',
  'contract.ask-personal-goal': (p: Params) => `Osobní cíl ${clientNoun('clientGen', p)} (${word('his', p.sex)} slovy)`,
  'contract.defaults-tip': 'Náležitosti § 91 odst. 2 jsou předvyplněné ze spis.yaml; Enter je potvrdí.',
  'contract.ask-scope': '(c) Rozsah poskytování',
  'contract.ask-place-time': '(d) Místo a čas',
  'contract.ask-payment': '(e) Úhrada',
  'contract.ask-internal-rules': '(f) Vnitřní pravidla',
  'contract.ask-notice': '(g) Výpovědní důvody a lhůty',
  'contract.ask-term': '(h) Platnost do (prázdné = na dobu neurčitou)',
  'contract.ask-email-records': (p: Params) => `Souhlasí ${word('client', p.sex)} se zasíláním zápisů e-mailem?`,
  'contract.ask-initial-situation': (p: Params) =>
    `Výchozí situace ${word('clientGen', p.sex)} pro individuální plán (nepovinné)`,
  'contract.foster-oral':
    'Dohoda o výkonu pěstounské péče se uzavírá písemně (§ 47b zákona č. 359/1999 Sb.); ústní forma se nezapisuje. Zapište ji jako písemnou (form: written) a vyhotovte: spis render {id} smlouva.',
  'contract.identification-missing':
    'Písemná smlouva musí označit klienta jako smluvní stranu; ve spisu {id} chybí:\n{items}\nDoplňte údaj do vstupu (client: {birth_date: …} nebo client: {address: …}), nebo příkazem spis client edit {id}. Nic nebylo uloženo.',
  'contract.identification-missing-foster':
    'Dohoda o výkonu pěstounské péče musí označit osobu pečující jako stranu dohody; ve spisu {id} chybí:\n{items}\nDoplňte údaj do vstupu (client: {birth_date: …} nebo client: {address: …}), nebo příkazem spis client edit {id}. Nic nebylo uloženo.',
  'contract.saved-written':
    'Ústní smlouva ve spisu {id} nahrazena písemnou; ústní zůstává v historii smlouvy (previous).',
  'contract.summary-written': (p: Params) =>
    `Písemné vyhotovení smlouvy – ${word('client', p.sex)}: ${p.label}; uzavřeno ${p.date} (nahrazuje ústní smlouvu)`,
  'contract.instruction': 'Poučení o osobních údajích',
  'contract.photos': 'Souhlas s fotografováním',
  'contract.converting': (p: Params) =>
    `${word('Client', p.sex)} má ústní smlouvu z ${p.date}; teď se vyhotoví písemně. Náležitosti jsou předvyplněné z ústní smlouvy.`,
  'contract.ask-written-reason': 'Kdo o písemnou smlouvu požádal, proč (nepovinné)',
  'contract.identification-tip': (p: Params) =>
    `Písemná smlouva označuje ${word('clientAcc', p.sex)} datem narození nebo adresou (§ 91 odst. 2 písm. a); ve spisu chybí obojí.`,
  'contract.client-fields':
    '{file}: v části client: lze uvést jen birth_date a address (označení smluvní strany); {fields} sem nepatří – změní je spis client edit {id}. Nic nebylo uloženo.',
  'contract.oral-defaults-tip': 'Náležitosti jsou předvyplněné z ústní smlouvy (s dodatky); Enter je potvrdí.',
  'contract.ask-instruction': (p: Params) =>
    `${word('Was', p.sex)} ${word('client', p.sex)} ${word('instructed', p.sex)} o zpracování osobních údajů?`,
  'contract.ask-instruction-date': 'Datum poučení',
  'contract.ask-instruction-by': 'Kdo poučení provedl',
  'contract.ask-photos': (p: Params) => `Souhlasí ${word('client', p.sex)} s pořizováním fotografií?`,
  'contract.ask-document': 'Předán dokument „{name}“?',
  'contract.ask-other-document': 'Předán ještě jiný dokument?',
  'contract.ask-document-name': 'Název dokumentu',
  'amend.ask-date': 'Datum uzavření dodatku',
  'amend.ask-effective': 'Účinnost od',
  'amend.ask-changes': 'Co se mění',
  'amend.ask-goal-change': 'Mění se osobní cíl („{goal}“)?',
  'amend.ask-term': 'Nová platnost do (prázdné = beze změny)',
  'amend.summary': 'Dodatek č. {number}, účinný od {date}:',
  'amend.saved': 'Dodatek č. {number} ke smlouvě ve spisu {id} uložen.',

  'contact.case-ended': 'Spis {id} je ve stavu „{status}“; nové záznamy do něj nepatří.',
  'contact.no-plan':
    'Spis {id} zatím nemá smlouvu ani cíle; dílčí cíle se stanovují až po uzavření smlouvy (spis contract new {id}).',
  'contact.summary-head': 'Zápis z kontaktu {date}: {type}, {form}',
  'contact.next-review': 'přehodnotit {date}',
  'contact.new-goal': 'nový dílčí cíl',
  'contact.client-absent': (p: Params) =>
    p.foster
      ? agree(p.sex, 'pěstoun se neúčastnil', 'pěstounka se neúčastnila', 'pěstoun/ka se neúčastnil/a')
      : agree(p.sex, 'klient se neúčastnil', 'klientka se neúčastnila', 'klient/ka se neúčastnil/a'),
  'contact.new-personal-goal': 'nový osobní cíl',
  'contact.will-email': (p: Params) =>
    `připraví se e-mail se zápisem pro ${clientNoun('clientAcc', p)} (soubor .eml, odešlete ho ze své pošty)`,
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
  'contact.ask-partly-next': 'Částečně naplněný cíl: co dál?',
  'contact.evaluation-participants': 'Hodnocení se účastnili',
  'contact.satisfaction': (p: Params) => `Spokojenost ${clientNoun('clientGen', p)}`,
  'contact.ask-add-goal-new': 'Stanovit dílčí cíl k novému osobnímu cíli?',
  'contact.one-off-not-anonymous':
    'Spis {id} není anonymní zájemce bez smlouvy; --one-off je jen pro jednorázové anonymní základní poradenství (standard kvality 6b). Bez --one-off se zápis přidá ke spisu.',
  'contact.no-case':
    'Ke kterému spisu se kontakt zapisuje? Uveďte číslo spisu: spis contact add <spis>. Jednorázový anonymní kontakt bez spisu zapíše a rovnou uzavře spis contact add --one-off.',
  'contact.ask-cooperating-present': 'Účastnila se osoba {name} ({role})?',
  'contact.email-ready':
    'E-mail se zápisem je připraven: {path} – otevřete ho v poštovním programu a odešlete. spis sám nic neodesílá.',
  'contact.email-no-address': (p: Params) =>
    `${word('Client', p.sex)} ve spisu ${p.id} nemá e-mailovou adresu; e-mail nebyl připraven. Adresu doplní spis client edit ${p.id}, zápis pak vyhotoví spis render ${p.id} contact.`,
  'contact.partly-continue': 'pokračuje s novým termínem přehodnocení',
  'contact.partly-reword': 'přeformulovat do nového cíle',
  'contact.goal-skip': 'dnes neprobíráno',
  'contact.ask-goal-progress': 'Jak se daří (nepovinné)',
  'contact.ask-next-review': 'Další přehodnocení',
  'contact.ask-add-goal': 'Stanovit nový dílčí cíl?',
  'contact.ask-goal-text': 'Dílčí cíl {id} (konkrétní, měřitelný, časově ohraničený)',
  'contact.ask-goal-criteria': 'Jak poznáme, že je naplněn (kritéria)',
  'contact.ask-goal-responsible': 'Kdo za něj odpovídá (oddělte čárkou)',
  'contact.ask-goal-review': 'Termín přehodnocení',
  'contact.personal-goal-head': 'Hodnocení osobního cíle: „{text}“',
  'contact.ask-client-present': (p: Params) =>
    `Účastní se hodnocení ${clientNoun('client', p)}${p.foster ? '' : ' (nebo zákonný zástupce)'}?`,
  'contact.ask-absent-reason': (p: Params) => `Proč se ${clientNoun('client', p)} neúčastní`,
  'contact.ask-outcome': 'Osobní cíl je',
  'contact.ask-satisfaction': (p: Params) =>
    `Jak je ${clientNoun('client', p)} ${p.foster ? 's doprovázením' : 'se službou'} ${word('satisfied', p.sex)}`,
  'contact.ask-continue': (p: Params) => `Chce ${clientNoun('client', p)} pokračovat s novým osobním cílem?`,
  'contact.ask-next-meeting': 'Příští schůzka (nepovinné)',
  'contact.ask-email': (p: Params) => `Připravit e-mail se zápisem pro ${clientNoun('clientAcc', p)} (souhlas je dán)?`,

  'key-worker.unknown': (p: Params) =>
    `Neznámé nebo neaktivní id pracovníka „${p.value}“. Pracovníci: ${p.allowed}.${p.suggestion ? ` Myslíte „${p.suggestion}“?` : ''}`,
  'key-worker.ask-date': 'Od kdy spis převezme',
  'key-worker.summary': (p: Params) =>
    `Předání spisu ${p.id}: od ${p.from} ${word('keyWorker', p.wsex)} ${p.name} (dosud: ${p.before}).`,
  'key-worker.same': (p: Params) => `${p.name} už je ve spisu ${p.id} ${word('keyWorker', p.wsex)}.`,
  'key-worker.before-last': 'Předání od {from} je dřív než poslední předání ({last}).',
  'key-worker.saved': (p: Params) => `${word('KeyWorker', p.wsex)} spisu ${p.id}: ${p.name}.`,

  'assess.not-applicant': 'Spis {id} není zájemce (stav: {status}); posouzení se dělá před uzavřením smlouvy.',
  'assess.note-twice':
    'Vstup {file} uvádí závěr posouzení dvakrát (note i conclusion); ponechte jen note. Nic nebylo uloženo.',
  'assess.already':
    'Posouzení spisu {id} už je zaznamenané ({date}). Jiného klíčového pracovníka určí spis key-worker {id} <pracovník>.',
  'assess.summary': 'Posouzení: {label}, {date}',
  'assess.workers': 'Posuzovali',
  'assess.key-worker': (p: Params) => word('KeyWorker', p.wsex),
  'assess.conclusion': 'Závěr',
  'assess.saved': (p: Params) => `Posouzení spisu ${p.id} zaznamenáno; ${word('keyWorker', p.wsex)}: ${p.name}.`,
  'assess.ask-date': 'Datum posouzení',
  'assess.ask-first-worker': 'Kdo situaci posuzoval (první pracovník)',
  'assess.ask-second-worker': 'Další posuzující pracovník',
  'assess.ask-more-workers': 'Posuzoval ještě někdo další?',
  'assess.ask-conclusion': 'Závěr posouzení: jak se situace může vyvíjet, co služba nabídne',
  'assess.ask-key-worker': 'Klíčový pracovník, kterého posouzení určilo',
  'assess.no-assessment': (p: Params) =>
    `Upozornění: ${word('applicant', p.sex)} ve spisu ${p.id} nemá zaznamenané posouzení (spis assess ${p.id}).`,
  'assess.required': (p: Params) =>
    `${word('Applicant', p.sex)} ve spisu ${p.id} nemá zaznamenané posouzení a pravidla služby (rules.require_assessment) smlouvu bez něj nedovolují. Nejdřív: spis assess ${p.id}`,
  'assess.use-command':
    'Tip: posouzení zájemce (nejméně dvěma pracovníky, s určením klíčového pracovníka) se zapisuje příkazem spis assess {id}; tento zápis ho nenahrazuje.',
  'plan.not-active': 'Spis {id} nemá uzavřenou smlouvu (stav: {status}); individuální plán se sepisuje s klientem.',
  'plan.no-situation':
    'Chybí výchozí situace klienta (initial_situation); bez ní plán nevznikne (standard kvality č. 5). Nic nebylo uloženo.',
  'plan.summary': 'Písemný individuální plán: {label}, sepsán {date}',
  'plan.initial-situation': 'Výchozí situace',
  'plan.participation': (p: Params) => `Podíl ${word('clientGen', p.sex)}`,
  'plan.participants': 'Podíleli se',
  'plan.saved': 'Písemný individuální plán spisu {id} zaznamenán.',
  'plan.ask-render': 'Vyhotovit a uložit plán (HTML k tisku)?',
  'plan.ask-date': 'Datum sepsání plánu',
  'plan.ask-initial-situation': (p: Params) =>
    `Výchozí situace ${word('clientGen', p.sex)}: potřeby, přání, sny, možnosti, schopnosti, zkušenosti`,
  'plan.ask-participation': (p: Params) =>
    `Jak se ${word('client', p.sex)} na plánu ${word('tookPart', p.sex)} (co ${agree(p.sex, 'navrhl', 'navrhla')}, s čím ${agree(p.sex, 'souhlasil', 'souhlasila')}) – nepovinné`,
  'plan.ask-worker': 'Kdo plán sepsal',
  'plan.ask-participants': 'Kdo se na plánu podílel (oddělte čárkou)',
  'report-record.not-active':
    'Spis {id} nemá platnou smlouvu (stav: {status}); pravidelná zpráva se vyhotovuje v průběhu služby.',
  'report-record.ask-date': 'Datum vyhotovení zprávy',
  'report-record.ask-from': 'Zpráva za období od',
  'report-record.ask-to': 'Zpráva za období do',
  'report-record.ask-worker': 'Kdo zprávu vyhotovil',
  'report-record.ask-acquainted': (p: Params) =>
    `Kdy byl${p.sex === 'female' ? 'a' : p.sex === 'male' ? '' : '/a'} ${p.foster ? agree(p.sex, 'pěstoun', 'pěstounka', 'pěstoun/ka') : agree(p.sex, 'klient', 'klientka', 'klient/ka')} se zprávou seznámen${p.sex === 'female' ? 'a' : p.sex === 'male' ? '' : '/a'} (nepovinné)`,
  'report-record.ask-recipient': 'Komu byla zaslána (např. OSPOD) – nepovinné',
  'report-record.summary': (p: Params) =>
    `Pravidelná zpráva: ${p.label}, vyhotovena ${p.date} za období ${p.from} – ${p.to}; ${agree(p.wsex, 'vyhotovil', 'vyhotovila')} ${p.worker}${p.recipient ? `; zasílá se: ${p.recipient}` : ''}${p.acquainted ? `; ${agree(p.sex, 'seznámen', 'seznámena', 'seznámen/a')} ${p.acquainted}` : ''}`,
  'report-record.saved': 'Pravidelná zpráva ve spisu {id} zaznamenána.',
  'report.year-and-dates': 'Zadejte buď --year, nebo --from/--to, ne obojí.',
  'report.bad-year': 'Rok „{value}“: zadejte čtyři číslice, např. 2026.',
  'report.from-after-to': 'Začátek období ({from}) je po jeho konci ({to}).',
  'report.one-format': 'Zvolte jeden výstup: --json, --csv, nebo --html.',
  'report.capacity-head': 'Zájemci odmítnutí pro nedostatečnou kapacitu (§ 88 písm. g), {from} – {to}:',
  'report.capacity-row': 'první kontakt {applied}, odmítnutí {refused}',
  'report.capacity-none': 'nikdo',
  'report.broken': (p: Params) =>
    `Výkaz nezahrnuje spisy s chybnými záznamy (${n(p.count)} ${cz(n(p.count), 'problém', 'problémy', 'problémů')} výše); opravte je a spusťte výkaz znovu.`,
  'cmd.report': 'výkaz služby za období: osoby, zájemci a odmítnutí, práce, výsledky (text, --json, --csv, --html)',
  'cmd.purge':
    'smaže archivované spisy po skončení skartační lhůty (jedním commitem) a vypíše, jak je odstranit i z historie',
  'cmd.export':
    'kopie všech údajů o klientovi (čl. 15 GDPR): záznamy v JSON a dokumenty v HTML s přehledem, do nové složky jen pro vlastníka',
  'cmd.upgrade': 'převede spis služby na tuto verzi programu: obnoví kopii schémat a převede záznamy do nového formátu',
  'opt.report-year': 'kalendářní rok (výchozí loňský)',
  'opt.report-from': 'začátek období',
  'opt.report-to': 'konec období (výchozí dnes)',
  'opt.report-worker': 'jen spisy daného klíčového pracovníka a jeho kontakty',
  'opt.report-html': 'uloží výkaz jako stránku HTML s grafy (k tisku)',
  'opt.report-capacity': 'seznam zájemců odmítnutých pro kapacitu (§ 88 písm. g): čísla spisů a data',
  'opt.purge-expired': 'všechny archivované spisy, jejichž skartační lhůta uplynula',
  'opt.purge-yes': 'bez dotazu (pro skript); jinak se program zeptá',
  'opt.purge-rewrite': 'vypíše příkazy, které smazané spisy odstraní i z historie sdíleného repozitáře',
  'opt.export-out': 'cílová složka (nesmí existovat; výchozí spis-<číslo>-<datum>)',
  'opt.export-format': 'all (výchozí: JSON i dokumenty HTML), nebo json',
  'opt.export-pseudonymised':
    'celý spis služby s nahrazenými identifikátory (pro školení, supervizi, hlášení chyby); potřebuje --out',
  'opt.export-member':
    'kopie pro člena domácnosti, který o ni požádá (m1, m2…): jeho údaje, zápisy, u kterých byl, jeho cíle',
  'opt.export-keep-texts': 'u --pseudonymised ponechá volné texty (mohou obsahovat jména a zdravotní údaje!)',
  'refuse.not-applicant': 'Spis {id} není zájemce (stav: {status}); odmítnout lze jen zájemce.',
  'refuse.needs-reason': 'Bez terminálu zadejte důvod volbou --reason (a --worker, nemá-li spis klíčového pracovníka).',
  'refuse.bad-reason': 'Neznámý důvod odmítnutí „{value}“. Zákon (§ 91 odst. 3) připouští: {allowed}.',
  'refuse.ask-reason': 'Důvod odmítnutí (§ 91 odst. 3)',
  'refuse.ask-note': 'Poznámka, např. kam byl zájemce odkázán (nepovinné)',
  'refuse.summary': (p: Params) =>
    `Odmítnutí – ${word('applicant', p.sex)}: ${p.label}, ke dni ${p.date}; důvod: ${p.reason}.`,
  'refuse.ask-date': 'Datum odmítnutí',
  'refuse.saved': (p: Params) => `${word('Applicant', p.sex)} ve spisu ${p.id} ${word('refused', p.sex)}.`,

  // --- due ---
  'cmd.due': 'co je po termínu a co se blíží: dílčí cíle, osobní cíle, smlouvy, kontakty, posouzení zájemců',
  'opt.due-as-of': 'k datu (RRRR-MM-DD; výchozí dnes nebo SPIS_TODAY)',
  'opt.due-within': 'okno ve dnech (výchozí rules.due_window ze spis.yaml)',
  'opt.due-worker': 'jen spisy daného klíčového pracovníka',
  'opt.csv': 'výstup CSV (jeden řádek na položku)',
  'opt.due-quiet': 'nic nevypisuje, když nic nehoří (pro cron)',
  'opt.no-cache': 'čte všechny záznamy znovu, bez mezipaměti (výsledek je tentýž, jen pomaleji)',
  'opt.check-no-cache': 'zkontroluje znovu i spisy, které se od minulé čisté kontroly nezměnily ani o bajt',
  'opt.due-names': 'celá jména místo iniciál',
  'due.bad-within': '--within potřebuje počet dní, ne „{value}“.',
  'due.json-and-csv': 'Vyberte buď --json, nebo --csv.',
  'due.title': 'Termíny k {date} (do {until})',
  'due.nothing': 'K {date} není nic po termínu a do {until} nic nepřipadá.',
  'due.broken': (p: Params) =>
    `${n(p.count)} ${cz(n(p.count), 'soubor nelze přečíst', 'soubory nelze přečíst', 'souborů nelze přečíst')} (viz výše); jejich spisy v přehledu chybí. Opravte je, pomůže spis check.`,
  'due.no-key-worker': 'Bez klíčového pracovníka',
  'due.retention-group': 'Konec skartační lhůty (archiv)',
  'due.today': 'dnes',
  'due.overdue': (p: Params) => `${n(p.days)} ${cz(n(p.days), 'den', 'dny', 'dní')} po termínu`,
  'due.left': (p: Params) => `za ${n(p.days)} ${cz(n(p.days), 'den', 'dny', 'dní')}`,
  'due.kind.partial-goal-review': 'přehodnotit dílčí cíl {subject}',
  'due.kind.personal-goal-evaluation': 'zhodnotit osobní cíl',
  'due.kind.contract-end': 'končí platnost smlouvy',
  'due.kind.missed-meeting': 'plánovaná schůzka bez zápisu',
  'due.kind.contact-gap': 'dlouho bez kontaktu (nevyužívá službu?)',
  'due.kind.personal-contact': 'osobní kontakt s pečující osobou a dětmi',
  'due.kind.carer-education': (p: Params) =>
    `vzdělávání osoby pečující${p.subject ? ` ${p.subject}` : ''}: hodiny za posledních 12 měsíců nedosáhnou rozsahu podle dohody (§ 47a odst. 2 písm. f))`,
  'due.kind.agreement-deadline': 'uzavřít dohodu o výkonu pěstounské péče (30 dní od právní moci svěření)',
  'due.kind.assessment': 'posouzení zájemce',
  'due.kind.written-plan': 'sepsat písemný individuální plán',

  'due.kind.periodic-report': 'vyhotovit pravidelnou zprávu o průběhu (spis periodic-report)',
  'due.kind.complaint-reply': 'stížnost {subject} čeká na písemnou odpověď (spis complaint reply)',
  'due.kind.incident-follow-up': 'mimořádná událost {subject}: další krok (spis incident show {subject})',
  'due.kind.training-hours': 'vzdělávání za tento rok: {subject} hodin (spis training add)',
  'due.kind.retention-end': 'skartační lhůta uplynula: spis zlikvidovat (spis purge) nebo předat ke skartačnímu řízení',
  // --- documents and the end of a case ---
  'cmd.render':
    'vyhotoví dokument: smlouva (contract), dodatek (amendment), ustni-smlouva (oral-contract), plan (individuální plán), zapis (contact), zprava (periodic-report, zpráva o průběhu), protokol (termination)',
  'cmd.templates': 'vypíše šablony dokumentů a odkud se berou',
  'cmd.close': 'ukončí službu: závěrečné hodnocení cílů, důvod, protokol',
  'cmd.archive': 'přesune ukončené spisy do archive/ a zapíše konec skartační lhůty',
  'opt.render-contact':
    'zápis z kontaktu: datum (22. 11. 2026, včera…) nebo název souboru v contacts/; výchozí poslední',
  'opt.render-report': 'číslo zprávy o průběhu (1 = první zapsaná; výchozí poslední)',
  'opt.render-amendment': 'číslo dodatku (výchozí poslední)',
  'opt.render-format': 'md (výchozí), html (k tisku, A4) nebo pdf (A4 k podpisu)',
  'opt.render-output': 'zapsat do souboru',
  'opt.render-save': 'uložit do documents/ ve spisu klienta',
  'opt.render-pdfa': 'PDF ve formátu PDF/A-2b pro dlouhodobé archivování (znamená --format pdf)',
  'opt.render-via-browser':
    'PDF vytiskne nainstalovaný Chromium z HTML přesně tak, jak HTML vypadá (znamená --format pdf)',
  'opt.close-reason': 'důvod ukončení z číselníku termination_reasons',
  'opt.close-date': 'datum ukončení (výchozí dnes)',
  'opt.archive-all': 'všechny ukončené spisy a spisy odmítnutých zájemců',
  'opt.archive-restore': 'vrátí archivovaný spis zpět mezi spisy (zruší datum skartace)',
  'render.unknown-document': 'Neznámý dokument „{value}“. Možnosti: {allowed}.',
  'completion.bad-shell': 'Neznámý shell „{value}“. Možnosti: {allowed}.',
  'opt.edit-reason': 'důvod opravy zápisu z kontaktu (uloží se do opravného zápisu)',
  'edit.needs-terminal': 'spis edit otevírá editor a ptá se: spusťte ho v terminálu.',
  'edit.reason-contact-only':
    '--reason patří jen k opravě zápisu z kontaktu; ostatní záznamy se upravují přímo a důvod zůstane v historii (spis log).',
  'edit.which': 'Který záznam upravit?',
  'edit.corrected-mark': (p: Params) => `opraveno ${p.n}×`,
  'edit.no-record':
    'Spis {id} nemá záznam {file}; vzniká příslušným příkazem (spis contract new, spis close…), ne ruční úpravou.',
  'edit.unknown-record':
    'Neznámý záznam „{value}“. Možnosti: {allowed}, nebo zápis z kontaktu – jeho datum (19. 10. 2026) či soubor (contacts/RRRR-MM-DD-xxxx.yaml).',
  'edit.who': 'Kdo zápis opravuje?',
  'edit.editor-failed':
    'Editor ({editor}) skončil chybou ({code}); nic se nezapsalo. Editor určují proměnné VISUAL nebo EDITOR.',
  'edit.unchanged': 'Záznam {file} zůstal beze změny; nic se nezapsalo.',
  'edit.problems': 'Úprava záznamu {file} by ve spisu způsobila problémy; nic se zatím nezapsalo:',
  'edit.what-now': 'Co dál?',
  'edit.again': 'Upravit znovu (úpravy zůstanou v editoru)',
  'edit.discard': 'Zahodit úpravy',
  'edit.discarded': 'Úpravy záznamu {file} jsou zahozeny; nic se nezapsalo.',
  'edit.saved': 'Uloženo: {file}',
  'edit.corrected': 'Zápis {original} se nepřepisuje; oprava je uložena jako {file} a platí od teď.',
  'edit.changed-meanwhile':
    'Záznam {file} mezitím změnil někdo jiný; úprava se nezapsala, aby nic nepřepsala. Váš text zůstal v {kept} (jen pro vás); spusťte spis edit znovu a úpravu přeneste.',
  'render.bad-format': 'Neznámý formát „{value}“; použijte md, html nebo pdf.',
  'render.pdf-only':
    '--pdfa a --via-browser platí jen pro PDF, ne pro formát {value}; vynechte --format nebo použijte --format pdf.',
  'render.pdfa-via-browser': 'PDF/A vytváří jen vestavěná sazba; vyberte buď --pdfa, nebo --via-browser.',
  'render.pdf-to-terminal':
    'PDF nelze vypsat na terminál. Uložte ho do spisu (--save), nebo do souboru (-o smlouva.pdf).',
  'render.pdf-no-font':
    'Pro PDF chybí písmo DejaVu Serif (hledáno v: {dirs}). Nainstalujte balíček fonts-dejavu-core, nebo spusťte npm install ve složce programu.',
  'render.no-browser':
    'Pro --via-browser je potřeba nainstalovaný Chromium (hledáno: {names}; jinou cestu udává proměnná SPIS_BROWSER). Program nic nestahuje; bez --via-browser vytvoří PDF sám.',
  'render.browser-failed': 'Chromium ({browser}) PDF nevytvořil (kód {code}): {detail}',
  'render.bad-amendment': '„{value}“ není číslo dodatku.',
  'render.foster-oral':
    'Ve spisu {id} je zapsána ústní smlouva, ale dohoda o výkonu pěstounské péče se uzavírá písemně (§ 47b zákona č. 359/1999 Sb.); záznam o ústní smlouvě podle § 91 by nebyl pravdivý. Písemnou dohodu zapíšete příkazem spis contract new {id}.',
  'render.bad-report': '„{value}“ není číslo zprávy (1 je první zapsaná).',
  'render.no-report': 'Ve spisu {id} není zapsána zpráva č. {number}.',
  'render.no-periodic-report':
    'Ve spisu {id} zatím není zapsána žádná zpráva o průběhu. Zapište ji (období, komu, kdy byla pečující osoba seznámena) příkazem spis periodic-report {id}; vyhotoví se pak z kontaktů a cílů za to období.',
  'render.save-and-output': 'Vyberte buď --save, nebo -o.',
  'render.missing': (p: Params) =>
    `Dokument „${p.document}“ nelze vyhotovit, ve spisu chybí:\n${p.items}\nDoplňte údaje a spusťte příkaz znovu.`,
  'render.no-contract': 'Spis {id} nemá smlouvu.',
  'render.contract-is-oral': (p: Params) =>
    `Smlouva ve spisu ${p.id} je ústní, písemný text smlouvy neexistuje. Záznam o jejím uzavření: spis render ${p.id} oral-contract. Požádá-li ${word('client', p.sex)} o písemnou smlouvu: spis contract new ${p.id}.`,
  'render.contract-is-written':
    'Smlouva ve spisu {id} je písemná; záznam o ústní smlouvě by nebyl pravdivý. Písemná smlouva: spis render {id} contract.',
  'render.one-off':
    'Spis {id} je jednorázový anonymní kontakt bez smlouvy; protokol o ukončení služby se nevyhotovuje. Zápis z kontaktu: spis render {id} contact.',
  'render.no-written-plan':
    'Ve spisu {id} zatím není zaznamenán písemný individuální plán. Zaznamenejte ho (a rovnou vyhotovte) příkazem spis plan {id}.',
  'render.no-goals': 'Spis {id} nemá individuální plán (goals.yaml).',
  'render.no-termination': 'Spis {id} není ukončen (chybí termination.yaml); ukončíte ho příkazem spis close {id}.',
  'render.no-contact': 'Ve spisu {id} takový zápis z kontaktu není.',
  'render.contact-ambiguous': 'Ve spisu {id} je ke dni {value} více zápisů; vyberte jeden (--contact a název):\n{list}',
  'render.contact-unknown': 'Ve spisu {id} není zápis „{value}“. Zadejte datum nebo název; poslední zápisy:\n{list}',
  'render.no-amendment': 'Smlouva ve spisu {id} nemá dodatek {number}.',
  'render.failed-at': '{file}, řádek {line}: pole {field} v údajích dokumentu není nebo nemá ten tvar',
  'render.failed-line': 'řádek {line}',
  'render.failed-unknown': 'na místě, které nelze určit',
  'render.unknown-helper': 'řádek {line}: pomocník {name} program nezná (šablony smějí používat jen: {known})',
  'render.template-broken': 'Šablonu {path} nelze přeložit: {detail}',
  'render.template-failed':
    'Šablona {path} selhala: {detail}. Šablona smí používat jen pole a pomocníky, které program zná (spis templates).',
  'templates.repository': 'vlastní',
  'templates.builtin': 'vestavěná',
  'templates.unknown': 'Šablony {files} nepatří k žádnému dokumentu a nepoužijí se. Známé šablony: {allowed}.',
  'close.already-closed': 'Spis {id} už je ukončený.',
  'close.no-contract':
    'Spis {id} nemá smlouvu (stav: {status}); ukončit lze jen službu poskytovanou klientovi. Zájemce lze odmítnout (spis refuse).',
  'close.bad-reason': 'Neznámý důvod ukončení „{value}“. Možnosti: {allowed}.',
  'close.refused': (p: Params) =>
    `${word('Applicant', p.sex)} ve spisu ${p.id} ${word('was', p.sex)} ${word('refused', p.sex)}; ukončovat není co. Spis se archivuje příkazem spis archive ${p.id}.`,
  'close.one-off-no-contact':
    'Spis {id} nemá žádný zápis z kontaktu. Jednorázový anonymní kontakt zapíšete a ukončíte najednou: spis contact add {id} --one-off',
  'close.one-off-from':
    'Jednorázový anonymní kontakt se ukončuje bez hodnocení cílů; --from zde nemá co číst. Použijte jen --date, případně --reason.',
  'close.one-off-saved': 'Jednorázový anonymní kontakt ve spisu {id} uzavřen; spis lze archivovat (spis archive {id}).',
  'close.one-off-summary':
    'Jednorázový anonymní kontakt {label} se uzavře ke dni {date} (bez smlouvy a hodnocení cílů).',
  'one-off.ask-pseudonym': 'Pseudonym (nevyplníte-li, použije se pořadové číslo spisu)',
  'one-off.ask-sex': 'Pohlaví (je-li známé)',
  'one-off.summary':
    'Jednorázový anonymní kontakt: založí se spis, zapíše se kontakt a spis se hned uzavře (bez smlouvy a bez cílů).',
  'one-off.running-number': 'pořadové číslo spisu ({example})',
  'one-off.minutes': '{n} min',
  'one-off.saved':
    'Jednorázový anonymní kontakt zapsán do nového spisu {id} a spis uzavřen; lze ho archivovat (spis archive {id}).',
  'close.goals-missing': 'Chybí závěrečné hodnocení dílčích cílů {goals} (partial_goals); nic nebylo uloženo.',
  'close.summary': (p: Params) =>
    `Ukončení služby – ${word('client', p.sex)}: ${p.label}, ke dni ${p.date}: ${p.reason}`,
  'close.saved': (p: Params) =>
    `${p.foster ? 'Dohoda' : 'Služba'} ve spisu ${p.id} ukončena; ${p.foster ? 'záznam o ukončení' : 'protokol'}: spis render ${p.id} termination --save`,
  'close.ask-render': 'Vyhotovit a uložit protokol o ukončení (HTML k tisku)?',
  'close.ask-date': 'Datum ukončení',
  'close.ask-reason': 'Důvod ukončení',
  'close.ask-reason-other': 'Upřesněte důvod',
  'close.ask-comment': 'Komentář k naplnění osobního cíle (nepovinné)',
  'close.ask-goal-outcome': 'Závěrečné hodnocení',
  'archive.which': 'Zadejte číslo spisu, nebo --all-closed.',
  'archive.already': 'Spis {id} už je v archivu.',
  'archive.not-closed':
    'Spis {id} není ukončený; archivovat lze jen ukončené spisy (spis close) a spisy odmítnutých zájemců.',
  'archive.exists': 'V archivu už spis {id} je; nic nebylo přesunuto.',
  'archive.saved': 'Spis {id} archivován; uchovat do {date}.',
  'archive.none': 'Žádný ukončený spis ani spis odmítnutého zájemce k archivaci.',

  'archive.not-archived': 'Spis {id} v archivu není.',
  'archive.restored': 'Spis {id} obnoven z archivu; skartační lhůta zrušena, spis lze znovu měnit.',
  'case.archived':
    'Spis {id} je v archivu (uchovat do {date}); archivovaný spis se nemění. Je-li třeba v něm pokračovat, obnovte ho: spis archive --restore {id}',
  'purge.which': 'Zadejte číslo archivovaného spisu, nebo --expired.',
  'purge.already':
    'Spis {id} byl smazán už {date} (záznam o skartaci {file}); není co dělat. Aby zmizel i ze sdílené historie, spusťte spis purge --print-history-rewrite.',
  'purge.not-archived': 'Spis {id} není v archivu; smazat lze jen archivovaný spis po skartační lhůtě.',
  'purge.not-expired': 'Skartační lhůta spisu {id} ještě neuplynula (uchovat do {date}).',
  'purge.none': 'Žádný archivovaný spis nemá uplynulou skartační lhůtu.',
  'purge.procedure-head':
    'Pravidla služby (rules.disposal: procedure) ukládají skartační řízení se státním archivem; nic se nemaže. Spisy po skartační lhůtě ({count}):',
  'purge.procedure-row': 'lhůta skončila {date}',
  'purge.summary': (p: Params) =>
    `Natrvalo se ${cz(n(p.count), 'smaže', 'smažou', 'smaže')} ${n(p.count)} ${cz(n(p.count), 'archivovaný spis', 'archivované spisy', 'archivovaných spisů')} po skartační lhůtě: ${p.ids}.`,
  'purge.ask': 'Smazat?',
  'purge.choice-delete': 'smazat',
  'purge.choice-keep': 'nemazat, ponechat',
  'purge.needs-yes': 'Mazání se potvrzuje na terminálu, nebo volbou --yes (smazalo by se: {ids}).',
  'purge.register-broken':
    'Nic se nesmazalo: záznam evidence nejde přečíst, a mohl by odkazovat na mazaný spis. Opravte ho (spis check) a spusťte purge znovu.',
  'purge.changed': 'Spisy {ids} se mezitím změnily (už nejsou v archivu po lhůtě); nic nebylo smazáno.',
  'purge.done': (p: Params) =>
    `${cz(n(p.count), 'Smazán', 'Smazány', 'Smazáno')} ${n(p.count)} ${cz(n(p.count), 'spis', 'spisy', 'spisů')}: ${p.ids} (jeden commit).`,
  'purge.history-still':
    'Historie gitu (i na sdíleném repozitáři a v klonech) je ale stále obsahuje. Jak je odstranit i odtud: spis purge --print-history-rewrite',
  'purge.nothing-purged': 'V historii není žádné smazání (purge); zadejte číslo spisu.',
  'export.bad-format': 'Formát „{value}“: zadejte all, nebo json.',
  'export.link':
    'Na místě {dir} je symbolický odkaz; kopie údajů se zapisuje jen do nové složky, nikdy přes odkaz. Zvolte jinou cestu (--out).',
  'export.no-parent':
    'Složka {dir} neexistuje; kopie údajů se zakládá jako nová složka v existující složce. Zvolte jinou cestu (--out), nebo složku nejdřív vytvořte.',
  'export.exists': 'Složka {dir} už existuje; kopie údajů se nikdy nezapisuje přes jinou. Zvolte jinou (--out).',
  'export.done': (p: Params) =>
    `Kopie údajů uložena do ${p.dir} (${n(p.count)} ${cz(n(p.count), 'soubor', 'soubory', 'souborů')}, jen pro vlastníka); předávejte ji bezpečně (osobně, šifrovaně).`,
  'export.all-documents': 'dokumenty',
  'export.no-member':
    'Ve spisu {id} není člen domácnosti {member}; čísla členů (m1, m2…) ukáže spis show {id}. Nic nebylo uloženo.',
  'export.member-json':
    'Kopie pro člena domácnosti obsahuje jen záznamy (JSON); --format nezadávejte, nebo zadejte json.',
  'export.member-review':
    'Zápisy z kontaktů v kopii jsou celé a mohou obsahovat údaje o dalších osobách: před předáním je projděte (čl. 15 odst. 4 GDPR).',
  'export.which':
    'Zadejte číslo spisu (kopie pro klienta), nebo --pseudonymised --out SLOŽKA (celý spis služby bez identifikátorů).',
  'export.pseudonymised-whole': '--pseudonymised vyváží celý spis služby; číslo spisu se nezadává.',
  'export.pseudonymised-out': 'Zadejte cílovou složku: --out SLOŽKA.',
  'export.keep-texts-alone': '--keep-texts patří k --pseudonymised.',
  'export.broken':
    'Spis služby má chybné záznamy (výše); pseudonymizovaná kopie by nebyla úplná. Opravte je (spis check) a spusťte export znovu.',
  'export.texts-kept':
    'Pozor: volné texty (průběhy, cíle, poznámky) zůstaly v kopii beze změny a mohou obsahovat jména, místa a zdravotní údaje. Kopii tak chraňte jako originál.',
  'export.pseudonymised-done': (p: Params) =>
    `Pseudonymizovaná kopie (${n(p.count)} ${cz(n(p.count), 'spis', 'spisy', 'spisů')}) uložena do ${p.dir}; jména, data narození, adresy, kontakty a volné texty jsou nahrazeny.`,
  'upgrade.broken':
    'Spis služby má chybné záznamy (výše); převod formátu by je musel hádat. Opravte je (spis check) a spusťte spis upgrade znovu.',
  'upgrade.done': 'Spis služby převeden z formátu {from} na {to}: obnoveno schémat {schemas}, převedeno spisů {cases}.',
  'upgrade.nothing': 'Spis služby už odpovídá této verzi programu (formát {to}, aktuální schémata).',
  'upgrade.format-behind':
    'Upozornění: spis služby je ve formátu {format}, program píše formát {to}; převeďte ho příkazem spis upgrade.',
  'upgrade.schemas-missing':
    'Upozornění: spis služby nemá složku schemas/ se schématy záznamů, takže editor záznamy nekontroluje. Doplní ji příkaz spis upgrade.',
  'upgrade.schemas-stale':
    'Upozornění: kopie schémat ve složce schemas/ se liší od schémat programu ({files}); editor tak kontroluje podle starých. Obnovíte ji příkazem spis upgrade.',
  'purge.rewrite-intro':
    '# Odstranění smazaných spisů z historie. Spusťte na serveru v holém (bare) repozitáři týmu, ve chvíli, kdy nikdo nesynchronizuje:',
  'purge.rewrite-filter-repo': '# a) s nástrojem git filter-repo (doporučeno):',
  'purge.rewrite-filter-branch': '# b) bez něj, jen s gitem:',
  'purge.rewrite-gc': '# pak v obou případech odstraňte staré objekty:',
  'purge.rewrite-clones':
    '# Nakonec každý pracovník svůj klon smaže a naklonuje znovu (starý klon historii stále obsahuje), a zálohy repozitáře se nahradí novými.',
  // --- labels ---
  'status.applicant': (p: Params) => word('applicant', p.sex),
  'status.active': (p: Params) => word('client', p.sex),
  'status.refused': (p: Params) => word('refusedApplicant', p.sex),
  'status.closed': 'služba ukončena',
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
  'contact.goal-renumbered': 'Dílčí cíl {from} mezitím založil jiný zápis; nový cíl má označení {to}.',
  'render.provisional-id':
    'Spis {id} má zatím prozatímní číslo; dokument by nesl číslo, které se ještě změní. Spusťte spis sync a pak dokument vyhotovte pod trvalým číslem.',
  'templates.symlink':
    'Šablona {file} je symbolický odkaz; spis odkazy nenásleduje. Nahraďte odkaz skutečným souborem ve složce templates/.',
  'sync.not-git':
    'Synchronizace potřebuje, aby spis služby ({dir}) byl git repozitář s vlastní historií (a bez --no-commit).',
  'sync.no-remote': 'Není nastaven sdílený repozitář „{remote}“. Nastavíte ho příkazem: spis sync --setup <adresa>',
  'sync.unknown-worker': 'Zkratka „{value}“ není mezi pracovníky ve spis.yaml. Možnosti: {allowed}.',
  'sync.offline':
    'Sdílený repozitář „{remote}“ není dostupný; nic se nevyměnilo a nic se neztratilo. Změny z tohoto počítače zůstávají uložené a odešlou se při příštím spis sync.',
  'sync.reserve-failed':
    'Ve sdíleném repozitáři „{remote}“ se nepodařilo vyhradit čísla spisů; zkuste spis sync znovu.',
  'sync.hand-edits-invalid':
    'Ruční úpravy ve spisu obsahují chyby (viz výše); nic se nevyměnilo. Opravte je a spusťte spis sync znovu.',
  'sync.git-failed': 'Git změnu nepřijal ({reason}); nic se nevyměnilo.',
  'sync.unrelated':
    'Sdílený repozitář „{remote}“ nemá se spisem společnou historii; je to opravdu repozitář této služby? Nic se nevyměnilo.',
  'sync.check-failed':
    'Po sloučení se změnami ze sdíleného repozitáře kontrola našla chyby (viz výše); nic nebylo odesláno. Opravte je a spusťte spis sync znovu.',
  'sync.busy-remote':
    'Sdílený repozitář „{remote}“ se opakovaně měnil během synchronizace; nic se neztratilo, zkuste spis sync za chvíli znovu.',
  'sync.conflict':
    'Změny z tohoto počítače nešlo sloučit se změnami ze sdíleného repozitáře v souborech, o kterých spis nedokáže rozhodnout po jednotlivých údajích:\n{files}\nNic se neztratilo: vaše změny jsou ve větvi {branch}{remote}; spis teď odpovídá sdílenému repozitáři. Požádejte toho, kdo spis služby spravuje, ať změny z větve převezme (u gitu: git merge {branch}, vyřešit uvedené soubory, commit, pak spis sync).',
  'sync.conflict-kept':
    'Změny z tohoto počítače nešlo sloučit se změnami ze sdíleného repozitáře v souborech:\n{files}\nNic se neztratilo: jsou i ve větvi {branch}{remote}. Požádejte toho, kdo spis služby spravuje, ať je převezme.',
  'sync.branch-pushed': ' (uložené i ve sdíleném repozitáři {remote})',
  'sync.renumbered': 'Spis {from} má nyní trvalé číslo {to}.',
  'sync.goal-renumbered':
    'Ve spisu {id} dostal nový dílčí cíl {from} označení {to} (označení {from} mezitím dostal cíl z jiného počítače).',
  'sync.hand-edits': 'Ruční úpravy zapsány do historie: {cases}',
  'lock.unreadable':
    'Zámek spisu {file} není obyčejný soubor nebo ho nelze přečíst (složka, neplatný odkaz, chybějící oprávnění); na jeho uvolnění se čekalo marně. Pokud žádný příkaz spis neběží, smažte {file}.',
  'store.read-only':
    'Disk se spisy je připojen jen pro čtení ({path}): nic nebylo uloženo. Číst spisy (spis due, list, show) lze dál; pro zápis je potřeba disk připojit pro zápis – pak příkaz spusťte znovu.',
  'store.no-permission':
    'Do {path} nemáte oprávnění zapisovat: nic nebylo uloženo. Požádejte toho, kdo počítač spravuje, o oprávnění ke složce se spisy, pak příkaz spusťte znovu.',
  'store.disk-full':
    'Na disku není místo: nic nebylo uloženo a spis zůstal, jak byl. Uvolněte místo na disku a spusťte příkaz znovu.',
  'store.checkout-finished':
    'Dokončena přerušená synchronizace (soubory spisu jsou nyní ve stavu sdíleného repozitáře).',
  'store.git-operation':
    'V repozitáři spisu je rozpracovaná operace gitu ({op}); zápis do ní by se při jejím zrušení ztratil, proto nic nebylo uloženo. Spusťte spis sync – operaci bezpečně zruší a nic neztratí – a pak příkaz zopakujte.',
  'git-op.rebase': 'přeskládání změn, git rebase',
  'git-op.merge': 'slučování větví, git merge',
  'git-op.cherry-pick': 'přenášení změn, git cherry-pick',
  'git-op.revert': 'vracení změn, git revert',
  'sync.git-operation-stuck':
    'Rozpracovanou operaci gitu ({op}) se nepodařilo zrušit; nic se nevyměnilo. Požádejte toho, kdo spis služby spravuje, o pomoc.',
  'sync.settled': 'Rozpracovaná operace gitu ({op}) byla zrušena; nic se neztratilo.',
  'sync.settled-restored': (p: Params) =>
    `Vráceno do spisu (${p.count}) – ${n(p.count) === 1 ? 'záznam vznikl' : 'záznamy vznikly'} během přerušené operace:\n${p.files}`,
  'sync.settled-branch':
    'Stav, v jakém operace zůstala, je uložen ve větvi {branch}; spis ho nepotřebuje, ale nic z něj se nesmazalo.',
  'sync.hand-changes-refused':
    'Synchronizace se zastavila: ve spisu jsou ruční změny, které spis sám nikdy nedělá, a neodešle je ostatním:\n{list}\nVrátit je: spis restore {cases}\nSpis po skartační lhůtě se maže příkazem spis purge; zápis o kontaktu se opravuje příkazem spis edit (původní znění zůstane). Nic se nevyměnilo.',
  'hand-change.case-deleted': 'smazaná složka celého spisu',
  'hand-change.record-deleted': 'smazaný záznam',
  'hand-change.contact-rewritten': 'přepsaný zápis o kontaktu',
  'hand-change.empty-file': 'prázdný soubor',
  'sync.worktree-busy':
    'Soubory spisu nešlo převést do stavu sdíleného repozitáře, protože je mezitím změnil jiný program; nic se neztratilo. Spusťte spis sync znovu.',
  'sync.untracked-state':
    'Pracovní soubory nástroje (.spis/) byly dosud v historii gitu; nově už nejsou (soubory zůstaly na místě).',
  'sync.record-merged': 'Záznam {file} upravili i na jiném počítači, ale jiné údaje; obě úpravy jsou zachovány.',
  'sync.default-branch-set':
    'Výchozí větev sdíleného repozitáře byla „{was}“; nyní je „{branch}“, takže nový klon dostane aktuální spisy.',
  'sync.default-branch-wrong':
    'Výchozí větev sdíleného repozitáře je „{was}“, spis ale synchronizuje větev „{branch}“: kdo si repozitář nově naklonuje, dostane staré záznamy. Požádejte správce serveru, ať výchozí větev nastaví na „{branch}“ (Gitea: Nastavení → Větve → Výchozí větev; GitLab: Settings → Repository → Default branch; holý repozitář na serveru: git symbolic-ref HEAD refs/heads/{branch}).',
  'sync.conflicts-pending': (p: Params) =>
    `${n(p.count) === 1 ? 'Jeden záznam čeká' : `Záznamy (${p.count}) čekají`} na rozhodnutí: stejný údaj upravili na tomto i na jiném počítači jinak. Ostatní změny jsou synchronizované; ve spisu je zatím verze ze sdíleného repozitáře.\n${p.list}\nRozhodněte příkazem: spis conflict <číslo spisu>`,
  'cmd.conflict': 'rozhodne záznamy, které po synchronizaci čekají (stejný údaj upravený na dvou počítačích)',
  'opt.conflict-from': 'rozhodnutí ze souboru YAML: údaj: ours | theirs | {value: …}',
  'cmd.restore': 'vrátí ruční změny, které spis sync odmítl (smazaný záznam nebo spis, přepsaný zápis)',
  'conflict.from-needs-case': 'Volba --from potřebuje číslo spisu: spis conflict <číslo spisu> --from <soubor>',
  'conflict.none': 'Žádný záznam nečeká na rozhodnutí.',
  'conflict.none-for-case': 've spisu {id} žádný záznam nečeká na rozhodnutí.',
  'conflict.line': '{id}  {record}  (tento počítač: {ours}; jiný počítač: {theirs})',
  'conflict.how': 'Rozhodnete příkazem: spis conflict <číslo spisu>',
  'conflict.case-gone': 'Spis {id} už neexistuje; rozhodnutí o záznamu {record} odpadá.',
  'conflict.unreadable': 'Verzi záznamu {file} nelze přečíst (viz výše); nic nebylo uloženo.',
  'conflict.saved': 'Rozhodnutí o záznamu {record} ve spisu {id} je uloženo (obě verze zůstávají v historii).',
  'conflict.send-later': 'Sdílený repozitář teď není dostupný; rozhodnutí odešle příští spis sync.',
  'conflict.unknown-field':
    'Údaj „{field}“ v rozhodnutí není mezi údaji, o kterých je třeba rozhodnout: {allowed}. Nic nebylo uloženo.',
  'conflict.undecided': 'Chybí rozhodnutí o údajích: {fields}. Nic nebylo uloženo.',
  'conflict.bad-decision': 'Rozhodnutí o údaji „{field}“ má být ours, theirs nebo {value: …}. Nic nebylo uloženo.',
  'conflict.absent': '(neuvedeno)',
  'conflict.by': '{name}, {date}',
  'conflict.by-unknown': 'neznámo kdo',
  'conflict.intro': (p: Params) =>
    `Spis ${p.id}, záznam ${p.record}: ${n(p.count) === 1 ? 'jeden údaj byl upraven' : `údaje (${p.count}) byly upraveny`} na tomto i na jiném počítači jinak.`,
  'conflict.which': '{field} (původně: {base})',
  'conflict.keep-ours': 'verze z tohoto počítače: {value} ({by})',
  'conflict.keep-theirs': 'verze z jiného počítače: {value} ({by})',
  'conflict.type': 'zadat jinou hodnotu',
  'conflict.type-value': '{field} – nová hodnota (prázdná údaj vypustí)',
  'conflict.summary-ours': 'z tohoto počítače',
  'conflict.summary-theirs': 'z jiného počítače',
  'conflict.summary-typed': 'zadáno',
  'conflict.summary': 'Spis {id}, {record} – rozhodnutí:',
  'conflict.question': 'Uložit rozhodnutí?',
  'restore.not-git': 'Spis služby ({dir}) není git repozitář s vlastní historií; není z čeho vracet.',
  'restore.nothing': 'Nic k vrácení: ve spisu nejsou ruční změny, které by spis sync odmítl.',
  'restore.done': 'Vráceno: {file} ({what}).',
  'sync.timeout':
    'Sdílený repozitář „{remote}“ neodpověděl do {seconds} s (server je vypnutý, nebo síť spojení zahazuje); nic se nevyměnilo a nic se neztratilo. Změny z tohoto počítače se odešlou při příštím spis sync.',
  'sync.timeout-own':
    'Sdílený repozitář „{remote}“ neodpověděl v čase, který je nastavený pro ssh nebo git na tomto počítači (GIT_SSH_COMMAND, core.sshCommand nebo http.lowSpeedTime); nic se nevyměnilo a nic se neztratilo. Změny z tohoto počítače se odešlou při příštím spis sync.',
  'sync.ssh-key-refused':
    'Server sdíleného repozitáře „{remote}“ odmítl klíč tohoto počítače; nic se nevyměnilo. Pošlete správci serveru svůj veřejný klíč (soubor ~/.ssh/id_ed25519.pub; když chybí, vytvoří ho příkaz ssh-keygen -t ed25519) a spusťte spis sync znovu.',
  'sync.ssh-host-key':
    'Klíč serveru sdíleného repozitáře „{remote}“ tento počítač nezná, nebo se od minula změnil; bez terminálu se spis na nic neptá a nic se nevyměnilo. Spusťte jednou spis sync v terminálu, porovnejte otisk klíče serveru s tím, který vám dal jeho správce, a potvrďte ho. Změnil-li se klíč, zeptejte se nejdřív správce proč.',
  'sync.push-refused':
    'Server sdíleného repozitáře „{remote}“ změny odmítl; nic nebylo odesláno a vše zůstává uložené na tomto počítači. Server napsal:\n{lines}',
  'purge.record-saved':
    'Záznam o skartaci: {file} (bez osobních údajů). Vytisknete ho příkazem: spis disposal {id} --format pdf',
  'sync.history-rewritten':
    'Historie sdíleného repozitáře „{remote}“ byla přepsána, aby v ní nezůstaly skartované spisy ({ids}); tento počítač má ještě starou historii, a proto nic neodešle (vrátil by je zpět). Vaše neodeslané změny se zachovají: spusťte spis sync --reclone – přenese je na novou historii a starou z tohoto počítače odstraní, jako by se repozitář naklonoval znovu.',
  'sync.reclone-impossible':
    'Historie sdíleného repozitáře „{remote}“ byla přepsána a tento počítač nemá záznam o tom, co naposledy synchronizoval; nic se nevyměnilo. Požádejte toho, kdo spis služby spravuje, o nový klon.',
  'sync.reclone-clash':
    'Neodeslané změny tohoto počítače nešlo přenést na přepsanou historii sdíleného repozitáře (soubory níže); nic se nezměnilo.\n{files}\nPožádejte toho, kdo spis služby spravuje, o pomoc.',
  'sync.reclone-done': (p: Params) =>
    `Tento počítač má nyní novou historii sdíleného repozitáře, bez skartovaných spisů; přeneseno neodeslaných změn: ${p.carried}.${p.dropped ? ` Odstraněny větve a čekající rozhodnutí ze staré historie: ${p.dropped}.` : ''}`,
  'sync.case-removed': 'Spis {id} byl skartován (spis purge na jiném počítači); jeho místní kopie byla odstraněna.',
  'opt.sync-reclone':
    'po přepsání historie sdíleného repozitáře (skartace): přenese neodeslané změny na novou historii a starou odstraní',
  'archive.tombstoned': 'Spis {id} byl skartován ({date}); nelze ho obnovit.',
  'cmd.complaint': 'evidence stížností: přijetí, písemná odpověď, přehled, dopis s vyřízením',
  'cmd.complaint-add': 'zapíše přijatou stížnost (od klienta, jiné osoby nebo anonymně)',
  'cmd.complaint-reply': 'zapíše písemnou odpověď na stížnost a její výsledek',
  'cmd.complaint-list': 'přehled stížností: kdy přišly, na co, kdo je vyřizuje a jak byly vyřízeny',
  'cmd.complaint-letter': 'dopis s vyřízením stížnosti (md, html, pdf)',
  'opt.complaint-year': 'jen stížnosti přijaté v daném roce (RRRR)',
  'opt.complaint-open': 'jen stížnosti dosud bez písemné odpovědi',
  'complaint.register-broken':
    'Evidenci stížností nejde celou přečíst, takže by přehled nebyl úplný. Opravte uvedené soubory (spis check).',
  'complaint.unknown': (p: Params) =>
    `Stížnost „${p.value}“ v evidenci není${p.suggestion ? ` – myslíte ${p.suggestion}?` : ''}. Poslední čísla: ${p.allowed}. Přehled: spis complaint list`,
  'complaint.ambiguous': '„{value}“ odpovídá více stížnostem: {allowed}. Napište celé číslo.',
  'complaint.replied': 'Stížnost {id} už má zapsanou odpověď; odpověď se nepřepisuje.',
  'complaint.no-reply': 'Stížnost {id} zatím nemá zapsanou odpověď: nejdřív spis complaint reply {id}.',
  'complaint.bad-year': '„{value}“ není rok; napište ho čtyřmi číslicemi, např. 2026.',
  'complaint.saved': 'Stížnost zapsána pod číslem {id}.',
  'complaint.saved-deadline': 'Lhůta pro písemnou odpověď: {date} (spis due ji připomene).',
  'complaint.reply-saved': 'Odpověď na stížnost {id} zapsána.',
  'complaint.letter-hint': 'Dopis s vyřízením: spis complaint letter {id} --format pdf -o odpoved.pdf',
  'complaint.none': 'V evidenci nejsou žádné stížnosti.',
  'complaint.ask-received': 'Kdy stížnost přišla',
  'complaint.ask-channel': 'Jak byla podána',
  'complaint.ask-from': 'Kdo si stěžuje',
  'complaint.ask-case': 'Číslo spisu klienta',
  'complaint.ask-name': 'Jméno a příjmení stěžovatele',
  'complaint.ask-relation': 'Vztah ke službě, např. rodič klienta (nepovinné)',
  'complaint.ask-about': 'Na co si stěžuje',
  'complaint.ask-worker': 'Na kterého pracovníka',
  'complaint.ask-about-case': 'Číslo spisu, kterého se stížnost týká',
  'complaint.ask-summary': 'Předmět stížnosti (co se stalo, čeho se týká)',
  'complaint.ask-handler': 'Kdo stížnost vyřizuje',
  'complaint.ask-deadline': 'Lhůta pro písemnou odpověď',
  'complaint.ask-save': 'Zapsat stížnost?',
  'complaint.ask-reply-date': 'Kdy byla odpověď odeslána',
  'complaint.ask-outcome': 'Jak byla stížnost posouzena',
  'complaint.ask-reply-text': 'Text písemné odpovědi',
  'complaint.ask-measures': 'Přijatá opatření (nepovinné)',
  'complaint.ask-save-reply': 'Zapsat odpověď?',
  'complaint.no-such-case': 'Spis {id} v repozitáři není; zadejte číslo spisu, např. 2026-0003.',
  'complaint.summary-head': 'Stížnost',
  'complaint.reply-head': 'Odpověď na stížnost {id}',
  'complaint.received': 'Přijata',
  'complaint.from': 'Stěžovatel',
  'complaint.about': 'Týká se',
  'complaint.subject': 'Předmět',
  'complaint.handler': 'Vyřizuje',
  'complaint.deadline': 'Lhůta pro odpověď',
  'complaint.reply-date': 'Odesláno',
  'complaint.outcome-label': 'Výsledek',
  'complaint.reply-text': 'Odpověď',
  'complaint.measures': 'Opatření',
  'complaint.col-id': 'Číslo',
  'complaint.col-answer': 'Vyřízení',
  'complaint.answered': '{date}: {outcome}',
  'complaint.open': 'čeká na odpověď (lhůta {date})',
  'complaint.overdue': 'PO LHŮTĚ (lhůta {date})',
  'complaint.from-case': 'klient, spis {id}',
  'complaint.from-anonymous': 'anonymně',
  'complaint.from-purged': 'spis skartován',
  'complaint.about-worker-of': (p: Params) =>
    `${p.wsex === 'female' ? 'pracovnice' : p.wsex === 'male' ? 'pracovník' : 'pracovník/pracovnice'}: ${p.name}`,
  'complaint.about-case-of': 'průběh služby, spis {id}',
  'complaint.about-service': 'služba obecně',
  'complaint.channel.written': 'písemně',
  'complaint.channel.oral': 'ústně',
  'complaint.channel.email': 'e-mailem',
  'complaint.channel.box': 'anonymně do schránky',
  'complaint.from-kind.case': 'klient služby (číslo spisu)',
  'complaint.from-kind.name': 'jiná osoba (jméno)',
  'complaint.from-kind.anonymous': 'anonymně',
  'complaint.about-kind.worker': 'na pracovníka',
  'complaint.about-kind.case': 'na průběh služby v jednom spisu',
  'complaint.about-kind.service': 'na službu obecně',
  'complaint.outcome.justified': 'oprávněná',
  'complaint.outcome.partly': 'částečně oprávněná',
  'complaint.outcome.unjustified': 'neoprávněná',
  'cmd.incident': 'mimořádné události (standard 14): záznam, uzavření, přehled, dokument',
  'cmd.incident-add': 'zapíše mimořádnou událost: co se stalo, opatření, kdo byl informován, další kroky',
  'cmd.incident-close': 'uzavře mimořádnou událost závěrem; její další kroky zmizí z přehledu termínů',
  'cmd.incident-list': 'přehled mimořádných událostí: kdy, jaké, koho se týkaly a kdo byl informován',
  'cmd.incident-show': 'záznam o mimořádné události jako dokument (md, html, pdf)',
  'opt.incident-year': 'jen události daného roku (RRRR)',
  'opt.incident-open': 'jen dosud neuzavřené události',
  'opt.incident-children': 'jen události, které se týkaly dětí',
  'incident.register-broken':
    'Evidenci mimořádných událostí nejde celou přečíst, takže by přehled nebyl úplný. Opravte uvedené soubory (spis check).',
  'incident.unknown': (p: Params) =>
    `Událost „${p.value}“ v evidenci není${p.suggestion ? ` – myslíte ${p.suggestion}?` : ''}. Poslední čísla: ${p.allowed}. Přehled: spis incident list`,
  'incident.ambiguous': '„{value}“ odpovídá více událostem: {allowed}. Napište celé číslo.',
  'incident.closed': 'Událost {id} už je uzavřená; uzavření se nepřepisuje.',
  'incident.saved': (p: Params) =>
    `Mimořádná událost zapsána pod číslem ${p.id}.${Number(p.steps) > 0 ? ' Další kroky připomene spis due, dokud ji neuzavřete (spis incident close).' : ''}`,
  'incident.closed-saved': 'Událost {id} uzavřena.',
  'incident.none': 'V evidenci nejsou žádné mimořádné události.',
  'incident.ask-date': 'Kdy se událost stala',
  'incident.ask-time': 'V kolik hodin (HH:MM, nepovinné)',
  'incident.bad-time': 'Čas pište jako HH:MM, např. 14:30.',
  'incident.ask-kind': 'Druh události',
  'incident.ask-cases': 'Čísla dotčených spisů, oddělená čárkou (nepovinné)',
  'incident.no-such-case': 'Spis {ids} v repozitáři není; zadejte čísla spisů, např. 2026-0003.',
  'incident.ask-children': 'Týkala se událost dětí?',
  'incident.ask-summary': 'Co se stalo',
  'incident.ask-measures': 'Co se hned udělalo (okamžitá opatření)',
  'incident.ask-informed': 'Byl někdo informován (OSPOD, policie, rodina, vedení)?',
  'incident.ask-informed-more': 'Byl informován ještě někdo další?',
  'incident.ask-whom': 'Kdo byl informován',
  'incident.ask-whom-name': 'Kdo konkrétně – úřad nebo osoba (nepovinné)',
  'incident.ask-informed-date': 'Kdy byl informován',
  'incident.ask-step': 'Následuje další krok (s termínem)?',
  'incident.ask-step-more': 'Ještě další krok?',
  'incident.ask-step-text': 'Další krok',
  'incident.ask-step-due': 'Do kdy',
  'incident.ask-worker': 'Kdo událost zapisuje',
  'incident.ask-save': 'Zapsat událost?',
  'incident.ask-closed': 'Kdy je událost uzavřena',
  'incident.ask-conclusion': 'Závěr',
  'incident.ask-save-close': 'Uzavřít událost?',
  'incident.summary-head': 'Mimořádná událost',
  'incident.close-head': 'Uzavření události {id}',
  'incident.when': 'Kdy',
  'incident.kind': 'Druh',
  'incident.cases': 'Spisy',
  'incident.what': 'Co se stalo',
  'incident.measures': 'Opatření',
  'incident.informed': 'Informován',
  'incident.step': 'Další krok',
  'incident.worker': 'Zapsal(a)',
  'incident.closed-on': 'Uzavřeno',
  'incident.conclusion': 'Závěr',
  'incident.children-mark': 'děti',
  'incident.col-id': 'Číslo',
  'incident.col-state': 'Stav',
  'incident.open-state': 'otevřená',
  'incident.closed-state': 'uzavřena {date}',
  'incident.purged-cases': (p: Params) => `${p.count}× skartovaný spis`,
  'incident.party.ospod': 'OSPOD',
  'incident.party.police': 'policie',
  'incident.party.family': 'rodina',
  'incident.party.management': 'vedení',
  'incident.party.other': 'jiný',
  'cmd.training': 'vzdělávání pracovníků: záznam kurzu, přehled hodin za rok',
  'cmd.training-add': 'zapíše kurz pracovníka: kdy, jaký, kdo ho pořádal, hodiny, akreditace',
  'cmd.training-list': 'hodiny vzdělávání každého pracovníka za rok proti ročnímu minimu',
  'opt.training-year': 'rok (RRRR); výchozí letošní',
  'training.register-broken':
    'Záznamy o vzdělávání nejde všechny přečíst, takže by součty nebyly úplné. Opravte uvedené soubory (spis check).',
  'training.saved': 'Vzdělávání zapsáno pod číslem {id}.',
  'training.one-format': 'Zvolte jeden výstup: --json (data), nebo --format md|html|pdf (dokument).',
  'training.summary-head': 'Vzdělávání',
  'training.worker': 'Pracovník',
  'training.date': 'Kdy',
  'training.course': 'Kurz',
  'training.hours': 'Hodin',
  'training.accreditation': 'akreditace',
  'training.ask-worker': 'Kdo se vzdělával',
  'training.ask-date': 'Kdy kurz začal',
  'training.ask-course': 'Název kurzu',
  'training.ask-provider': 'Kdo kurz pořádal (nepovinné)',
  'training.ask-hours': 'Kolik hodin',
  'training.ask-accreditation': 'Číslo akreditace (nepovinné)',
  'training.bad-accreditation': 'Číslo akreditace tvoří písmena, číslice a znaky / . - , např. A2023/0456-SP/PC.',
  'training.ask-save': 'Zapsat vzdělávání?',
  'training.col-fte': 'Úvazek v přímé péči',
  'training.col-courses': 'Kurzů',
  'training.col-state': 'Roční minimum',
  'training.met': 'splněno',
  'training.below': 'chybí {missing} h',
  'cmd.group': 'skupinové aktivity: záznam jedné aktivity s mnoha účastníky, přehled, dokument',
  'cmd.group-add': 'zapíše skupinovou aktivitu: druh, téma, délku, kdo ji vedl, kdo přišel a kdo se omluvil',
  'cmd.group-list': 'přehled skupinových aktivit s počty účastí, hodin a oslovených osob',
  'cmd.group-show': 'záznam o skupinové aktivitě jako dokument (md, html, pdf)',
  'opt.group-year': 'jen aktivity daného roku (RRRR)',
  'opt.group-case': 'jen aktivity, kterých se spis účastnil nebo z nichž se omluvil',
  'group.register-broken':
    'Evidenci skupinových aktivit nejde celou přečíst, takže by přehled nebyl úplný. Opravte uvedené soubory (spis check).',
  'group.unknown': (p: Params) =>
    `Aktivita „${p.value}“ v evidenci není${p.suggestion ? ` – myslíte ${p.suggestion}?` : ''}. Poslední čísla: ${p.allowed}. Přehled: spis group list`,
  'group.ambiguous': '„{value}“ odpovídá více aktivitám: {allowed}. Napište celé číslo.',
  'group.saved': (p: Params) =>
    `Skupinová aktivita zapsána pod číslem ${p.id} (${n(p.count)} ${cz(n(p.count), 'účastník', 'účastníci', 'účastníků')}).`,
  'group.none': 'V evidenci nejsou žádné skupinové aktivity.',
  'group.summary-head': 'Skupinová aktivita',
  'group.when': 'Kdy',
  'group.kind': 'Druh',
  'group.topic': 'Téma',
  'group.hours': 'Hodin',
  'group.workers': 'Vedli',
  'group.present': 'Zúčastnili se',
  'group.excused': 'Omluvili se',
  'group.others': 'Další účastníci',
  'group.record': 'Záznam',
  'group.education-mark': 'vzdělávání',
  'group.ask-date': 'Kdy se aktivita konala',
  'group.ask-time': 'Od kolika hodin (HH:MM, nepovinné)',
  'group.ask-kind': 'Druh aktivity',
  'group.ask-topic': 'Téma',
  'group.ask-education': 'Počítat hodiny účastníkům jako vzdělávání?',
  'group.ask-hours': 'Jak dlouho trvala (hodin, např. 1,5)',
  'group.ask-worker': 'Kdo aktivitu vedl',
  'group.ask-worker-more': 'Vedl ji ještě někdo další?',
  'group.ask-worker-next': 'Kdo další ji vedl',
  'group.ask-present': 'Čísla spisů těch, kdo se zúčastnili (oddělte čárkou)',
  'group.ask-excused': 'Čísla spisů těch, kdo se omluvili (nepovinné)',
  'group.both': 'Spis {ids} je už mezi zúčastněnými; omluvený je ten, kdo nepřišel.',
  'group.ask-others': 'Kolik přišlo dalších osob mimo spisy (anonymně nebo bez spisu; nepovinné)',
  'group.ask-other-names': 'Jejich jména, jen pokud je služba potřebuje (oddělte středníkem; nepovinné)',
  'group.ask-record': 'Krátký záznam: co se dělalo, jak aktivita proběhla',
  'group.ask-save': 'Zapsat aktivitu?',
  'group.col-id': 'Číslo',
  'group.col-came': 'Přišlo',
  'group.came-with-others': (p: Params) => `${p.cases} + ${p.others} ${cz(n(p.others), 'další', 'další', 'dalších')}`,
  'group.totals': (p: Params) =>
    `Celkem ${n(p.count)} ${cz(n(p.count), 'aktivita', 'aktivity', 'aktivit')}, ${n(p.attendances)} ${cz(n(p.attendances), 'účast', 'účasti', 'účastí')}, ${p.hours} účastnických hodin, ${n(p.persons)} ${cz(n(p.persons), 'oslovená osoba', 'oslovené osoby', 'oslovených osob')}.`,
  'cmd.disposal': 'záznamy o skartaci: bez argumentu jejich seznam, s číslem záznamu dokument (md, html, pdf)',
  'disposal.none': 'Zatím žádný záznam o skartaci.',
  'disposal.line': (p: Params) =>
    `${p.id}  ${p.date}  ${p.kind}  ${p.count} ${cz(n(p.count), 'spis', 'spisy', 'spisů')}: ${p.ids}`,
  'disposal.kind.destroyed': 'zničeno',
  'disposal.kind.proposed': 'návrh pro skartační řízení',
  'disposal.unknown': 'Záznam o skartaci „{id}“ neexistuje. Seznam: spis disposal',
  'disposal.bad-file': 'Soubor {file} není záznam o skartaci, který by spis uměl přečíst.',
  'disposal.title-destroyed': 'Záznam o zničení dokumentů (skartační protokol)',
  'disposal.title-proposed': 'Seznam dokumentů navržených ke skartačnímu řízení',
  'sync.done': 'Synchronizováno (odeslaných změn: {sent}, přijatých změn: {received}).',
  'log.no-git': 'Historie spisu se čte z gitu, ale {dir} není git repozitář s vlastní historií.',
  'log.empty': 'Spis {id} zatím nemá v gitu žádnou historii.',
  'problem.yaml-syntax': (p: Params) => `chyba zápisu YAML: ${YAML_ERRORS[String(p.yamlCode)] ?? p.detail}`,
  'problem.yaml-duplicate-key': 'klíč je v záznamu dvakrát',
  'problem.yaml-too-large': 'soubor je větší než {limit}, takže to není záznam spisu',
  'problem.yaml-too-deep':
    'soubor je vnořený hlouběji než {limit} úrovní; takový záznam nikdo nepíše – je poškozený nebo podvržený',
  'problem.yaml-aliases': 'soubor používá příliš mnoho odkazů (aliasů) YAML',
  'problem.yaml-not-mapping': 'záznam musí být seznam položek „klíč: hodnota“',
  'problem.file-unreadable': 'soubor nelze přečíst ({reason})',
  'problem.invalid-text': (p: Params) =>
    p.kind === 'utf8'
      ? `soubor není v kódování UTF-8 (bajt ${p.char})`
      : `soubor obsahuje řídicí znak ${p.char}, který do textu nepatří`,
  'problem.schema-required': 'chybí povinný údaj „{field}“',
  'problem.schema-type': (p: Params) =>
    `„${p.field}“ má mít ${typeName(p.expected)}${p.quote ? ', ne číslo' : p.value !== undefined ? `, je tu „${p.value}“` : ''}`,
  'problem.schema-enum': (p: Params) =>
    `${p.value !== undefined ? `„${p.value}“` : 'hodnota'} není povolená hodnota pole „${p.field}“`,
  'problem.register-file-name': 'název {name} nemá tvar RRRR-MM-DD-xxxx.yaml (datum přijetí a čtyři znaky)',
  'problem.register-id-mismatch': 'číslo „{value}“ neodpovídá názvu souboru {name}',
  'problem.unknown-case': 'spis {value} v repozitáři není (ani v archivu)',
  'problem.duplicate-member': 'člen domácnosti {value} je uveden dvakrát',
  'problem.unknown-member': 'člen domácnosti {value} v client.yaml (household) není',
  'problem.duplicate-attendee': 'spis {value} je mezi účastníky aktivity uveden dvakrát',
  'problem.others-count': (p: Params) =>
    `jmenovitě ${Number(p.named) === 1 ? 'je uveden 1 další účastník' : Number(p.named) < 5 ? `jsou uvedeni ${p.named} další účastníci` : `je uvedeno ${p.named} dalších účastníků`}, ale others udává ${p.count}`,
  'problem.handler-concerned': (p: Params) =>
    `stížnost na ${p.wsex === 'female' ? 'pracovnici' : p.wsex === 'male' ? 'pracovníka' : 'pracovníka/pracovnici'} ${p.value} vyřizuje ${p.wsex === 'female' ? 'ona sama' : p.wsex === 'male' ? 'on sám' : 'tentýž člověk'}`,
  'problem.place-not-in-person': (p: Params) => `místo se zapisuje jen u osobního kontaktu, ne u formy „${p.form}“`,
  'problem.schema-unknown-field': (p: Params) =>
    p.misplaced
      ? `pole „${p.field}“ sem nepatří${p.role ? ` (člen domácnosti s rolí ${p.role})` : ''}`
      : `neznámé pole „${p.field}“${p.suggestion ? ` – myslíte „${p.suggestion}“?` : ''}`,
  'problem.schema-pattern': (p: Params) =>
    `${p.value !== undefined ? `„${p.value}“ nemá` : 'hodnota nemá'} správný tvar pro pole „${p.field}“`,
  'problem.schema-empty': 'pole „{field}“ je prázdné',
  'problem.schema-range': (p: Params) =>
    p.rule === 'minItems'
      ? `pole „${p.field}“ musí mít aspoň ${p.limit} ${cz(n(p.limit), 'položku', 'položky', 'položek')}`
      : `hodnota${p.value !== undefined ? ` ${p.value}` : ''} pole „${p.field}“ je mimo povolený rozsah`,
  'problem.schema-other': 'pole „{field}“ neodpovídá pravidlu schématu ({rule})',
  'problem.date-invalid': (p: Params) =>
    p.value !== undefined ? `„${p.value}“ není platné datum` : `pole „${p.field}“ nemá platné datum`,
  'problem.unknown-worker': (p: Params) =>
    `neznámé id pracovníka „${p.value}“${p.suggestion ? ` – myslíte „${p.suggestion}“?` : ''}`,
  'problem.unknown-code': '„{value}“ není v číselníku {list}',
  'problem.unknown-goal': 'dílčí cíl „{value}“ ve spisu neexistuje',
  'problem.duplicate-goal-id': 'označení dílčího cíle „{value}“ je použito dvakrát',
  'problem.duplicate-worker': 'pracovník „{value}“ je u posouzení uveden dvakrát',
  'problem.date-order': 'datum {value} je dřív než {label} ({other})',
  'problem.date-future': (p: Params) =>
    `${p.value !== undefined ? `datum ${p.value}` : `datum v poli „${p.field}“`} je v budoucnosti (dnes je ${p.today})`,
  'problem.id-mismatch': 'číslo spisu „{value}“ neodpovídá složce {folder}',
  'problem.correction-mismatch': (p: Params) =>
    p.corrected === 'yes'
      ? `opravný zápis má v poli corrects uvádět původní zápis ${p.name}`
      : `zápis ${p.name} není opravný, pole corrects nemá mít`,
  'problem.correction-orphan': 'opravný zápis {name} opravuje zápis {original}, který vedle něj není',
  'problem.correction-concurrent':
    'zápis {name} byl opraven dvakrát souběžně, v různých klonech ({corrections}); která oprava platí, musí rozhodnout člověk',
  'problem.file-name-mismatch': 'datum zápisu {value} neodpovídá názvu souboru {name}',
  'problem.file-name-invalid': 'název zápisu {name} nemá tvar RRRR-MM-DD-xxxx.yaml s platným datem',
  'problem.missing-record': 've stavu „{status}“ chybí {record}',
  'problem.unexpected-record': 've stavu „{status}“ nemá být {record}',
  'problem.status-mismatch': 'archivovaný spis musí být ukončený (status: closed), je „{status}“',
  'problem.goal-closed': 'dílčí cíl {value} byl uzavřen {closed} a nelze ho znovu hodnotit',
  'problem.missing-client': 'spis {id} nemá client.yaml',
  'problem.kept-copy': 'kopie záznamu z odmítnuté úpravy (spis edit) zůstala v {file}; obsahuje osobní údaje',
  'problem.stray-file': 'soubor {file} do spisu nepatří',
  'problem.symlink': 'je to symbolický odkaz; spis odkazy nenásleduje',
  'problem.pending-change': 'nedokončený zápis: změna více souborů byla přerušena',
  'problem.legal-item-missing': 'chybí {what} – vyžaduje {paragraph}',
  'problem.consent-missing': 'zápis je označen k zaslání e-mailem, ale souhlas se zasíláním zápisů chybí',

  // --- problems: how to fix ---
  'hint.yaml-syntax':
    'Opravte zápis na vyznačeném místě: odsazení mezerami (ne tabulátory), za dvojtečkou mezera, text s dvojtečkou dejte do uvozovek.',
  'hint.yaml-duplicate-key': 'Každý klíč smí být v jednom záznamu jen jednou; sloučte obě hodnoty nebo jednu smažte.',
  'hint.yaml-too-large': 'Záznamy spisu mají jednotky kilobajtů; soubor sem nepatří, přesuňte ho mimo spis.',
  'hint.yaml-too-deep':
    'Opravte nebo odstraňte soubor ručně (spis restore vrátí ruční změnu, která ještě není v historii); ostatní spisy se čtou dál.',
  'hint.yaml-aliases': 'Záznamy spisu aliasy (&, *) nepotřebují; vypište hodnoty přímo.',
  'hint.yaml-not-mapping': 'Záznam začíná řádky ve tvaru „klíč: hodnota“, např. „date: 2026-11-22“.',
  'hint.file-unreadable': 'Zkontrolujte, že je to obyčejný soubor (ne složka) a že ho vlastník může číst.',
  'hint.invalid-text':
    'Uložte soubor v kódování UTF-8 a vyznačený znak smažte (v editoru bývá vidět jako čtvereček, otazník nebo ^@); spis takový soubor nečte ani nepřepisuje.',
  'hint.schema-required': (p: Params) =>
    p.alternative
      ? `Doplňte do části ${p.where} buď „${p.field}: …“ (cíl pokračuje s novým termínem), nebo „${p.alternative}: …“ (cíl se přeformuluje do nového cíle v new_goals).`
      : `Doplňte řádek „${p.field}: …“${p.where ? ` do části ${p.where}` : ''}; popis pole najdete ve schématu v schemas/.`,
  'hint.schema-type': (p: Params) =>
    p.expected === 'string'
      ? p.quote
        ? 'Hodnotu dejte do uvozovek, jinak se čte jako číslo a úvodní nuly se ztratí (telefon, rodné číslo, IČO), např. "0612345678".'
        : p.collection
          ? 'Zapište prostý text bez závorek [ ] a { }; delší text jako blok (za dvojtečku „|“ a text na dalších řádcích odsazený).'
          : 'Text, který vypadá jako číslo (IČO, PSČ), dejte do uvozovek, např. "01234567".'
      : `Zapište ${typeName(p.expected)}.`,
  'hint.schema-enum': (p: Params) =>
    `Použijte jednu z hodnot: ${String(p.allowed ?? '')
      .split(', ')
      .map((v) => (ENUM_WORDS[v] ? `${v} (${ENUM_WORDS[v]})` : v))
      .join(', ')}.`,
  'hint.register-file-name':
    'Přejmenujte soubor na číslo záznamu, např. 2026-11-20-k3m9.yaml (stejné jako jeho pole id); do té doby ho evidence nevidí.',
  'hint.register-id-mismatch': 'Pole id musí být stejné jako název souboru bez .yaml.',
  'hint.unknown-case': (p: Params) =>
    `Zkontrolujte číslo spisu (spis list, spis list --archived).${
      p.register === 'complaint'
        ? ' U stížnosti od někoho, kdo klientem služby není, zapište místo čísla spisu jeho jméno (from: name).'
        : p.register === 'group'
          ? ' Účastníka, který u služby spis nemá, nezapisujte mezi attendees, ale započtěte do others.'
          : p.register === 'link'
            ? ' Odkaz na jiný spis (person, family) nese číslo spisu, který u služby je nebo byl; bez něj pole smažte.'
            : ''
    }`,
  'hint.duplicate-member':
    'Každý člen domácnosti má v client.yaml vlastní číslo (m1, m2, …); druhému dejte další volné.',
  'hint.unknown-member':
    'Čísla členů domácnosti jsou {known}; nového člena doplňte do client.yaml (household), nebo číslo opravte.',
  'hint.duplicate-attendee': 'Každý spis uveďte mezi účastníky jen jednou, s jeho účastí (present, nebo excused).',
  'hint.others-count':
    'Pole others je počet všech dalších účastníků mimo spisy, i těch, kdo jsou jmenovitě v other_names: opravte počet.',
  'hint.handler-concerned': 'Stížnost na pracovníka vyřizuje někdo jiný (vedoucí, ředitel): změňte pole handler.',
  'hint.place-not-in-person': 'Řádek place vynechte; jde-li o schůzku osobně, uveďte form: osobne.',
  'hint.schema-unknown-field': (p: Params) =>
    p.misplaced
      ? 'Svěření do péče (placement) se zapisuje jen u dítěte (role: child), carer a born jen u dospělého člena domácnosti.'
      : 'Zkontrolujte překlep v názvu pole; poznámky pište jako komentář za # nebo do pole note.',
  'hint.schema-pattern': (p: Params) =>
    p.form === 'phone'
      ? 'Telefon zapište číslicemi, s mezerami nebo bez, případně s předvolbou, např. +420 600 000 000.'
      : p.expected
        ? `Očekávaný tvar: ${p.expected}`
        : 'Zkontrolujte tvar hodnoty podle schématu v schemas/.',
  'hint.schema-empty': 'Doplňte text, nebo celý řádek smažte, je-li pole nepovinné.',
  'hint.schema-range': 'Opravte hodnotu podle popisu pole ve schématu v schemas/.',
  'hint.schema-other': (p: Params) =>
    p.term
      ? 'U doby platnosti smlouvy zapište buď „indefinite: true“, nebo „until: RRRR-MM-DD“, ne obojí.'
      : 'Porovnejte pole s jeho popisem ve schématu v schemas/ (editor s podporou YAML ukáže, co mu chybí).',
  'hint.date-invalid': 'Zapište skutečné datum ve tvaru RRRR-MM-DD, např. 2026-02-28.',
  'hint.unknown-worker': 'Použijte zkratku pracovníka ze spis.yaml ({known}), nebo pracovníka do spis.yaml doplňte.',
  'hint.unknown-code': 'Povolené hodnoty: {allowed}. Vlastní hodnotu doplňte do spis.yaml, části codes.{list}.',
  'hint.unknown-goal': (p: Params) =>
    p.known
      ? `Použijte označení cíle z goals.yaml (${p.known}); nový cíl se zakládá v new_goals.`
      : 'Spis zatím nemá žádný dílčí cíl; nový cíl se zakládá v new_goals.',
  'hint.duplicate-goal-id': 'Každý dílčí cíl potřebuje vlastní označení; přečíslujte ten novější.',
  'hint.duplicate-worker': 'Posouzení provádějí nejméně dva různí odborní pracovníci; uveďte druhého pracovníka.',
  'hint.date-order': 'Zkontrolujte obě data; jedno z nich je nejspíš překlep.',
  'hint.date-future': (p: Params) =>
    p.field === 'birth_date'
      ? 'Datum narození nemůže být v budoucnosti; zkontrolujte rok.'
      : 'Záznam o kontaktu lze pořídit až po něm; zkontrolujte rok a měsíc.',
  'hint.id-mismatch': 'Pole id musí být stejné jako název složky spisu.',
  'hint.correction-mismatch':
    'Opravy zápisů vytváří spis edit <spis> <zápis>: opravný zápis leží vedle původního (…-xxxx.correction-1.yaml) a v corrects jmenuje jeho soubor.',
  'hint.correction-orphan':
    'Původní zápis se nemaže ani nepřejmenovává: vraťte ho (git log, git checkout), nebo opravný zápis přejmenujte na řádný zápis RRRR-MM-DD-xxxx.yaml a odstraňte z něj corrects a correction.',
  'hint.correction-concurrent':
    'Domluvte se, které znění platí, a zapište ho příkazem spis edit <spis> <zápis>: nová oprava platí a obě souběžné zůstanou v historii.',
  'hint.file-name-mismatch':
    'Zápisy se nepřepisují: je-li datum špatně, založte opravný zápis (corrects), jinak opravte pole date.',
  'hint.file-name-invalid':
    'Přejmenujte soubor na datum kontaktu a čtyři znaky (a–z, 0–9), např. 2026-11-22-ab12.yaml; do té doby se spis nezmění a v přehledu termínů chybí.',
  'hint.missing-record':
    'Doplňte chybějící záznam příslušným příkazem (spis contract new, spis close, spis refuse), nebo opravte status.',
  'hint.unexpected-record': 'Opravte status, nebo záznam odstraňte, pokud do spisu nepatří.',
  'hint.status-mismatch':
    'Do archivu patří jen ukončené spisy; vraťte spis do clients/, nebo ho ukončete (spis close).',
  'hint.goal-closed': 'Má-li se na cíli dál pracovat, založte nový dílčí cíl (new_goals).',
  'hint.missing-client':
    'Každý spis začíná souborem client.yaml; obnovte ho z gitu (git checkout), nebo složku odstraňte.',
  'hint.kept-copy': 'Přeneste úpravu do záznamu znovu příkazem spis edit, pak složku {file} smažte.',
  'hint.stray-file': 'Přesuňte soubor mimo spis, nebo ho odstraňte; dokumenty patří do documents/ ve spisu klienta.',
  'hint.symlink':
    'Nahraďte odkaz skutečnou složkou nebo souborem (zkopírujte obsah a odkaz smažte); spis přes odkazy nečte ani nezapisuje.',
  'hint.pending-change': 'Dokončí ji příští zapisující příkaz (například spis sync); soubor sám nemažte.',
  'hint.legal-item-missing': 'Doplňte pole „{field}“; bez něj nelze dokument vyhotovit.',
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
