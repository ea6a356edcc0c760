// spis contact add, the prompts: the meeting, each open partial goal, the personal goal at an
// evaluation, new goals, and the summary shown before saving.
import { personParams } from './format.js';
import type { Context } from '../context.js';
import type {
  ContactRecord,
  Cooperating,
  GoalReview,
  HouseholdMember,
  NewGoal,
  PersonalGoalReview,
  ReviewStatus,
} from '../domain/types.js';
import { addDuration, formatDate } from '../domain/dates.js';
import { codeList, workerName } from '../domain/config.js';
import { currentPersonalGoal, nextGoalId, openPartialGoals, clientWord } from '../domain/case.js';
import { clientTookPart } from '../domain/planning.js';
import { CONFERENCE_TYPES, EVALUATION_TYPES } from '../domain/contact.js';
import { uniqueNames, splitList } from '../domain/lists.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { editorTempDir } from '../store/atomic.js';
import { askContactBasics, askCooperating } from './asks.js';
import type { Prompter } from './prompts.js';

export function contactSummary(ctx: Pick<Context, 'lang'>, repo: Repo, kase: SoundCase, r: ContactRecord): string {
  const d = (x?: string): string => (x ? formatDate(x, ctx.lang) : '–');
  const lines = [
    t('contact.summary-head', {
      date: d(r.date),
      type: codeList(repo.config, 'contact_types')[r.type] ?? r.type,
      form: codeList(repo.config, 'contact_forms')[r.form] ?? r.form,
    }) + (r.place ? `, ${r.place}` : ''),
    `  ${r.summary.replace(/\s+/g, ' ')}`,
  ];
  const members = kase.client.data.household ?? [];
  if (r.present?.length)
    lines.push(
      `  ${t('contact.present')}: ${r.present
        .map((id) => members.find((m) => m.id === id))
        .filter((m) => m !== undefined)
        .map((m) => `${m.id} ${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })}`)
        .join(', ')}`,
    );
  const goals = kase.goals?.data;
  for (const rv of r.goal_reviews ?? []) {
    const g = goals?.partial_goals.find((x) => x.id === rv.goal);
    lines.push(
      `  ${rv.goal} ${g?.text ?? ''}: ${t(`goal-status.${rv.status}` as const)}` +
        (rv.next_review ? `, ${t('contact.next-review', { date: d(rv.next_review) })}` : '') +
        (rv.progress ? ` – ${rv.progress}` : ''),
    );
  }
  for (const g of r.new_goals ?? []) {
    const m = members.find((x) => x.id === g.member);
    lines.push(
      `  ${t('contact.new-goal')} ${g.id}: ${g.text}${m ? ` (${t('show.goal-for')}: ${m.id} ${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })})` : ''}`,
    );
    lines.push(
      `      ${t('show.criteria')}: ${g.criteria}; ${t('show.responsible')}: ${g.responsible.map((x) => workerName(repo.config, x)).join(', ')}; ${t('show.review')}: ${d(g.review)}`,
    );
  }
  const pr = r.personal_goal_review;
  if (pr) {
    lines.push(
      `  ${t('show.personal-goal')}: ${t(`outcome.${pr.outcome}` as const)}` +
        (pr.client_absent_reason
          ? ` (${t('contact.client-absent', personParams(repo.config, kase.client.data))}: ${pr.client_absent_reason})`
          : ''),
    );
    if (pr.participants?.length)
      lines.push(
        `  ${t('contact.evaluation-participants')}: ${pr.participants.map((x) => workerName(repo.config, x)).join(', ')}`,
      );
    if (pr.satisfaction)
      lines.push(
        `  ${t('contact.satisfaction', personParams(repo.config, kase.client.data))}: ${pr.satisfaction.replace(/\s+/g, ' ')}`,
      );
    if (pr.new_personal_goal) lines.push(`  ${t('contact.new-personal-goal')}: „${pr.new_personal_goal}“`);
  }
  if (r.next_meeting) lines.push(`  ${t('show.next-meeting')}: ${d(r.next_meeting)}`);
  if (r.sent_by_email) lines.push(`  ${t('contact.will-email', personParams(repo.config, kase.client.data))}`);
  return lines.join('\n');
}

