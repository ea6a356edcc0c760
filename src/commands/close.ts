// spis close: ends the service with the final evaluation of the personal goal and of every
// open partial goal; spis archive: moves closed cases out of clients/ for the retention period.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { readDisposals } from '../store/disposal.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import type { Client, Goals, GoalOutcome, Termination } from '../domain/types.js';
import { addMonths, formatDate } from '../domain/dates.js';
import {
  codeList,
  ONE_OFF_REASON,
  OTHER_TERMINATION_REASON,
  rulesOf,
  terminationReasonText,
} from '../domain/config.js';
import {
  clientLabel,
  currentPersonalGoal,
  isOneOffCase,
  oneOffTermination,
  openPartialGoals,
  clientWord,
} from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { ARCHIVE_DIR, CLIENTS_DIR, openRepo, type Repo } from '../store/repo.js';
import {
  CASE_FILES,
  caseDirRel,
  listCaseDirs,
  loadCaseForEdit,
  prepareRecord,
  type SoundCase,
} from '../store/case-store.js';
import { readRecord } from '../store/read-yaml.js';
import { dateOption, readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { asWriter, updateCase } from '../app/write-case.js';
import { confirmSave } from '../ui/asks.js';
import { editorTempDir, removeEditorTempDir } from '../store/atomic.js';
import { recordWriter } from '../app/worker.js';

type FinalOutcome = GoalOutcome | 'dropped';

export interface CloseOptions {
  reason?: string;
  date?: string;
  from?: string;
}

/** Goals after the final evaluation: every open partial goal closed with its outcome, the personal goal evaluated. */
export function closeGoals(goals: Goals, t: Termination, client: Pick<Client, 'sex'>): Goals {
  const next: Goals = structuredClone(goals);
  for (const g of next.partial_goals) {
    if (g.status !== 'open') continue;
    const final = t.partial_goals?.find((x) => x.goal === g.id);
    if (!final) continue;
    g.status = final.outcome;
    g.closed = t.date;
    g.evaluations = [
      ...(g.evaluations ?? []),
      {
        date: t.date,
        source: CASE_FILES.termination,
        ...(final.comment ? { progress: final.comment } : {}),
        status: final.outcome,
      },
    ];
  }
  const pg = next.personal_goals.at(-1);
  if (pg && t.personal_goal) {
    pg.evaluations = [
      ...(pg.evaluations ?? []),
      {
        date: t.date,
        source: CASE_FILES.termination,
        ...(t.personal_goal.client_absent_reason
          ? { client_absent_reason: t.personal_goal.client_absent_reason }
          : { participants: [clientWord(client), t.worker] }),
        outcome: t.personal_goal.outcome,
        ...(t.personal_goal.comment ? { note: t.personal_goal.comment } : {}),
      },
    ];
  }
  return next;
}

/** The reasons a case may end for: the one-off reason only for a one-off contact. */
function terminationReasons(repo: Repo, oneOff: boolean): Record<string, string> {
  const all = codeList(repo.config, 'termination_reasons');
  return oneOff ? all : Object.fromEntries(Object.entries(all).filter(([code]) => code !== ONE_OFF_REASON));
}

/** Why a case cannot be closed now, or nothing. */
function assertClosable(kase: SoundCase): void {
  const client = kase.client.data;
  const id = kase.id;
  if (client.status === 'closed' || kase.termination) throw new SpisError('close.already-closed', { id });
  if (client.status === 'refused') throw new SpisError('close.refused', { id, sex: client.sex });
  if (isOneOffCase(kase.client.data, kase.contract?.data)) {
    if (kase.contacts.length === 0) throw new SpisError('close.one-off-no-contact', { id });
    return;
  }
  if (client.status !== 'active' || !kase.contract?.data || !kase.goals?.data)
    throw new SpisError('close.no-contract', { id, status: statusLabel(client) });
}

export async function runClose(ctx: Context, id: string, opts: CloseOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  assertClosable(kase);
  const oneOff = isOneOffCase(kase.client.data, kase.contract?.data);
  const reasons = terminationReasons(repo, oneOff);
  if (opts.reason !== undefined && !(opts.reason in reasons))
    throw usageError('close.bad-reason', { value: opts.reason, allowed: Object.keys(reasons).join(', ') });
  opts = { ...opts, date: dateOption(opts.date, ctx.today) };
  if (oneOff) return closeOneOff(ctx, repo, kase, opts);
  const mode = requireInputMode(ctx, opts.from);
  const client = kase.client.data;
  const goals = kase.goals!.data;
  let input: ScriptedInput | undefined;
  let termination: Termination;
  try {
    if (mode === 'scripted') {
      input = await readScriptedInput(ctx, opts.from!, 'close');
      const data = input.data as Partial<Termination>;
      termination = {
        ...data,
        date: data.date ?? opts.date ?? ctx.today,
        reason: data.reason ?? opts.reason ?? '',
        worker: data.worker ?? recordWriter(ctx, repo, client, ctx.today) ?? kase.contract!.data.worker,
      } as Termination;
    } else {
      const summary = (x: Termination): string =>
        [
          t('close.summary', {
            sex: client.sex,
            label: clientLabel(client),
            date: formatDate(x.date, ctx.lang),
            reason: terminationReasonText(repo.config, x),
          }),
          `  ${t('show.personal-goal')}: ${t(`outcome.${x.personal_goal!.outcome}`)}`,
          ...(x.partial_goals ?? []).map((g) => `  ${g.goal}: ${t(`goal-status.${g.outcome}`)}`),
        ].join('\n');
      const { askAndReview } = await import('../ui/review.js');
      const asked = await askAndReview(ctx, (c) => askTermination(c, repo, kase, opts), {
        summary,
        // "Summarised with the client" only where the client took part in the final evaluation.
        question: (x) =>
          t(x.personal_goal?.client_absent_reason ? 'prompt.save-closing' : 'prompt.save-summary', { sex: client.sex }),
      });
      if (!asked) return 0;
      termination = asked;
    }
  } finally {
    removeEditorTempDir(repo);
  }
  const missing = openPartialGoals(goals).filter((g) => !termination.partial_goals?.some((x) => x.goal === g.id));
  if (missing.length > 0)
    throw new SpisError('close.goals-missing', { id, goals: missing.map((g) => g.id).join(', ') });
  await updateCase(ctx, repo, id, 'close', (fresh) => {
    assertClosable(fresh);
    const now = fresh.client.data;
    const g = fresh.goals!.data;
    const open = openPartialGoals(g).filter((x) => !termination.partial_goals?.some((f) => f.goal === x.id));
    if (open.length > 0) throw new SpisError('close.goals-missing', { id, goals: open.map((x) => x.id).join(', ') });
    return {
      changes: { termination, client: { ...now, status: 'closed' }, goals: closeGoals(g, termination, now) },
      opts: { input },
      result: undefined,
    };
  });
  out(ctx, t('close.saved', { id }));
  if (mode === 'interactive') {
    const { createPrompter } = await import('../ui/prompts.js');
    if (await createPrompter(ctx).confirm({ message: t('close.ask-render'), default: true })) {
      const { saveDocument } = await import('./render.js');
      out(ctx, await saveDocument(ctx, repo, id, 'termination', 'html'));
    }
  }
  return 0;
}

/**
 * An anonymous one-off contact ends without a contract and without goals: the termination
 * records the date, the worker and that it was one-off; the case is then archivable.
 */
async function closeOneOff(ctx: Context, repo: Repo, kase: SoundCase, opts: CloseOptions): Promise<ExitCode> {
  if (opts.from !== undefined) throw usageError('close.one-off-from');
  const last = kase.contacts.at(-1)!.data;
  const date = opts.date ?? last.date;
  const termination = { ...oneOffTermination(date, last.worker), ...(opts.reason ? { reason: opts.reason } : {}) };
  if (isInteractive(ctx.io)) {
    const summary = t('close.one-off-summary', {
      label: clientLabel(kase.client.data),
      date: formatDate(date, ctx.lang),
    });
    if (!(await confirmSave(ctx, summary, t('prompt.save-closing')))) return 0;
  }
  await updateCase(ctx, repo, kase.id, 'close', (fresh) => {
    assertClosable(fresh);
    return { changes: { termination, client: { ...fresh.client.data, status: 'closed' } }, result: undefined };
  });
  out(ctx, t('close.one-off-saved', { id: kase.id }));
  return 0;
}

async function askTermination(ctx: Context, repo: Repo, kase: SoundCase, opts: CloseOptions): Promise<Termination> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const goals = kase.goals!.data;
  const reasons = terminationReasons(repo, false);
  const date =
    opts.date ??
    (await ask.date({
      message: t('close.ask-date'),
      default: ctx.today,
      min: kase.contract!.data.concluded,
      max: ctx.today,
    }))!;
  const reason =
    opts.reason ??
    (await ask.select({
      message: t('close.ask-reason'),
      choices: Object.entries(reasons).map(([value, name]) => ({ name, value })),
    }));
  const termination: Termination & { personal_goal: NonNullable<Termination['personal_goal']> } = {
    date,
    reason,
    worker: recordWriter(ctx, repo, client, date) ?? kase.contract!.data.worker,
    personal_goal: { outcome: 'met' },
  };
  if (reason === OTHER_TERMINATION_REASON)
    termination.reason_other = await ask.text({ message: t('close.ask-reason-other') });
  const pg = currentPersonalGoal(goals);
  ctx.io.stdout.write(`\n${t('contact.personal-goal-head', { text: pg?.text ?? '' })}\n`);
  termination.personal_goal.outcome = await ask.select({
    message: t('contact.ask-outcome'),
    choices: (['met', 'partly_met', 'not_met'] as const).map((value) => ({ name: t(`outcome.${value}`), value })),
  });
  const comment = await ask.longText({ message: t('close.ask-comment'), required: false });
  if (comment) termination.personal_goal.comment = comment;
  if (!(await ask.confirm({ message: t('contact.ask-client-present', { sex: client.sex }), default: true })))
    termination.personal_goal.client_absent_reason = await ask.text({
      message: t('contact.ask-absent-reason', { sex: client.sex }),
    });
  const finals: NonNullable<Termination['partial_goals']> = [];
  for (const g of openPartialGoals(goals)) {
    ctx.io.stdout.write(
      `\n${t('contact.goal-head', { id: g.id, text: g.text, criteria: g.criteria, review: formatDate(g.review, ctx.lang) })}\n`,
    );
    const outcome = await ask.select<FinalOutcome>({
      message: t('close.ask-goal-outcome'),
      choices: (['met', 'partly_met', 'not_met', 'dropped'] as const).map((value) => ({
        name: t(`goal-status.${value}`),
        value,
      })),
    });
    const note = await ask.text({ message: t('contact.ask-goal-progress'), required: false });
    finals.push({ goal: g.id, outcome, ...(note ? { comment: note } : {}) });
  }
  if (finals.length) termination.partial_goals = finals;
  return termination;
}

