// A pseudonymised copy of the records: every direct identifier replaced, consistently across the
// records, so that statistics, `due` and `check` still work on the copy (for training, for a
// supervisor, for a bug report). Pure: records in, records out.
import type {
  Client,
  Complaint,
  ContactRecord,
  Incident,
  Training,
  GroupActivity,
  Contract,
  Goals,
  Placement,
  SpisConfig,
  Termination,
} from './types.js';

/** What stands in for a removed free text (the field stays, so the record keeps its shape). */
export const REMOVED = '[odstraněno]';

export interface PseudonymOptions {
  /** Keep the free texts (summaries, goals, notes): they may name people. */
  keepTexts?: boolean;
}

/** A stable pseudonym per person (the person key: `person`, else the case id), numbered in key order. */
export function personPseudonyms(persons: readonly string[]): Map<string, string> {
  return new Map([...new Set(persons)].sort().map((key, i) => [key, `P${String(i + 1).padStart(4, '0')}`]));
}

/** Who may stay named among participants and responsible persons: the workers and "the client". */
function people(list: string[] | undefined, workers: ReadonlySet<string>): string[] | undefined {
  if (!list) return undefined;
  return list.map((p) =>
    workers.has(p) || /^(klient|klientka|client|pěstoun|pěstounka)$/i.test(p.trim()) ? p : '[osoba]',
  );
}

/** A placement without what finds the child's court file: the court and the file number. */
function withoutCourt({ court: _court, decision: _decision, ...rest }: Placement): Placement {
  return rest;
}

export class Pseudonymiser {
  private readonly workers: Set<string>;
  constructor(
    private readonly config: SpisConfig,
    private readonly names: Map<string, string>,
    private readonly o: PseudonymOptions = {},
  ) {
    this.workers = new Set(config.workers.map((w) => w.id));
  }

  private text<T extends string | undefined>(v: T): T {
    return (v === undefined || this.o.keepTexts ? v : REMOVED) as T;
  }

  /** Workers keep their ids (they sign the records); their names and e-mails go. */
  configCopy(): SpisConfig {
    const c = structuredClone(this.config);
    c.workers = c.workers.map((w, i) => ({
      id: w.id,
      name: `Pracovník ${i + 1}`,
      ...(w.sex ? { sex: w.sex } : {}),
      ...(w.active === false ? { active: false } : {}),
      // The share in direct care is the service's staffing, no one's personal detail: the report's FTE stays.
      ...(w.direct_care ? { direct_care: w.direct_care } : {}),
    }));
    delete c.provider.phone;
    delete c.provider.email;
    delete c.provider.representative;
    return c;
  }

  client(c: Client): Client {
    const key = c.person ?? c.id;
    const pseudonym = this.names.get(key) ?? key;
    const year = c.birth_date ? Number(c.birth_date.slice(0, 4)) : c.birth_year;
    const out: Client = {
      id: c.id,
      status: c.status,
      ...(c.anonymous
        ? { anonymous: true, pseudonym: `Anonym ${pseudonym}` }
        : { name: { given: 'Osoba', family: pseudonym } }),
      ...(c.person ? { person: c.person } : {}),
      ...(c.family ? { family: c.family } : {}),
      sex: c.sex,
      ...(year !== undefined && !c.anonymous ? { birth_year: year } : {}),
      ...(c.district ? { district: c.district } : {}),
      target_group: c.target_group,
      // The address becomes the district: a written contract still names where the client lives.
      ...(c.address ? { address: c.district ? `okres ${c.district}` : 'neuvedeno' } : {}),
      applied: c.applied,
      // The household's shape stays (who, sex, year of birth, taking part, a placement's dates: the
      // contacts and the deadlines name them); no name, birth date, court or file number.
      ...(c.household
        ? {
            household: c.household.map(({ name: _name, born: _born, placement, ...m }) => ({
              ...m,
              ...(placement ? { placement: withoutCourt(placement) } : {}),
            })),
          }
        : {}),
      ...(c.request ? { request: this.text(c.request) } : {}),
      ...(c.assessment
        ? { assessment: { ...c.assessment, ...(c.assessment.note ? { note: this.text(c.assessment.note) } : {}) } }
        : {}),
      ...(c.key_workers
        ? {
            key_workers: c.key_workers.map((k) => ({
              worker: k.worker,
              from: k.from,
              ...(k.note ? { note: this.text(k.note) } : {}),
            })),
          }
        : {}),
      ...(c.legal_representative
        ? {
            legal_representative: {
              name: `Zástupce ${pseudonym}`,
              relation: this.text(c.legal_representative.relation),
            },
          }
        : {}),
      ...(c.consents ? { consents: c.consents } : {}),
      ...(c.cooperating
        ? {
            cooperating: c.cooperating.map((p, i) => ({
              name: `Spolupracující osoba ${i + 1}`,
              role: this.text(p.role),
            })),
          }
        : {}),
      ...(c.refusal
        ? { refusal: { ...c.refusal, ...(c.refusal.note ? { note: this.text(c.refusal.note) } : {}) } }
        : {}),
      ...(c.note ? { note: this.text(c.note) } : {}),
    };
    return out;
  }

