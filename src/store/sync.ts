// `spis sync`: the team's shared remote and this clone, brought together under the writer's lock.
//   1. hand edits are checked and committed, so nothing uncommitted is left behind;
//   2. fetch; local commits are replayed on the remote's (rebase). Partial goals set in two
//      clones on one case may have got the same id: ours are renumbered first, in our own
//      unpublished commits, so the history stays consistent; goals.yaml then merges through the
//      goals merge driver (both sides' goals and evaluations kept);
//   3. cases opened offline with a provisional id get a reserved number;
//   4. the changed cases are checked, then pushed – never forced; a remote that moved meanwhile
//      means another round. A conflict that cannot be resolved safely keeps the local commits
//      on a branch of their own (also pushed) and lets the main line follow the remote.
import { runningPseudonym } from '../domain/one-off.js';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCESS_LOG } from './access-log.js';
import { SpisError, type Problem } from '../problems.js';
import type { Goals, SpisConfig } from '../domain/types.js';
import { clashingGoalIds, mergeGoals } from '../domain/merge-goals.js';
import { nextGoalId } from '../domain/case.js';
import { t } from '../i18n/index.js';
import { ensureStateDir, HOST, STATE_DIR } from './atomic.js';
import {
  changedPaths,
  commitPaths,
  commitWithIndex,
  fallbackIdentity,
  git,
  GitError,
  gitOk,
  identityEnv,
  remoteFailure,
  remoteUnreachable,
} from './git.js';
import {
  failOnDiskFull,
  freeBranch,
  headRef,
  moveBranch,
  settleGitOperation,
  type SettledOperation,
} from './git-state.js';
import { handChanges, type HandChange } from './hand-changes.js';
import { commitTree, replay, treeOf, withEntries } from './replay.js';
import { casePaths, tombstones, tombstonesAt } from './disposal.js';
import { dropCacheEntries } from './stamp-cache.js';
import { parkRecords, type PendingConflict } from './conflicts.js';
import { mergeRecord } from '../domain/merge-record.js';
import { editText, parseYaml, type ParsedYaml } from './yaml-file.js';
import { validRecord } from './validate.js';
import { CASE_ID_RE, isProvisionalId, prepareRecord, CASE_FILES } from './case-store.js';
import {
  fetchIds,
  IDS_REF,
  mainBranch,
  releaseReservation,
  remoteError,
  remoteName,
  reservedIds,
  reserveIds,
} from './case-ids.js';
import { ARCHIVE_DIR, CLIENTS_DIR } from './repo.js';
import { SERVICE_FOLDER_DIRS } from '../domain/kinds.js';
import { commitMessage, type Writer } from './writer.js';

export interface SyncOptions {
  today: string;
  /** After the server's history was rewritten (purge): carry this clone's unsynced work over onto the new history, and drop the old one. */
  reclone?: boolean;
  /** Checks the given cases (undefined: all) of the work tree; sync pushes nothing that fails. */
  verify: (cases: string[] | undefined) => Problem[];
}

export interface SyncReport {
  sent: number;
  received: number;
  handEdits: string[];
  renumbered: { from: string; to: string }[];
  goalsRenumbered: { caseId: string; from: string; to: string }[];
  /** Records both sides changed in different fields, merged. */
  merged: string[];
  /** Records now waiting for a person (spis conflict). */
  parked: PendingConflict[];
  /** The tool's state was tracked by git and is no longer. */
  untracked: boolean;
  /** An unfinished git operation that was undone first. */
  settled?: SettledOperation;
  /** Purged cases whose local copy the sync removed. */
  removedCases?: string[];
  /** The old history replaced by the server's rewritten one (--reclone). */
  reclone?: { carried: number; dropped: string[] };
  /** The server's default branch was not the synced one: set here, or to be set by its administrator. */
  defaultBranch?: { set: boolean; was: string; branch: string };
}

const BIN = fileURLToPath(new URL('../../bin/spis.js', import.meta.url));

