// spis sync: this clone and the team's shared remote brought together (see store/sync.ts);
// spis merge-driver: what git calls to merge goals.yaml during a sync.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { openRepo } from '../store/repo.js';
import { fallbackIdentity, gitConfig, gitOk, identityEnv, isOwnWorkTree } from '../store/git.js';
import { remoteName } from '../store/case-ids.js';
import { mergeGoalsText, syncRepository } from '../store/sync.js';
import { gitOperation, opName, settleGitOperation, type SettledOperation } from '../store/git-state.js';
import { findRepoRoot } from '../store/repo.js';
import { withWriter } from '../store/writer.js';
import { DIR_MODE, HOST } from '../store/atomic.js';
import { pendingConflicts } from '../store/conflicts.js';
import { asWriter, writerIo } from '../app/write-case.js';
import { checkRepository } from './check.js';

export async function runSync(
  ctx: Context,
  opts: { setup?: string | boolean; worker?: string; reclone?: boolean },
): Promise<ExitCode> {
  // An unfinished merge or rebase may have left conflict markers in spis.yaml itself: it is undone
  // before the configuration is read (the same step sync takes inside, then finding nothing).
  const root = findRepoRoot({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  if (!ctx.noCommit && isOwnWorkTree(root) && gitOperation(root)) {
    const worker = gitConfig(root, 'spis.worker');
    const settled = await withWriter(writerIo(ctx), root, 'sync', () =>
      settleGitOperation(root, identityEnv(fallbackIdentity(HOST)), `spis/preruseno-${worker ?? HOST}-${ctx.today}`),
    );
    if (settled) reportSettled(ctx, settled);
  }
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
  const report = await asWriter(ctx, repo, 'sync', (w) =>
    syncRepository(w, repo.config, {
      today: ctx.today,
      reclone: opts.reclone,
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
  if (report.settled) reportSettled(ctx, report.settled);
  if (report.untracked) err(ctx, t('sync.untracked-state'));
  if (report.reclone)
    err(ctx, t('sync.reclone-done', { carried: report.reclone.carried, dropped: report.reclone.dropped.join(', ') }));
  for (const id of new Set(report.removedCases ?? [])) err(ctx, t('sync.case-removed', { id }));
  for (const r of report.renumbered) out(ctx, t('sync.renumbered', { from: r.from, to: r.to }));
  for (const g of report.goalsRenumbered) out(ctx, t('sync.goal-renumbered', { id: g.caseId, from: g.from, to: g.to }));
  if (report.handEdits.length) err(ctx, t('sync.hand-edits', { cases: report.handEdits.join(', ') }));
  for (const m of report.merged) out(ctx, t('sync.record-merged', { file: m }));
  if (report.defaultBranch)
    err(
      ctx,
      t(report.defaultBranch.set ? 'sync.default-branch-set' : 'sync.default-branch-wrong', {
        was: report.defaultBranch.was || '–',
        branch: report.defaultBranch.branch,
      }),
    );
  out(ctx, t('sync.done', { sent: report.sent, received: report.received }));
  // Records waiting for a person: named by case and file, and the way on; until then sync says so.
  const pending = pendingConflicts(repo.root);
  if (pending.length === 0) return 0;
  throw new SpisError('sync.conflicts-pending', {
    count: pending.length,
    list: pending.map((c) => `  ${c.caseId} ${c.record}`).join('\n'),
  });
}

/** git's merge driver for goals.yaml: merged text into `ours`, exit 0; 1 leaves the conflict to sync. */
export async function runMergeDriver(
  _ctx: Context,
  kind: string,
  base: string,
  ours: string,
  theirs: string,
): Promise<ExitCode> {
  if (kind !== 'goals') return 1;
  try {
    const merged = mergeGoalsText(readFileSync(base, 'utf8'), readFileSync(ours, 'utf8'), readFileSync(theirs, 'utf8'));
    if (merged === undefined) return 1;
    writeFileSync(ours, merged);
    return 0;
  } catch {
    return 1;
  }
}

function reportSettled(ctx: Context, s: SettledOperation): void {
  err(ctx, t('sync.settled', { op: opName(s.op) }));
  if (s.restored.length)
    err(
      ctx,
      t('sync.settled-restored', { count: s.restored.length, files: s.restored.map((f) => `  ${f}`).join('\n') }),
    );
  if (s.branch) err(ctx, t('sync.settled-branch', { branch: s.branch }));
}
