// spis list, what people see: the cases as a table, the status in words that agree with the person.
import type { Context } from '../context.js';
import type { Client, SpisConfig } from '../domain/types.js';
import { formatDate } from '../domain/dates.js';
import { workerName } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { statusLabel, table } from './format.js';

export function listTable(
  rows: {
    id: string;
    location: string;
    status: Client['status'];
    client: string;
    key_worker: string | null;
    last_contact: string | null;
  }[],
  sexes: Map<string, Client['sex']>,
  config: SpisConfig,
  ctx: Pick<Context, 'lang' | 'color'>,
): string {
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
    r.key_worker ? workerName(config, r.key_worker) : '–',
    r.last_contact ? formatDate(r.last_contact, ctx.lang) : '–',
  ]);
  return table(header, body, ctx.color);
}