const REVIEW_STATUSES: ReviewStatus[] = ['continues', 'met', 'partly_met', 'not_met', 'reworded', 'dropped'];

async function askNewGoal(
  ask: Prompter,
  id: string,
  date: string,
  client: string,
  household: readonly HouseholdMember[] = [],
): Promise<NewGoal> {
  const text = await ask.longText({ message: t('contact.ask-goal-text', { id }) });
  // A goal may be for a member of the household (a child's own step) rather than the client.
  const member = household.length
    ? await ask.select<string>({
        message: t('contact.ask-goal-member'),
        choices: [
          { name: client, value: '' },
          ...household.map((m) => ({
            name: `${m.id} ${t('show.member', { role: m.role, sex: m.sex, year: m.birth_year })}`,
            value: m.id,
          })),
        ],
        default: '',
      })
    : '';
  const criteria = await ask.text({ message: t('contact.ask-goal-criteria') });
  const responsible = uniqueNames(
    splitList(await ask.text({ message: t('contact.ask-goal-responsible'), default: client })),
  );
  const review = await ask.date({
    message: t('contact.ask-goal-review'),
    default: addDuration(date, { amount: 1, unit: 'm' }),
    min: date,
    base: date,
  });
  return { id, text, ...(member ? { member } : {}), criteria, responsible, review };
}

