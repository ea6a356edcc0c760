// The client's household: the members a case records beside the client (a parent, a partner, the
// children placed in foster care…), numbered m1, m2… within the case, and the personal contact
// foster-care support owes the carer and the children (§ 47b zákona č. 359/1999 Sb.: at least
// every 2 months, in person, with the children).
import { IN_PERSON_FORMS } from './config.js';
import type { Client, ContactRecord } from './types.js';

/** The children of the household who take part (a child recorded as not taking part is not expected at a visit). */
export function householdChildren(client: Pick<Client, 'household'>): string[] {
  return (client.household ?? []).filter((m) => m.role === 'child' && m.takes_part !== false).map((m) => m.id);
}

/**
 * A contact that is the personal contact of foster-care support: in person (a phone call or an
 * e-mail is not one), with every child of the household who takes part present. A household with
 * no child recorded: any contact in person.
 */
export function isPersonalContact(c: Pick<ContactRecord, 'form' | 'present'>, children: readonly string[]): boolean {
  return IN_PERSON_FORMS.has(c.form) && children.every((id) => c.present?.includes(id));
}
