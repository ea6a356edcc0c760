// The data a document template sees: every field present (null when empty, as strict mode
// wants), dates already in Czech form, codes already as their labels.
import { fieldsOf } from '../domain/fields.js';
import type {
  Amendment,
  Client,
  Complaint,
  Incident,
  GroupActivity,
  Training,
  HouseholdMember,
  Placement,
  Contract,
  ContactRecord,
  Cooperating,
  PartialGoal,
  SpisConfig,
} from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { agree, carerWords, memberLabel, memberNamed, word } from '../i18n/agree.js';
import { clientTookPart } from '../domain/planning.js';
import { educationHours, presentCases } from '../domain/group.js';
import {
  contactEducation,
  educationSum,
  fosterSupport,
  groupEducation,
  perCarer,
  type EducationEvent,
} from '../domain/foster.js';
import { coCarers, householdChildren, isPersonalContact } from '../domain/household.js';

import { fteOn, trainingHours } from '../domain/training.js';
import {
  codeList,
  isFosterCare,
  OTHER_TERMINATION_REASON,
  rulesOf,
  serviceLaw,
  terminationReasonText,
  workerName,
  workerSex,
} from '../domain/config.js';
import { clientLabel, contractEnd, currentKeyWorker, currentPersonalGoal, personalGoalOf } from '../domain/case.js';
import { missingContractItems, missingPlanItems, missingTerminationItems, type Requirement } from '../domain/legal.js';
import { resolveContact, type SoundCase } from '../store/case-store.js';
import { SpisError } from '../problems.js';
import { Trusted, type DocumentName } from './render.js';
import type { StoredDisposal } from '../store/disposal.js';

// Dates are the tool's own text ("26. 1. 2026"): trusted, so Markdown does not escape them as list numbers.
const d = (x: string | undefined | null): Trusted | null => (x ? new Trusted(formatDate(x, 'cs')) : null);
const or = <T>(x: T | undefined): T | null => (x === undefined ? null : x);

const OUTCOME: Record<string, string> = {
  met: 'naplněn',
  partly_met: 'částečně naplněn',
  not_met: 'nenaplněn',
  dropped: 'zrušen',
};
const STATUS: Record<string, string> = {
  open: 'otevřený',
  continues: 'pokračuje',
  met: 'naplněn',
  partly_met: 'částečně naplněn',
  not_met: 'nenaplněn',
  reworded: 'přeformulován',
  dropped: 'zrušen',
};

export interface RenderOptions {
  /** Contact record file name (in contacts/), for the contact document; default the newest. */
  contact?: string;
  /** Amendment number, for the amendment document; default the newest. */
  amendment?: number;
  /** The periodic report's number (1 the first recorded); default the newest. */
  report?: number;
  /** The group activities of the register naming the case, for the plan and the periodic report. */
  groups?: readonly GroupActivity[];
  today: string;
}

function stop(name: DocumentName, reqs: Requirement[]): void {
  if (reqs.length === 0) return;
  throw new SpisError('render.missing', {
    document: DOCUMENT_LABELS[name],
    items: reqs.map((r) => `  – ${r.what} (${r.record}: ${r.field}) – ${r.paragraph}`).join('\n'),
  });
}

function base(kase: SoundCase, config: SpisConfig, today: string) {
  const client = kase.client.data;
  const p = config.provider;
  const kw = currentKeyWorker(client, today);
  const rep = client.legal_representative;
  return {
    today: d(today),
    case_id: kase.id,
    provider: {
      name: p.name,
      ico: p.ico,
      address: p.address,
      phone: or(p.phone),
      email: or(p.email),
      representative: or(p.representative),
      service: p.service.name,
      paragraph: p.service.paragraph,
      registration_id: or(p.service.registration_id),
      place: or(p.service.place),
    },
    client: {
      label: clientLabel(client),
      // Templates make words agree with it: {{agree client.sex "klient" "klientka"}}.
      sex: client.sex,
      anonymous: client.anonymous === true,
      name: client.name ? [client.name.title, client.name.given, client.name.family].filter(Boolean).join(' ') : null,
      born: client.birth_date
        ? `${word('born', client.sex)} ${formatDate(client.birth_date, 'cs')}`
        : client.birth_year
          ? `rok narození ${client.birth_year}`
          : null,
      address: or(client.address),
      phone: or(client.phone),
      email: or(client.email),
      representative: rep ? { name: rep.name, relation: rep.relation, address: or(rep.address) } : null,
      cooperating: cooperatingView(client.cooperating),
      household: (client.household ?? []).map((m) => ({
        name: or(m.name),
        label: memberLabel(m),
        not_taking_part: m.takes_part === false ? agree(m.sex, 'nezapojen', 'nezapojena', 'nezapojen/a') : null,
      })),
    },
    key_worker: kw ? workerName(config, kw) : null,
    key_worker_sex: or(workerSex(config, kw)),
    foster_care: isFosterCare(config),
  };
}