/** A case whose service has ended: closed (termination record) or refused. */
function ended(repo: Repo, id: string): boolean {
  if (existsSync(join(repo.root, CLIENTS_DIR, id, CASE_FILES.termination))) return true;
  // Only client.yaml tells a refusal; a broken one is not archived here (check names it).
  return (
    readRecord<Client>(repo, `${caseDirRel(id, 'clients')}/${CASE_FILES.client}`, 'client', [])?.data?.status ===
    'refused'
  );
}

/** Takes a case back out of the archive (a case reopened, an archive done by mistake); the retention date goes. */
async function restore(ctx: Context, repo: Repo, id: string): Promise<ExitCode> {
  await asWriter(ctx, repo, 'archive --restore', (w) => {
    w.cases([id]);
    // A case destroyed by spis purge (here, or in a clone this one has synced with) stays destroyed.
    const purged = readDisposals(repo.root).records.find(
      (r) => r.kind === 'destroyed' && r.cases.some((c) => c.id === id),
    );
    if (purged) throw new SpisError('archive.tombstoned', { id, date: formatDate(purged.date, ctx.lang) });
    const kase = loadCaseForEdit(repo, id, { archived: 'allow' });
    if (kase.location !== 'archive') throw new SpisError('archive.not-archived', { id });
    if (existsSync(join(repo.root, CLIENTS_DIR, id))) throw new SpisError('archive.exists', { id });
    const client = kase.client.data;
    const term = kase.termination;
    const record = term?.data
      ? prepareRecord(repo, term.file, 'termination', (({ archive_until: _, ...rest }) => rest)(term.data), term.parsed)
      : prepareRecord(
          repo,
          kase.client.file,
          'client',
          {
            ...client,
            ...(client.refusal ? { refusal: (({ archive_until: _, ...rest }) => rest)(client.refusal) } : {}),
          },
          kase.client.parsed,
        );
    w.write([record], [{ from: join(repo.root, ARCHIVE_DIR, id), to: join(repo.root, CLIENTS_DIR, id) }]);
  });
  out(ctx, t('archive.restored', { id }));
  return 0;
}