  contract(c: Contract): Contract {
    return {
      ...c,
      personal_goal: this.text(c.personal_goal),
      ...(c.amendments
        ? {
            amendments: c.amendments.map((a) => ({
              ...a,
              changes: this.text(a.changes),
              ...(a.personal_goal ? { personal_goal: this.text(a.personal_goal) } : {}),
            })),
          }
        : {}),
      ...(c.previous
        ? { previous: c.previous.map((p) => ({ ...p, ...(p.reason ? { reason: this.text(p.reason) } : {}) })) }
        : {}),
      ...(c.reports
        ? {
            reports: c.reports.map((r) => ({
              ...r,
              ...(r.recipient ? { recipient: this.text(r.recipient) } : {}),
              ...(r.note ? { note: this.text(r.note) } : {}),
            })),
          }
        : {}),
    };
  }

  goals(g: Goals): Goals {
    return {
      ...(g.plan
        ? {
            plan: {
              ...g.plan,
              ...(g.plan.initial_situation ? { initial_situation: this.text(g.plan.initial_situation) } : {}),
              ...(g.plan.participation ? { participation: this.text(g.plan.participation) } : {}),
              ...(g.plan.participants ? { participants: people(g.plan.participants, this.workers) } : {}),
            },
          }
        : {}),
      personal_goals: g.personal_goals.map((p) => ({
        ...p,
        text: this.text(p.text),
        ...(p.evaluations
          ? {
              evaluations: p.evaluations.map((e) => ({
                ...e,
                ...(e.participants ? { participants: people(e.participants, this.workers) } : {}),
                ...(e.client_absent_reason ? { client_absent_reason: this.text(e.client_absent_reason) } : {}),
                ...(e.satisfaction ? { satisfaction: this.text(e.satisfaction) } : {}),
                ...(e.note ? { note: this.text(e.note) } : {}),
              })),
            }
          : {}),
      })),
      partial_goals: g.partial_goals.map((p) => ({
        ...p,
        text: this.text(p.text),
        criteria: this.text(p.criteria),
        responsible: people(p.responsible, this.workers)!,
        ...(p.evaluations
          ? {
              evaluations: p.evaluations.map((e) => ({
                ...e,
                ...(e.progress ? { progress: this.text(e.progress) } : {}),
              })),
            }
          : {}),
      })),
    };
  }

  /** A complaint keeps its links (case ids stay, as every case's records do); another complainant's name and the texts go. */
  complaint(c: Complaint): Complaint {
    return {
      ...c,
      from: c.from.name
        ? { name: 'Stěžovatel', ...(c.from.relation ? { relation: this.text(c.from.relation) } : {}) }
        : c.from,
      summary: this.text(c.summary),
      ...(c.reply
        ? {
            reply: {
              ...c.reply,
              text: this.text(c.reply.text),
              ...(c.reply.measures ? { measures: this.text(c.reply.measures) } : {}),
            },
          }
        : {}),
    };
  }