/** A document that does not fit the case is refused with the reason, never printed as a false record. */
function refuse(
  key:
    | 'render.contract-is-oral'
    | 'render.contract-is-written'
    | 'render.one-off'
    | 'render.no-written-plan'
    | 'render.no-periodic-report'
    | 'render.foster-oral',
  kase: SoundCase,
): never {
  throw new SpisError(key, { id: kase.id, sex: kase.client.data.sex });
}

const cooperatingView = (list: Cooperating[] | undefined) =>
  (list ?? []).map((c) => ({ name: c.name, role: c.role, organisation: or(c.organisation) }));

/** The names of a contact record's fields in a document, for "what was corrected". */
const CONTACT_FIELDS: Record<string, string> = {
  date: 'datum',
  time: 'čas',
  form: 'forma',
  type: 'typ',
  place: 'místo',
  duration_min: 'délka',
  worker: 'kdo zapsal',
  participants: 'účastníci',
  cooperating: 'další účastníci',
  summary: 'průběh',
  oral_contract: 'ústní smlouva',
  goal_reviews: 'hodnocení dílčích cílů',
  new_goals: 'nové dílčí cíle',
  personal_goal_review: 'hodnocení osobního cíle',
  next_meeting: 'příští schůzka',
  sent_by_email: 'zaslání e-mailem',
};

/** A corrected contact record: who corrected it, when and why, what changed, and the original's text where it changed. */
function correctionView(config: SpisConfig, r: ContactRecord, original: ContactRecord | undefined) {
  if (!r.correction || !original) return null;
  const keys = [...new Set([...Object.keys(original), ...Object.keys(r)])].filter(
    (k) => k !== 'corrects' && k !== 'correction',
  );
  const [was, now] = [fieldsOf(original), fieldsOf(r)];
  const changed = keys.filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]));
  return {
    date: d(r.correction.date),
    worker: workerName(config, r.correction.worker),
    worker_sex: or(workerSex(config, r.correction.worker)),
    reason: or(r.correction.reason),
    changed: changed.map((k) => CONTACT_FIELDS[k] ?? k).join(', ') || null,
    original_summary: original.summary !== r.summary ? original.summary : null,
  };
}

/** What the documents are called in Czech, for messages. */
export const DOCUMENT_LABELS: Record<DocumentName, string> = {
  contract: 'smlouva',
  amendment: 'dodatek ke smlouvě',
  'oral-contract': 'záznam o ústní smlouvě',
  plan: 'individuální plán',
  contact: 'zápis z kontaktu',
  termination: 'protokol o ukončení',
  'periodic-report': 'zpráva o průběhu',
};

function requireRecord<T>(
  value: T | undefined,
  key: 'render.no-contract' | 'render.no-goals' | 'render.no-termination' | 'render.no-contact',
  id: string,
): T {
  if (value === undefined) throw new SpisError(key, { id });
  return value;
}

