// spis contact add: the record of one meeting, and what it changes in the goals – written
// together or not at all.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import type {
  ContactRecord,
  Cooperating,
  GoalReview,
  Goals,
  NewGoal,
  PersonalGoalReview,
  ReviewStatus,
} from '../domain/types.js';
import { addDuration, formatDate } from '../domain/dates.js';
import { codeList, IN_PERSON_FORMS, placeOutOfPerson, workerName } from '../domain/config.js';
import {
  currentKeyWorker,
  currentPersonalGoal,
  isOneOffCase,
  nextGoalId,
  oneOffTermination,
  openPartialGoals,
  renumberNewGoals,
  clientWord,
} from '../domain/case.js';
import { applyContact, clientTookPart } from '../domain/planning.js';
import { statusLabel } from '../ui/format.js';
import { t, type MessageKey } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { CONTACTS_DIR, loadCaseForEdit, newContactFileName, type SoundCase } from '../store/case-store.js';
import { formatPath, problemAtKey } from '../store/yaml-file.js';
import { readScriptedInput, requireInputMode, relocateToInput, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { askContactBasics, askCooperating } from '../ui/asks.js';
import { atKeyboard } from '../app/worker.js';
import { uniqueNames, splitList } from '../domain/lists.js';
import { editorTempDir, removeEditorTempDir } from '../store/atomic.js';
import type { Prompter } from '../ui/prompts.js';

/** The contact types where persons and institutions beyond the client and the workers take part. */
const CONFERENCE_TYPES = new Set(['pripadova_konference', 'jednani_s_institucemi']);

/** The contact types at which the personal goal is evaluated. */
export const EVALUATION_TYPES = new Set(['hodnotici_schuzka']);

type ContactInput = Partial<ContactRecord> & { new_goals?: (Partial<NewGoal> & Omit<NewGoal, 'id'>)[] };

/** Fills what scripted input may leave out: date, worker, form/place/participants of the last contact, new goal ids. */
export function completeContact(input: ContactInput, kase: SoundCase, today: string): ContactRecord {
  const last = kase.contacts.at(-1)?.data;
  const client = kase.client.data;
  const date = input.date ?? today;
  const taken: string[] = [];
  const newGoals = (input.new_goals ?? []).map((g) => {
    const id = g.id ?? nextGoalId(kase.goals?.data, taken);
    taken.push(id);
    return { ...g, id } as NewGoal;
  });
  const form = input.form ?? last?.form;
  // The last meeting's place carries over only to a meeting in person: a phone call has no place.
  const place =
    input.place ??
    (form && IN_PERSON_FORMS.has(form)
      ? [...kase.contacts].reverse().find((c) => c.data && IN_PERSON_FORMS.has(c.data.form) && c.data.place)?.data.place
      : undefined);
  const record = {
    ...input,
    date,
    form,
    ...(place ? { place } : {}),
    worker: input.worker ?? currentKeyWorker(client, date),
    ...((input.participants ?? last?.participants) ? { participants: input.participants ?? last?.participants } : {}),
    ...(newGoals.length ? { new_goals: newGoals } : {}),
  } as ContactRecord;
  if (!record.new_goals) delete record.new_goals;
  return record;
}

function assertOpen(kase: SoundCase): void {
  const client = kase.client.data;
  if (client.status !== 'applicant' && client.status !== 'active')
    throw new SpisError('contact.case-ended', { id: kase.id, status: statusLabel(client) });
}

/** The contact and the goals after it, as they would be written to `kase`; throws with its problems when they do not fit. */
function contactChanges(
  kase: SoundCase,
  record: ContactRecord,
  input: ScriptedInput | undefined,
): { name: string; goals?: Goals } {
  if ((record.goal_reviews?.length || record.new_goals?.length || record.personal_goal_review) && !kase.goals?.data) {
    throw new SpisError('contact.no-plan', { id: kase.id });
  }
  const name = newContactFileName(
    record.date,
    kase.contacts.map((c) => c.name),
  );
  if (!kase.goals?.data || !(record.goal_reviews?.length || record.new_goals?.length || record.personal_goal_review))
    return { name };
  const source = `${CONTACTS_DIR}/${name}`;
  const applied = applyContact(kase.goals.data, record, source);
  if (applied.issues.length > 0) {
    const file = input?.label ?? `${kase.dir}/${source}`;
    const problems = applied.issues.map((i) => ({ code: i.code, file, path: formatPath(i.path), params: i.params }));
    throw new SpisError('store.nothing-written', {}, 1, input ? relocateToInput(problems, input) : problems);
  }
  return { name, goals: applied.goals };
}

export async function runContactAdd(
  ctx: Context,
  id: string | undefined,
  opts: { from?: string; oneOff?: boolean },
): Promise<ExitCode> {
  // Without a case: a one-off anonymous contact opens its own, and is closed with it.
  if (id === undefined) {
    if (opts.oneOff !== true) throw usageError('contact.no-case');
    return (await import('./one-off.js')).runOneOffContact(ctx, opts);
  }
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // A first look, without the lock: the prompts and the early refusals need the case; the
  // record is built again from the case as it stands under the lock.
  const seen = loadCaseForEdit(repo, id);
  assertOpen(seen);
  // One-off basic counselling of an anonymous person (standard 6b): recorded and closed at once.
  const oneOff = opts.oneOff === true;
  if (oneOff && !isOneOffCase(seen.client.data, seen.contract?.data))
    throw new SpisError('contact.one-off-not-anonymous', { id });
  let input: ScriptedInput | undefined;
  let data: ContactInput | undefined;
  let asked: ContactRecord | undefined;
  try {
    if (mode === 'scripted') {
      input = await readScriptedInput(ctx, opts.from!, 'contact');
      data = input.data as ContactInput;
      // A place only for a meeting in person (the form given, or the last contact's that it takes).
      const form = placeOutOfPerson({ place: data.place, form: data.form ?? seen.contacts.at(-1)?.data.form });
      if (form)
        throw new SpisError('store.nothing-written', {}, 1, [
          problemAtKey(input.parsed, ['place'], 'place-not-in-person', { form }),
        ]);
      const writer = atKeyboard(ctx, repo);
      if (data.worker === undefined && writer) data = { ...data, worker: writer };
    } else {
      const { askAndReview } = await import('../ui/review.js');
      asked = await askAndReview(ctx, (c) => askContact(c, repo, seen, oneOff), {
        check: (r) => contactChanges(seen, r, undefined),
        summary: (r) => contactSummary(ctx, repo, seen, r),
        // "Summarised with the client" only where the client took part; otherwise a plain question.
        question: (r) =>
          t(
            oneOff
              ? 'prompt.save-one-off'
              : clientTookPart(r.participants)
                ? 'prompt.save-summary'
                : 'prompt.save-record',
            { sex: seen.client.data.sex },
          ),
      });
      if (!asked) return 0;
    }
  } finally {
    removeEditorTempDir(repo);
  }
  const { path, renumbered } = await updateCase(ctx, repo, id, 'contact add', (kase) => {
    assertOpen(kase);
    // Goal ids the prompts offered may have been taken meanwhile by another writer: the next free ones then.
    const { record, renumbered } = asked
      ? renumberNewGoals(asked, kase.goals?.data)
      : { record: completeContact(data!, kase, ctx.today), renumbered: [] };
    const { name, goals } = contactChanges(kase, record, input);
    if (oneOff) {
      if (!isOneOffCase(kase.client.data, kase.contract?.data))
        throw new SpisError('contact.one-off-not-anonymous', { id });
      const closing = {
        termination: oneOffTermination(record.date, record.worker),
        client: { ...kase.client.data, status: 'closed' as const },
      };
      return {
        changes: { newContact: { name, data: record }, ...closing },
        opts: { input },
        result: { path: `${kase.dir}/${CONTACTS_DIR}/${name}`, renumbered },
      };
    }
    return {
      changes: { newContact: { name, data: record }, ...(goals ? { goals } : {}) },
      opts: { input },
      result: { path: `${kase.dir}/${CONTACTS_DIR}/${name}`, renumbered },
    };
  });
  for (const r of renumbered) err(ctx, t('contact.goal-renumbered', { from: r.from, to: r.to }));
  if ((asked ?? data)?.type === 'assessment' && !seen.client.data.assessment) err(ctx, t('assess.use-command', { id }));
  out(ctx, path);
  if (oneOff) err(ctx, t('close.one-off-saved', { id }));
  // The record to be e-mailed (with the client's consent) is prepared as a ready message; sending it is the worker's step.
  const record = (asked ?? data) as Partial<ContactRecord>;
  if (record.sent_by_email) {
    const { saveContactEmail } = await import('./render.js');
    const eml = await saveContactEmail(ctx, repo, id, path.split('/').at(-1)!);
    err(
      ctx,
      eml ? t('contact.email-ready', { path: eml }) : t('contact.email-no-address', { id, sex: seen.client.data.sex }),
    );
  }
  return 0;
}

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
  const goals = kase.goals?.data;
  for (const rv of r.goal_reviews ?? []) {
    const g = goals?.partial_goals.find((x) => x.id === rv.goal);
    lines.push(
      `  ${rv.goal} ${g?.text ?? ''}: ${t(`goal-status.${rv.status}` as MessageKey)}` +
        (rv.next_review ? `, ${t('contact.next-review', { date: d(rv.next_review) })}` : '') +
        (rv.progress ? ` – ${rv.progress}` : ''),
    );
  }
  for (const g of r.new_goals ?? []) {
    lines.push(`  ${t('contact.new-goal')} ${g.id}: ${g.text}`);
    lines.push(
      `      ${t('show.criteria')}: ${g.criteria}; ${t('show.responsible')}: ${g.responsible.map((x) => workerName(repo.config, x)).join(', ')}; ${t('show.review')}: ${d(g.review)}`,
    );
  }
  const pr = r.personal_goal_review;
  if (pr) {
    lines.push(
      `  ${t('show.personal-goal')}: ${t(`outcome.${pr.outcome}` as MessageKey)}` +
        (pr.client_absent_reason
          ? ` (${t('contact.client-absent', { sex: kase.client.data.sex })}: ${pr.client_absent_reason})`
          : ''),
    );
    if (pr.participants?.length)
      lines.push(
        `  ${t('contact.evaluation-participants')}: ${pr.participants.map((x) => workerName(repo.config, x)).join(', ')}`,
      );
    if (pr.satisfaction)
      lines.push(
        `  ${t('contact.satisfaction', { sex: kase.client.data.sex })}: ${pr.satisfaction.replace(/\s+/g, ' ')}`,
      );
    if (pr.new_personal_goal) lines.push(`  ${t('contact.new-personal-goal')}: „${pr.new_personal_goal}“`);
  }
  if (r.next_meeting) lines.push(`  ${t('show.next-meeting')}: ${d(r.next_meeting)}`);
  if (r.sent_by_email) lines.push(`  ${t('contact.will-email', { sex: kase.client.data.sex })}`);
  return lines.join('\n');
}

