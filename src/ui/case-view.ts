// spis show, what people see: one case at a glance as text, and the case as --json gives it.
import type { Context } from '../context.js';
import { formatDate } from '../domain/dates.js';
import { personalGoalEvaluationDue } from '../domain/due.js';
import { codeList, isFosterCare, rulesOf, workerName, workerSex } from '../domain/config.js';
import { clientLabel, contractEnd, currentKeyWorker, currentPersonalGoal, openPartialGoals } from '../domain/case.js';
import type { GroupActivity, SpisConfig } from '../domain/types.js';
import { educationHours } from '../domain/group.js';
import { coCarers } from '../domain/household.js';
import { contactEducation, educationSum, fosterSupport, groupEducation, perCarer } from '../domain/foster.js';
import { addMonths } from '../domain/dates.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { LoadedCase } from '../store/case-store.js';
import { clip, sexLabel, statusLabel } from './format.js';
import { style } from './style.js';

const LAST_CONTACTS = 5;

/** The case as `show --json` prints it; a corrected record: the correction in effect, its files, and the original. */
export function caseJson(kase: LoadedCase, groups: readonly GroupActivity[] = []): string {
  return JSON.stringify(
    {
      id: kase.id,
      location: kase.location,
      client: kase.client?.data ?? null,
      contract: kase.contract?.data ?? null,
      goals: kase.goals?.data ?? null,
      contacts: kase.contacts.map((c) => ({
        file: c.name,
        ...c.data,
        ...(c.corrections ? { corrections: c.corrections, original: c.original?.data ?? null } : {}),
      })),
      termination: kase.termination?.data ?? null,
      // The group activities of the register naming the case: its own attendance, the others counted.
      groups: groups.map((g) => ({
        id: g.id,
        date: g.date,
        kind: g.kind,
        topic: g.topic,
        hours: g.hours,
        education: g.education === true,
        attendance: g.attendees?.find((a) => a.case === kase.id)?.attendance ?? null,
      })),
    },
    null,
    2,
  );
}

/**
 * Foster-care support: the carer's support this calendar year (respite days per child, short-term
 * and expert help, contacts with the birth family) and each carer's education over 12 months.
 */
function fosterLines(
  kase: LoadedCase,
  config: SpisConfig,
  ctx: Pick<Context, 'lang' | 'today'>,
  groups: readonly GroupActivity[],
  heading: (key: MessageKey) => void,
): string[] {
  const client = kase.client?.data;
  if (!client || kase.contacts.length === 0) return [];
  const contacts = kase.contacts.flatMap((c) => (c.data ? [c.data] : []));
  const year = Number(ctx.today.slice(0, 4));
  const y = fosterSupport(contacts, `${year}-01-01`, `${year}-12-31`);
  const hours = (h: number): string => String(Math.round(h * 10) / 10).replace('.', ctx.lang === 'cs' ? ',' : '.');
  const member = (id: string): string => (id ? id : t('show.children-unnamed'));
  const out: string[] = [];
  heading('show.foster');
  const respite = Object.entries(y.respite);
  out.push(
    `  ${t('show.foster-respite', { year, days: respite.length ? respite.map(([m, n]) => `${member(m)} ${t('show.days', { count: n })}`).join(', ') : undefined })}`,
    `  ${t('show.foster-support', { short: y.shortTerm, expert: y.expert, last: y.lastExpert ? formatDate(y.lastExpert, ctx.lang) : undefined, family: y.family })}`,
  );
  const required = rulesOf(config).carer_education;
  if (required !== undefined) {
    const all = [...contactEducation(contacts), ...groupEducation(groups, kase.id)];
    const carers = coCarers(client).map((m) => m.id);
    for (const [who, mine] of perCarer(all, carers))
      out.push(
        `  ${t('show.foster-education', { ...(who ? { who } : {}), hours: hours(educationSum(mine, ctx.today)), required: hours(required) })}`,
      );
  }
  return out;
}

