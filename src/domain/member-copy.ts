// A household member's own copy (Art. 15 GDPR) – the partner, an adult child, a parent who asks
// what the service holds about them: their entry in the household (with a placement), the contact
// records at which they were present or which were for them, the partial goals that are theirs,
// and the group activities they came to. Pure: the case's records in, the copy's parts out.
import type { ContactRecord, GroupActivity, HouseholdMember, PartialGoal } from './types.js';

export interface MemberCopy {
  member: HouseholdMember;
  /** The contact records (by file name) at which the member was present or which were for them. */
  contacts: { name: string; data: ContactRecord }[];
  /** The partial goals that are the member's own (goals.yaml `member`). */
  goals: PartialGoal[];
  /** The group activities the member came to with the client: the event, not the others who came. */
  groups: Pick<GroupActivity, 'id' | 'date' | 'kind' | 'topic' | 'hours' | 'education'>[];
}

export function memberCopy(
  caseId: string,
  member: HouseholdMember,
  contacts: readonly { name: string; data: ContactRecord }[],
  goals: readonly PartialGoal[],
  groups: readonly GroupActivity[],
): MemberCopy {
  const mine = (ids: readonly string[] | undefined): boolean => ids?.includes(member.id) === true;
  return {
    member,
    contacts: contacts.filter((c) => mine(c.data.present) || mine(c.data.members)),
    goals: goals.filter((g) => g.member === member.id),
    groups: groups
      .filter((g) => g.attendees?.some((a) => a.case === caseId && a.attendance === 'present' && mine(a.members)))
      .map((g) => ({
        id: g.id,
        date: g.date,
        kind: g.kind,
        topic: g.topic,
        hours: g.hours,
        ...(g.education !== undefined ? { education: g.education } : {}),
      })),
  };
}