export function buildView(
  name: DocumentName,
  kase: SoundCase,
  config: SpisConfig,
  opts: RenderOptions,
): { view: Record<string, unknown>; title: string } {
  const client = kase.client.data;
  const b = base(kase, config, opts.today);
  const label = b.client.label;
  switch (name) {
    case 'contract':
    case 'oral-contract': {
      const contract = requireRecord(kase.contract?.data, 'render.no-contract', kase.id);
      // An oral contract has no written text to print; a written one was never concluded orally.
      if (name === 'contract' && contract.form === 'oral') refuse('render.contract-is-oral', kase);
      if (name === 'oral-contract' && contract.form === 'written') refuse('render.contract-is-written', kase);
      // An oral contract recorded by an earlier version in foster-care support is no dohoda: not printed as a § 91 record.
      if (name === 'oral-contract' && b.foster_care) refuse('render.foster-oral', kase);
      if (name === 'contract') stop(name, missingContractItems(contract, client, b.foster_care));
      const end = contractEnd(contract);
      const recordedIn = contract.recorded_in
        ? kase.contacts.find((c) => `contacts/${c.name}` === contract.recorded_in)?.data
        : undefined;
      const consents = client.consents ?? {};
      const emailConsent = consents.email_records ?? contract.email_records;
      const oral = (contract.previous ?? []).filter((x) => x.form === 'oral').at(-1);
      const heading = b.foster_care ? 'Dohoda o výkonu pěstounské péče' : 'Smlouva o poskytnutí sociální služby';
      return {
        title: name === 'contract' ? `${heading} – ${label}` : `Záznam o uzavření ústní smlouvy – ${label}`,
        view: {
          ...b,
          contract: {
            heading,
            ground: b.foster_care
              ? `podle § 47b ${serviceLaw(config)}, o sociálně-právní ochraně dětí`
              : `podle § 91 ${serviceLaw(config)}, o sociálních službách`,
            number: or(contract.number),
            written: contract.form === 'written',
            concluded: d(contract.concluded),
            place: or(contract.place) ?? or(config.provider.service.place),
            worker: workerName(config, contract.worker),
            worker_sex: or(workerSex(config, contract.worker)),
            representative_party: contract.representative_party === true,
            service: contract.service,
            scope: or(contract.scope),
            place_time: or(contract.place_time),
            payment: or(contract.payment),
            internal_rules: or(contract.internal_rules),
            notice: or(contract.notice),
            term: end ? `na dobu určitou do ${d(end)}` : 'na dobu neurčitou',
            personal_goal: contract.personal_goal,
            email_records: emailConsent === true ? 'ano' : 'ne',
            photos: consents.photos === undefined ? null : consents.photos ? 'ano' : 'ne',
            instruction: consents.personal_data
              ? {
                  date: d(consents.personal_data),
                  by: consents.personal_data_by ? workerName(config, consents.personal_data_by) : null,
                  by_sex: or(workerSex(config, consents.personal_data_by)),
                }
              : null,
            legal_basis: or(contract.legal_basis),
            replaces_oral: oral ? { concluded: d(oral.concluded) } : null,
            documents: (contract.documents ?? []).map((doc) => ({ name: doc.name, date: d(doc.date) })),
            amendments: (contract.amendments ?? []).map((a) => ({
              number: a.number,
              effective: d(a.effective),
              changes: a.changes,
            })),
            summary: recordedIn ? recordedIn.summary : null,
          },
          // The dohoda's own parts (templates/foster-agreement.hbs): its carers, the children placed, the OSPOD, the law.
          foster: fosterView(kase, config, contract),
        },
      };
    }
    case 'amendment': {
      const contract = requireRecord(kase.contract?.data, 'render.no-contract', kase.id);
      const list = contract.amendments ?? [];
      const a: Amendment | undefined =
        opts.amendment === undefined ? list.at(-1) : list.find((x) => x.number === opts.amendment);
      if (!a) throw new SpisError('render.no-amendment', { id: kase.id, number: opts.amendment ?? '' });
      return {
        title: `Dodatek č. ${a.number} ke smlouvě – ${label}`,
        view: {
          ...b,
          contract: { number: or(contract.number), concluded: d(contract.concluded) },
          amendment: {
            number: a.number,
            date: d(a.date),
            effective: d(a.effective),
            changes: a.changes,
            scope: or(a.scope),
            place_time: or(a.place_time),
            payment: or(a.payment),
            term_until: d(a.term_until),
            personal_goal: or(a.personal_goal),
            worker: a.worker ? workerName(config, a.worker) : workerName(config, contract.worker),
            worker_sex: or(workerSex(config, a.worker ?? contract.worker)),
          },
        },
      };
    }
    case 'plan': {
      const goals = requireRecord(kase.goals?.data, 'render.no-goals', kase.id);
      // The plan document is the written plan: made on the day `spis plan` recorded, never "today".
      if (!goals.plan?.written) refuse('render.no-written-plan', kase);
      stop(name, missingPlanItems(goals));
      const pg = currentPersonalGoal(goals)!;
      const plan = goals.plan;
      return {
        title: `Individuální plán – ${label}`,
        view: {
          ...b,
          plan: {
            written: d(plan.written),
            worker: plan.worker ? workerName(config, plan.worker) : null,
            worker_sex: or(workerSex(config, plan.worker)),
            participants: plan.participants?.length
              ? plan.participants.map((x) => workerName(config, x)).join(', ')
              : null,
            participation: or(plan.participation),
            initial_situation: plan.initial_situation ?? '',
            by_personal_goal: goals.personal_goals
              .map((g, i) => ({
                id: `p${i + 1}`,
                text: g.text,
                set: d(g.set),
                current: i === goals.personal_goals.length - 1,
                open_goals: goals.partial_goals
                  .filter((x) => x.status === 'open' && personalGoalOf(goals, x) === i)
                  .map((x) => partial(x, config, client.household)),
              }))
              .filter((g) => g.current || g.open_goals.length > 0),
            personal_goal: pg.text,
            personal_goal_set: d(pg.set),
            earlier_goals: goals.personal_goals.slice(0, -1).map((g) => ({ text: g.text, set: d(g.set) })),
            evaluations: goals.personal_goals.flatMap((g) =>
              (g.evaluations ?? []).map((e) => ({
                goal: g.text,
                date: d(e.date),
                outcome: OUTCOME[e.outcome],
                participants: e.participants ? e.participants.map((x) => workerName(config, x)).join(', ') : null,
                absent: or(e.client_absent_reason),
                satisfaction: or(e.satisfaction),
              })),
            ),
            open_goals: goals.partial_goals
              .filter((g) => g.status === 'open')
              .map((g) => partial(g, config, client.household)),
            closed_goals: goals.partial_goals
              .filter((g) => g.status !== 'open')
              .map((g) => partial(g, config, client.household)),
            // The group activities the client took part in (not those she sent apologies to).
            groups: (opts.groups ?? [])
              .filter((g) => presentCases(g).includes(kase.id))
              .map((g) => ({
                date: d(g.date),
                kind: codeList(config, 'group_kinds')[g.kind] ?? g.kind,
                topic: g.topic,
                hours: String(g.hours).replace('.', ','),
                education: g.education === true,
              })),
          },
        },
      };
    }
    case 'periodic-report': {
      const contract = requireRecord(kase.contract?.data, 'render.no-contract', kase.id);
      const reports = contract.reports ?? [];
      const r = opts.report === undefined ? reports.at(-1) : reports[opts.report - 1];
      if (!r) {
        if (opts.report !== undefined) throw new SpisError('render.no-report', { id: kase.id, number: opts.report });
        refuse('render.no-periodic-report', kase);
      }
      const members = client.household ?? [];
      const memberName = (id: string): string => {
        const m = members.find((x) => x.id === id);
        return m ? memberNamed(m) : id;
      };
      // The children in care at some time in the period (a placement that ended before it is left out).
      const children = householdChildren(client).filter((id) => {
        const p = members.find((m) => m.id === id)?.placement;
        return !p || (p.from <= r.to && (!p.until || p.until > r.from));
      });
      const inPeriod = kase.contacts.filter((c) => c.data.date >= r.from && c.data.date <= r.to);
      const forms = codeList(config, 'contact_forms');
      const types = codeList(config, 'contact_types');
      const goals = kase.goals?.data;
      const evaluated = (goals?.partial_goals ?? [])
        .map((g) => ({ g, evaluations: (g.evaluations ?? []).filter((e) => e.date >= r.from && e.date <= r.to) }))
        .filter((x) => x.evaluations.length > 0 || (x.g.set >= r.from && x.g.set <= r.to));
      const groups = (opts.groups ?? []).filter(
        (g) => g.date >= r.from && g.date <= r.to && presentCases(g).includes(kase.id),
      );
      const hours = (n: number): string => String(n).replace('.', ',');
      const title = b.foster_care ? 'Zpráva o průběhu výkonu pěstounské péče' : 'Zpráva o průběhu spolupráce';
      return {
        title: `${title} – ${label}`,
        view: {
          ...b,
          report: {
            heading: title,
            ground: b.foster_care ? `§ 47b ${serviceLaw(config)}` : null,
            from: d(r.from),
            to: d(r.to),
            date: d(r.date),
            worker: workerName(config, r.worker),
            worker_sex: or(workerSex(config, r.worker)),
            recipient: or(r.recipient),
            acquainted_text: (() => {
              const sex = client.sex;
              const who = b.foster_care
                ? agree(sex, 'Pěstoun', 'Pěstounka', 'Pěstoun/ka')
                : agree(sex, 'Klient', 'Klientka', 'Klient/ka');
              return r.acquainted
                ? `${who} ${agree(sex, 'byl', 'byla', 'byl/a')} se zprávou ${agree(sex, 'seznámen', 'seznámena', 'seznámen/a')} dne ${formatDate(r.acquainted, 'cs')}.`
                : `${who} se zprávou dosud ${agree(sex, 'nebyl seznámen', 'nebyla seznámena', 'nebyl/a seznámen/a')}.`;
            })(),
            co_carers: coCarers(client).map((m) => ({ name: m.name ?? m.id, sex: or(m.sex) })),
            children: children.map((id) => {
              const p = members.find((m) => m.id === id)?.placement;
              return p ? `${memberName(id)}: ${placementCare(p)}` : memberName(id);
            }),
            contacts: inPeriod.map((c) => ({
              date: d(c.data.date),
              kind: `${types[c.data.type] ?? c.data.type}, ${forms[c.data.form] ?? c.data.form}`,
              present: c.data.present?.length ? c.data.present.map(memberName).join(', ') : null,
              summary: c.data.summary,
            })),
            contact_count: inPeriod.length,
            personal_count: inPeriod.filter((c) => isPersonalContact(c.data, client)).length,
            groups: groups.map((g) => ({
              date: d(g.date),
              kind: codeList(config, 'group_kinds')[g.kind] ?? g.kind,
              topic: g.topic,
              hours: hours(g.hours),
              education: g.education === true,
            })),
            education_hours: hours(educationHours(opts.groups ?? [], kase.id, r.from, r.to)),
            // Foster-care support: the carer's support and education as § 47a odst. 2 counts them.
            foster: b.foster_care ? fosterReport(kase, config, opts.groups ?? [], r.from, r.to, r.date) : null,
            goals: evaluated.map(({ g, evaluations }) => ({
              ...partial(g, config, members),
              evaluations: evaluations.map((e) => ({
                date: d(e.date),
                status: STATUS[e.status],
                progress: or(e.progress),
              })),
            })),
            personal_evaluations: (goals?.personal_goals ?? []).flatMap((pg) =>
              (pg.evaluations ?? [])
                .filter((e) => e.date >= r.from && e.date <= r.to)
                .map((e) => ({ goal: pg.text, date: d(e.date), outcome: OUTCOME[e.outcome] })),
            ),
          },
        },
      };
    }
    case 'contact': {
      const wanted = resolveContact(kase, opts.contact, opts.today);
      const file = kase.contacts.find((c) => c.name === wanted);
      const r: ContactRecord = requireRecord(file?.data, 'render.no-contact', kase.id);
      const goals = kase.goals?.data;
      const goalText = (id: string): string => goals?.partial_goals.find((g) => g.id === id)?.text ?? id;
      return {
        title: `Zápis z kontaktu ${d(r.date)} – ${label}`,
        view: {
          ...b,
          contact: {
            date: d(r.date),
            time: or(r.time),
            form: codeList(config, 'contact_forms')[r.form] ?? r.form,
            type: codeList(config, 'contact_types')[r.type] ?? r.type,
            place: or(r.place),
            duration: r.duration_min ? `${r.duration_min} min` : null,
            worker: workerName(config, r.worker),
            worker_sex: or(workerSex(config, r.worker)),
            participants: r.participants ? r.participants.map((x) => workerName(config, x)).join(', ') : null,
            summary: r.summary,
            reviews: (r.goal_reviews ?? []).map((g) => ({
              id: g.goal,
              text: goalText(g.goal),
              progress: or(g.progress),
              status: STATUS[g.status],
              next_review: d(g.next_review),
            })),
            new_goals: (r.new_goals ?? []).map((g) => ({
              id: g.id,
              text: g.text,
              criteria: g.criteria,
              responsible: g.responsible.map((x) => workerName(config, x)).join(', '),
              review: d(g.review),
            })),
            personal: r.personal_goal_review
              ? {
                  outcome: OUTCOME[r.personal_goal_review.outcome],
                  participants: r.personal_goal_review.participants
                    ? r.personal_goal_review.participants.map((x) => workerName(config, x)).join(', ')
                    : null,
                  absent: or(r.personal_goal_review.client_absent_reason),
                  satisfaction: or(r.personal_goal_review.satisfaction),
                  new_goal: or(r.personal_goal_review.new_personal_goal),
                }
              : null,
            next_meeting: d(r.next_meeting),
            // "Goals, responsible persons and deadlines summarised with the client" only where goals were
            // agreed or reviewed with the client taking part – not on a phone call about nothing of the kind.
            summarised:
              clientTookPart(r.participants) &&
              Boolean(r.goal_reviews?.length || r.new_goals?.length || r.personal_goal_review),
            oral_contract: r.oral_contract === true,
            cooperating: cooperatingView(r.cooperating),
            correction: correctionView(config, r, file?.original?.data),
          },
        },
      };
    }
    case 'termination': {
      const t = requireRecord(kase.termination?.data, 'render.no-termination', kase.id);
      if (t.one_off || !t.personal_goal) refuse('render.one-off', kase);
      stop(name, missingTerminationItems(t));
      const goals = kase.goals?.data;
      const pg = currentPersonalGoal(goals);
      return {
        title: `${b.foster_care ? 'Záznam o ukončení dohody o výkonu pěstounské péče' : 'Protokol o ukončení poskytování sociální služby'} – ${label}`,
        view: {
          ...b,
          termination: {
            date: d(t.date),
            reason: terminationReasonText(config, t),
            // The specification is the reason itself for "another reason"; beside any other, its own line.
            reason_other: t.reason === OTHER_TERMINATION_REASON ? undefined : or(t.reason_other),
            worker: workerName(config, t.worker),
            worker_sex: or(workerSex(config, t.worker)),
            contract_concluded: d(kase.contract?.data?.concluded),
            personal_goal: pg ? pg.text : null,
            personal_outcome: OUTCOME[t.personal_goal.outcome],
            personal_comment: or(t.personal_goal.comment),
            client_absent: or(t.personal_goal.client_absent_reason),
            goals: (t.partial_goals ?? []).map((g) => ({
              id: g.goal,
              text: goals?.partial_goals.find((x) => x.id === g.goal)?.text ?? g.goal,
              outcome: OUTCOME[g.outcome],
              comment: or(g.comment),
            })),
            note: or(t.note),
          },
          // The ended dohoda's parties and children, as the dohoda named them.
          foster: b.foster_care && kase.contract ? fosterView(kase, config, kase.contract.data) : null,
        },
      };
    }
  }
}

