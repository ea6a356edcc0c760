// spis purge, what people see: the list for the disposal procedure, the confirmation, and the
// commands that take the purged cases out of the shared history.
import type { Context } from '../context.js';
import { formatDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { confirmSave } from './asks.js';

/** The commands that take the purged cases out of the shared history too (run on the server's bare repository). */
export function historyRewrite(ids: readonly string[]): string {
  const paths = ids.flatMap((id) => [`archive/${id}`, `clients/${id}`]);
  return [
    t('purge.rewrite-intro'),
    '',
    t('purge.rewrite-filter-repo'),
    `  git filter-repo --force --invert-paths ${paths.map((p) => `--path ${p}/`).join(' ')}`,
    '',
    t('purge.rewrite-filter-branch'),
    `  git filter-branch --force --index-filter 'git rm -r -q --cached --ignore-unmatch -- ${paths.join(' ')}' --prune-empty -- --all`,
    "  git for-each-ref --format='%(refname)' refs/original/ | xargs -r -n1 git update-ref -d",
    '',
    t('purge.rewrite-gc'),
    '  git reflog expire --expire=now --all',
    '  git gc --prune=now --aggressive',
    '',
    t('purge.rewrite-clones'),
  ].join('\n');
}

/** The expired cases as the disposal procedure lists them. */
export function procedureList(chosen: { id: string; until: string }[], ctx: Pick<Context, 'lang'>): string {
  return [
    t('purge.procedure-head', { count: chosen.length }),
    ...chosen.map((c) => `  ${c.id}  ${t('purge.procedure-row', { date: formatDate(c.until, ctx.lang) })}`),
  ].join('\n');
}

/** Whether the worker deletes the listed cases (true) or keeps them. */
export function confirmPurge(ctx: Context, ids: string[]): Promise<boolean> {
  const summary = t('purge.summary', { count: ids.length, ids: ids.join(', ') });
  return confirmSave(ctx, summary, t('purge.ask'), { save: t('purge.choice-delete'), discard: t('purge.choice-keep') });
}
