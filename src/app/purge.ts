// spis purge, the application side: which archived cases have expired, and the two ends – the
// list for the records-disposal procedure (nothing deleted), or the deletion with its disposal
// record (the tombstones every sync honours) in one commit.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import { retentionEnds } from '../domain/case.js';
import type { Lang } from '../i18n/index.js';
import { ARCHIVE_DIR, type Repo } from '../store/repo.js';
import { assertCaseId, prepareRecord, scanCases, type PreparedRecord } from '../store/case-store.js';
import { readServiceFolder } from '../store/service-records.js';
import { SERVICE_FOLDER_KINDS, SERVICE_LINKS, type CaseLinks, type ServiceFolderKind } from '../domain/kinds.js';
import type { RecordTypes } from '../domain/types.js';
import { DISPOSAL_DIR, disposalRecord, disposalText, newDisposalName, destroyedIn } from '../store/disposal.js';
import { readRetention } from '../store/due-reader.js';
import { git } from '../store/git.js';
import { asWriter } from './write-case.js';

export interface PurgeOptions {
  expired?: boolean;
  yes?: boolean;
  printHistoryRewrite?: boolean;
}

export interface Expired {
  id: string;
  until: string;
}

/** Archived cases whose retention has ended by `today` (from the day after archive_until). */
export function expiredCases(repo: Pick<Repo, 'root'>, today: string): Expired[] {
  return scanCases(repo, ['archive'])
    .cases.map(({ id }) => ({ id, until: readRetention(repo.root, id).until }))
    .filter((c): c is Expired => c.until !== undefined && retentionEnds(c.until) <= today);
}

export /** The case ids purged earlier, from the history's commit trailers. */
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

/** The cases to purge: the one named (archived and expired, else why not), or every expired one. */
export function casesToPurge(repo: Repo, id: string | undefined, today: string, lang: Lang): Expired[] {
  if (id !== undefined) {
    assertCaseId(id);
    if (!scanCases(repo, ['archive']).cases.some((c) => c.id === id)) {
      // Purged before (a re-run, or a run killed after its commit): the disposal record says when.
      const done = destroyedIn(repo.root, id);
      if (done) throw new SpisError('purge.already', { id, date: formatDate(done.date, lang), file: done.file });
      throw new SpisError('purge.not-archived', { id });
    }
    const until = readRetention(repo.root, id).until;
    if (!until || retentionEnds(until) > today)
      throw new SpisError('purge.not-expired', { id, date: until ? formatDate(until, lang) : '–' });
    return [{ id, until }];
  }
  return expiredCases(repo, today);
}

/** A public-law provider: the list is kept as a record of its own (a document for the archive), and nothing is deleted. */
export function proposeDisposal(ctx: Context, repo: Repo, chosen: Expired[]): Promise<string> {
  return asWriter(ctx, repo, 'purge', (w) => {
    const name = newDisposalName(ctx.today);
    w.write([
      {
        path: join(repo.root, DISPOSAL_DIR, name),
        content: disposalText(disposalRecord(repo, chosen, 'proposed', ctx.today, w.worker.id)),
      },
    ]);
    return name;
  });
}

/**
 * The register records (complaints, …) that link to the purged cases, rewritten without the links
 * and the persons' data (domain/kinds.ts: SERVICE_LINKS), comments and the rest kept. A broken
 * register record stops the purge: it could name a purged case and must not be passed over.
 */
function unlinkedRecords(repo: Repo, ids: string[]): PreparedRecord[] {
  return SERVICE_FOLDER_KINDS.flatMap((kind) => unlinkedOf(repo, kind, ids));
}

function unlinkedOf<K extends ServiceFolderKind>(repo: Repo, kind: K, ids: string[]): PreparedRecord[] {
  const register = readServiceFolder(repo, kind);
  if (register.problems.length) throw new SpisError('purge.register-broken', {}, 1, register.problems);
  const links: CaseLinks<RecordTypes[K]> = SERVICE_LINKS[kind];
  const out: PreparedRecord[] = [];
  for (const r of register.records) {
    const next = ids.reduce((rec, id) => links.unlink(rec, id), r.data);
    if (next !== r.data) out.push(prepareRecord(repo, r.file, kind, next, r.parsed));
  }
  return out;
}

/** Deletes the cases with their disposal record, in one commit; returns the record's name. */
export function destroyCases(ctx: Context, repo: Repo, chosen: Expired[]): Promise<string> {
  const ids = chosen.map((c) => c.id);
  return asWriter(ctx, repo, 'purge', (w) => {
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
      ...unlinkedRecords(repo, ids),
    ]);
    w.removeFolders(ids.map((x) => join(repo.root, ARCHIVE_DIR, x)));
    return name;
  });
}