/** The period's support under § 47a odst. 2 and the carers' education, for the report on the course of foster care. */
function fosterReport(
  kase: SoundCase,
  config: SpisConfig,
  groups: readonly GroupActivity[],
  from: string,
  to: string,
  date: string,
) {
  const contacts = kase.contacts.map((c) => c.data);
  const members = kase.client.data.household ?? [];
  const name = (id: string): string => {
    const m = members.find((x) => x.id === id);
    return m ? memberNamed(m) : id || 'děti';
  };
  const s = fosterSupport(contacts, from, to);
  const individual = contactEducation(contacts);
  const group = groupEducation(groups, kase.id);
  const inPeriod = (events: readonly EducationEvent[]): number =>
    events.filter(([day]) => day >= from && day <= to).reduce((n, [, h]) => n + h, 0);
  const count = (n: number): string => `${n}×`;
  const hours = (n: number): string => String(Math.round(n * 10) / 10).replace('.', ',');
  const required = rulesOf(config).carer_education;
  const carers = coCarers(kase.client.data).map((m) => m.id);
  return {
    // Two carers of one household: both are entitled to the support.
    support_heading: `${carers.length ? 'Podpora osob pečujících' : 'Podpora osoby pečující'} (§ 47a odst. 2 ${serviceLaw(config)})`,
    respite: Object.entries(s.respite).map(
      ([id, days]) => `${name(id)}: ${days} ${days === 1 ? 'den' : days < 5 ? 'dny' : 'dní'}`,
    ),
    short_term: count(s.shortTerm),
    expert: count(s.expert),
    family: count(s.family),
    // Each carer's education on its own (the duty is each carer's): the client's, then a co-carer's.
    education: perCarer([...individual, ...group], carers).map(([who, mine]) => {
      const own = (events: readonly EducationEvent[]) => events.filter((e) => mine.includes(e));
      return {
        // Named only beside another carer: "osoby pečující (Josef Kovář)".
        who:
          carers.length === 0
            ? null
            : who
              ? (members.find((m) => m.id === who)?.name ?? who)
              : clientLabel(kase.client.data),
        period: `${hours(inPeriod(mine))} h (ve skupinách ${hours(inPeriod(own(group)))} h, jednotlivě ${hours(inPeriod(own(individual)))} h)`,
        year: required !== undefined ? `${hours(educationSum(mine, date))} z ${hours(required)} h` : null,
      };
    }),
  };
}

