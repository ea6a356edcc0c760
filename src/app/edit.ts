// spis edit, the application side: which record, the editor session on a private copy, the
// check of the edited text as the record it would become, and the write that refuses a record
// changed meanwhile.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Context } from '../context.js';
import { out } from '../context.js';
import { SpisError, usageError, type ExitCode, type Problem } from '../problems.js';
import { t } from '../i18n/index.js';
import type { ContactRecord } from '../domain/types.js';
import { editableRecords, type CaseRecordKind } from '../domain/kinds.js';
import type { Repo } from '../store/repo.js';
import {
  CASE_FILES,
  CONTACTS_DIR,
  correctionFileName,
  listContactFiles,
  resolveContact,
  type ContactFile,
  type LoadedCase,
  type RecordFile,
} from '../store/case-store.js';
import { recordFromBytes } from '../store/read-yaml.js';
import { editText } from '../store/yaml-file.js';
import { currentWorker } from '../store/worker-id.js';
import { checkCase } from '../check/rules.js';
import { caseLinkProblems } from '../check/links.js';
import { asWriter } from './write-case.js';
import { keepWorkDir, privateWorkDir, removeEditorTempDir } from '../store/atomic.js';

type CaseRecord = CaseRecordKind;
/** The records `spis edit` rewrites in place (domain/kinds.ts); contact records it corrects. */
const CASE_RECORDS = editableRecords();

/** What is edited: a case record (rewritten), or a contact record (corrected). */
export type Target = { kind: CaseRecord; rel: string } | { kind: 'contact'; contact: ContactFile; rel: string };

/** The record the worker named, or the one chosen at a prompt. */
export async function chooseTarget(ctx: Context, kase: LoadedCase, record: string | undefined): Promise<Target> {
  const present = (k: CaseRecord) => kase[k] !== undefined;
  if (record === undefined) record = await (await import('../ui/edit.js')).askRecordToEdit(ctx, kase);
  const name = CASE_RECORDS.find((k) => k === record.replace(/\.yaml$/, ''));
  if (name !== undefined) {
    if (!present(name)) throw new SpisError('edit.no-record', { id: kase.id, file: CASE_FILES[name] });
    return { kind: name, rel: `${kase.dir}/${CASE_FILES[name]}` };
  }
  // A contact is named by its file or its date: either has digits; anything else is a record name mistyped.
  if (!/[0-9]/.test(record)) {
    throw usageError('edit.unknown-record', { value: record, allowed: CASE_RECORDS.join(', ') });
  }
  const contactName = resolveContact(kase as Parameters<typeof resolveContact>[0], record, ctx.today);
  const contact = kase.contacts.find((c) => c.name === contactName)!;
  return { kind: 'contact', contact, rel: `${kase.dir}/${CONTACTS_DIR}/${contact.name}` };
}

/** Who corrects: the worker at this keyboard (SPIS_WORKER, git's spis.worker), else asked. */
export async function correctingWorker(ctx: Context, repo: Repo): Promise<string> {
  const id = currentWorker(repo.root, ctx.io.env, repo.config, true).id;
  if (id && repo.config.workers.some((w) => w.id === id)) return id;
  return (await import('../ui/edit.js')).askCorrectingWorker(ctx, repo);
}

/** $VISUAL, else $EDITOR, else vi – through the shell, so "code --wait" works too. */
function runEditor(ctx: Context, file: string): void {
  const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR || 'vi';
  const r = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'spis-edit', file], { stdio: 'inherit', env: ctx.io.env });
  if (r.error || r.status !== 0)
    throw new SpisError('edit.editor-failed', {
      editor,
      code: String(r.status ?? r.signal ?? r.error?.message ?? '?'),
    });
}

/** Problems as compared before and after an edit: what they say and where, not on which line. */
const problemKey = (p: Problem): string => JSON.stringify([p.code, p.file, p.params]);

/**
 * The edited text checked as the record it would become, and the whole case with it. Only
 * problems the edit brings count: a case that was broken elsewhere can still be mended record by
 * record. For a contact the text to write is the correction (corrects, correction added).
 */
