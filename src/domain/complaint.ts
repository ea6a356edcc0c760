// The complaints register (standard 7 of the quality standards, § 88 písm. e) zákona č. 108/2006
// Sb.): pure rules of one complaint – its reply deadline, which cases it links to, what a purge of
// a case leaves of it, when it falls due, and the register's figures for a period.
import { addDuration, daysBetween, isIsoDate, parseDuration, type IsoDate } from './dates.js';
import type { DueItem } from './due.js';
import type { Complaint, ComplaintOutcome, SpisConfig } from './types.js';
import { rulesOf } from './config.js';
// A text a purge removed reads as in the pseudonymised copy.
import { REMOVED } from './pseudonymise.js';

/** The reply deadline of a complaint received on the date: the provider's rule, by default 30 days. */
export function replyDeadline(config: SpisConfig, received: IsoDate): IsoDate {
  const d = parseDuration(rulesOf(config).complaint_reply) ?? { amount: 30, unit: 'd' as const };
  return addDuration(received, d);
}

/** The case that made the complaint, if a client did. */
export function complainantCase(c: Complaint): string | undefined {
  return c.from.case;
}

/** Every case a complaint links to: the complainant's and the one it is about. */
export function linkedCases(c: Complaint): string[] {
  return [...new Set([c.from.case, c.case].filter((x): x is string => x !== undefined))];
}

/**
 * A complaint as a purge of the case leaves it: the link to the case, the complainant and every
 * text are gone; the dates, the channel, what it was about, the handler and the outcome stay, so
 * the register still counts it. A complaint not linked to the case is returned as it is.
 */
export function unlinkCase(c: Complaint, id: string): Complaint {
  if (!linkedCases(c).includes(id)) return c;
  const { case: _case, reply, ...rest } = c;
  return {
    ...rest,
    from: c.from.anonymous ? { anonymous: true } : { purged: true },
    ...(c.about === 'case' ? { case_purged: true } : {}),
    summary: REMOVED,
    ...(reply
      ? {
          reply: {
            date: reply.date,
            text: REMOVED,
            outcome: reply.outcome,
            ...(reply.measures ? { measures: REMOVED } : {}),
          },
        }
      : {}),
  };
}

/**
 * A complaint's due item: until its written reply is recorded, from its deadline minus the due
 * window (the deadline within the window's end), overdue after it; for its handler.
 */
export function complaintDue(c: Complaint, asOf: IsoDate, until: IsoDate): DueItem | undefined {
  if (c.reply || c.deadline > until) return undefined;
  return {
    caseId: '',
    kind: 'complaint-reply',
    subject: c.id,
    due: c.deadline,
    days: daysBetween(asOf, c.deadline),
    keyWorker: c.handler,
  };
}

export interface ComplaintFigures {
  /** Complaints received in the period. */
  received: number;
  /** By what they were about: a worker, a case, the service. */
  about: Record<Complaint['about'], number>;
  /** Replied in the period, by outcome. */
  outcome: Record<ComplaintOutcome, number>;
  /** Received in the period and still without a reply. */
  open: number;
  /** Replied after their deadline (of those replied in the period). */
  late: number;
}

/** The register's figures for a period (from–to, both included). */
export function complaintFigures(list: readonly Complaint[], from: IsoDate, to: IsoDate): ComplaintFigures {
  const f: ComplaintFigures = {
    received: 0,
    about: { worker: 0, case: 0, service: 0 },
    outcome: { justified: 0, partly: 0, unjustified: 0 },
    open: 0,
    late: 0,
  };
  for (const c of list) {
    if (c.received >= from && c.received <= to) {
      f.received++;
      f.about[c.about]++;
      if (!c.reply) f.open++;
    }
    if (c.reply && c.reply.date >= from && c.reply.date <= to) {
      f.outcome[c.reply.outcome]++;
      if (c.reply.date > c.deadline) f.late++;
    }
  }
  return f;
}

/** What `spis complaint add` takes (at the prompts or --from): the record without its number and reply. */
export type ComplaintInput = Partial<Omit<Complaint, 'id' | 'reply' | 'case_purged' | 'from'>> & {
  from?: Complaint['from'];
};

/**
 * A new complaint from what was given: received today unless said, the reply deadline by the
 * provider's rule unless said. Nothing else is filled in: the schema and the register's rules then
 * say what is missing or wrong, where it was given.
 */
export function buildComplaint(
  config: SpisConfig,
  id: string,
  given: ComplaintInput,
  today: IsoDate,
): Partial<Complaint> {
  const received = given.received ?? today;
  return {
    id,
    received,
    ...given,
    deadline: given.deadline ?? (isIsoDate(received) ? replyDeadline(config, received) : received),
  };
}
