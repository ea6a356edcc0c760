// Provider rules and code lists: the defaults of DOMAIN.md, overridable in spis.yaml.
import type { CodeList, CodeListName, ContractDefaults, ProviderRules, SpisConfig } from './types.js';
import { FOSTER_CONTACT_TYPES } from './foster.js';

export const DEFAULT_RULES: ProviderRules = {
  personal_goal_review: '12m',
  assessment: '7d',
  written_plan_after_contacts: 6,
  max_contact_gap: '3m',
  due_window: '14d',
  retention_years: 10,
  complaint_reply: '30d',
  training_hours: 24,
};

export const DEFAULT_CODES: Record<CodeListName, CodeList> = {
  contact_forms: {
    osobne: 'osobně',
    telefon: 'telefonicky',
    email: 'e-mailem',
    online: 'online',
    pisemne: 'písemně',
  },
  contact_types: {
    uvodni_konzultace: 'úvodní konzultace',
    assessment: 'posouzení zájemce',
    konzultace: 'konzultace',
    hodnotici_schuzka: 'hodnotící schůzka',
    krizova_intervence: 'krizová intervence',
    pripadova_konference: 'případová konference',
    doprovod: 'doprovod',
    jednani_s_institucemi: 'jednání s institucemi',
    zakladni_poradenstvi: 'základní sociální poradenství',
  },
  target_groups: {
    rodiny_s_detmi: 'rodiny s dětmi',
    pestouni: 'pěstouni a osoby v evidenci',
    osoby_v_krizi: 'osoby v krizi',
    obeti_domaciho_nasili: 'oběti domácího násilí',
    seniori: 'senioři',
    osoby_se_zdravotnim_postizenim: 'osoby se zdravotním postižením',
    osoby_ohrozene_zadluzenim: 'osoby ohrožené zadlužeností',
  },
  termination_reasons: {
    cil_naplnen: 'naplnění stanoveného cíle služby',
    uplynuti_doby: 'uplynutí doby sjednané smlouvou',
    poruseni_povinnosti: 'uživatel opakovaně nebo zásadně porušuje povinnosti ze smlouvy',
    nevyuzivani: 'uživatel bezdůvodně nevyužívá službu ve sjednaném rozsahu',
    rozhodnuti_klienta: 'rozhodnutí uživatele služby',
    ukonceni_cinnosti: 'ukončení činnosti poskytovatele',
    jednorazove_poradenstvi: 'poskytnuto jednorázové základní sociální poradenství (bez smlouvy)',
    jine: 'jiný důvod (upřesněte)',
  },
  refusal_reasons: {
    neposkytuje_sluzbu:
      'poskytovatel neposkytuje sociální službu, o kterou osoba žádá, nebo osoba nepatří do cílové skupiny (§ 91 odst. 3 písm. a)',
    kapacita: 'poskytovatel nemá dostatečnou kapacitu (§ 91 odst. 3 písm. b)',
    zdravotni_stav: 'zdravotní stav vylučuje poskytnutí pobytové služby (§ 91 odst. 3 písm. c)',
    vypoved_6_mesicu:
      'poskytovatel této osobě vypověděl smlouvu o stejné službě před méně než 6 měsíci (§ 91 odst. 3 písm. d)',
  },
  incident_kinds: {
    nouzova_situace: 'nouzová situace',
    havarijni_situace: 'havarijní situace',
    ohrozeni_ditete: 'ohrožení dítěte',
    uraz: 'úraz',
    agrese: 'agrese',
    zdravotni_potize: 'náhlé zdravotní potíže',
    jine: 'jiná mimořádná událost',
  },
  group_kinds: {
    skupinove_vzdelavani: 'skupinové vzdělávání',
    klub: 'klub, setkání',
    svepomocna_skupina: 'svépomocná skupina',
    skupinova_prace: 'skupinová sociální práce',
    volnocasova: 'volnočasová aktivita',
    jina: 'jiná skupinová aktivita',
  },
};

/** The contact forms where people meet in person (a place is asked and counted). */
export const IN_PERSON_FORMS: ReadonlySet<string> = new Set(['osobne']);

/** A place belongs to a meeting in person: the form a contact with a place may not have, if it has it. */
export function placeOutOfPerson(contact: { place?: string; form?: string }): string | undefined {
  return contact.place !== undefined && contact.form !== undefined && !IN_PERSON_FORMS.has(contact.form)
    ? contact.form
    : undefined;
}

/** The reason recorded when an anonymous one-off contact is closed. */
export const ONE_OFF_REASON = 'jednorazove_poradenstvi';

/** The reason code that asks for a written specification. */
export const OTHER_TERMINATION_REASON = 'jine';

/**
 * The reason for ending as a document and a summary say it: for "another reason" its
 * specification (never the list's instruction "jiný důvod (upřesněte)"), else the reason's name
 * without an instruction in brackets.
 */
export function terminationReasonText(config: SpisConfig, t: { reason: string; reason_other?: string }): string {
  if (t.reason === OTHER_TERMINATION_REASON && t.reason_other?.trim()) return t.reason_other.trim();
  return (codeList(config, 'termination_reasons')[t.reason] ?? t.reason).replace(
    /\s*\((upřesněte|uveďte|specify)\)\s*$/i,
    '',
  );
}