export function renderCase(
  kase: LoadedCase,
  config: SpisConfig,
  ctx: Pick<Context, 'lang' | 'today' | 'color'>,
  groups: readonly GroupActivity[] = [],
): string {
  const c = style(ctx.color);
  const d = (date: string | undefined): string => (date ? formatDate(date, ctx.lang) : '–');
  const foster = isFosterCare(config);
  const lines: string[] = [];
  const client = kase.client?.data;
  const heading = (key: MessageKey): void => {
    lines.push('', c.bold(t(key)));
  };
  if (!client) {
    lines.push(c.bold(`${t('show.case')} ${kase.id}`));
    return lines.join('\n');
  }
  lines.push(
    c.bold(`${t('show.case')} ${kase.id} – ${clientLabel(client)}`) +
      ` (${foster && client.status === 'active' ? t('show.carer', { sex: client.sex }) : statusLabel(client)}${kase.location === 'archive' ? `, ${t('show.archived')}` : ''})`,
  );
  const facts: string[] = [sexLabel(client.sex)];
  if (client.birth_date) facts.push(t('show.born', { date: d(client.birth_date) }));
  else if (client.birth_year) facts.push(t('show.born', { date: client.birth_year }));
  if (client.district) facts.push(t('show.district', { value: client.district }));
  facts.push(codeList(config, 'target_groups')[client.target_group] ?? client.target_group);
  lines.push(facts.join(', '));
  lines.push(
    t('show.applied', { date: d(client.applied) }) +
      (client.assessment
        ? `; ${t('show.assessment', { date: d(client.assessment.date), workers: client.assessment.workers.map((w) => workerName(config, w)).join(', ') })}`
        : ''),
  );
  const kw = currentKeyWorker(client, ctx.today);
  if (kw) {
    const history = (client.key_workers ?? []).map(
      (k) => `${workerName(config, k.worker)} ${t('show.since', { date: d(k.from) })}`,
    );
    lines.push(
      `${t('show.key-worker', { wsex: workerSex(config, kw) })}: ${workerName(config, kw)}` +
        (history.length > 1 ? ` (${t('show.history')}: ${history.join(' → ')})` : ''),
    );
  }
  if (client.legal_representative)
    lines.push(
      `${t('show.representative')}: ${client.legal_representative.name} (${client.legal_representative.relation})`,
    );
  if (client.family) lines.push(`${t('show.family')}: ${t('show.family-case', { id: client.family })}`);
  if (client.household?.length)
    lines.push(
      `${t('show.household')}: ${client.household
        .map(
          (m) =>
            `${m.id} ${m.name ? `${m.name} – ` : ''}${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })}${m.takes_part === false ? ` (${t('show.not-taking-part', { sex: m.sex })})` : ''}${m.carer ? ` (${t('show.carer', { sex: m.sex })})` : ''}${m.placement ? ` (${t('show.placed', { sex: m.sex, from: d(m.placement.from), until: m.placement.until ? d(m.placement.until) : undefined })})` : ''}${m.person ? ` (${t('show.same-person', { ref: m.person })})` : ''}`,
        )
        .join('; ')}`,
    );
  if (client.cooperating?.length)
    lines.push(`${t('show.cooperating')}: ${client.cooperating.map((p) => `${p.name} (${p.role})`).join(', ')}`);
  if (client.request) lines.push(`${t('show.request')}: ${client.request}`);
  if (client.refusal) {
    const reason = codeList(config, 'refusal_reasons')[client.refusal.reason] ?? client.refusal.reason;
    lines.push(
      `${t('show.refused')}: ${d(client.refusal.date)} – ${reason}${client.refusal.note ? ` (${client.refusal.note})` : ''}`,
    );
  }

  const contract = kase.contract?.data;
  if (contract) {
    heading(foster ? 'show.agreement' : 'show.contract');
    const end = contractEnd(contract);
    lines.push(
      `${t(contract.form === 'written' ? 'show.contract-written' : 'show.contract-oral')}, ${t('show.concluded', { date: d(contract.concluded) })}, ` +
        (end ? t('show.until', { date: d(end) }) : t('show.indefinite')),
    );
    for (const a of contract.amendments ?? [])
      lines.push(`  ${t('show.amendment', { number: a.number, date: d(a.effective) })}: ${a.changes}`);
    for (const p of contract.previous ?? [])
      lines.push(
        `  ${t('show.previous-contract', { form: t(p.form === 'written' ? 'show.contract-written' : 'show.contract-oral'), concluded: d(p.concluded), replaced: d(p.replaced) })}`,
      );
    const report = contract.reports?.at(-1);
    if (report)
      lines.push(`  ${t('show.last-report', { date: d(report.date), from: d(report.from), to: d(report.to) })}`);
  }

  const goals = kase.goals?.data;
  const pg = currentPersonalGoal(goals);
  if (pg) {
    heading('show.personal-goal');
    lines.push(`„${pg.text}“ (${t('show.since', { date: d(pg.set) })})`);
    const last = pg.evaluations?.at(-1);
    if (last) lines.push(`  ${t('show.last-evaluation')}: ${d(last.date)} – ${t(`outcome.${last.outcome}` as const)}`);
    const due = personalGoalEvaluationDue(goals, rulesOf(config));
    if (due && client.status === 'active') lines.push(`  ${t('show.next-evaluation')}: ${d(due)}`);
    const earlier = goals!.personal_goals.slice(0, -1);
    for (const e of earlier) lines.push(`  ${t('show.earlier-goal')}: „${e.text}“ (${d(e.set)})`);
  }
  if (goals?.plan?.written) lines.push(`${t('show.written-plan', { date: d(goals.plan.written) })}`);
  const open = openPartialGoals(goals);
  if (goals && goals.partial_goals.length > 0) {
    heading('show.partial-goals');
    for (const g of open) {
      const overdue = g.review < ctx.today ? c.red(` ${t('show.overdue')}`) : '';
      const member = client.household?.find((m) => m.id === g.member);
      lines.push(
        `  ${g.id}  ${g.text}${member ? ` (${t('show.goal-for')}: ${member.id} ${t('show.member', { role: member.role, sex: member.sex, year: member.birth_year })})` : ''}`,
      );
      lines.push(
        `      ${t('show.criteria')}: ${g.criteria}; ${t('show.responsible')}: ${g.responsible.map((r) => workerName(config, r)).join(', ')}; ${t('show.review')}: ${d(g.review)}${overdue}`,
      );
    }
    const closed = goals.partial_goals.filter((g) => g.status !== 'open');
    if (closed.length)
      lines.push(
        `  ${t('show.closed-goals')}: ` +
          closed
            .map((g) => `${g.id} ${t(`goal-status.${g.status}` as const)}${g.closed ? ` ${d(g.closed)}` : ''}`)
            .join('; '),
      );
  }

  if (kase.contacts.length > 0) {
    heading('show.contacts');
    const forms = codeList(config, 'contact_forms');
    const types = codeList(config, 'contact_types');
    lines.push(`  ${t('show.contact-count', { count: kase.contacts.length })}`);
    for (const cf of kase.contacts.slice(-LAST_CONTACTS).reverse()) {
      const r = cf.data;
      if (!r) continue;
      const summary = r.summary.replace(/\s+/g, ' ').trim();
      const meta = [
        types[r.type] ?? r.type,
        forms[r.form] ?? r.form,
        r.duration_min ? `${r.duration_min} min` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${d(r.date)}  ${meta} – ${clip(summary, 90)}`);
      // A corrected record is shown as corrected, with the original beside it.
      if (r.correction && cf.original?.data) {
        const was = cf.original.data.summary.replace(/\s+/g, ' ').trim();
        lines.push(
          `    ${t('show.corrected', { date: d(r.correction.date), worker: workerName(config, r.correction.worker), count: cf.corrections?.length ?? 1, reason: r.correction.reason ? clip(r.correction.reason, 80) : undefined })}${was !== summary ? ` ${t('show.original-summary')}: ${clip(was, 80)}` : ''}`,
        );
      }
    }
    const next = kase.contacts.at(-1)?.data?.next_meeting;
    if (next && client.status === 'active') lines.push(`  ${t('show.next-meeting')}: ${d(next)}`);
  }

  if (groups.length > 0) {
    heading('show.groups');
    const kinds = codeList(config, 'group_kinds');
    const came = groups.filter((g) => g.attendees?.some((a) => a.case === kase.id && a.attendance === 'present'));
    lines.push(
      `  ${t('show.group-count', { count: came.length, excused: groups.length - came.length, sex: client.sex })}`,
    );
    for (const g of groups.slice(-LAST_CONTACTS).reverse()) {
      const excused = g.attendees?.some((a) => a.case === kase.id && a.attendance === 'excused');
      const hours = `${String(g.hours).replace('.', ctx.lang === 'cs' ? ',' : '.')} h`;
      lines.push(
        `  ${d(g.date)}  ${kinds[g.kind] ?? g.kind}, ${hours}${g.education ? `, ${t('show.group-education')}` : ''} – ${clip(g.topic, 70)}${excused ? ` (${t('show.group-excused', { sex: client.sex })})` : ''}`,
      );
    }
    const from = addMonths(ctx.today, -12);
    if (groups.some((g) => g.education))
      lines.push(
        `  ${t('show.education-hours', { hours: String(educationHours(groups, kase.id, from, ctx.today)).replace('.', ctx.lang === 'cs' ? ',' : '.') })}`,
      );
  }

  if (foster) lines.push(...fosterLines(kase, config, ctx, groups, heading));

  const term = kase.termination?.data;
  if (term) {
    heading('show.termination');
    const reason = codeList(config, 'termination_reasons')[term.reason] ?? term.reason;
    lines.push(`${d(term.date)} – ${reason}${term.reason_other ? `: ${term.reason_other}` : ''}`);
    if (term.personal_goal)
      lines.push(`  ${t('show.personal-goal')}: ${t(`outcome.${term.personal_goal.outcome}` as const)}`);
    else if (term.one_off) lines.push(`  ${t('show.one-off')}`);
    if (term.archive_until) lines.push(`  ${t('show.archive-until', { date: d(term.archive_until) })}`);
  }
  return lines.join('\n');
}
