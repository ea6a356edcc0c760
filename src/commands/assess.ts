// spis assess: the assessment of an applicant (seed 003) – within a week at least two
// professionals assess the situation and appoint the key worker.
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Client } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { workerName, workerSex } from '../domain/config.js';
import { clientLabel, currentKeyWorker } from '../domain/case.js';
import { statusLabel } from '../ui/format.js';
import { getLang, t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { loadCaseForEdit, type SoundCase } from '../store/case-store.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { askWorkers } from '../ui/asks.js';
import { editorTempDir, removeEditorTempDir } from '../store/atomic.js';

export interface AssessInput {
  date?: string;
  workers?: string[];
  /** The conclusion, under the record's own key (assessment.note). */
  note?: string;
  /** The same, by the name earlier versions took in --from. */
  conclusion?: string;
  key_worker?: string;
}

function assertAssessable(kase: SoundCase): void {
  const client = kase.client.data;
  if (client.status !== 'applicant')
    throw new SpisError('assess.not-applicant', { id: kase.id, status: statusLabel(client) });
  if (client.assessment)
    throw new SpisError('assess.already', { id: kase.id, date: formatDate(client.assessment.date, getLang()) });
}

/** The client after the assessment: the assessment recorded, and the key worker it appoints in the history. */
export function assessedClient(client: Client, a: AssessInput, today: string): Client {
  const date = a.date ?? today;
  const workers = a.workers ?? [];
  const keyWorker = a.key_worker ?? workers[0];
  const next: Client = {
    ...client,
    assessment: { date, workers, ...(a.note ? { note: a.note } : {}), ...(keyWorker ? { key_worker: keyWorker } : {}) },
  };
  if (keyWorker && currentKeyWorker(client, date) !== keyWorker) {
    // A hand-over dated before the last one would break the history's order: the appointment takes effect then.
    const last = client.key_workers?.at(-1)?.from;
    next.key_workers = [
      ...(client.key_workers ?? []),
      { worker: keyWorker, from: last && last > date ? last : date, note: 'assessment' },
    ];
  }
  return next;
}

export async function runAssess(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  assertAssessable(seen);
  let input: ScriptedInput | undefined;
  let a: AssessInput;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'assess');
    const given = input.data as AssessInput;
    if (given.note !== undefined && given.conclusion !== undefined)
      throw new SpisError('assess.note-twice', { file: input.label });
    const { conclusion, ...rest } = given;
    a = { ...rest, ...(conclusion !== undefined ? { note: conclusion } : {}) };
  } else {
    const summary = (x: AssessInput): string =>
      [
        t('assess.summary', { label: clientLabel(seen.client.data), date: formatDate(x.date!, ctx.lang) }),
        `  ${t('assess.workers')}: ${(x.workers ?? []).map((w) => workerName(repo.config, w)).join(', ')}`,
        `  ${t('assess.key-worker', { wsex: workerSex(repo.config, x.key_worker) })}: ${workerName(repo.config, x.key_worker!)}`,
        ...(x.note ? [`  ${t('assess.conclusion')}: ${x.note.replace(/\s+/g, ' ')}`] : []),
      ].join('\n');
    const { askAndReview } = await import('../ui/review.js');
    let asked: AssessInput | undefined;
    try {
      asked = await askAndReview(ctx, (c) => askAssessment(c, repo, seen), {
        summary,
        question: t('prompt.save-record'),
      });
    } finally {
      removeEditorTempDir(repo);
    }
    if (!asked) return 0;
    a = asked;
  }
  const keyWorker = await updateCase(ctx, repo, id, 'assess', (kase) => {
    assertAssessable(kase);
    const client = assessedClient(kase.client.data, a, ctx.today);
    // Problems in the assessment point at the input's own fields.
    const noteKey = (input?.data as AssessInput | undefined)?.conclusion !== undefined ? 'conclusion' : 'note';
    const mapPath = (segs: (string | number)[]): (string | number)[] =>
      segs[0] === 'assessment'
        ? segs[1] === 'note'
          ? [noteKey, ...segs.slice(2)]
          : segs.slice(1)
        : segs[0] === 'key_workers'
          ? [segs[2] === 'from' ? 'date' : 'key_worker']
          : segs;
    return { changes: { client }, opts: { input, mapPath }, result: client.assessment?.key_worker };
  });
  out(
    ctx,
    t('assess.saved', {
      id,
      name: keyWorker ? workerName(repo.config, keyWorker) : '–',
      wsex: workerSex(repo.config, keyWorker),
    }),
  );
  return 0;
}

async function askAssessment(ctx: Context, repo: Repo, kase: SoundCase): Promise<AssessInput> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx, editorTempDir(repo));
  const client = kase.client.data;
  const a: AssessInput = {};
  a.date = await ask.date({ message: t('assess.ask-date'), default: ctx.today, min: client.applied, max: ctx.today });
  a.workers = await askWorkers(ask, repo, {
    first: t('assess.ask-first-worker'),
    next: t('assess.ask-second-worker'),
    more: t('assess.ask-more-workers'),
    min: 2,
    default: currentKeyWorker(client, ctx.today),
  });
  const conclusion = await ask.longText({ message: t('assess.ask-conclusion') });
  if (conclusion) a.note = conclusion;
  const active = repo.config.workers.filter((w) => w.active !== false);
  a.key_worker = await ask.select({
    message: t('assess.ask-key-worker'),
    choices: active.map((w) => ({ name: w.name, value: w.id })),
    default: a.workers[0],
  });
  return a;
}
