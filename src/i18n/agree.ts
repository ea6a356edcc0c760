// Czech agrees with the person: klient/klientka, pracovník/pracovnice, byl/byla. One helper
// picks the form by sex, with a neutral (slashed) form where the sex is unknown. Personal names
// are never declined: sentences are built so a name stands in the nominative.

export type Sex = 'female' | 'male' | 'unknown' | undefined;

/** The form for a man, for a woman, and (unknown sex) the neutral one – "klient/ka" unless given. */
export function agree(sex: unknown, male: string, female: string, neutral = `${male}/${female}`): string {
  return sex === 'female' ? female : sex === 'male' ? male : neutral;
}

/** Nouns and participles about a client, an applicant or a worker, in the forms messages and documents use. */
export const WORDS = {
  client: ['klient', 'klientka', 'klient/ka'],
  Client: ['Klient', 'Klientka', 'Klient/ka'],
  clientGen: ['klienta', 'klientky', 'klienta/klientky'],
  clientAcc: ['klienta', 'klientku', 'klienta/klientku'],
  clientInstr: ['klientem', 'klientkou', 'klientem/klientkou'],
  applicant: ['zájemce', 'zájemkyně', 'zájemce/zájemkyně'],
  Applicant: ['Zájemce', 'Zájemkyně', 'Zájemce/zájemkyně'],
  worker: ['pracovník', 'pracovnice', 'pracovník/pracovnice'],
  keyWorker: ['klíčový pracovník', 'klíčová pracovnice', 'klíčový pracovník / klíčová pracovnice'],
  KeyWorker: ['Klíčový pracovník', 'Klíčová pracovnice', 'Klíčový pracovník / klíčová pracovnice'],
  was: ['byl', 'byla', 'byl/a'],
  Was: ['Byl', 'Byla', 'Byl/a'],
  refusedApplicant: ['odmítnutý zájemce', 'odmítnutá zájemkyně', 'odmítnutý zájemce / odmítnutá zájemkyně'],
  tookPart: ['podílel', 'podílela', 'podílel/a'],
  refused: ['odmítnut', 'odmítnuta', 'odmítnut/a'],
  instructed: ['poučen', 'poučena', 'poučen/a'],
  acquainted: ['seznámen', 'seznámena', 'seznámen/a'],
  satisfied: ['spokojen', 'spokojena', 'spokojen/a'],
  born: ['narozen', 'narozena', 'narozen/a'],
  took: ['zúčastnil', 'zúčastnila', 'zúčastnil/a'],
  wrote: ['zapsal', 'zapsala', 'zapsal/a'],
  Wrote: ['Zapsal', 'Zapsala', 'Zapsal/a'],
  acted: ['jednal', 'jednala', 'jednal/a'],
  gave: ['provedl', 'provedla', 'provedl/a'],
  commented: ['vyjádřil', 'vyjádřila', 'vyjádřil/a'],
  his: ['jeho', 'její', 'jeho/její'],
  // The client of foster-care support is the carer (osoba pečující): the same cases of the word.
  carer: ['pěstoun', 'pěstounka', 'pěstoun/ka'],
  Carer: ['Pěstoun', 'Pěstounka', 'Pěstoun/ka'],
  carerGen: ['pěstouna', 'pěstounky', 'pěstouna/pěstounky'],
  carerAcc: ['pěstouna', 'pěstounku', 'pěstouna/pěstounku'],
  carerInstr: ['pěstounem', 'pěstounkou', 'pěstounem/pěstounkou'],
} as const satisfies Record<string, readonly [string, string, string]>;

export type Word = keyof typeof WORDS;

/** A word of WORDS in the form for this sex. */
export function word(w: Word, sex: unknown): string {
  const [male, female, neutral] = WORDS[w];
  return agree(sex, male, female, neutral);
}

const CARER_OF = {
  client: 'carer',
  Client: 'Carer',
  clientGen: 'carerGen',
  clientAcc: 'carerAcc',
  clientInstr: 'carerInstr',
} as const satisfies Partial<Record<Word, Word>>;

/** The client in a message, as her service names her: klientka, or in foster-care support (params `foster`) pěstounka. */
export function clientNoun(w: keyof typeof CARER_OF, p: { sex?: unknown; foster?: unknown }): string {
  return word(p.foster ? CARER_OF[w] : w, p.sex);
}

/**
 * A text with the forms for a man and a woman side by side – "{Klient|Klientka} {byl|byla}
 * {seznámen|seznámena}" – as spis.yaml's contract defaults write them, made to agree with the
 * person (the slashed neutral where the sex is unknown). A text without braces stays as it is.
 */
export function agreeText(text: string, sex: unknown): string {
  return text.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, male: string, female: string) => agree(sex, male, female));
}

/**
 * The contract defaults earlier versions of spis init wrote in the masculine alone, with the
 * forms for a woman beside them: a service set up then still gets a klientka's contract right.
 */
const MASCULINE_DEFAULTS: [RegExp, string][] = [
  [/\bKlient byl seznámen\b/g, '{Klient|Klientka} {byl|byla} {seznámen|seznámena}'],
  [/\bKlient může\b/g, '{Klient|Klientka} může'],
  [/\bpokud klient\b/g, 'pokud {klient|klientka}'],
  [/\bpotřeby klienta\b/g, 'potřeby {klienta|klientky}'],
  [/\bPěstoun byl seznámen\b/g, '{Pěstoun|Pěstounka} {byl|byla} {seznámen|seznámena}'],
  [/\bPěstoun je povinen\b/g, '{Pěstoun|Pěstounka} je {povinen|povinna}'],
  [/\bpěstouna\b/g, '{pěstouna|pěstounky}'],
  [/\bs pěstounem\b/g, 's {pěstounem|pěstounkou}'],
];

