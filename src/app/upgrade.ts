// spis upgrade, the application side: the stale schemas refreshed and, from an older format, every
// case migrated (format 1's correcting records moved to correction files) – from a sound repository
// only, in one write and one commit.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError, type Problem } from '../problems.js';
import type { RecordKind } from '../domain/types.js';
import { CONFIG_FILE, SCHEMAS_DIR, type Repo } from '../store/repo.js';
import { prepareRecord, scanCases, soundCase, type PreparedRecord } from '../store/case-store.js';
import { readRecord } from '../store/read-yaml.js';
import {
  FORMAT,
  formatOf,
  formatOneCorrections,
  loadForUpgrade,
  migrateCase,
  staleSchemas,
  toolSchemas,
} from '../store/upgrade.js';
import type { FileChange, Move } from '../store/atomic.js';
import { asWriter } from './write-case.js';
import { untrackState } from '../store/sync.js';
import { fallbackIdentity, identityEnv } from '../store/git.js';
import { HOST } from '../store/atomic.js';

/** Upgrades the repository; says from which format, how many schemas were refreshed and cases migrated. */
export function upgradeRepository(
  ctx: Context,
  repo: Repo,
): Promise<{ from: number; schemas: number; migrated: number; untracked: boolean }> {
  return asWriter(ctx, repo, 'upgrade', (w) => {
    const from = formatOf(repo.config);
    const stale = new Set(staleSchemas(repo.root));
    const schemas = toolSchemas()
      .filter((s) => stale.has(s.name))
      .map((s) => ({ path: join(repo.root, SCHEMAS_DIR, s.name), content: s.content }));
    const records: PreparedRecord[] = [];
    const corrections: FileChange[] = [];
    const moves: Move[] = [];
    const migratedCases = new Set<string>();
    if (from < FORMAT) {
      const { cases, problems } = scanCases(repo, ['clients', 'archive']);
      const loaded = cases.map(({ id, location }) => loadForUpgrade(repo, id, location));
      // A format-1 correcting record is valid under format 1's schemas: it becomes a correction file,
      // checked as the record it will be; its old file's complaints under format 2 do not count.
      const broken: Problem[] = [...problems];
      for (const k of loaded) {
        const found = formatOneCorrections(k);
        const going = new Set(found.map((m) => m.from));
        broken.push(...k.problems.filter((p) => !going.has(p.file)));
        for (const m of found) {
          try {
            const prepared = prepareRecord(repo, m.to, 'contact', m.data, m.file.parsed);
            corrections.push({ path: join(repo.root, m.from), content: prepared.content });
            moves.push({ from: join(repo.root, m.from), to: prepared.path });
          } catch (err) {
            if (err instanceof SpisError && err.problems.length)
              broken.push(...err.problems.map((p) => ({ ...p, file: m.from })));
            else throw err;
          }
        }
        k.problems = [];
        if (found.length) migratedCases.add(k.id);
      }
      // Records are migrated only from a sound repository: a broken one would be guessed at.
      if (broken.length) throw new SpisError('upgrade.broken', {}, 1, broken);
      w.cases(loaded.map((k) => k.id));
      for (const k of loaded.map((x) => soundCase(x))) {
        const changed = migrateCase(
          { client: k.client.data, contract: k.contract?.data, termination: k.termination?.data },
          from,
        );
        const put = (
          kind: RecordKind,
          file: { file: string; parsed: PreparedRecord['parsed'] } | undefined,
          data: unknown,
        ): void => {
          if (file && data !== undefined) records.push(prepareRecord(repo, file.file, kind, data, file.parsed));
        };
        put('client', k.client, changed.client);
        put('contract', k.contract, changed.contract);
        put('termination', k.termination, changed.termination);
        if (Object.keys(changed).length) migratedCases.add(k.id);
      }
      const config = readRecord(repo, CONFIG_FILE, 'spis', []);
      if (config)
        records.push(prepareRecord(repo, CONFIG_FILE, 'spis', { ...repo.config, format: FORMAT }, config.parsed));
    }
    const migrated = migratedCases.size;
    if (schemas.length || records.length || moves.length) w.write([...schemas, ...records, ...corrections], moves);
    // One line with the counts: the cases are many, and their ids are in the changed paths.
    // (Commit messages are English, like the code.)
    w.summarise(
      `upgrade: format ${from} to ${FORMAT}, ${migrated} cases migrated, ${moves.length} corrections moved, ${schemas.length} schemas refreshed`,
    );
    // A repository that tracks the tool's own state (caches, the lock) stops tracking it.
    const untracked =
      w.ownGit && !ctx.noCommit && repo.config.git?.commit !== false
        ? untrackState(repo.root, identityEnv(w.worker.identity ?? fallbackIdentity(HOST)), w.worker.id)
        : false;
    return { from, schemas: schemas.length, migrated, untracked };
  });
}
