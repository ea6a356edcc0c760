// spis edit, the prompts: which record, who corrects, and what now when the edit brings problems.
import type { Context } from '../context.js';
import type { Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import { editableRecords } from '../domain/kinds.js';
import { CASE_FILES, CONTACTS_DIR, type LoadedCase } from '../store/case-store.js';
import type { Repo } from '../store/repo.js';

/** The record to edit, chosen from the case's records and its newest 15 contacts. */
export async function askRecordToEdit(ctx: Context, kase: LoadedCase): Promise<string> {
  const { createPrompter } = await import('./prompts.js');
  const records = editableRecords().filter((k) => kase[k] !== undefined);
  const choices = [
    ...records.map((k) => ({ name: CASE_FILES[k], value: k })),
    ...kase.contacts
      .slice(-15)
      .reverse()
      .map((c) => ({
        name: `${CONTACTS_DIR}/${c.name}${c.corrections ? ` (${t('edit.corrected-mark', { n: c.corrections.length })})` : ''}`,
        value: `${CONTACTS_DIR}/${c.name}`,
      })),
  ];
  return createPrompter(ctx).select({ message: t('edit.which'), choices });
}

/** Who corrects a contact, when the keyboard does not say (SPIS_WORKER, git's spis.worker). */
export async function askCorrectingWorker(ctx: Context, repo: Repo): Promise<string> {
  const { createPrompter } = await import('./prompts.js');
  return createPrompter(ctx).select({
    message: t('edit.who'),
    choices: repo.config.workers.map((w) => ({ name: `${w.name} (${w.id})`, value: w.id })),
  });
}

/** The problems the edit brings, and whether to edit again (true) or discard (false). */
export async function askEditAgain(ctx: Context, source: string, problems: Problem[]): Promise<boolean> {
  const { formatProblems } = await import('./problems.js');
  ctx.io.stderr.write(`${t('edit.problems', { file: source })}\n${formatProblems(problems, ctx.lang, ctx.color)}\n`);
  const { createPrompter } = await import('./prompts.js');
  return createPrompter(ctx).select({
    message: t('edit.what-now'),
    choices: [
      { name: t('edit.again'), value: true },
      { name: t('edit.discard'), value: false },
    ],
  });
}
