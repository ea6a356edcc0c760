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
} as const satisfies Record<string, readonly [string, string, string]>;

export type Word = keyof typeof WORDS;

/** A word of WORDS in the form for this sex. */
export function word(w: Word, sex: unknown): string {
  const [male, female, neutral] = WORDS[w];
  return agree(sex, male, female, neutral);
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
