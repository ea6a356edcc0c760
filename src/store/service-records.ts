// The records kept at the service level in a folder of their own beside clients/ (the complaints
// register, …): each kind's folder as its declaration names it (domain/kinds.ts), its files read and
// checked against the kind's schema. A name that is not RRRR-MM-DD-xxxx.yaml is reported, never skipped; a
// live writer's temp file is passed over, a dead one's noted for the next writer to remove.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Problem } from '../problems.js';
import type { RecordTypes } from '../domain/types.js';
import { REGISTER_FILE_RE, serviceFolder, type ServiceFolderKind } from '../domain/kinds.js';

export { REGISTER_FILE_RE };
import { readRecord, type RecordFile, type RecordSource } from './read-yaml.js';
import { tempState } from './atomic.js';

/** A number for a new register record opened on the date, free among those taken. */
export function newRegisterId(date: string, taken: readonly string[]): string {
  for (;;) {
    const id = `${date}-${randomBytes(2).toString('hex')}`;
    if (!taken.includes(id)) return id;
  }
}

export interface ServiceFolder<K extends ServiceFolderKind> {
  kind: K;
  /** Sound records only (they parsed and passed the schema), by number. */
  records: (RecordFile<RecordTypes[K]> & { data: RecordTypes[K]; id: string })[];
  problems: Problem[];
  /** Temp files of dead writers, for the next writer to remove. */
  leftovers: string[];
}

/** Reads one service folder kind's records; a folder not there is an empty register. */
export function readServiceFolder<K extends ServiceFolderKind>(repo: RecordSource, kind: K): ServiceFolder<K> {
  const dir = serviceFolder(kind);
  const out: ServiceFolder<K> = { kind, records: [], problems: [], leftovers: [] };
  let names: string[];
  try {
    if (lstatSync(join(repo.root, dir)).isSymbolicLink()) {
      out.problems.push({ code: 'symlink', file: dir, params: { file: dir } });
      return out;
    }
    names = readdirSync(join(repo.root, dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const rel = `${dir}/${name}`;
    const temp = tempState(name);
    if (temp === 'live') continue;
    if (temp === 'dead') {
      out.leftovers.push(rel);
      continue;
    }
    const m = REGISTER_FILE_RE.exec(name);
    if (!m) {
      out.problems.push({ code: 'register-file-name', file: rel, params: { name } });
      continue;
    }
    const before = out.problems.length;
    const rec = readRecord<RecordTypes[K]>(repo, rel, kind, out.problems);
    if (rec?.data !== undefined && out.problems.length === before)
      out.records.push(Object.assign(rec, { data: rec.data, id: m[1] }));
  }
  return out;
}