const PLACEMENT_KINDS: Record<NonNullable<Placement['kind']>, string> = {
  foster: 'pěstounská péče',
  temporary: 'pěstounská péče na přechodnou dobu',
  guardian: 'osobní péče poručníka',
};

/** A child's care as a document says it: "pěstounská péče od 1. 3. 2025". */
function placementCare(p: Placement): string {
  const until = p.until ? ` do ${formatDate(p.until, 'cs')}${p.ended ? ` (${PLACEMENT_ENDINGS[p.ended]})` : ''}` : '';
  return `${PLACEMENT_KINDS[p.kind ?? 'foster']} od ${formatDate(p.from, 'cs')}${until}`;
}

const PLACEMENT_ENDINGS: Record<NonNullable<Placement['ended']>, string> = {
  adulthood: 'zletilost',
  return: 'návrat do rodiny',
  adoption: 'osvojení',
  court: 'jiné rozhodnutí soudu',
  other: 'jiný důvod',
};

/**
 * The dohoda's parties and children: the client and the household's other carers (one or two
 * parties, the words agreeing with them), each child placed with the court's decision, the
 * OSPOD. A name stands in the nominative; a court is named as it names itself.
 */
function fosterView(kase: SoundCase, config: SpisConfig, contract: Contract) {
  const client = kase.client.data;
  const household = client.household ?? [];
  const others = coCarers(client);
  const kids = household.filter((m) => m.role === 'child');
  const fullName = client.name
    ? [client.name.title, client.name.given, client.name.family].filter(Boolean).join(' ')
    : null;
  const born = (sex: unknown, date: string | undefined): string | null =>
    date ? `${word('born', sex)} ${formatDate(date, 'cs')}` : null;
  const words = carerWords([client.sex, ...others.map((m) => m.sex)], client.carer_status === 'registered');
  return {
    law: serviceLaw(config),
    carer: words,
    carers: [
      { name: fullName, born: born(client.sex, client.birth_date), address: or(client.address) },
      ...others.map((m) => ({ name: or(m.name), born: born(m.sex, m.born), address: or(client.address) })),
    ],
    signatures: [fullName, ...others.map((m) => m.name)].map((n) => `${words.signs} ${n ?? '…………………'}`),
    // The children placed; a household recorded before placements were: its children as they are.
    children: (kids.some((m) => m.placement) ? kids.filter((m) => m.placement) : kids).map((m) => {
      const p = m.placement;
      const decision = p
        ? [
            p.court ?? null,
            p.decision ? `sp. zn. ${p.decision}` : null,
            p.decision_date ? `ze dne ${formatDate(p.decision_date, 'cs')}` : null,
            p.final ? `v právní moci dne ${formatDate(p.final, 'cs')}` : null,
          ].filter((x): x is string => x !== null)
        : [];
      return {
        label: memberNamed(m),
        care: p ? placementCare(p) : null,
        decision: decision.length ? decision.join(', ') : null,
        // Whole phrases: a value that began with a date would read to Markdown as a numbered list.
        ipod: p?.ipod ? `individuální plán ochrany dítěte ze dne ${formatDate(p.ipod, 'cs')}` : null,
      };
    }),
    ospod: contract.ospod
      ? {
          office: contract.ospod.office,
          consent: contract.ospod.consent
            ? `souhlas s uzavřením dohody udělil dne ${formatDate(contract.ospod.consent, 'cs')}`
            : null,
        }
      : null,
  };
}

