// A case's links to other cases (a returning person's first case, the family's case, a member's own
// case): each holds while the case it names is in the repository or was destroyed by purge (the
// disposal record keeps its number). Asked by check over the whole repository and by every writer
// of a case, so that a write never leaves a link check would reject.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.js';
import type { LoadedCase } from '../store/case-store.js';
import { tombstones } from '../store/disposal.js';
import { caseLinks } from './rules.js';

/** The links (as rules.ts caseLinks gives them) to a case that is not there: `known` says which are. */
export function brokenLinks(links: readonly Problem[], known: (id: string) => boolean): Problem[] {
  return links.filter((p) => !known(String(p.params.value ?? '')));
}

/** Whether a case is in the repository, or was: in clients/ or archive/, or among purge's tombstones (read only when needed). */
export function caseKnown(root: string, present?: ReadonlySet<string>): (id: string) => boolean {
  let purged: Set<string> | undefined;
  return (id) =>
    (present ? present.has(id) : existsSync(join(root, 'clients', id)) || existsSync(join(root, 'archive', id))) ||
    (purged ??= tombstones(root)).has(id);
}

/** A loaded case's broken links, for a writer about to write it. */
export function caseLinkProblems(root: string, kase: LoadedCase): Problem[] {
  const links = caseLinks({ kase });
  return links.length === 0 ? [] : brokenLinks(links, caseKnown(root));
}
