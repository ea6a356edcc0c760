// spis assess: the assessment of an applicant (seed 003) – within a week at least two
// professionals assess the situation and appoint the key worker.
import type { Context } from '../context.js';
import { out } from '../context.js';
import type { ExitCode } from '../problems.js';
import { workerName, workerSex } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { requireInputMode } from '../app/input.js';
import { updateCase } from '../app/write-case.js';
import { assertAssessable, assessWrite, readAssessInput } from '../app/assess.js';
import { openRepo, loadCaseForEdit, removeEditorTempDir } from '../store/index.js';

export async function runAssess(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const seen = loadCaseForEdit(repo, id);
  assertAssessable(seen);
  let given;
  if (opts.from !== undefined) given = await readAssessInput(ctx, opts.from);
  else {
    let a;
    try {
      a = await (await import('../ui/assess.js')).askAssessmentReviewed(ctx, repo, seen);
    } finally {
      removeEditorTempDir(repo);
    }
    if (!a) return 0;
    given = { a, input: undefined };
  }
  const keyWorker = await updateCase(ctx, repo, id, 'assess', (kase) =>
    assessWrite(kase, given.a, given.input, ctx.today),
  );
  const name = keyWorker ? workerName(repo.config, keyWorker) : '–';
  out(ctx, t('assess.saved', { id, name, wsex: workerSex(repo.config, keyWorker) }));
  return 0;
}