function partial(g: PartialGoal, config: SpisConfig, household: readonly HouseholdMember[] = []) {
  const member = household.find((m) => m.id === g.member);
  return {
    id: g.id,
    text: g.text,
    for: member ? memberNamed(member) : null,
    criteria: g.criteria,
    responsible: g.responsible.map((x) => workerName(config, x)).join(', '),
    set: d(g.set),
    review: d(g.review),
    status: STATUS[g.status],
    closed: d(g.closed),
    evaluations: (g.evaluations ?? []).map((e) => ({
      date: d(e.date),
      status: STATUS[e.status],
      progress: or(e.progress),
      next_review: d(e.next_review),
    })),
  };
}

/** The view of a disposal record (skartace): the service's, never a client's – case ids, years, the rule. */
export function buildDisposalView(
  record: StoredDisposal,
  config: SpisConfig,
): { view: Record<string, unknown>; title: string } {
  const p = config.provider;
  const destroyed = record.kind === 'destroyed';
  const title = destroyed
    ? 'Záznam o zničení dokumentů (skartační protokol)'
    : 'Seznam dokumentů navržených ke skartačnímu řízení';
  const years = (n: number): string => `${n} ${n === 1 ? 'rok' : n >= 2 && n <= 4 ? 'roky' : 'let'}`;
  return {
    title,
    view: {
      provider: { name: p.name, ico: p.ico, address: p.address, registration_id: or(p.service.registration_id) },
      heading: title,
      record_id: record.id,
      date: d(record.date),
      worker: record.worker ? workerName(config, record.worker) : null,
      worker_sex: record.worker ? workerSex(config, record.worker) : undefined,
      rule: `skartační lhůta ${years(record.rule.retention_years)} od ukončení poskytování služby${record.rule.disposal === 'procedure' ? '; dokumenty se ničí jen po skartačním řízení se státním archivem' : ''}`,
      cases_heading: `Spisy (${record.cases.length})`,
      cases: record.cases.map((c) => ({
        id: c.id,
        period: c.from && c.to && c.from !== c.to ? `${c.from}–${c.to}` : String(c.from ?? c.to ?? '–'),
        until: d(c.until),
      })),
      method: destroyed
        ? 'Dokumenty uvedených spisů byly zničeny smazáním z repozitáře spisové dokumentace (příkaz spis purge); z historie sdíleného repozitáře a ze všech jeho kopií je odstraní přepsání historie, které spis purge --print-history-rewrite vypíše správci.'
        : 'Spisy se navrhují ke skartačnímu řízení podle zákona č. 499/2004 Sb., o archivnictví a spisové službě. Do jeho skončení se nic nemaže.',
    },
  };
}

