// What the law (and the standards of quality) require a document to contain. One list, used
// by `spis check` and by rendering, so a document never has a blank where the law wants text.
import type { Client, Contract, Goals, Termination } from './types.js';
import { OTHER_TERMINATION_REASON } from './config.js';

export interface Requirement {
  /** The field, as a path in its record. */
  field: string;
  /** The record file that should hold it. */
  record: 'client.yaml' | 'contract.yaml' | 'goals.yaml' | 'termination.yaml';
  /** Where the law asks for it, e.g. "§ 91 odst. 2 písm. e) zákona č. 108/2006 Sb.". */
  paragraph: string;
  /** What it is, in Czech (documents are Czech). */
  what: string;
}

const P91 = (letter: string): string => `§ 91 odst. 2 písm. ${letter}) zákona č. 108/2006 Sb.`;
const blank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';

/**
 * The items of a dohoda o výkonu pěstounské péče its template prints (§ 47b zákona č. 359/1999
 * Sb.: the parties, how the carer's rights of § 47a odst. 2 are secured, the meeting, its term
 * and ending) – no social-service item of § 91.
 */
function missingAgreementItems(contract: Contract, client: Client): Requirement[] {
  const P = '§ 47b zákona č. 359/1999 Sb.';
  const items: [boolean, string, Requirement['record'], string][] = [
    [
      client.anonymous === true || !client.name,
      'name',
      'client.yaml',
      'jméno a příjmení osoby pečující (strana dohody)',
    ],
    [
      !client.birth_date && blank(client.address),
      'birth_date',
      'client.yaml',
      'datum narození nebo adresa osoby pečující (strana dohody)',
    ],
    [blank(contract.scope), 'scope', 'contract.yaml', 'způsob zajištění práv osoby pečující podle § 47a odst. 2'],
    [blank(contract.place_time), 'place_time', 'contract.yaml', 'místo a čas setkávání'],
    [blank(contract.notice), 'notice', 'contract.yaml', 'ukončení dohody (výpověď a její lhůta)'],
    [!contract.term?.indefinite && !contract.term?.until, 'term', 'contract.yaml', 'doba, na kterou se dohoda uzavírá'],
  ];
  return items.filter(([missing]) => missing).map(([, field, record, what]) => ({ field, record, paragraph: P, what }));
}

/**
 * The eight items of § 91 odst. 2 (and the parties' identification) for a contract; for a dohoda
 * o výkonu pěstounské péče (`fosterCare`), the dohoda's own items.
 */
export function missingContractItems(contract: Contract, client: Client, fosterCare = false): Requirement[] {
  if (fosterCare) return missingAgreementItems(contract, client);
  const out: Requirement[] = [];
  const need = (cond: boolean, field: string, record: Requirement['record'], letter: string, what: string): void => {
    if (cond) out.push({ field, record, paragraph: P91(letter), what });
  };
  need(
    client.anonymous === true || !client.name,
    'name',
    'client.yaml',
    'a',
    'jméno a příjmení klienta (označení smluvní strany)',
  );
  need(
    !client.birth_date && blank(client.address),
    'birth_date',
    'client.yaml',
    'a',
    'datum narození nebo adresa klienta (označení smluvní strany)',
  );
  need(
    contract.representative_party === true && !client.legal_representative,
    'legal_representative',
    'client.yaml',
    'a',
    'zákonný zástupce, který za klienta jedná',
  );
  need(blank(contract.service), 'service', 'contract.yaml', 'b', 'druh sociální služby');
  need(blank(contract.scope), 'scope', 'contract.yaml', 'c', 'rozsah poskytování sociální služby');
  need(blank(contract.place_time), 'place_time', 'contract.yaml', 'd', 'místo a čas poskytování sociální služby');
  need(
    blank(contract.payment),
    'payment',
    'contract.yaml',
    'e',
    'výše úhrady a způsob jejího placení (u bezplatné služby „bez úhrady“)',
  );
  need(
    blank(contract.internal_rules),
    'internal_rules',
    'contract.yaml',
    'f',
    'ujednání o dodržování vnitřních pravidel',
  );
  need(blank(contract.notice), 'notice', 'contract.yaml', 'g', 'výpovědní důvody a výpovědní lhůty');
  need(!contract.term?.indefinite && !contract.term?.until, 'term', 'contract.yaml', 'h', 'doba platnosti smlouvy');
  return out;
}

/** The individual plan's content (standard of quality no. 5, vyhláška č. 505/2006 Sb.). */
export function missingPlanItems(goals: Goals | undefined): Requirement[] {
  const p = 'standard kvality č. 5 (příloha č. 2 vyhlášky č. 505/2006 Sb.)';
  const out: Requirement[] = [];
  if (!goals || goals.personal_goals.length === 0)
    out.push({ field: 'personal_goals', record: 'goals.yaml', paragraph: p, what: 'osobní cíl klienta' });
  if (blank(goals?.plan?.initial_situation))
    out.push({
      field: 'plan.initial_situation',
      record: 'goals.yaml',
      paragraph: p,
      what: 'popis výchozí situace klienta',
    });
  return out;
}

/** The termination protocol: the reason, and what "other" means when that is the reason. */
export function missingTerminationItems(t: Termination): Requirement[] {
  if (t.reason === OTHER_TERMINATION_REASON && blank(t.reason_other)) {
    return [
      {
        field: 'reason_other',
        record: 'termination.yaml',
        paragraph: '§ 91 odst. 2 písm. g) zákona č. 108/2006 Sb. a smlouva',
        what: 'upřesnění jiného důvodu ukončení',
      },
    ];
  }
  return [];
}
