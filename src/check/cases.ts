// Checking a list of cases: what one thread of `spis check` does, the main one or a worker.
// Each case is loaded and every rule run; the temp files of dead writers its listing turned up
// are not reported as stray but handed back: check notes them, the next writer removes them.
//
// A case found clean before is not checked again while it is byte for byte what it was: its
// fingerprint – the listing of its folder, contacts/ and documents/, and the bytes of every file
// in the folder and in contacts/ – is read every time (check always reads the records; a case
// that changed is then parsed from the bytes the fingerprint read), and only parsing, schemas
// and rules are skipped when it matches the one kept from the last clean check
// (.spis/cache/check.json, with spis.yaml's own fingerprint as its context; a clean check of an
// earlier day holds for a later one, never the other way round).
import type { Problem } from '../problems.js';
import type { SpisConfig } from '../domain/types.js';
import { createHash } from 'node:crypto';
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { caseDirRel, CONTACTS_DIR, DOCUMENTS_DIR, loadCase, type CaseLocation } from '../store/case-store.js';
import { pendingTemps } from '../store/atomic.js';
import { readPlainFile } from '../store/read-yaml.js';
import { caseLinks, checkCase } from './rules.js';
import type { CaseJob } from '../store/case-reader.js';

export interface CaseShare {
  /** Problems per case, in the order of the cases given. */
  problems: Problem[][];
  /** What dead writers left in these cases' folders (paths), for the writer to remove. */
  leftovers: string[];
  /** Per case: the fingerprint of a case found clean now (to keep), else null. */
  clean: (string | null)[];
  /** Per case: found clean before and unchanged, so not checked again. */
  skipped: boolean[];
  /** Per case: its links to other cases, each as the problem it is if that case is not there (rules.ts caseLinks). */
  links: Problem[][];
}

/** A case found clean: its fingerprint, the day of the check and its links to other cases (whether they hold is asked anew each time). */
export interface CleanEntry {
  value: { fp: string; today: string; links: Problem[] };
}

/**
 * The fingerprint of a case folder as check would read it, and the bytes it read (the records
 * are then parsed from those very bytes: read once, and the fingerprint kept is of what was
 * checked); undefined where it cannot be taken (a symbolic link, an unreadable or oversized file:
 * the case is loaded and the problem reported).
 */
export function caseFingerprint(root: string, dir: string): { fp: string; bytes: Map<string, Buffer> } | undefined {
  const h = createHash('sha1');
  const bytes = new Map<string, Buffer>();
  const list = (rel: string): Dirent[] =>
    readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  try {
    const walk = (rel: string, contents: boolean): boolean => {
      for (const e of list(rel)) {
        const kind = e.isFile() ? 'f' : e.isDirectory() ? 'd' : 'x';
        if (kind === 'x') return false;
        h.update(`${rel}/${e.name}\0${kind}\0`);
        if (kind === 'f' && contents) {
          const read = readPlainFile(join(root, rel, e.name));
          if ('tooLarge' in read) return false;
          bytes.set(`${rel}/${e.name}`, read.bytes);
          h.update(`${read.bytes.length}\0`);
          h.update(read.bytes);
        } else if (kind === 'd' && rel === dir && (e.name === CONTACTS_DIR || e.name === DOCUMENTS_DIR)) {
          if (!walk(`${rel}/${e.name}`, e.name === CONTACTS_DIR)) return false;
        }
      }
      return true;
    };
    return walk(dir, true) ? { fp: h.digest('hex'), bytes } : undefined;
  } catch {
    return undefined;
  }
}

