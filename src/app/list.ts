// spis list, the reading: one row per case (status, client, key worker, last contact) from the
// case summaries (through the one reader of many cases), filtered by status and worker; broken cases counted, not listed.
import type { Problem } from '../problems.js';
import type { CaseStatus, Client } from '../domain/types.js';
import { clientLabel, currentKeyWorker } from '../domain/case.js';
import type { Repo } from '../store/repo.js';
import { readCaseSummary } from '../store/case-store.js';
import { readCases } from '../store/case-reader.js';

export interface ListRow {
  id: string;
  location: 'clients' | 'archive';
  status: CaseStatus;
  client: string;
  key_worker: string | null;
  last_contact: string | null;
  contacts: number;
}

export async function listRows(
  repo: Repo,
  today: string,
  opts: { status?: string; worker?: string; archived?: boolean },
): Promise<{ rows: ListRow[]; sexes: Map<string, Client['sex']>; broken: number; brokenProblems: Problem[] }> {
  const rows: ListRow[] = [];
  // The client's sex makes the status agree (klientka, zájemce); it is not part of the --json rows.
  const sexes = new Map<string, Client['sex']>();
  let broken = 0;
  const brokenProblems: Problem[] = [];
  // The one reader of many cases, without a cache: a summary is a few reads of each case.
  const read = await readCases(repo.root, {
    locations: opts.archived ? ['clients', 'archive'] : ['clients'],
    read: ({ jobs }) => jobs.map((j) => readCaseSummary(repo, j.id, j.location)),
    data: {},
    env: {},
  });
  for (const { id, location, outcome: s } of read.cases) {
    const client = s.client?.data;
    if (s.problems.length > 0 || !client) {
      broken++;
      brokenProblems.push(...s.problems);
      continue;
    }
    const kw = currentKeyWorker(client, today);
    if (opts.status && client.status !== opts.status) continue;
    if (opts.worker && kw !== opts.worker) continue;
    sexes.set(id, client.sex);
    rows.push({
      id,
      location,
      status: client.status,
      client: clientLabel(client),
      key_worker: kw ?? null,
      last_contact: s.contactDates.at(-1) ?? null,
      contacts: s.contactDates.length,
    });
  }
  return { rows, sexes, broken, brokenProblems };
}
