// A case's history as git holds it: every commit that touched its folder in clients/ or
// archive/, or the folder of the provisional number it had before `spis sync` renumbered it.
import { git, isOwnWorkTree } from './git.js';

export interface HistoryEntry {
  commit: string;
  /** ISO date and time of the change (the author's). */
  date: string;
  author: string;
  /** The worker id from the commit's Spis-Worker trailer. */
  worker?: string;
  /** The spis command (Spis-Command trailer), else the commit's subject. */
  command: string;
  /** Files changed, relative to the case folder. */
  files: string[];
}

const FS = '\x1f';
const RS = '\x1e';

/** Undefined when the repository is not a git work tree of its own. */
export function caseHistory(root: string, id: string): HistoryEntry[] | undefined {
  if (!isOwnWorkTree(root)) return undefined;
  const ids = [id];
  for (;;) {
    const entries = readLog(root, ids);
    const previous = entries.flatMap((e) => e.previous).filter((p) => !ids.includes(p));
    if (previous.length === 0) return entries.map(({ previous: _, ...e }) => e);
    ids.push(...previous);
  }
}

function readLog(root: string, ids: string[]): (HistoryEntry & { previous: string[] })[] {
  const format = [
    '%H',
    '%aI',
    '%an',
    '%s',
    '%(trailers:key=Spis-Command,valueonly,separator=%x2c)',
    '%(trailers:key=Spis-Worker,valueonly,separator=%x2c)',
    '%(trailers:key=Spis-Previous-Case,valueonly,separator=%x2c)',
  ].join('%x1f');
  const paths = ids.flatMap((i) => [`clients/${i}`, `archive/${i}`]);
  const r = git(root, ['log', `--format=${RS}${format}`, '--name-only', '--', ...paths]);
  if (r.status !== 0) return [];
  const prefixes = paths.map((p) => `${p}/`);
  return r.stdout
    .split(RS)
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [head, ...rest] = chunk.split('\n');
      const [commit, date, author, subject, command, worker, previous] = head.split(FS);
      const files = rest
        .map((f) => f.trim())
        .filter(Boolean)
        .map((f) => {
          const pre = prefixes.find((p) => f.startsWith(p));
          return pre ? f.slice(pre.length) : f;
        });
      return {
        commit,
        date,
        author,
        ...(worker?.trim() ? { worker: worker.trim() } : {}),
        command: command?.trim() || subject,
        files: [...new Set(files)],
        previous: previous?.trim() ? previous.split(',').map((s) => s.trim()) : [],
      };
    });
}