const CHANNEL_WORDS = { written: 'písemně', oral: 'ústně', email: 'e-mailem', box: 'anonymně do schránky' } as const;
const OUTCOME_WORDS = { justified: 'oprávněnou', partly: 'částečně oprávněnou', unjustified: 'neoprávněnou' } as const;

/**
 * The view of the written reply to a complaint: to whom (the client by name and address, another
 * person by name, an anonymous complainant by where the reply is posted), the complaint, the reply,
 * and where to turn next (spis.yaml's complaints.appeal).
 */
export function buildComplaintReplyView(
  c: Complaint,
  config: SpisConfig,
  complainant: Client | undefined,
): { view: Record<string, unknown>; title: string } {
  const p = config.provider;
  const reply = c.reply;
  if (!reply) throw new SpisError('complaint.no-reply', { id: c.id });
  const addressee = complainant
    ? [clientLabel(complainant), complainant.address].filter(Boolean).join(', ')
    : c.from.name
      ? c.from.name
      : 'anonymní stěžovatel (odpověď je vyvěšena v prostorách služby)';
  const about =
    c.about === 'worker'
      ? `postup ${workerSex(config, c.worker) === 'female' ? 'pracovnice' : 'pracovníka'}${c.worker ? ` – ${workerName(config, c.worker)}` : ''}`
      : c.about === 'case'
        ? 'průběh poskytování služby'
        : 'služba obecně';
  return {
    title: `Vyřízení stížnosti č. ${c.id}`,
    view: {
      provider: { name: p.name, ico: p.ico, address: p.address, registration_id: or(p.service.registration_id) },
      complaint_id: c.id,
      addressee,
      received: d(c.received),
      channel: CHANNEL_WORDS[c.channel],
      about,
      summary: c.summary,
      text: reply.text,
      outcome: OUTCOME_WORDS[reply.outcome],
      measures: or(reply.measures),
      appeal: (config.complaints?.appeal ?? []).map((line) => ({ line })),
      date: d(reply.date),
      handler: workerName(config, c.handler),
      handler_sex: workerSex(config, c.handler),
    },
  };
}

const PARTY_WORDS = {
  ospod: 'OSPOD',
  police: 'Policie ČR',
  family: 'rodina',
  management: 'vedení',
  other: 'jiný',
} as const;