/** Registers the goals merge driver in this clone (git config and .git/info/attributes) and keeps .spis/ out of git: idempotent. */
export function installMergeDriver(root: string): void {
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const want: Record<string, string> = {
    'merge.spis-goals.name': 'spis: goals.yaml of a case',
    'merge.spis-goals.driver': `${q(process.execPath)} ${q(BIN)} merge-driver goals %O %A %B`,
  };
  // Read once; written only where it differs (each sync would otherwise rewrite .git/config twice).
  const now = git(root, ['config', '--null', '--get-regexp', '^merge\\.spis-goals\\.']).stdout;
  const have = new Map(
    now
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('\n')), entry.slice(entry.indexOf('\n') + 1)]),
  );
  for (const [key, value] of Object.entries(want)) if (have.get(key) !== value) gitOk(root, ['config', key, value]);
  const gitDir = gitOk(root, ['rev-parse', '--absolute-git-dir']);
  // The access log only ever grows at its end in every clone: git's union merge keeps both sides' lines.
  ensureLines(join(gitDir, 'info', 'attributes'), [
    'clients/*/goals.yaml merge=spis-goals',
    'archive/*/goals.yaml merge=spis-goals',
    'access.log merge=union',
  ]);
  // Repositories made before .spis/ was in the .gitignore of `spis init`: the tool's state stays out of git.
  ensureLines(join(gitDir, 'info', 'exclude'), ['.spis/', '.*.tmp', '.spis-tmp/']);
}

