// spis list: the cases with status, key worker and last contact.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { usageError, type ExitCode } from '../problems.js';
import { CASE_STATUSES, type CaseStatus, type Client } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { assertWorkerOption } from '../app/input.js';
import { openRepo } from '../store/repo.js';
import { listCaseDirs, readCaseSummary } from '../store/case-store.js';
import { SpisError, type Problem } from '../problems.js';
import { clientLabel, currentKeyWorker } from '../domain/case.js';
import { STATUS_WORDS, statusFromWord, statusLabel, table } from '../ui/format.js';

const STATUSES = CASE_STATUSES;

export interface ListRow {
  id: string;
  location: 'clients' | 'archive';
  status: CaseStatus;
  client: string;
  key_worker: string | null;
  last_contact: string | null;
  contacts: number;
}

export async function runList(
  ctx: Context,
  opts: { status?: string; worker?: string; archived?: boolean; json?: boolean },
): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  // Czech words for the statuses are taken as well as the codes (aktivní, zájemkyně, ukončený…).
  if (opts.status !== undefined) {
    const status = statusFromWord(opts.status);
    if (!status)
      throw usageError('list.bad-status', {
        value: opts.status,
        allowed: STATUSES.map((s) => `${STATUS_WORDS[s][0]} (${s})`).join(', '),
      });
    opts = { ...opts, status };
  }
  assertWorkerOption(repo.config, opts.worker);
  const rows: ListRow[] = [];
  // The client's sex makes the status agree (klientka, zájemce); it is not part of the --json rows.
  const sexes = new Map<string, Client['sex']>();
  let broken = 0;
  const brokenProblems: Problem[] = [];
  for (const { id, location } of listCaseDirs(repo, opts.archived ? ['clients', 'archive'] : ['clients'])) {
    const s = readCaseSummary(repo, id, location);
    const client = s.client?.data;
    if (s.problems.length > 0 || !client) {
      broken++;
      brokenProblems.push(...s.problems);
      continue;
    }
    const kw = currentKeyWorker(client, ctx.today);
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
  if (opts.json) {
    out(ctx, JSON.stringify(rows, null, 2));
  } else if (rows.length === 0) {
    err(ctx, t('list.empty'));
  } else {
    const header = [
      t('list.col-id'),
      t('list.col-status'),
      t('list.col-client'),
      t('list.col-worker'),
      t('list.col-last'),
    ];
    const body = rows.map((r) => [
      r.location === 'archive' ? `${r.id} ${t('list.archived-mark')}` : r.id,
      statusLabel({ status: r.status, sex: sexes.get(r.id) }),
      r.client,
      r.key_worker ? workerName(repo.config, r.key_worker) : '–',
      r.last_contact ? formatDate(r.last_contact, ctx.lang) : '–',
    ]);
    out(ctx, table(header, body, ctx.color));
  }
  if (broken > 0) throw new SpisError('list.broken', { count: broken }, 1, brokenProblems);
  return 0;
}