export function rulesOf(config: SpisConfig): ProviderRules {
  // Foster-care support keeps the personal-contact rule and the dohoda's 30 days of § 47b zákona č. 359/1999 Sb. unless set otherwise.
  const regime: Partial<ProviderRules> = isFosterCare(config)
    ? { personal_contact: '2m', agreement_deadline: '30d', carer_education: 24 }
    : {};
  return { ...DEFAULT_RULES, ...regime, ...(config.rules ?? {}) };
}

/**
 * Foster-care support (zákon č. 359/1999 Sb.) says its endings in its own terms: the same codes
 * (a case closed under them stays valid), the words of a dohoda and an osoba pečující instead of a
 * § 91 contract and its uživatel, and the end of the placement itself.
 */
const FOSTER_CARE_CODES: Partial<Record<CodeListName, CodeList>> = {
  // The carer's support as contact types of their own (domain/foster.ts), beside the common ones.
  contact_types: FOSTER_CONTACT_TYPES,
  termination_reasons: {
    cil_naplnen: 'naplnění cíle spolupráce',
    zanik_pestounske_pece: 'zánik pěstounské péče (zletilost dítěte, návrat do rodiny, osvojení, rozhodnutí soudu)',
    uplynuti_doby: 'uplynutí doby, na kterou byla dohoda uzavřena',
    poruseni_povinnosti:
      'výpověď pověřené osoby pro závažné nebo opakované porušování povinností z dohody (§ 47c odst. 2 písm. a))',
    nevyuzivani: 'výpověď pověřené osoby pro opakované maření sledování naplňování dohody (§ 47c odst. 2 písm. b))',
    odmitnuti_prijeti:
      'výpověď pověřené osoby: osoba v evidenci bez vážného důvodu odmítla přijmout dítě do pěstounské péče na přechodnou dobu (§ 47c odst. 2 písm. c))',
    rozhodnuti_klienta:
      'výpověď nebo rozhodnutí osoby pečující (např. dohoda s jiným doprovázejícím subjektem; § 47c odst. 3)',
    ukonceni_cinnosti: 'ukončení činnosti pověřené osoby nebo odnětí pověření',
    jednorazove_poradenstvi: 'jednorázová pomoc bez dohody (dohoda o výkonu pěstounské péče nebyla uzavřena)',
    jine: 'jiný důvod (upřesněte)',
  },
  // Why a pověřená osoba does not conclude a dohoda (the carer then concludes it with the OSPOD or another subject).
  refusal_reasons: {
    neposkytuje_sluzbu:
      'osoba není osobou pečující ani osobou v evidenci (§ 47a odst. 1 zákona č. 359/1999 Sb.) nebo doprovázení, o které žádá, pověřená osoba nevykonává',
    kapacita: 'pověřená osoba nemá volnou kapacitu k doprovázení další rodiny',
    mimo_pusobnost: 'osoba pečující žije mimo území, na kterém pověřená osoba doprovázení vykonává',
    jiny_subjekt:
      'osoba pečující uzavírá dohodu s jiným doprovázejícím subjektem nebo s orgánem sociálně-právní ochrany',
    vypoved_6_mesicu:
      'pověřená osoba s touto osobou dohodu vypověděla pro porušování povinností nebo maření sledování (§ 47c odst. 2 zákona č. 359/1999 Sb.)',
  },
};

/** The lists a regime replaces whole rather than adds to: a § 91 refusal reason is no reason to refuse a dohoda. */
const REPLACED: ReadonlySet<CodeListName> = new Set(['refusal_reasons']);

/** A code list as a kind of service has it before spis.yaml adds its own: the defaults and the regime's. */
export function kindCodeList(kind: string | undefined, name: CodeListName): CodeList {
  const regime = kind === FOSTER_CARE_KIND ? FOSTER_CARE_CODES[name] : undefined;
  if (regime && REPLACED.has(name)) return { ...regime };
  // The regime's own codes first (a foster-care service picks respite or education before counselling), its texts winning.
  return regime ? { ...regime, ...DEFAULT_CODES[name], ...regime } : { ...DEFAULT_CODES[name] };
}

/** Every code list of a kind of service, as a new spis.yaml writes them out. */
export function kindCodes(kind: string | undefined): Record<CodeListName, CodeList> {
  const out = { ...DEFAULT_CODES };
  for (const name of Object.keys(out)) if (isCodeListName(name)) out[name] = kindCodeList(kind, name);
  return out;
}

const isCodeListName = (name: string): name is CodeListName => name in DEFAULT_CODES;

export function codeList(config: SpisConfig, name: CodeListName): CodeList {
  return { ...kindCodeList(config.provider?.service?.kind, name), ...(config.codes?.[name] ?? {}) };
}

export function workerName(config: SpisConfig, id: string): string {
  return config.workers.find((w) => w.id === id)?.name ?? id;
}