export function checkCases(
  root: string,
  today: string,
  config: SpisConfig,
  cases: readonly { id: string; location: CaseLocation }[],
  known?: Record<string, CleanEntry>,
): CaseShare {
  const leftovers: string[] = [];
  // A temp file a half-done change still needs stays for the next writer to complete it.
  const keep = pendingTemps(root);
  const clean: (string | null)[] = [];
  const skipped: boolean[] = [];
  const links: Problem[][] = [];
  const problems = cases.map(({ id, location }) => {
    const dir = caseDirRel(id, location);
    const print = known ? caseFingerprint(root, dir) : undefined;
    const fp = print?.fp;
    const before = known?.[dir]?.value;
    const unchanged = !!fp && !!before && before.fp === fp && before.today <= today;
    skipped.push(unchanged);
    if (unchanged) {
      clean.push(fp);
      links.push(before.links);
      return [];
    }
    // A record not among the fingerprint's bytes (a file added meanwhile): this check is not of the fingerprint's case.
    let outside = false;
    const preread = print && { get: (rel: string) => print.bytes.get(rel) ?? ((outside = true), undefined) };
    const kase = loadCase({ root, ...(preread ? { preread } : {}) }, id, location);
    for (const rel of kase.leftovers ?? []) if (!keep.has(join(root, rel))) leftovers.push(rel);
    const found = checkCase({ config, kase, today });
    links.push(caseLinks({ kase }));
    // Kept only when nothing was swept or read beside it (the folder changed under the fingerprint) and all is well.
    clean.push(fp && !outside && found.length === 0 && (kase.leftovers ?? []).length === 0 ? fp : null);
    return found;
  });
  return { problems, leftovers, clean, skipped, links };
}

/** One result per case, as a thread sends them back: its problems, its fingerprint if clean, whether it was skipped, and the share's leftovers (on its first case). */
export function perCase(
  share: CaseShare,
): { problems: Problem[]; clean: string | null; skipped: boolean; leftovers: string[]; links: Problem[] }[] {
  return share.problems.map((problems, i) => ({
    problems,
    links: share.links[i] ?? [],
    clean: share.clean[i] ?? null,
    skipped: share.skipped[i] ?? false,
    leftovers: i === 0 ? share.leftovers : [],
  }));
}

/** What check makes of one case: its problems, whether it was skipped as clean before, what to keep, and (on a share's first case) the leftovers. */
export interface CheckOutcome {
  problems: Problem[];
  skipped: boolean;
  /** Its links to other cases, as the problems they are if the case named is not there. */
  links: Problem[];
  /** The case found clean: its fingerprint and the earliest day it was found so. */
  keep?: CleanEntry;
  leftovers: string[];
}

/** The data of check's reading (store/case-reader.ts): the repository, the day, spis.yaml and the jobs. */
export interface CheckReadData {
  root: string;
  today: string;
  config: SpisConfig;
  jobs: CaseJob[];
}

/** A share of the cases checked – in the main thread or one of the pool's – with the last clean check's entries the jobs carry. */
export function readCheckCases({ root, today, config, jobs }: CheckReadData): CheckOutcome[] {
  const known: Record<string, CleanEntry> | undefined = jobs.some((j) => j.cached) ? {} : undefined;
  for (const j of jobs) if (known && isCleanEntry(j.known)) known[j.key] = j.known;
  const share = checkCases(root, today, config, jobs, known);
  return perCase(share).map((c, i) => {
    const was = known?.[jobs[i].key]?.value;
    const fp = c.clean;
    // Clean on a day means clean on every later one: the earliest such day is kept.
    const day = was?.fp === fp && was.today < today ? was.today : today;
    return {
      problems: c.problems,
      skipped: c.skipped,
      leftovers: c.leftovers,
      links: c.links,
      ...(fp ? { keep: { value: { fp, today: day, links: c.links } } } : {}),
    };
  });
}

function isCleanEntry(v: unknown): v is CleanEntry {
  return (
    typeof v === 'object' &&
    v !== null &&
    'value' in v &&
    typeof v.value === 'object' &&
    v.value !== null &&
    'fp' in v.value &&
    typeof v.value.fp === 'string' &&
    'today' in v.value &&
    typeof v.value.today === 'string' &&
    'links' in v.value &&
    Array.isArray(v.value.links)
  );
}
