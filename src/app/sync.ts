// spis sync, the application side: an unfinished merge or rebase settled first, the clone set up
// (worker, remote, owner-only .git), and the sync run through the one writer with the check of
// what it brings.
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import { openRepo, findRepoRoot, type Repo } from '../store/repo.js';
import { fallbackIdentity, gitConfig, gitOk, identityEnv, isOwnWorkTree } from '../store/git.js';
import { remoteName } from '../store/case-ids.js';
import { syncRepository } from '../store/sync.js';
import { gitOperation, settleGitOperation, type SettledOperation } from '../store/git-state.js';
import { withWriter } from '../store/writer.js';
import { DIR_MODE, HOST } from '../store/atomic.js';
import { checkRepository } from '../check/repository.js';
import { asWriter, writerIo } from './write-case.js';

/**
 * An unfinished merge or rebase may have left conflict markers in spis.yaml itself: it is undone
 * before the configuration is read (the same step sync takes inside, then finding nothing).
 */
export async function settleBeforeSync(ctx: Context): Promise<SettledOperation | undefined> {
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (ctx.noCommit || !isOwnWorkTree(root) || !gitOperation(root)) return undefined;
  const worker = gitConfig(root, 'spis.worker');
  return withWriter(writerIo(ctx), root, 'sync', () =>
    settleGitOperation(root, identityEnv(fallbackIdentity(HOST)), `spis/preruseno-${worker ?? HOST}-${ctx.today}`),
  );
}

/** The clone, set up as --worker and --setup ask: the worker at this keyboard, owner-only .git, the team's remote. */
export function setUpClone(ctx: Context, opts: { setup?: string | boolean; worker?: string }): Repo {
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (ctx.noCommit || repo.config.git?.commit === false || !isOwnWorkTree(repo.root))
    throw new SpisError('sync.not-git', { dir: repo.root });
  if (opts.worker !== undefined) {
    if (!repo.config.workers.some((w) => w.id === opts.worker))
      throw usageError('sync.unknown-worker', {
        value: opts.worker,
        allowed: repo.config.workers.map((w) => w.id).join(', '),
      });
    gitOk(repo.root, ['config', 'spis.worker', opts.worker]);
  }
  if (opts.setup !== undefined) {
    // A clone made with git's defaults is readable by everyone on the machine; its history holds every record.
    chmodSync(gitOk(repo.root, ['rev-parse', '--absolute-git-dir']), DIR_MODE);
  }
  if (typeof opts.setup === 'string') {
    const remote = remoteName(repo.config);
    const has = gitOk(repo.root, ['remote']).split('\n').includes(remote);
    gitOk(repo.root, ['remote', has ? 'set-url' : 'add', remote, opts.setup]);
  }
  return repo;
}

/** The sync through the one writer; what it brings is checked (the cases it changes, or everything). */
export function syncThroughWriter(ctx: Context, repo: Repo, reclone: boolean | undefined) {
  return asWriter(ctx, repo, 'sync', (w) =>
    syncRepository(w, repo.config, {
      today: ctx.today,
      reclone,
      verify: (cases) => {
        if (cases === undefined) return checkRepository(repo.root, ctx.today);
        // A case the change deleted (spis purge) has nothing left to check.
        const present = cases.filter((id) =>
          ['clients', 'archive'].some((where) => existsSync(join(repo.root, where, id))),
        );
        return present.length ? checkRepository(repo.root, ctx.today, present) : [];
      },
    }),
  );
}

export { pendingConflicts } from '../store/conflicts.js';
export { HAND_PATHS, mergeGoalsText } from '../store/sync.js';
export { restoreHandChanges } from '../store/hand-changes.js';