function ensureLines(file: string, lines: string[]): void {
  const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const missing = lines.filter((l) => !now.split('\n').includes(l));
  if (missing.length === 0) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${now}${now && !now.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
}

/** The text of goals.yaml merged three ways, or undefined on a conflict. */
export function mergeGoalsText(base: string, ours: string, theirs: string): string | undefined {
  const o = base.trim() ? parseYaml(base, 'base') : undefined;
  const a = parseYaml(ours, 'ours');
  const b = parseYaml(theirs, 'theirs');
  if (!a.data || !b.data || a.problems.length || b.problems.length || (o && (!o.data || o.problems.length)))
    return undefined;
  // Merged only as what they are: valid goals records (anything else is a conflict for a person).
  const [og, ag, bg] = [o && validRecord('goals', o.data), validRecord('goals', a.data), validRecord('goals', b.data)];
  if (!ag || !bg || (o && !og)) return undefined;
  const merged = mergeGoals(og, ag, bg);
  return merged ? editText(a, merged).text : undefined;
}

const caseOf = (path: string): string | undefined => {
  const m = /^(?:clients|archive)\/([^/]+)\//.exec(path);
  return m && CASE_ID_RE.test(m[1]) ? m[1] : undefined;
};

function show(root: string, rev: string, path: string): string | undefined {
  const r = git(root, ['show', `${rev}:${path}`]);
  return r.status === 0 ? r.stdout : undefined;
}

function goalsAt(root: string, rev: string, path: string): Goals | undefined {
  const text = show(root, rev, path);
  if (text === undefined) return undefined;
  const p = parseYaml(text, path);
  return p.problems.length === 0 ? validRecord('goals', p.data) : undefined;
}

/** Renames goal ids in a goals.yaml or contact record text, keeping its layout. */
function renameGoalIds(text: string, kind: 'goals' | 'contact', map: Map<string, string>): string {
  const p = parseYaml(text, kind);
  if (!p.data || p.problems.length) return text;
  const r = (id: string): string => map.get(id) ?? id;
  if (kind === 'goals') {
    const goals = validRecord('goals', structuredClone(p.data));
    if (!goals) return text;
    for (const g of goals.partial_goals ?? []) {
      g.id = r(g.id);
      if (g.replaced_by) g.replaced_by = r(g.replaced_by);
    }
    return editText(p, goals).text;
  }
  const c = validRecord('contact', structuredClone(p.data));
  if (!c) return text;
  for (const g of c.new_goals ?? []) g.id = r(g.id);
  for (const g of c.goal_reviews ?? []) {
    g.goal = r(g.goal);
    if (g.reworded_as) g.reworded_as = r(g.reworded_as);
  }
  return editText(p, c).text;
}

/**
 * Partial goals that our unpublished commits and the remote both created under one id: ours
 * move to free ids, in every local commit (goals.yaml and the contact records we added), so the
 * rebase then merges two different goals instead of fighting over one.
 */
function renumberLocalGoals(
  root: string,
  base: string,
  upstream: string,
  env: NodeJS.ProcessEnv,
): { head: string; renamed: { caseId: string; from: string; to: string }[] } {
  const names = (range: string): Set<string> =>
    new Set(
      gitOk(root, ['diff', '--name-only', range, '--', 'clients/*/goals.yaml', 'archive/*/goals.yaml'])
        .split('\n')
        .filter(Boolean),
    );
  const ours = names(`${base}..HEAD`);
  const theirs = names(`${base}..${upstream}`);
  const plans: { dir: string; caseId: string; map: Map<string, string> }[] = [];
  for (const path of ours) {
    if (!theirs.has(path)) continue;
    const a = goalsAt(root, 'HEAD', path);
    const b = goalsAt(root, upstream, path);
    if (!a || !b) continue;
    const clashes = clashingGoalIds(goalsAt(root, base, path), a, b);
    if (clashes.length === 0) continue;
    const map = new Map<string, string>();
    const taken = [...a.partial_goals, ...b.partial_goals].map((g) => g.id);
    for (const id of clashes) {
      const to = nextGoalId(undefined, [...taken, ...map.values()]);
      map.set(id, to);
    }
    const dir = path.slice(0, -'/goals.yaml'.length);
    plans.push({ dir, caseId: dir.split('/')[1], map });
  }
  if (plans.length === 0) return { head: gitOk(root, ['rev-parse', '--verify', 'HEAD^{commit}']), renamed: [] };

  const commits = gitOk(root, ['rev-list', '--reverse', '--first-parent', `${base}..HEAD`])
    .split('\n')
    .filter(Boolean);
  const index = join(gitOk(root, ['rev-parse', '--absolute-git-dir']), `spis-renumber-${process.pid}.index`);
  const idx = { ...env, GIT_INDEX_FILE: index };
  let parent = base;
  for (const c of commits) {
    gitOk(root, ['read-tree', c], { env: idx });
    for (const { dir, map } of plans) {
      const inBase = new Set(
        gitOk(root, ['ls-tree', '-r', '--name-only', base, '--', `${dir}/contacts`])
          .split('\n')
          .filter(Boolean),
      );
      const files = gitOk(root, ['ls-tree', '-r', '--name-only', c, '--', `${dir}/goals.yaml`, `${dir}/contacts`])
        .split('\n')
        .filter(Boolean);
      for (const f of files) {
        if (f.includes('/contacts/') && inBase.has(f)) continue;
        // Listed by ls-tree in this very commit: a file that cannot be shown is git's failure, said as such.
        const shown = git(root, ['show', `${c}:${f}`]);
        if (shown.status !== 0) throw new GitError(['show', `${c}:${f}`], shown);
        const text = shown.stdout;
        const next = renameGoalIds(text, f.endsWith('/goals.yaml') ? 'goals' : 'contact', map);
        if (next === text) continue;
        const sha = gitOk(root, ['hash-object', '-w', '--stdin'], { input: next });
        gitOk(root, ['update-index', '--cacheinfo', `100644,${sha},${f}`], { env: idx });
      }
    }
    const tree = gitOk(root, ['write-tree'], { env: idx });
    const [an, ae, ad, cn, ce, cd] = gitOk(root, ['log', '-1', '--format=%an%n%ae%n%aI%n%cn%n%ce%n%cI', c]).split('\n');
    const message = git(root, ['log', '-1', '--format=%B', c]).stdout;
    const more = gitOk(root, ['rev-list', '--parents', '-n', '1', c]).split(' ').slice(2);
    parent = gitOk(root, ['commit-tree', tree, '-p', parent, ...more.flatMap((p) => ['-p', p]), '-F', '-'], {
      input: message,
      env: {
        ...env,
        GIT_AUTHOR_NAME: an,
        GIT_AUTHOR_EMAIL: ae,
        GIT_AUTHOR_DATE: ad,
        GIT_COMMITTER_NAME: cn,
        GIT_COMMITTER_EMAIL: ce,
        GIT_COMMITTER_DATE: cd,
      },
    });
  }
  rmSync(index, { force: true });
  return {
    head: parent,
    renamed: plans.flatMap((p) => [...p.map].map(([from, to]) => ({ caseId: p.caseId, from, to }))),
  };
}

function revParse(root: string, rev: string): string | undefined {
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function count(root: string, range: string): number {
  const r = git(root, ['rev-list', '--count', range]);
  return r.status === 0 ? Number(r.stdout.trim()) : 0;
}

/** The case ids of changed paths, or undefined when the change reaches beyond cases (check everything). */
function casesIn(paths: string[]): string[] | undefined {
  const ids = new Set<string>();
  for (const p of paths) {
    const id = caseOf(p);
    if (id) ids.add(id);
    else if (p === 'spis.yaml' || p.startsWith('schemas/') || p.startsWith('templates/')) return undefined;
  }
  return [...ids].sort();
}

export function syncRepository(w: Writer, config: SpisConfig, opts: SyncOptions): SyncReport {
  const root = w.root;
  const remote = remoteName(config);
  const branch = mainBranch(config);
  const who = w.worker;
  const env = identityEnv(who.identity ?? fallbackIdentity(HOST));
  const report: SyncReport = {
    sent: 0,
    received: 0,
    handEdits: [],
    renumbered: [],
    goalsRenumbered: [],
    merged: [],
    parked: [],
    untracked: false,
  };
  if (git(root, ['remote', 'get-url', remote]).status !== 0) throw new SpisError('sync.no-remote', { remote });

  // 0. An unfinished git operation (started by hand, or by an older spis) is undone, losing nothing.
  report.settled = settleGitOperation(root, env, `spis/preruseno-${who.id ?? HOST}-${opts.today}`);
  installMergeDriver(root);
  report.untracked = untrackState(root, env, who.id);

  // 1. Hand changes: reviewed – a deletion or a rewritten contact record stops here; additions and edits are checked, then committed.
  const hand = handChanges(root, HAND_PATHS);
  if (hand.refused.length > 0)
    throw new SpisError('sync.hand-changes-refused', {
      list: describeRefused(hand.refused),
      cases: [...new Set(hand.refused.map((c) => c.caseId).filter(Boolean))].join(' '),
    });
  if (hand.allowed.length > 0) {
    const cases = casesIn(hand.allowed);
    const problems = opts.verify(cases);
    if (problems.length > 0) throw new SpisError('sync.hand-edits-invalid', {}, 1, problems);
    const r = commitPaths(
      root,
      hand.allowed,
      commitMessage('hand edit', cases ?? [], who.id),
      env,
      fallbackIdentity(HOST),
    );
    failOnDiskFull(r);
    if (r.status !== 0) throw new SpisError('sync.git-failed', { reason: r.stderr.trim().split('\n')[0] ?? '' });
    report.handEdits = cases ?? [];
  }
  // The access log (views since the last write) goes along too, so the integration finds a clean tree.
  const viewed = changedPaths(root, [ACCESS_LOG]);
  if (viewed.length > 0) {
    const r = commitPaths(root, viewed, commitMessage('access log', [], who.id), env, fallbackIdentity(HOST));
    failOnDiskFull(r);
    if (r.status !== 0) throw new SpisError('sync.git-failed', { reason: r.stderr.trim().split('\n')[0] ?? '' });
  }
  const ref = headRef(root) ?? `refs/heads/${branch}`;

  for (let round = 0; round < 5; round++) {
    // 2. Fetch and integrate: in git's object database, the branch moved once at the end.
    const synced = revParse(root, `refs/remotes/${remote}/${branch}`);
    // The branch and the reserved case numbers in one fetch: one connection to the server.
    const fetch = git(root, [
      'fetch',
      '--quiet',
      remote,
      `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
      `+${IDS_REF}/*:${IDS_REF}/*`,
    ]);
    failOnDiskFull(fetch);
    if (fetch.status !== 0) {
      if (!/couldn't find remote ref/i.test(fetch.stderr)) throw remoteError(remote, fetch.stderr);
      // A remote without the branch yet (a new server): the numbers alone.
      if (!fetchIds(root, remote)) throw new SpisError('sync.offline', { remote });
    }
    const upstream = revParse(root, `refs/remotes/${remote}/${branch}`);
    const head = revParse(root, 'HEAD');
    let base: string | undefined;
    if (upstream && head) {
      // Cases destroyed by spis purge, here or in any clone: nothing of them is taken in or sent.
      const dead = new Set([...tombstones(root), ...tombstonesAt(root, upstream)]);
      const deadPaths = casePaths(dead);
      if (dead.size > 0 && historyRewritten(root, deadPaths, upstream)) {
        // The server's history was rewritten to remove them; this clone still has the old one.
        if (!opts.reclone) throw new SpisError('sync.history-rewritten', { remote, ids: [...dead].sort().join(' ') });
        const last = lastSynced(root, `refs/remotes/${remote}/${branch}`, synced);
        if (!last) throw new SpisError('sync.reclone-impossible', { remote });
        report.reclone = reclone(root, ref, head, last, upstream, `refs/remotes/${remote}/${branch}`, deadPaths, env);
        report.received += 1;
        continue;
      }
      base = git(root, ['merge-base', 'HEAD', upstream]).stdout.trim() || undefined;
      const incoming = count(root, `HEAD..${upstream}`);
      const outgoing = count(root, `${upstream}..HEAD`);
      if (incoming > 0 && outgoing === 0) {
        if (!moveBranch(root, ref, head, upstream)) throw new SpisError('sync.worktree-busy', {});
      } else if (incoming > 0) {
        if (!base) throw new SpisError('sync.unrelated', { remote });
        const goals = renumberLocalGoals(root, base, upstream, env);
        report.goalsRenumbered.push(...goals.renamed);
        const result = replay(root, base, goals.head, upstream, env, mergeRecordText, deadPaths);
        if (result.clash)
          throw conflict(root, ref, head, remote, upstream, who.id, opts.today, result.clash, deadPaths);
        if (!moveBranch(root, ref, head, result.head)) throw new SpisError('sync.worktree-busy', {});
        report.merged.push(...result.merged);
        if (result.parked.length > 0) {
          report.parked.push(
            ...parkRecords(root, result.parked, {
              head: result.head,
              local: goals.head,
              base,
              upstream,
              today: opts.today,
              worker: who.id,
              env,
            }),
          );
        }
      }
      report.received += incoming;
      // Case folders the integration took away (purged elsewhere): gone from every cache too, and any
      // copy left beside git's files (a tombstoned case restored here meanwhile) removed.
      const after = revParse(root, 'HEAD');
      if (after && after !== head) forgetRemovedCases(root, head, after, dead, report);
    } else if (upstream && !head) {
      gitOk(root, ['reset', '--quiet', '--keep', upstream]);
    }

    // 3. Numbers for cases opened offline, and a few reserved ahead for the next ones.
    const year = opts.today.slice(0, 4);
    const want = config.git?.reserve_ids ?? 3;
    for (const id of provisionalCases(root)) {
      const y = id.slice(0, 4);
      let free = reservedIds(root, y);
      if (free.length === 0) {
        reserveIds(root, remote, y, want);
        free = reservedIds(root, y);
      }
      const to = free[0];
      renumberCase(w, root, id, to);
      releaseReservation(root, to);
      report.renumbered.push({ from: id, to });
    }
    reserveIds(root, remote, year, want);

    // 4. Check what changed, then push.
    const after = revParse(root, 'HEAD');
    if (!after) return report;
    const changed = base ? gitOk(root, ['diff', '--name-only', base, 'HEAD']).split('\n').filter(Boolean) : undefined;
    const problems = opts.verify(changed ? casesIn(changed) : undefined);
    if (problems.length > 0) throw new SpisError('sync.check-failed', {}, 1, problems);
    const outgoing = upstream ? count(root, `${upstream}..HEAD`) : count(root, 'HEAD');
    if (outgoing === 0) {
      if (upstream) git(root, ['update-ref', SYNCED_REF, upstream]);
      report.defaultBranch = ensureDefaultBranch(root, remote, branch);
      return report;
    }
    const push = git(root, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], { env });
    failOnDiskFull(push);
    if (push.status === 0) {
      git(root, ['update-ref', SYNCED_REF, after]);
      report.sent = outgoing;
      report.defaultBranch = ensureDefaultBranch(root, remote, branch);
      return report;
    }
    // Refused by the server (its hook): said with the server's own words; our commits stay here.
    if (remoteUnreachable(push.stderr) || remoteFailure(push.stderr) === 'refused-push')
      throw remoteError(remote, push.stderr);
    // The remote moved in between: another round.
  }
  throw new SpisError('sync.busy-remote', { remote });
}

/** What sync reviews as hand changes. */
export const HAND_PATHS = [CLIENTS_DIR, ARCHIVE_DIR, ...SERVICE_FOLDER_DIRS, 'templates', 'spis.yaml', 'schemas'];

/** The refused hand changes, a line each, by path and kind – never their content. */
function describeRefused(list: HandChange[]): string {
  return list.map((c) => `  ${c.file}: ${t(`hand-change.${c.kind}`)}`).join('\n');
}

/** The text of a record both sides changed, merged field by field (see RecordMerger). */
export function mergeRecordText(
  path: string,
  base: string | undefined,
  theirs: string,
  ours: string,
): { text: string; conflicts: number } | undefined {
  const read = (text: string): { parsed: ParsedYaml; data: Record<string, unknown> } | undefined => {
    const parsed = parseYaml(text, path);
    return parsed.data && parsed.problems.length === 0 ? { parsed, data: parsed.data } : undefined;
  };
  const t2 = read(theirs);
  const o = read(ours);
  const b = base === undefined ? undefined : read(base);
  if (!t2 || !o || (base !== undefined && !b)) return undefined;
  const m = mergeRecord(b?.data, o.data, t2.data);
  return { text: editText(t2.parsed, m.value).text, conflicts: m.conflicts.length };
}

/**
 * Makes the server's default branch the one spis syncs, so a fresh clone holds the current
 * records: set directly where the server is a repository on this file system, else said.
 */
function ensureDefaultBranch(root: string, remote: string, branch: string): SyncReport['defaultBranch'] {
  const r = git(root, ['ls-remote', '--symref', remote, 'HEAD']);
  if (r.status !== 0) return undefined;
  const m = /^ref: (\S+)\tHEAD$/m.exec(r.stdout);
  const want = `refs/heads/${branch}`;
  if (m?.[1] === want) return undefined;
  const url = git(root, ['config', '--get', `remote.${remote}.url`]).stdout.trim();
  const local = url.startsWith('file://')
    ? fileURLToPath(url)
    : !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]*:/.test(url)
      ? url
      : undefined;
  if (local) {
    const dir = resolvePath(root, local);
    if (git(root, ['--git-dir', dir, 'symbolic-ref', 'HEAD', want]).status === 0)
      return { set: true, was: m?.[1]?.replace('refs/heads/', '') ?? '', branch };
  }
  return { set: false, was: m?.[1]?.replace('refs/heads/', '') ?? '', branch };
}

/**
 * The tool's own state tracked by git (a repository put under git with `git add -A` before
 * .spis/ ignored itself) is taken out of the index in a commit of its own; the files stay.
 */
export function untrackState(root: string, env: NodeJS.ProcessEnv, worker: string | undefined): boolean {
  const tracked = git(root, ['ls-files', '-z', '--', STATE_DIR, '.spis-tmp']).stdout.split('\0').filter(Boolean);
  if (tracked.length === 0) return false;
  const r = commitWithIndex(
    root,
    commitMessage('untrack state', [], worker),
    env,
    (idx) =>
      git(root, ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', STATE_DIR, '.spis-tmp'], { env: idx }),
    { paths: [] },
  );
  failOnDiskFull(r);
  if (r.status !== 0) throw new SpisError('sync.git-failed', { reason: r.stderr.trim().split('\n')[0] ?? '' });
  git(root, ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', STATE_DIR, '.spis-tmp']);
  ensureStateDir(root);
  return true;
}

function provisionalCases(root: string): string[] {
  const out = git(root, [
    'ls-files',
    '--',
    `${CLIENTS_DIR}/*/${CASE_FILES.client}`,
    `${ARCHIVE_DIR}/*/${CASE_FILES.client}`,
  ]).stdout.split('\n');
  return [
    ...new Set(
      out.map((p) => p.split('/')[1]).filter((id): id is string => !!id && CASE_ID_RE.test(id) && isProvisionalId(id)),
    ),
  ].sort();
}

/** Gives a case opened offline its reserved number: the folder and client.yaml's id, in one commit. */
function renumberCase(w: Writer, root: string, from: string, to: string): void {
  const where = existsSync(join(root, CLIENTS_DIR, from)) ? CLIENTS_DIR : ARCHIVE_DIR;
  const rel = `${where}/${from}/${CASE_FILES.client}`;
  const parsed = parseYaml(readFileSync(join(root, rel), 'utf8'), rel);
  if (!parsed.data) throw new SpisError('case.has-problems', { id: from }, 1, parsed.problems);
  // A one-off contact's running-number pseudonym is the case's number, and changes with it.
  const pseudonym = parsed.data.pseudonym === runningPseudonym(from) ? { pseudonym: runningPseudonym(to) } : {};
  const record = prepareRecord({ root }, rel, 'client', { ...parsed.data, id: to, ...pseudonym }, parsed);
  w.write([record], [{ from: join(root, where, from), to: join(root, where, to) }]);
  w.commitNow('renumber', [to], { 'Spis-Previous-Case': from });
}

/**
 * A clash no record choice can express: our commits are kept on a branch of their own (pushed
 * too, best effort) and the main line follows the remote; the message names the files.
 */
function conflict(
  root: string,
  ref: string,
  head: string,
  remote: string,
  upstream: string,
  worker: string | undefined,
  today: string,
  files: string[],
  deadPaths: string[] = [],
): SpisError {
  const name = freeBranch(root, `spis/konflikt-${worker ?? HOST}-${today}`);
  // A purged case never rides on a conflict branch: its tip leaves it out, and such a branch stays here.
  const dead =
    deadPaths.length > 0 &&
    git(root, ['rev-list', '-1', head, `^${upstream}`, '--', ...deadPaths]).stdout.trim() !== '';
  const tip = dead
    ? commitTree(
        root,
        withEntries(
          root,
          treeOf(root, head),
          new Map(filesUnder(root, head, deadPaths).map((p) => [p, undefined])),
          identityEnv(fallbackIdentity(HOST)),
        ),
        [head],
        identityEnv(fallbackIdentity(HOST)),
        'spis: without purged cases\n\nSpis-Command: sync\n',
      )
    : head;
  gitOk(root, ['branch', name, tip]);
  const moved = moveBranch(root, ref, head, upstream);
  const pushed = !dead && git(root, ['push', '--quiet', remote, `refs/heads/${name}:refs/heads/${name}`]).status === 0;
  return new SpisError(moved ? 'sync.conflict' : 'sync.conflict-kept', {
    branch: name,
    remote: pushed ? t('sync.branch-pushed', { remote }) : '',
    files: files.map((f) => `  ${f}`).join('\n'),
  });
}

/** Files of `rev` under the given folders. */
function filesUnder(root: string, rev: string, dirs: string[]): string[] {
  if (dirs.length === 0) return [];
  return git(root, ['ls-tree', '-r', '-z', '--name-only', rev, '--', ...dirs])
    .stdout.split('\0')
    .filter(Boolean);
}

/** Where this clone and the server last agreed: set at every sync that ended in step. */
const SYNCED_REF = 'refs/spis/synced';

/**
 * The last commit this clone had in common with the server before its history was rewritten:
 * SYNCED_REF, else (a clone of an earlier version) the newest earlier value of the remote-tracking
 * ref that HEAD contains.
 */
function lastSynced(root: string, trackingRef: string, before: string | undefined): string | undefined {
  const isAncestor = (c: string): boolean => git(root, ['merge-base', '--is-ancestor', c, 'HEAD']).status === 0;
  const mark = revParse(root, SYNCED_REF);
  if (mark && isAncestor(mark)) return mark;
  if (before && isAncestor(before)) return before;
  for (const c of git(root, ['rev-list', '--walk-reflogs', trackingRef]).stdout.split('\n').filter(Boolean))
    if (isAncestor(c)) return c;
  return undefined;
}

/** The server's history no longer knows the purged cases, ours still does: it was rewritten. */
function historyRewritten(root: string, deadPaths: string[], upstream: string): boolean {
  const seen = (rev: string): boolean => git(root, ['rev-list', '-1', rev, '--', ...deadPaths]).stdout.trim() !== '';
  return seen('HEAD') && !seen(upstream);
}

/** After the integration: case folders that left the work tree go from every cache too; a purged case's local copy is said and any leftover removed. */
function forgetRemovedCases(root: string, before: string, after: string, dead: Set<string>, report: SyncReport): void {
  const gone = new Set<string>();
  for (const p of git(root, [
    'diff',
    '--name-only',
    '-z',
    '--diff-filter=D',
    '--no-renames',
    before,
    after,
    '--',
    CLIENTS_DIR,
    ARCHIVE_DIR,
  ]).stdout.split('\0')) {
    const m = /^((?:clients|archive)\/[^/]+)\//.exec(p);
    if (m && !existsSync(join(root, m[1], CASE_FILES.client))) gone.add(m[1]);
  }
  if (dead.size > 0) {
    const had = new Set(filesUnder(root, before, casePaths(dead)).map((p) => p.split('/')[1]));
    for (const id of dead) {
      for (const dir of [`${CLIENTS_DIR}/${id}`, `${ARCHIVE_DIR}/${id}`])
        if (existsSync(join(root, dir))) rmSync(join(root, dir), { recursive: true, force: true });
      if (had.has(id)) (report.removedCases ??= []).push(id);
    }
  }
  if (gone.size > 0) dropCacheEntries(root, [...gone]);
}

/**
 * A clone whose history the server rewrote (the purge's second step): what it had not sent yet –
 * its commits since it last synced – is replayed onto the new history without any purged case,
 * the branch moves there, and every trace of the old history is dropped (spis branches and waiting
 * conflicts, which were made on it, the reflogs) and collected, as a fresh clone would be.
 */
function reclone(
  root: string,
  ref: string,
  head: string,
  synced: string,
  upstream: string,
  upstreamRef: string,
  deadPaths: string[],
  env: NodeJS.ProcessEnv,
): { carried: number; dropped: string[] } {
  const result = replay(root, synced, head, upstream, env, mergeRecordText, deadPaths);
  if (result.clash) throw new SpisError('sync.reclone-clash', { files: result.clash.map((f) => `  ${f}`).join('\n') });
  const carried = count(root, `${upstream}..${result.head}`);
  if (!moveBranch(root, ref, head, result.head)) throw new SpisError('sync.worktree-busy', {});
  const keep = (r: string): boolean =>
    r === ref || r === upstreamRef || r.startsWith('refs/spis/ids/') || r.startsWith('refs/spis/mine/');
  git(root, ['update-ref', SYNCED_REF, upstream]);
  const dropped: string[] = [];
  for (const r of git(root, ['for-each-ref', '--format=%(refname)']).stdout.split('\n').filter(Boolean)) {
    if (keep(r)) continue;
    git(root, ['update-ref', '-d', r]);
    dropped.push(r.replace(/^refs\/heads\//, ''));
  }
  for (const r of ['ORIG_HEAD', 'FETCH_HEAD'])
    rmSync(join(gitOk(root, ['rev-parse', '--absolute-git-dir']), r), { force: true });
  git(root, ['reflog', 'expire', '--expire=now', '--all']);
  failOnDiskFull(git(root, ['gc', '--quiet', '--prune=now']));
  for (const p of deadPaths) rmSync(join(root, p), { recursive: true, force: true });
  dropCacheEntries(root, deadPaths);
  return { carried, dropped };
}