const REVIEW_STATUSES: ReviewStatus[] = ['continues', 'met', 'partly_met', 'not_met', 'reworded', 'dropped'];

async function askNewGoal(ask: Prompter, id: string, date: string, client: string): Promise<NewGoal> {
  const text = await ask.longText({ message: t('contact.ask-goal-text', { id }) });
  const criteria = await ask.text({ message: t('contact.ask-goal-criteria') });
  const responsible = uniqueNames(
    splitList(await ask.text({ message: t('contact.ask-goal-responsible'), default: client })),
  );
  const review = (await ask.date({
    message: t('contact.ask-goal-review'),
    default: addDuration(date, { amount: 1, unit: 'm' }),
    min: date,
    base: date,
  }))!;
  return { id, text, criteria, responsible, review };
}

async function askContact(ctx: Context, repo: Repo, kase: SoundCase, oneOff = false): Promise<ContactRecord> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const goals = kase.goals?.data;
  const date = (await ask.date({
    message: t('contact.ask-date'),
    default: ctx.today,
    min: client.applied,
    max: ctx.today,
  }))!;
  const basics = await askContactBasics(ask, repo, kase, date, {
    type: oneOff ? 'zakladni_poradenstvi' : undefined,
    writer: atKeyboard(ctx, repo),
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
          name: t(`goal-status.${s}` as MessageKey),
          value: s as ReviewStatus | 'skip',
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
      review.next_review = (await ask.date({
        message: t('contact.ask-next-review'),
        default: suggested,
        min: date,
        base: date,
      }))!;
    } else if (status === 'reworded' || partly === 'reword') {
      const id = nextGoalId(goals, takenIds());
      newGoals.push(await askNewGoal(ask, id, date, clientWord(client)));
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
    if (await ask.confirm({ message: t('contact.ask-client-present', { sex: client.sex }), default: true })) {
      // The client once, with whoever else took part.
      const others = record.participants ?? [];
      pr.participants = clientTookPart(others) ? others : [clientWord(client), ...others];
    } else {
      pr.client_absent_reason = await ask.text({ message: t('contact.ask-absent-reason', { sex: client.sex }) });
    }
    pr.outcome = await ask.select({
      message: t('contact.ask-outcome'),
      choices: (['met', 'partly_met', 'not_met'] as const).map((value) => ({ name: t(`outcome.${value}`), value })),
    });
    const satisfaction = await ask.longText({
      message: t('contact.ask-satisfaction', { sex: client.sex }),
      required: false,
    });
    if (satisfaction) pr.satisfaction = satisfaction;
    if (
      pr.outcome === 'met' &&
      (await ask.confirm({ message: t('contact.ask-continue', { sex: client.sex }), default: true }))
    ) {
      pr.new_personal_goal = await ask.longText({ message: t('contract.ask-personal-goal', { sex: client.sex }) });
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
      newGoals.push(await askNewGoal(ask, nextGoalId(goals, takenIds()), date, clientWord(client)));
    }
  }
  if (newGoals.length) record.new_goals = newGoals;
  const next = await ask.date({ message: t('contact.ask-next-meeting'), optional: true, min: date, base: date });
  if (next) record.next_meeting = next;
  const consent = client.consents?.email_records === true || kase.contract?.data?.email_records === true;
  if (consent)
    record.sent_by_email = await ask.confirm({ message: t('contact.ask-email', { sex: client.sex }), default: true });
  return record;
}
