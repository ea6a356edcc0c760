// Local commits replayed on the remote's, in git's object database only (git merge-tree, no
// rebase in the work tree): nothing is half done when a sync is killed, and the branch moves
// once, at the end (git-state.ts). A record both sides changed is merged field by field; where
// a field was changed differently on both, the remote's value stays and the record is parked –
// our version waits for a person (conflicts.ts) – and everything else is replayed. A clash that is not a
// record's (a file deleted on one side and changed on the other, a file spis does not know)
// stops the replay: the caller keeps today's branch for it.
import { git, gitOk } from './git.js';
import { failOnDiskFull, gitDir } from './git-state.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** A record file whose conflicts spis can put to a person field by field. */
export const RECORD_PATH_RE = /^(clients|archive)\/([^/]+)\/(client|contract|goals|termination)\.yaml$/;

export interface ReplayResult {
  /** The new local head: the remote's with our commits on top. */
  head: string;
  /** Record paths whose local change waits for a person. */
  parked: string[];
  /** Record paths merged field by field (no conflict left). */
  merged: string[];
  /** Files in a clash no record choice can express: nothing was replayed. */
  clash?: string[];
}

/**
 * Merges three texts of a record field by field: the merged text (a field both sides changed
 * differently holds the remote's value) and how many such fields there are; undefined when a
 * version cannot be read as a record.
 */
export type RecordMerger = (
  path: string,
  base: string | undefined,
  theirs: string,
  ours: string,
) => { text: string; conflicts: number } | undefined;

interface Stage {
  mode: string;
  sha: string;
}

export function replay(
  root: string,
  base: string,
  local: string,
  upstream: string,
  env: NodeJS.ProcessEnv,
  mergeText: RecordMerger,
  drop: string[] = [],
): ReplayResult {
  const dropped = (path: string): boolean => drop.some((d) => path === d || path.startsWith(`${d}/`));
  const commits = gitOk(root, ['rev-list', '--reverse', '--first-parent', `${base}..${local}`])
    .split('\n')
    .filter(Boolean);
  const parked = new Set<string>();
  const merged = new Set<string>();
  let tip = upstream;
  const blob = (sha: string): string => gitOk(root, ['cat-file', 'blob', sha]);
  for (const c of commits) {
    const parents = gitOk(root, ['rev-list', '--parents', '-n', '1', c]).split(' ').slice(1);
    const before = parents[0];
    // A cherry-pick through merge-tree: both sides get the picked commit's parent as their only
    // ancestor (commits of no consequence), so the merge base is exactly that parent.
    const anc = commitTree(root, before ? treeOf(root, before) : EMPTY_TREE, [], env);
    const theirs = commitTree(root, treeOf(root, tip), [anc], env);
    const ours = commitTree(root, treeOf(root, c), [anc], env);
    const r = git(root, ['merge-tree', '--write-tree', '-z', '--no-messages', theirs, ours], { env });
    if (r.status !== 1) failOnDiskFull(r);
    if (r.status !== 0 && r.status !== 1) throw new Error(`git merge-tree: ${r.stderr.trim()}`);
    const parts = r.stdout.split('\0');
    let tree = parts[0].trim();
    const stages = new Map<string, Map<number, Stage>>();
    for (const entry of parts.slice(1)) {
      if (!entry) break;
      const m = /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/s.exec(entry);
      if (!m) continue;
      const s = stages.get(m[4]) ?? new Map<number, Stage>();
      s.set(Number(m[3]), { mode: m[1], sha: m[2] });
      stages.set(m[4], s);
    }
    const overrides = new Map<string, Stage | undefined>();
    const clash: string[] = [];
    for (const [path, s] of stages) {
      // A purged case's files are left out below, whatever either side did to them.
      if (dropped(path)) continue;
      const b = s.get(1);
      const t = s.get(2);
      const o = s.get(3);
      if (t && o && RECORD_PATH_RE.test(path)) {
        const m = mergeText(path, b ? blob(b.sha) : undefined, blob(t.sha), blob(o.sha));
        if (m) {
          overrides.set(path, {
            mode: t.mode,
            sha: gitOk(root, ['hash-object', '-w', '--stdin'], { input: m.text, env }),
          });
          // A field both changed differently keeps the remote's value here; ours waits (parked).
          if (m.conflicts > 0) parked.add(path);
          else merged.add(path);
          continue;
        }
      }
      clash.push(path);
    }
    if (clash.length > 0) return { head: local, parked: [], merged: [], clash: clash.sort() };
    if (drop.length > 0) {
      const left = git(root, ['ls-tree', '-r', '-z', '--name-only', tree, '--', ...drop])
        .stdout.split('\0')
        .filter(Boolean);
      for (const p of left) overrides.set(p, undefined);
    }
    if (overrides.size > 0) tree = withEntries(root, tree, overrides, env);
    if (tree === treeOf(root, tip)) continue; // nothing of this commit is left to add
    tip = commitTree(root, tree, [tip, ...parents.slice(1)], { ...env, ...identityOf(root, c) }, messageOf(root, c));
  }
  return { head: tip, parked: [...parked].sort(), merged: [...merged].filter((p) => !parked.has(p)).sort() };
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export function treeOf(root: string, rev: string): string {
  return gitOk(root, ['rev-parse', `${rev}^{tree}`]);
}

export function commitTree(
  root: string,
  tree: string,
  parents: string[],
  env: NodeJS.ProcessEnv,
  message = 'spis\n',
): string {
  const r = git(root, ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { env, input: message });
  failOnDiskFull(r);
  if (r.status !== 0) throw new Error(`git commit-tree: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** The entry of `path` in `rev`'s tree, or undefined where it has none. */
export function entryAt(root: string, rev: string, path: string): Stage | undefined {
  const r = git(root, ['ls-tree', '-z', rev, '--', path]);
  const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(r.stdout);
  return m ? { mode: m[1], sha: m[2] } : undefined;
}

/** `tree` with some paths set to other blobs (undefined: removed), through an index of its own. */
export function withEntries(
  root: string,
  tree: string,
  entries: Map<string, Stage | undefined>,
  env: NodeJS.ProcessEnv,
): string {
  const index = join(gitDir(root), `spis-replay-${process.pid}.index`);
  const idx = { ...env, GIT_INDEX_FILE: index };
  try {
    gitOk(root, ['read-tree', tree], { env: idx });
    const lines = [...entries].map(([path, e]) => (e ? `${e.mode} ${e.sha}\t${path}` : `0 ${'0'.repeat(40)}\t${path}`));
    failOnDiskFull(
      git(root, ['update-index', '-z', '--index-info'], { env: idx, input: lines.map((l) => `${l}\0`).join('') }),
    );
    const r = git(root, ['write-tree'], { env: idx });
    failOnDiskFull(r);
    return r.stdout.trim();
  } finally {
    rmSync(index, { force: true });
  }
}

function identityOf(root: string, c: string): NodeJS.ProcessEnv {
  const [an, ae, ad, cn, ce, cd] = gitOk(root, ['log', '-1', '--format=%an%n%ae%n%aI%n%cn%n%ce%n%cI', c]).split('\n');
  return {
    GIT_AUTHOR_NAME: an,
    GIT_AUTHOR_EMAIL: ae,
    GIT_AUTHOR_DATE: ad,
    GIT_COMMITTER_NAME: cn,
    GIT_COMMITTER_EMAIL: ce,
    GIT_COMMITTER_DATE: cd,
  };
}

function messageOf(root: string, c: string): string {
  return git(root, ['log', '-1', '--format=%B', c]).stdout;
}