/** The view of an incident's record: the service's document of what happened and what was done. */
export function buildIncidentView(i: Incident, config: SpisConfig): { view: Record<string, unknown>; title: string } {
  const p = config.provider;
  const kinds = codeList(config, 'incident_kinds');
  const when = (date: string, time: string | undefined): Trusted =>
    new Trusted(`${formatDate(date, 'cs')}${time ? ` v ${time}` : ''}`);
  const cases = [...(i.cases ?? []), ...(i.cases_purged ? [`${i.cases_purged}× skartovaný spis`] : [])];
  return {
    title: `Záznam o mimořádné události č. ${i.id}`,
    view: {
      provider: { name: p.name, ico: p.ico, address: p.address, registration_id: or(p.service.registration_id) },
      incident_id: i.id,
      when: when(i.date, i.time),
      kind: kinds[i.kind] ?? i.kind,
      children: i.children === true,
      cases: cases.length ? cases.join(', ') : null,
      summary: i.summary,
      measures: i.measures,
      informed: (i.informed ?? []).map((x) => ({
        whom: PARTY_WORDS[x.whom],
        name: or(x.name),
        when: when(x.date, x.time),
      })),
      follow_up: (i.follow_up ?? []).map((x) => ({ step: x.step, due: d(x.due) })),
      closed: i.closed ? { date: d(i.closed.date), conclusion: i.closed.conclusion } : null,
      worker: workerName(config, i.worker),
      worker_sex: workerSex(config, i.worker),
    },
  };
}

/** The record of a group activity: when, what, how long, who led it, who came and who sent apologies (by case number), the others, the record. */
export function buildGroupView(g: GroupActivity, config: SpisConfig): { view: Record<string, unknown>; title: string } {
  const p = config.provider;
  const ids = (attendance: 'present' | 'excused'): string | null =>
    (g.attendees ?? [])
      .filter((a) => a.attendance === attendance)
      .map((a) => a.case)
      .join(', ') || null;
  const workers = g.workers.map((w) => ({ name: workerName(config, w), sex: or(workerSex(config, w)) }));
  return {
    title: `Záznam o skupinové aktivitě č. ${g.id}`,
    view: {
      provider: { name: p.name, ico: p.ico, address: p.address, registration_id: or(p.service.registration_id) },
      group_id: g.id,
      when: new Trusted(`${formatDate(g.date, 'cs')}${g.time ? ` od ${g.time}` : ''}`),
      kind: codeList(config, 'group_kinds')[g.kind] ?? g.kind,
      topic: g.topic,
      hours: `${String(g.hours).replace('.', ',')} h`,
      education: g.education === true,
      led_by: workers.map((w) => w.name).join(', '),
      led_label:
        workers.length > 1
          ? workers.every((w) => w.sex === 'female')
            ? 'Vedly'
            : 'Vedli'
          : agree(workers[0]?.sex, 'Vedl', 'Vedla', 'Vedl/a'),
      // The first who led it records it and signs.
      worker: workers[0]?.name ?? '',
      worker_sex: workers[0]?.sex ?? null,
      present: ids('present'),
      excused: ids('excused'),
      purged: g.attendees_purged ?? null,
      others: g.others ?? null,
      other_names: g.other_names?.length ? g.other_names.join(', ') : null,
      record: g.record,
    },
  };
}

/** The staff's training in a year: each worker (active, or with hours that year) with the share in direct care, the courses and the total against the minimum. */
export function buildTrainingView(
  config: SpisConfig,
  list: readonly Training[],
  year: string,
  today: string,
): { view: Record<string, unknown>; title: string } {
  const p = config.provider;
  const hours = trainingHours(config, list, year);
  const minimum = rulesOf(config).training_hours;
  const day = today.startsWith(year) ? today : `${year}-12-31`;
  const num = (n: number): string => String(n).replace('.', ',');
  return {
    title: `Vzdělávání pracovníků v roce ${year}`,
    view: {
      provider: { name: p.name, ico: p.ico, address: p.address, registration_id: or(p.service.registration_id) },
      year,
      minimum: `${minimum} hodin za rok`,
      workers: config.workers
        .filter((w) => w.active !== false || (hours[w.id] ?? 0) > 0)
        .map((w) => {
          const total = hours[w.id] ?? 0;
          return {
            name: w.name,
            role: or(w.role),
            fte: num(fteOn(w, day)),
            courses: list
              .filter((x) => x.worker === w.id && x.date.startsWith(`${year}-`))
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .map((x) => ({
                date: d(x.date),
                course: x.course,
                provider: or(x.provider),
                hours: num(x.hours),
                accreditation: or(x.accreditation),
              })),
            total: `${num(total)} h z ${minimum}${total >= minimum ? ' – splněno' : ` – chybí ${num(minimum - total)} h`}`,
          };
        }),
    },
  };
}

/** The date a document bears: the contract's conclusion, the amendment's, the plan's writing, the end of the service. */
export function documentDate(name: DocumentName, sound: SoundCase, amendment: number | undefined): string | undefined {
  switch (name) {
    case 'contract':
    case 'oral-contract':
      return sound.contract?.data?.concluded;
    case 'amendment':
      return amendment ? sound.contract?.data?.amendments?.[amendment - 1]?.date : undefined;
    case 'plan':
      return sound.goals?.data?.plan?.written;
    case 'termination':
      return sound.termination?.data?.date;
    case 'periodic-report':
      return amendment ? sound.contract?.data?.reports?.[amendment - 1]?.date : undefined;
    default:
      return undefined;
  }
}
