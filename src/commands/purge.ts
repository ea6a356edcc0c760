// spis purge: the end of the retention period (Art. 5(1)(e) GDPR, standard of quality 6c).
// Expired archived cases are removed from the work tree in one commit; because git keeps every
// version, the second step – rewriting the shared history – is printed for the administrator.
// A public-law provider lists the cases for the records-disposal procedure instead.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { isInteractive, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../domain/dates.js';
import { rulesOf } from '../domain/config.js';
import { retentionEnds } from '../domain/case.js';
import { openRepo, ARCHIVE_DIR, type Repo } from '../store/repo.js';
import { assertCaseId, scanCases } from '../store/case-store.js';
import { DISPOSAL_DIR, disposalRecord, disposalText, newDisposalName, destroyedIn } from '../store/disposal.js';
import { readRetention } from '../store/due-reader.js';
import { git } from '../store/git.js';
import { asWriter } from '../app/write-case.js';
import { confirmSave } from '../ui/asks.js';

export interface PurgeOptions {
  expired?: boolean;
  yes?: boolean;
  printHistoryRewrite?: boolean;
}

interface Expired {
  id: string;
  until: string;
}

/** Archived cases whose retention has ended by `today` (from the day after archive_until). */
export function expiredCases(repo: Pick<Repo, 'root'>, today: string): Expired[] {
  return scanCases(repo, ['archive'])
    .cases.map(({ id }) => ({ id, until: readRetention(repo.root, id).until }))
    .filter((c): c is Expired => c.until !== undefined && retentionEnds(c.until) <= today);
}

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

/** The case ids purged earlier, from the history's commit trailers. */
function purgedBefore(root: string): string[] {
  const r = git(root, ['log', '--format=%(trailers:key=Spis-Case,valueonly)', '--grep=^Spis-Command: purge$']);
  return r.status === 0
    ? [
        ...new Set(
          r.stdout
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort()
    : [];
}

export async function runPurge(ctx: Context, id: string | undefined, opts: PurgeOptions): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.printHistoryRewrite) {
    const ids = id !== undefined ? (assertCaseId(id), [id]) : purgedBefore(repo.root);
    if (ids.length === 0) throw new SpisError('purge.nothing-purged');
    out(ctx, historyRewrite(ids));
    return 0;
  }
  if ((id === undefined) === !opts.expired) throw usageError('purge.which');
  let chosen: Expired[];
  if (id !== undefined) {
    assertCaseId(id);
    if (!scanCases(repo, ['archive']).cases.some((c) => c.id === id)) {
      // Purged before (a re-run, or a run killed after its commit): the disposal record says when.
      const done = destroyedIn(repo.root, id);
      if (done) throw new SpisError('purge.already', { id, date: formatDate(done.date, ctx.lang), file: done.file });
      throw new SpisError('purge.not-archived', { id });
    }
    const until = readRetention(repo.root, id).until;
    if (!until || retentionEnds(until) > ctx.today)
      throw new SpisError('purge.not-expired', { id, date: until ? formatDate(until, ctx.lang) : '–' });
    chosen = [{ id, until }];
  } else {
    chosen = expiredCases(repo, ctx.today);
  }
  if (chosen.length === 0) {
    out(ctx, t('purge.none'));
    return 0;
  }
  const ids = chosen.map((c) => c.id);
  // A public-law provider may destroy records only through the disposal procedure with the state archive.
  if (rulesOf(repo.config).disposal === 'procedure') {
    out(
      ctx,
      [
        t('purge.procedure-head', { count: ids.length }),
        ...chosen.map((c) => `  ${c.id}  ${t('purge.procedure-row', { date: formatDate(c.until, ctx.lang) })}`),
      ].join('\n'),
    );
    // The list is kept as a record of its own (a document for the archive), and nothing is deleted.
    const name = await asWriter(ctx, repo, 'purge', (w) => {
      const name = newDisposalName(ctx.today);
      w.write([
        {
          path: join(repo.root, DISPOSAL_DIR, name),
          content: disposalText(disposalRecord(repo, chosen, 'proposed', ctx.today, w.worker.id)),
        },
      ]);
      return name;
    });
    out(ctx, t('purge.record-saved', { file: `${DISPOSAL_DIR}/${name}`, id: name.slice(0, -5) }));
    return 0;
  }
  const summary = t('purge.summary', { count: ids.length, ids: ids.join(', ') });
  if (isInteractive(ctx.io) && !opts.yes) {
    if (
      !(await confirmSave(ctx, summary, t('purge.ask'), {
        save: t('purge.choice-delete'),
        discard: t('purge.choice-keep'),
      }))
    )
      return 0;
  } else if (!opts.yes) {
    throw usageError('purge.needs-yes', { ids: ids.join(' ') });
  }
  const record = await asWriter(ctx, repo, 'purge', (w) => {
    w.cases(ids);
    // Checked again under the lock: still archived, still expired.
    const now = new Set(expiredCases(repo, ctx.today).map((c) => c.id));
    const gone = ids.filter((x) => !now.has(x));
    if (gone.length) throw new SpisError('purge.changed', { ids: gone.join(', ') });
    // The disposal record – the tombstones every sync honours – in the same commit as the deletion.
    const name = newDisposalName(ctx.today);
    w.write([
      {
        path: join(repo.root, DISPOSAL_DIR, name),
        content: disposalText(disposalRecord(repo, chosen, 'destroyed', ctx.today, w.worker.id)),
      },
    ]);
    w.removeFolders(ids.map((x) => join(repo.root, ARCHIVE_DIR, x)));
    return name;
  });
  out(ctx, t('purge.done', { count: ids.length, ids: ids.join(' ') }));
  out(ctx, t('purge.record-saved', { file: `${DISPOSAL_DIR}/${record}`, id: record.slice(0, -5) }));
  out(ctx, t('purge.history-still'));
  return 0;
}