  /** An incident keeps its case links, dates and codes; the texts and the names of whoever was informed go. */
  incident(i: Incident): Incident {
    return {
      ...i,
      summary: this.text(i.summary),
      measures: this.text(i.measures),
      ...(i.informed
        ? { informed: i.informed.map((x) => ({ ...x, ...(x.name ? { name: this.text(x.name) } : {}) })) }
        : {}),
      ...(i.follow_up ? { follow_up: i.follow_up.map((x) => ({ ...x, step: this.text(x.step) })) } : {}),
      ...(i.closed ? { closed: { ...i.closed, conclusion: this.text(i.closed.conclusion) } } : {}),
    };
  }

  /** A worker's training names no client: kept as it is (the worker's id stays, as in every record). */
  training(x: Training): Training {
    return { ...x };
  }

  /**
   * A group activity keeps its case links, date, kind, topic, hours and counts (the report's figures
   * stay); its short record goes, and the names of the others (outside the cases) with it.
   */
  group(g: GroupActivity): GroupActivity {
    const { other_names: _names, ...rest } = g;
    return { ...rest, record: this.text(g.record) };
  }

  /** The record in effect, as a plain record: a correction's link and reason (free text) are not carried over. */
  contact(corrected: ContactRecord): ContactRecord {
    const { corrects: _corrects, correction: _correction, ...c } = corrected;
    const servicePlace = this.config.provider.service.place;
    return {
      ...c,
      ...(c.place ? { place: c.place === servicePlace ? c.place : REMOVED_PLACE } : {}),
      ...(c.participants ? { participants: people(c.participants, this.workers) } : {}),
      ...(c.cooperating
        ? {
            cooperating: c.cooperating.map((p, i) => ({
              name: `Spolupracující osoba ${i + 1}`,
              role: this.text(p.role),
            })),
          }
        : {}),
      summary: this.text(c.summary),
      ...(c.goal_reviews
        ? {
            goal_reviews: c.goal_reviews.map((r) => ({
              ...r,
              ...(r.progress ? { progress: this.text(r.progress) } : {}),
            })),
          }
        : {}),
      ...(c.new_goals
        ? {
            new_goals: c.new_goals.map((n) => ({
              ...n,
              text: this.text(n.text),
              criteria: this.text(n.criteria),
              responsible: people(n.responsible, this.workers)!,
            })),
          }
        : {}),
      ...(c.personal_goal_review
        ? {
            personal_goal_review: {
              ...c.personal_goal_review,
              ...(c.personal_goal_review.participants
                ? { participants: people(c.personal_goal_review.participants, this.workers) }
                : {}),
              ...(c.personal_goal_review.client_absent_reason
                ? { client_absent_reason: this.text(c.personal_goal_review.client_absent_reason) }
                : {}),
              ...(c.personal_goal_review.satisfaction
                ? { satisfaction: this.text(c.personal_goal_review.satisfaction) }
                : {}),
              ...(c.personal_goal_review.note ? { note: this.text(c.personal_goal_review.note) } : {}),
              ...(c.personal_goal_review.new_personal_goal
                ? { new_personal_goal: this.text(c.personal_goal_review.new_personal_goal) }
                : {}),
            },
          }
        : {}),
    };
  }

  termination(t: Termination): Termination {
    return {
      ...t,
      ...(t.reason_other ? { reason_other: this.text(t.reason_other) } : {}),
      ...(t.personal_goal
        ? {
            personal_goal: {
              ...t.personal_goal,
              ...(t.personal_goal.comment ? { comment: this.text(t.personal_goal.comment) } : {}),
              ...(t.personal_goal.client_absent_reason
                ? { client_absent_reason: this.text(t.personal_goal.client_absent_reason) }
                : {}),
            },
          }
        : {}),
      ...(t.partial_goals
        ? {
            partial_goals: t.partial_goals.map((g) => ({
              ...g,
              ...(g.comment ? { comment: this.text(g.comment) } : {}),
            })),
          }
        : {}),
      ...(t.note ? { note: this.text(t.note) } : {}),
    };
  }
}

/** A place other than the service's own: where a client lives is not kept. */
const REMOVED_PLACE = '[místo]';