async function askContact(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  oneOff: boolean,
  writer: string | undefined,
): Promise<ContactRecord> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const who = personParams(repo.config, client);
  const goals = kase.goals?.data;
  const date = await ask.date({
    message: t('contact.ask-date'),
    default: ctx.today,
    min: client.applied,
    max: ctx.today,
  });
  const basics = await askContactBasics(ask, repo, kase, date, {
    type: oneOff ? 'zakladni_poradenstvi' : undefined,
    writer,
  });
  // Case conferences and meetings with institutions (seed 003): who else took part, in what role.
  let cooperating: Cooperating[] = [];
  if (CONFERENCE_TYPES.has(basics.type!)) {
    for (const p of client.cooperating ?? [])
      if (
        await ask.confirm({
          message: t('contact.ask-cooperating-present', { name: p.name, role: p.role }),
          default: true,
        })
      )
        cooperating.push({ name: p.name, role: p.role, ...(p.organisation ? { organisation: p.organisation } : {}) });
    cooperating = [...cooperating, ...((await askCooperating(ask, [])) ?? [])];
  }
  const summary = await ask.longText({ message: t('contact.ask-summary') });
  const record: ContactRecord = {
    date,
    ...basics,
    ...(cooperating.length ? { cooperating } : {}),
    summary,
  } as ContactRecord;

  const reviews: GoalReview[] = [];
  const newGoals: NewGoal[] = [];
  const takenIds = (): string[] => newGoals.map((g) => g.id);
  for (const g of openPartialGoals(goals)) {
    ctx.io.stdout.write(
      `\n${t('contact.goal-head', { id: g.id, text: g.text, criteria: g.criteria, review: formatDate(g.review, ctx.lang) })}\n`,
    );
    const status = await ask.select<ReviewStatus | 'skip'>({
      message: t('contact.ask-goal-status'),
      choices: [
        ...REVIEW_STATUSES.map((s) => ({
          name: t(`goal-status.${s}` as const),
          value: s,
        })),
        { name: t('contact.goal-skip'), value: 'skip' },
      ],
      default: 'continues',
    });
    if (status === 'skip') continue;
    const progress = await ask.text({ message: t('contact.ask-goal-progress'), required: false });
    const review: GoalReview = { goal: g.id, ...(progress ? { progress } : {}), status };
    // A partly met goal is not done: it goes on with a new review date, or is reworded into a new goal.
    const partly =
      status === 'partly_met'
        ? await ask.select({
            message: t('contact.ask-partly-next'),
            choices: [
              { name: t('contact.partly-continue'), value: 'continue' as const },
              { name: t('contact.partly-reword'), value: 'reword' as const },
            ],
          })
        : undefined;
    if (status === 'continues' || partly === 'continue') {
      const suggested = g.review > date ? g.review : addDuration(date, { amount: 1, unit: 'm' });
      review.next_review = await ask.date({
        message: t('contact.ask-next-review'),
        default: suggested,
        min: date,
        base: date,
      });
    } else if (status === 'reworded' || partly === 'reword') {
      const id = nextGoalId(goals, takenIds());
      newGoals.push(await askNewGoal(ask, id, date, clientWord(client, repo.config), client.household));
      review.reworded_as = id;
    }
    reviews.push(review);
  }
  if (reviews.length) record.goal_reviews = reviews;

  // At an evaluation meeting the personal goal comes first, so that the partial goals set
  // afterwards can lead to a new personal goal in the same record.
  const pg = currentPersonalGoal(goals);
  if (pg && EVALUATION_TYPES.has(record.type)) {
    ctx.io.stdout.write(`\n${t('contact.personal-goal-head', { text: pg.text })}\n`);
    const pr: PersonalGoalReview = { outcome: 'not_met' };
    if (await ask.confirm({ message: t('contact.ask-client-present', who), default: true })) {
      // The client once, with whoever else took part.
      const others = record.participants ?? [];
      pr.participants = clientTookPart(others) ? others : [clientWord(client, repo.config), ...others];
    } else {
      pr.client_absent_reason = await ask.text({ message: t('contact.ask-absent-reason', who) });
    }
    pr.outcome = await ask.select({
      message: t('contact.ask-outcome'),
      choices: (['met', 'partly_met', 'not_met'] as const).map((value) => ({ name: t(`outcome.${value}`), value })),
    });
    const satisfaction = await ask.longText({
      message: t('contact.ask-satisfaction', who),
      required: false,
    });
    if (satisfaction) pr.satisfaction = satisfaction;
    if (pr.outcome === 'met' && (await ask.confirm({ message: t('contact.ask-continue', who), default: true }))) {
      pr.new_personal_goal = await ask.longText({ message: t('contract.ask-personal-goal', who) });
    }
    record.personal_goal_review = pr;
  }
  if (goals) {
    while (
      await ask.confirm({
        message: t(
          record.personal_goal_review?.new_personal_goal ? 'contact.ask-add-goal-new' : 'contact.ask-add-goal',
        ),
        default: false,
      })
    ) {
      newGoals.push(
        await askNewGoal(ask, nextGoalId(goals, takenIds()), date, clientWord(client, repo.config), client.household),
      );
    }
  }
  if (newGoals.length) record.new_goals = newGoals;
  const next = await ask.date({ message: t('contact.ask-next-meeting'), optional: true, min: date, base: date });
  if (next) record.next_meeting = next;
  const consent = client.consents?.email_records === true || kase.contract?.data?.email_records === true;
  if (consent) record.sent_by_email = await ask.confirm({ message: t('contact.ask-email', who), default: true });
  return record;
}

/** The contact asked at the prompts, checked and summarised before saving; undefined when discarded. */
export async function askContactReviewed(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  o: { oneOff: boolean; writer: string | undefined; check: (r: ContactRecord) => unknown },
): Promise<ContactRecord | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (c) => askContact(c, repo, kase, o.oneOff, o.writer), {
    check: o.check,
    summary: (r) => contactSummary(ctx, repo, kase, r),
    // "Summarised with the client" only where the client took part; otherwise a plain question.
    question: (r) =>
      t(
        o.oneOff
          ? 'prompt.save-one-off'
          : clientTookPart(r.participants)
            ? 'prompt.save-summary'
            : 'prompt.save-record',
        personParams(repo.config, kase.client.data),
      ),
  });
}
