// The rules of the group activities (groups/*.yaml): the number is the file name, the kind is in
// the service's code list, the workers and the cases exist, no case is named twice, no more others
// are named than came, a member who came is one of that case's household, and an activity is
// recorded once it took place (never in the future).
import type { Problem } from '../problems.js';
import { codeList } from '../domain/config.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { isIsoDate } from '../domain/dates.js';
import type { ServiceFolder } from '../store/service-records.js';
import { at, position, type Finding } from './rules.js';
import type { RegisterContext } from './complaints.js';

export function checkGroups(register: ServiceFolder<'group'>, ctx: RegisterContext): Problem[] {
  const workers = ctx.config.workers.map((w) => w.id);
  const kinds = Object.keys(codeList(ctx.config, 'group_kinds'));
  const out: Finding[] = [];
  for (const rec of register.records) {
    const g = rec.data;
    if (g.id !== rec.id) out.push(at(rec, 'register-id-mismatch', ['id'], { value: g.id, name: `${rec.id}.yaml` }));
    if (!kinds.includes(g.kind))
      out.push(at(rec, 'unknown-code', ['kind'], { value: g.kind, list: 'group_kinds', allowed: kinds.join(', ') }));
    g.workers.forEach((w, n) => {
      if (!workers.includes(w))
        out.push(
          at(rec, 'unknown-worker', ['workers', n], {
            value: w,
            known: workers.join(', '),
            suggestion: didYouMean(w, workers),
          }),
        );
    });
    const seen = new Set<string>();
    g.attendees?.forEach((a, n) => {
      if (!ctx.cases.has(a.case))
        out.push(at(rec, 'unknown-case', ['attendees', n, 'case'], { value: a.case, register: 'group' }));
      if (seen.has(a.case)) out.push(at(rec, 'duplicate-attendee', ['attendees', n, 'case'], { value: a.case }));
      // The members who came with the client are members of her household.
      const members = a.members?.length ? ctx.household?.(a.case) : undefined;
      a.members?.forEach((m, i) => {
        if (members && !members.includes(m))
          out.push(
            at(rec, 'unknown-member', ['attendees', n, 'members', i], { value: m, known: members.join(', ') || '–' }),
          );
      });
      seen.add(a.case);
    });
    const named = g.other_names?.length ?? 0;
    if (named > (g.others ?? 0))
      out.push(
        at(rec, 'others-count', [g.others === undefined ? 'other_names' : 'others'], { named, count: g.others ?? 0 }),
      );
    if (isIsoDate(g.date) && g.date > ctx.today)
      out.push(at(rec, 'date-future', ['date'], { value: g.date, today: ctx.today }));
  }
  return [...register.problems, ...out.map(position)];
}
