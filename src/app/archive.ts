// spis archive, the application side: which cases have ended, moving them to archive/ with their
// retention date, and taking one back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import type { Client } from '../domain/types.js';
import { addMonths, formatDate } from '../domain/dates.js';
import { rulesOf } from '../domain/config.js';
import { readDisposals } from '../store/disposal.js';
import { ARCHIVE_DIR, CLIENTS_DIR, type Repo } from '../store/repo.js';
import { CASE_FILES, caseDirRel, listCaseDirs, loadCaseForEdit, prepareRecord } from '../store/case-store.js';
import { readRecord } from '../store/read-yaml.js';
import { asWriter } from './write-case.js';

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
export async function restoreFromArchive(ctx: Context, repo: Repo, id: string): Promise<void> {
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
}

/**
 * Moves closed (or refused) cases to archive/ with their retention date: one case, or every ended
 * one. Every case is checked before any is moved.
 */
export async function archiveCases(
  ctx: Context,
  repo: Repo,
  id: string | undefined,
): Promise<{ caseId: string; until: string }[]> {
  const years = rulesOf(repo.config).retention_years;
  return asWriter(ctx, repo, 'archive', (w) => {
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
}