/** A worker's sex as spis.yaml gives it (undefined: neutral forms). */
export function workerSex(config: SpisConfig, id: string | undefined): 'female' | 'male' | undefined {
  return id === undefined ? undefined : config.workers.find((w) => w.id === id)?.sex;
}

/** The kind code of foster-care support (doprovázení pěstounských rodin, zákon č. 359/1999 Sb.). */
export const FOSTER_CARE_KIND = 'doprovazeni_pestounu';

/** Whether the repository is of foster-care support (zákon č. 359/1999 Sb.): the regime its words, rules and documents follow. */
export function isFosterCare(config: Pick<SpisConfig, 'provider'>): boolean {
  return config.provider?.service?.kind === FOSTER_CARE_KIND;
}

/** The law a service is provided under, as the contract names it ("zákona č. 108/2006 Sb."). */
export function serviceLaw(config: SpisConfig): string {
  return config.provider.service.law ?? 'zákona č. 108/2006 Sb.';
}

export interface ServiceKind {
  name: string;
  paragraph: string;
  law?: string;
  /** Provider rules the kind needs beyond the defaults. */
  rules?: Partial<ProviderRules>;
  /** The contract defaults offered for this kind instead of the counselling ones. */
  contract_defaults?: ContractDefaults;
}

/** Common kinds of service that `spis init` offers: zákon č. 108/2006 Sb., and foster-care support under zákon č. 359/1999 Sb. */
export const SERVICE_KINDS: Record<string, ServiceKind> = {
  odborne_socialni_poradenstvi: { name: 'Odborné sociální poradenství', paragraph: '§ 37' },
  sas_rodiny_s_detmi: { name: 'Sociálně aktivizační služby pro rodiny s dětmi', paragraph: '§ 65' },
  krizova_pomoc: { name: 'Krizová pomoc', paragraph: '§ 60' },
  intervencni_centra: { name: 'Intervenční centra', paragraph: '§ 60a' },
  terenni_programy: { name: 'Terénní programy', paragraph: '§ 69' },
  socialni_rehabilitace: { name: 'Sociální rehabilitace', paragraph: '§ 70' },
  kontaktni_centra: { name: 'Kontaktní centra', paragraph: '§ 59' },
  [FOSTER_CARE_KIND]: {
    name: 'Doprovázení pěstounských rodin (dohoda o výkonu pěstounské péče)',
    paragraph: '§ 47b',
    law: 'zákona č. 359/1999 Sb.',
    // A personal contact at least every 2 months, a report on the care every 6 months.
    rules: { personal_contact: '2m', report_interval: '6m', agreement_deadline: '30d', carer_education: 24 },
    contract_defaults: {
      scope:
        'Doprovázení pěstounské rodiny: osobní konzultace v domácnosti {pěstouna|pěstounky} nejméně jednou za 2 měsíce, zajištění vzdělávání {pěstouna|pěstounky} v rozsahu 24 hodin za 12 měsíců, respitní péče, podpora kontaktu dítěte s rodiči a osobami blízkými.',
      place_time:
        'V domácnosti {pěstouna|pěstounky} a v prostorách poskytovatele, v termínech dohodnutých s {pěstounem|pěstounkou}.',
      payment: 'Doprovázení se poskytuje bez úhrady; hradí se ze státního příspěvku na výkon pěstounské péče.',
      internal_rules:
        '{Pěstoun|Pěstounka} {byl|byla} {seznámen|seznámena} s vnitřními pravidly poskytovatele a zavazuje se je dodržovat.',
      notice:
        'Dohodu lze ukončit dohodou stran nebo výpovědí kterékoli strany; výpovědní lhůta je 30 dní od doručení výpovědi. {Pěstoun|Pěstounka} je {povinen|povinna} do 30 dní uzavřít dohodu s jiným doprovázejícím subjektem.',
      term: 'indefinite',
      documents: ['Pravidla pro podávání stížností', 'Práva a povinnosti pěstouna podle § 47a zákona č. 359/1999 Sb.'],
    },
  },
};

/** What a new spis.yaml offers as the § 91 odst. 2 defaults of a counselling service. */
export const DEFAULT_CONTRACT_DEFAULTS = {
  scope: 'Konzultace dle potřeby {klienta|klientky}, zpravidla jednou za dva až čtyři týdny v délce do 60 minut.',
  place_time: 'V prostorách poradny v provozní době (Po–Čt 8:00–17:00), po dohodě také telefonicky nebo online.',
  payment: 'Služba se poskytuje bez úhrady.',
  internal_rules:
    '{Klient|Klientka} {byl|byla} {seznámen|seznámena} s vnitřními pravidly poskytovatele a zavazuje se je dodržovat.',
  notice:
    '{Klient|Klientka} může smlouvu vypovědět kdykoli i bez udání důvodu s okamžitou účinností. Poskytovatel může smlouvu vypovědět, pokud {klient|klientka} opakovaně nebo zásadně porušuje povinnosti ze smlouvy nebo bezdůvodně nevyužívá službu ve sjednaném rozsahu; výpovědní lhůta je 14 dní od doručení výpovědi.',
  term: 'indefinite',
  documents: ['Pravidla pro podávání stížností', 'Práva a povinnosti uživatele služby'],
};
