// Records that wait for a person: a field two clones changed differently. Sync keeps the
// remote's version in the work tree and this clone's version in a commit of its own, named by a
// ref of this clone (refs/spis/conflicts/<case>/<record>-<n>), never pushed: the commit's parent
// is the synced head, its tree that head's with our version of the one record, and its trailers
// say where the two sides parted and who changed the record on each side, and when. `spis
// conflict` puts the fields to the worker and commits her decision with that commit as its
// second parent, so the history records both versions.
import { git, gitOk } from './git.js';
import { commitTree, entryAt, RECORD_PATH_RE, treeOf, withEntries } from './replay.js';

export const CONFLICTS_REF = 'refs/spis/conflicts';

export interface ChangeBy {
  worker: string;
  date: string;
}

export interface PendingConflict {
  ref: string;
  commit: string;
  caseId: string;
  /** The record's file name: client.yaml, contract.yaml, goals.yaml, termination.yaml. */
  record: string;
  /** The record's path when it was parked (clients/… or archive/…). */
  path: string;
  /** Where the two sides parted. */
  base: string;
  ours: ChangeBy[];
  theirs: ChangeBy[];
  /** When it was parked (ISO date). */
  parked: string;
}

/** Who changed `path` in `range` and when, oldest first: the Spis-Worker trailer, else the author. */
function changesBy(root: string, range: string, path: string): ChangeBy[] {
  const r = git(root, [
    'log',
    '--reverse',
    '--format=%x1e%an%x1f%aI%x1f%(trailers:key=Spis-Worker,valueonly,separator=)',
    range,
    '--',
    path,
  ]);
  if (r.status !== 0) return [];
  return r.stdout
    .split('\x1e')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const [name, date, worker] = e.split('\x1f');
      return { worker: (worker ?? '').trim() || name, date: (date ?? '').slice(0, 10) };
    });
}

/**
 * Parks our version of each record path: a commit on top of `head` with our record, and a ref.
 * `local` is where our version is (our unsynced head), `base` where the sides parted,
 * `upstream` the remote's head.
 */
export function parkRecords(
  root: string,
  paths: string[],
  opts: {
    head: string;
    local: string;
    base: string;
    upstream: string;
    today: string;
    worker?: string;
    env: NodeJS.ProcessEnv;
  },
): PendingConflict[] {
  const out: PendingConflict[] = [];
  for (const path of paths) {
    const m = RECORD_PATH_RE.exec(path);
    if (!m) continue;
    const ours = entryAt(root, opts.local, path);
    if (!ours) continue;
    const tree = withEntries(root, treeOf(root, opts.head), new Map([[path, ours]]), opts.env);
    if (tree === treeOf(root, opts.head)) continue;
    const caseId = m[2];
    const oursBy = changesBy(root, `${opts.base}..${opts.local}`, path);
    const theirsBy = changesBy(root, `${opts.base}..${opts.upstream}`, path);
    const trailers = [
      'Spis-Command: conflict',
      `Spis-Case: ${caseId}`,
      ...(opts.worker ? [`Spis-Worker: ${opts.worker}`] : []),
      `Spis-Conflict-Record: ${path}`,
      `Spis-Conflict-Base: ${opts.base}`,
      `Spis-Conflict-Parked: ${opts.today}`,
      ...oursBy.map((c) => `Spis-Conflict-Ours: ${c.worker} ${c.date}`),
      ...theirsBy.map((c) => `Spis-Conflict-Theirs: ${c.worker} ${c.date}`),
    ];
    const commit = commitTree(root, tree, [opts.head], opts.env, `conflict ${caseId}\n\n${trailers.join('\n')}\n`);
    let n = 1;
    while (git(root, ['rev-parse', '--verify', '--quiet', `${CONFLICTS_REF}/${caseId}/${m[3]}-${n}`]).status === 0) n++;
    const ref = `${CONFLICTS_REF}/${caseId}/${m[3]}-${n}`;
    gitOk(root, ['update-ref', ref, commit, '']);
    out.push(readConflict(root, ref, commit)!);
  }
  return out;
}

function readConflict(root: string, ref: string, commit: string): PendingConflict | undefined {
  const body = git(root, ['log', '-1', '--format=%B', commit]).stdout;
  const values = (key: string): string[] =>
    [...body.matchAll(new RegExp(`^${key}: (.*)$`, 'gm'))].map((x) => x[1].trim());
  const path = values('Spis-Conflict-Record')[0];
  const base = values('Spis-Conflict-Base')[0];
  const m = path ? RECORD_PATH_RE.exec(path) : null;
  if (!m || !base) return undefined;
  const by = (v: string): ChangeBy => {
    const [worker, date] = v.split(' ');
    return { worker, date: date ?? '' };
  };
  return {
    ref,
    commit,
    caseId: m[2],
    record: `${m[3]}.yaml`,
    path,
    base,
    ours: values('Spis-Conflict-Ours').map(by),
    theirs: values('Spis-Conflict-Theirs').map(by),
    parked: values('Spis-Conflict-Parked')[0] ?? '',
  };
}

/** The records of this clone that wait for a person, oldest first. */
export function pendingConflicts(root: string, caseId?: string): PendingConflict[] {
  const r = git(root, [
    'for-each-ref',
    '--sort=refname',
    '--format=%(refname) %(objectname)',
    `${CONFLICTS_REF}/${caseId ? `${caseId}/` : ''}`,
  ]);
  if (r.status !== 0) return [];
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [ref, commit] = l.split(' ');
      return readConflict(root, ref, commit);
    })
    .filter((c): c is PendingConflict => c !== undefined);
}

/** The three texts of a parked record: where the sides parted, ours (waiting), and the one in effect now (`current`, read by the caller). */
export function conflictTexts(root: string, c: PendingConflict): { base?: string; ours: string } {
  const show = (rev: string): string | undefined => {
    const r = git(root, ['show', `${rev}:${c.path}`]);
    return r.status === 0 ? r.stdout : undefined;
  };
  return { base: show(c.base), ours: show(c.commit) ?? '' };
}

/** Forgets a parked record (it was decided, or its case is gone). */
export function dropConflict(root: string, c: PendingConflict): void {
  git(root, ['update-ref', '-d', c.ref, c.commit]);
}
