// The client's household: the members a case records beside the client (a parent, a partner, the
// children placed in foster care…), numbered m1, m2… within the case, and the personal contact
// foster-care support owes the carer and the children (§ 47b zákona č. 359/1999 Sb.: at least
// every 2 months, in person, with the children).
import { IN_PERSON_FORMS } from './config.js';
import type { Client, ContactRecord, HouseholdMember } from './types.js';

/**
 * The children of the household who take part (a child recorded as not taking part is not
 * expected at a visit). On a given day, a child placed in care only while placed: from the
 * placement's first day until the day it ended (that day out).
 */
export function householdChildren(client: Pick<Client, 'household'>, day?: string): string[] {
  return (client.household ?? [])
    .filter((m) => m.role === 'child' && m.takes_part !== false)
    .filter((m) => !day || !m.placement || (m.placement.from <= day && (!m.placement.until || m.placement.until > day)))
    .map((m) => m.id);
}

/** The household's other carers beside the client (a second carer, a party of the dohoda): adults marked `carer`. */
export function coCarers(client: Pick<Client, 'household'>): HouseholdMember[] {
  return (client.household ?? []).filter((m) => m.carer === true && m.role !== 'child');
}

/**
 * A contact that is the personal contact of foster-care support: in person (a phone call or an
 * e-mail is not one), with every child of the household in care on its day who takes part
 * present. A household with no such child: any contact in person.
 */
export function isPersonalContact(
  c: Pick<ContactRecord, 'form' | 'present' | 'date'>,
  client: Pick<Client, 'household'>,
): boolean {
  return IN_PERSON_FORMS.has(c.form) && householdChildren(client, c.date).every((id) => c.present?.includes(id));
}