/** A contract default made to agree with the person: its own {a|b} forms, and the masculine-only texts of earlier versions. */
export function agreeDefault(text: string, sex: unknown): string {
  const marked = /\{[^{}|]*\|[^{}|]*\}/.test(text)
    ? text
    : MASCULINE_DEFAULTS.reduce((s, [re, to]) => s.replace(re, to), text);
  return agreeText(marked, sex);
}

const MEMBER_WORDS: Record<string, readonly [string, string, string]> = {
  parent: ['otec', 'matka', 'rodič'],
  partner: ['partner', 'partnerka', 'partner/ka'],
  child: ['syn', 'dcera', 'dítě'],
  relative: ['příbuzný', 'příbuzná', 'příbuzný/á'],
  other: ['jiná osoba', 'jiná osoba', 'jiná osoba'],
};

/** A household member's role in the agreeing Czech form (matka, syn, partnerka…), with the birth year where given. */
export function memberLabel(m: { role: string; sex?: unknown; birth_year?: unknown }): string {
  const [male, female, neutral] = MEMBER_WORDS[m.role] ?? [m.role, m.role, m.role];
  return `${agree(m.sex, male, female, neutral)}${m.birth_year ? ` (nar. ${String(m.birth_year)})` : ''}`;
}

/** A household member as a document names her: "Adéla – dcera (nar. 2014)", or the role alone without a name. */
export function memberNamed(m: { name?: string; role: string; sex?: unknown; birth_year?: unknown }): string {
  return `${m.name ? `${m.name} – ` : ''}${memberLabel(m)}`;
}

/** The words a dohoda o výkonu pěstounské péče says of its carer or carers, in the cases its sentences need. */
export interface CarerWords {
  /** pěstoun, pěstounka, pěstouni, pěstounky */
  nom: string;
  /** of the carer: pěstouna, pěstounky, pěstounů, pěstounek */
  gen: string;
  /** the carer (object): pěstouna, pěstounku, pěstouny, pěstounky */
  acc: string;
  /** with the carer: pěstounem, pěstounkou, pěstouny, pěstounkami */
  ins: string;
  /** "Pěstounka byla", "Pěstouni byli" */
  Was: string;
  /** poučen, poučena, poučeni, poučeny */
  instructed: string;
  /** seznámen, seznámena, seznámeni, seznámeny */
  acquainted: string;
  /** whose: jeho, její, jejich */
  their: string;
  /** The party's heading: "Osoba pečující:", "Osoby pečující:", "Osoba v evidenci:" */
  party: string;
  /** Under each carer's signature line: "osoba pečující:", "osoba v evidenci:" */
  signs: string;
}

/**
 * How a dohoda names its carers: one man, one woman, two (masculine plural for a couple or two
 * men, feminine for two women), or the slashed neutral where a sex is unknown. `registered`: an
 * osoba v evidenci (temporary foster care), else an osoba pečující.
 */
export function carerWords(sexes: readonly unknown[], registered = false): CarerWords {
  const party = (one: string, many: string): string => (sexes.length > 1 ? many : one);
  const signs = registered ? 'osoba v evidenci:' : 'osoba pečující:';
  const label = registered
    ? party('Osoba v evidenci:', 'Osoby v evidenci:')
    : party('Osoba pečující:', 'Osoby pečující:');
  if (sexes.length > 1) {
    if (sexes.every((s) => s === 'female'))
      return {
        nom: 'pěstounky',
        gen: 'pěstounek',
        acc: 'pěstounky',
        ins: 'pěstounkami',
        Was: 'Pěstounky byly',
        instructed: 'poučeny',
        acquainted: 'seznámeny',
        their: 'jejich',
        party: label,
        signs,
      };
    if (sexes.every((s) => s === 'female' || s === 'male'))
      return {
        nom: 'pěstouni',
        gen: 'pěstounů',
        acc: 'pěstouny',
        ins: 'pěstouny',
        Was: 'Pěstouni byli',
        instructed: 'poučeni',
        acquainted: 'seznámeni',
        their: 'jejich',
        party: label,
        signs,
      };
    return {
      nom: 'pěstouni/pěstounky',
      gen: 'pěstounů/pěstounek',
      acc: 'pěstouny/pěstounky',
      ins: 'pěstouny/pěstounkami',
      Was: 'Pěstouni/pěstounky byli/y',
      instructed: 'poučeni/y',
      acquainted: 'seznámeni/y',
      their: 'jejich',
      party: label,
      signs,
    };
  }
  const sex = sexes[0];
  return {
    nom: agree(sex, 'pěstoun', 'pěstounka', 'pěstoun/ka'),
    gen: agree(sex, 'pěstouna', 'pěstounky', 'pěstouna/pěstounky'),
    acc: agree(sex, 'pěstouna', 'pěstounku', 'pěstouna/pěstounku'),
    ins: agree(sex, 'pěstounem', 'pěstounkou', 'pěstounem/pěstounkou'),
    Was: agree(sex, 'Pěstoun byl', 'Pěstounka byla', 'Pěstoun/ka byl/a'),
    instructed: word('instructed', sex),
    acquainted: agree(sex, 'seznámen', 'seznámena', 'seznámen/a'),
    their: agree(sex, 'jeho', 'její', 'jeho/její'),
    party: label,
    signs,
  };
}
