// spis upgrade: brings a case repository to this version of the tool – the schemas' copy (so the
// editor validates against the right ones) and the records' format – in one write and one commit.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, type ExitCode, type Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import type { RecordKind } from '../domain/types.js';
import { CONFIG_FILE, SCHEMAS_DIR, openRepo } from '../store/repo.js';
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
import { asWriter } from '../app/write-case.js';
import { untrackState } from '../store/sync.js';
import { fallbackIdentity, identityEnv } from '../store/git.js';
import { HOST } from '../store/atomic.js';

export async function runUpgrade(ctx: Context): Promise<ExitCode> {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const result = await asWriter(ctx, repo, 'upgrade', (w) => {
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
  if (result.untracked) out(ctx, t('sync.untracked-state'));
  out(
    ctx,
    result.schemas || result.from < FORMAT
      ? t('upgrade.done', { from: result.from, to: FORMAT, schemas: result.schemas, cases: result.migrated })
      : t('upgrade.nothing', { to: FORMAT }),
  );
  return 0;
}