export async function runArchive(
  ctx: Context,
  id: string | undefined,
  opts: { allClosed?: boolean; restore?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.restore) {
    if (id === undefined || opts.allClosed) throw usageError('archive.which');
    return restore(ctx, repo, id);
  }
  if ((id === undefined) === !opts.allClosed) throw usageError('archive.which');
  const years = rulesOf(repo.config).retention_years;
  const done = await asWriter(ctx, repo, 'archive', (w) => {
    const ids =
      id !== undefined
        ? [id]
        : listCaseDirs(repo, ['clients'])
            .map((c) => c.id)
            .filter((x) => ended(repo, x));
    // Every case is checked before any is moved: a refused archive changes nothing.
    const moves = ids.map((caseId) => {
      const kase = loadCaseForEdit(repo, caseId, { archived: 'allow' });
      if (kase.location === 'archive') throw new SpisError('archive.already', { id: caseId });
      if (existsSync(join(repo.root, ARCHIVE_DIR, caseId))) throw new SpisError('archive.exists', { id: caseId });
      const client = kase.client.data;
      // A refused applicant's file is kept for the same period, counted from the refusal.
      if (client.status === 'refused' && client.refusal) {
        const until = addMonths(client.refusal.date, 12 * years);
        return {
          caseId,
          until,
          record: prepareRecord(
            repo,
            kase.client.file,
            'client',
            { ...client, refusal: { ...client.refusal, archive_until: until } },
            kase.client.parsed,
          ),
        };
      }
      const term = kase.termination;
      if (client.status !== 'closed' || !term?.data) throw new SpisError('archive.not-closed', { id: caseId });
      const until = addMonths(term.data.date, 12 * years);
      return {
        caseId,
        until,
        record: prepareRecord(repo, term.file, 'termination', { ...term.data, archive_until: until }, term.parsed),
      };
    });
    w.cases(moves.map((m) => m.caseId));
    // The termination record and the move land together, or neither does.
    w.write(
      moves.map((m) => m.record),
      moves.map((m) => ({ from: join(repo.root, CLIENTS_DIR, m.caseId), to: join(repo.root, ARCHIVE_DIR, m.caseId) })),
    );
    return moves;
  });
  for (const m of done) out(ctx, t('archive.saved', { id: m.caseId, date: formatDate(m.until, ctx.lang) }));
  if (done.length === 0) out(ctx, t('archive.none'));
  return 0;
}