function checkEdit(
  repo: Repo,
  kase: LoadedCase,
  target: Target,
  dest: string,
  edited: Buffer,
  today: string,
  extra: { worker?: string; reason?: string },
): { problems: Problem[]; content: string | Buffer } {
  const known = new Set(
    [...checkCase({ config: repo.config, kase, today }), ...caseLinkProblems(repo.root, kase)].map(problemKey),
  );
  const problems: Problem[] = [];
  let content: string | Buffer = edited;
  let next: LoadedCase;
  if (target.kind === 'contact') {
    const { contact } = target;
    const typed = recordFromBytes<ContactRecord>(dest, edited, 'contact', problems);
    // Not even a mapping: the problems as they are, in the worker's text.
    if (!typed?.data) return { problems, content };
    problems.length = 0; // checked again below, as the correction that will be written
    const correction = { date: today, worker: extra.worker!, ...(extra.reason ? { reason: extra.reason } : {}) };
    content = editText(typed.parsed, { ...typed.data, corrects: contact.name, correction }).text;
    const rec = recordFromBytes<ContactRecord>(dest, Buffer.from(content), 'contact', problems);
    const file: ContactFile | undefined =
      rec &&
      Object.assign(rec, {
        name: contact.name,
        nameDate: contact.nameDate,
        corrections: [...(contact.corrections ?? []), basename(dest)],
        original: contact.original ?? contact,
      });
    next = {
      ...kase,
      problems: [],
      contacts: kase.contacts.map((c) => (c === contact ? file : c)).filter((c): c is ContactFile => c !== undefined),
    };
  } else {
    const rec = recordFromBytes(dest, edited, target.kind, problems);
    next = {
      ...kase,
      problems: kase.problems.filter((p) => p.file !== target.rel),
      [target.kind]: rec as RecordFile<never> | undefined,
    };
  }
  if (problems.length > 0) return { problems, content };
  return {
    problems: [...checkCase({ config: repo.config, kase: next, today }), ...caseLinkProblems(repo.root, next)].filter(
      (p) => !known.has(problemKey(p)),
    ),
    content,
  };
}

/** Writes the record through the one writer; refuses when the record in effect changed since the editor opened. */
function save(
  ctx: Context,
  repo: Repo,
  kase: LoadedCase,
  target: Target,
  before: Buffer,
  source: string,
  dest: string,
  content: string | Buffer,
  copy: string,
): Promise<string> {
  const record = target.kind === 'contact' ? 'contact' : CASE_FILES[target.kind];
  return asWriter(ctx, repo, `edit ${record}`, (w) => {
    w.cases([kase.id]);
    // For a contact, the record in effect now: a correction made meanwhile is a change too.
    const listed =
      target.kind === 'contact'
        ? listContactFiles(repo.root, kase.dir).contacts.find((c) => c.name === target.contact.name)
        : undefined;
    const now =
      target.kind === 'contact'
        ? listed
          ? `${kase.dir}/${CONTACTS_DIR}/${listed.corrections?.at(-1) ?? listed.name}`
          : undefined
        : source;
    let current: Buffer | undefined;
    try {
      current = now === source ? readFileSync(join(repo.root, source)) : undefined;
    } catch {
      current = undefined;
    }
    if (!current?.equals(before))
      throw new SpisError('edit.changed-meanwhile', { file: source, kept: relative(repo.root, copy) });
    w.write([{ path: join(repo.root, dest), content }]);
    return dest;
  });
}

/**
 * The editor on a private copy, until the text brings no problem (then written through the one
 * writer), is left unchanged, or is discarded. When the record changed meanwhile, the worker's
 * text is kept for them.
 */
export async function editSession(
  ctx: Context,
  repo: Repo,
  kase: LoadedCase,
  target: Target,
  opts: { reason?: string },
): Promise<ExitCode> {
  // The text as it is in effect: for a corrected contact, its newest correction.
  const source = target.kind === 'contact' ? target.contact.file : target.rel;
  const before = readFileSync(join(repo.root, source));
  const worker = target.kind === 'contact' ? await correctingWorker(ctx, repo) : undefined;
  // Where the record goes: a case record in place, a contact's correction beside it.
  const dest =
    target.kind === 'contact'
      ? `${kase.dir}/${CONTACTS_DIR}/${correctionFileName(target.contact.name, target.contact.corrections ?? [])}`
      : target.rel;

  const work = privateWorkDir(repo, 'edit');
  const copy = join(work, basename(source));
  let kept = false;
  try {
    writeFileSync(copy, before, { mode: 0o600 });
    for (;;) {
      runEditor(ctx, copy);
      const edited = readFileSync(copy);
      if (edited.equals(before)) {
        out(ctx, t('edit.unchanged', { file: source }));
        return 0;
      }
      const result = checkEdit(repo, kase, target, dest, edited, ctx.today, { worker, reason: opts.reason });
      if (result.problems.length === 0) {
        const written = await save(ctx, repo, kase, target, before, source, dest, result.content, copy);
        out(
          ctx,
          t(target.kind === 'contact' ? 'edit.corrected' : 'edit.saved', { file: written, original: target.rel }),
        );
        return 0;
      }
      // Not saved, the record as it was: an error the one handler (cli.ts) says and exits 1 for.
      if (!(await (await import('../ui/edit.js')).askEditAgain(ctx, source, result.problems)))
        throw new SpisError('edit.discarded', { file: source });
    }
  } catch (err) {
    // The lock found the record changed by someone else: the worker's text is kept for them.
    if (err instanceof SpisError && err.key === 'edit.changed-meanwhile') {
      kept = true;
      keepWorkDir(work);
    }
    throw err;
  } finally {
    if (!kept) rmSync(work, { recursive: true, force: true });
    removeEditorTempDir(repo);
  }
}
