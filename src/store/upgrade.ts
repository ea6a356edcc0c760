// The repository's format and its copy of the schemas, against this version of the tool. `check`
// warns when either is behind; `spis upgrade` refreshes the schemas and migrates the records.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, Contract, SpisConfig, Termination } from '../domain/types.js';
import { SCHEMAS_DIR } from './repo.js';
import { SCHEMA_DIR } from './validate.js';

/**
 * The format this tool writes. 2: the consent to e-mailed records lives in client.yaml
 * (`consents.email_records`), and a one-off anonymous contact is closed with `one_off: true`.
 */
export const FORMAT = 2;

export function formatOf(config: SpisConfig): number {
  return config.format ?? 1;
}

/** The tool's schemas: file name and text. */
export function toolSchemas(): { name: string; content: string }[] {
  const dir = fileURLToPath(SCHEMA_DIR);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

/** The schema files whose copy in the repository is missing or differs from the tool's (none when there is no copy at all). */
export function staleSchemas(root: string): string[] {
  if (!existsSync(join(root, SCHEMAS_DIR))) return [];
  return toolSchemas()
    .filter((s) => {
      const p = join(root, SCHEMAS_DIR, s.name);
      return !existsSync(p) || readFileSync(p, 'utf8') !== s.content;
    })
    .map((s) => s.name);
}

export interface CaseRecords {
  client: Client;
  contract?: Contract;
  termination?: Termination;
}

/** The records of one case in the current format; only the records that change are returned. */
export function migrateCase(r: CaseRecords, from: number): Partial<CaseRecords> {
  const out: Partial<CaseRecords> = {};
  if (from < 2) {
    // 1 → 2: the e-mail consent moves to the client's consents (where contract new now asks it).
    if (r.contract && r.contract.email_records !== undefined) {
      const { email_records, ...contract } = r.contract;
      out.contract = contract;
      if (r.client.consents?.email_records === undefined) out.client = { ...r.client, consents: { ...(r.client.consents ?? {}), email_records } };
    }
    // 1 → 2: an anonymous client closed without a contract was a one-off contact.
    if (r.client.anonymous && !r.contract && r.termination && r.termination.one_off !== true) {
      const { personal_goal: _p, partial_goals: _g, ...rest } = r.termination;
      out.termination = { ...rest, one_off: true };
    }
  }
  return out;
}
