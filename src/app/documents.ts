// Documents of a case, as the commands share them: which document a worker means, the case as
// documents need it (final number, sound by every rule), rendering in every format, and saving into
// the case's documents/ through the one writer.
import { isOneOf } from '../domain/fields.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { Repo } from '../store/repo.js';
import {
  assertWritable,
  DOCUMENTS_DIR,
  isProvisionalId,
  loadCase,
  resolveContact,
  soundCase,
  type LoadedCase,
  type SoundCase,
} from '../store/case-store.js';
import { checkCase } from '../check/rules.js';
import { asWriter } from './write-case.js';
import { logAccess } from '../store/access-log.js';
import {
  DOCUMENTS,
  FORMATS,
  renderDocument,
  type DocumentName,
  type Format,
  type TemplateName,
  type TextFormat,
} from '../render/render.js';
import { isFosterCare } from '../domain/config.js';
import { buildView, documentDate } from '../render/views.js';
import { contactEmail } from '../render/email.js';
import { caseActivitiesWhole } from './group.js';

/** Czech names a worker may type for the documents. */
const ALIASES: Record<string, DocumentName> = {
  smlouva: 'contract',
  dodatek: 'amendment',
  'ustni-smlouva': 'oral-contract',
  'ústní-smlouva': 'oral-contract',
  plan: 'plan',
  plán: 'plan',
  zapis: 'contact',
  zápis: 'contact',
  protokol: 'termination',
  zprava: 'periodic-report',
  zpráva: 'periodic-report',
};

export function documentName(input: string): DocumentName {
  if (isOneOf(DOCUMENTS, input)) return input;
  const alias = ALIASES[input.toLowerCase()];
  if (alias) return alias;
  throw usageError('render.unknown-document', {
    value: input,
    allowed: [...DOCUMENTS, ...Object.keys(ALIASES).filter((a) => /^[a-z-]+$/.test(a))].join(', '),
  });
}

/** The case as documents need it: a final number, and sound by every rule (a document never shows a broken record). */
export function caseForDocuments(repo: Repo, kase: LoadedCase, today: string): SoundCase {
  // A provisional number is renumbered at the next sync: nothing is printed or signed with it.
  if (isProvisionalId(kase.id)) throw new SpisError('render.provisional-id', { id: kase.id });
  return soundCase({ ...kase, problems: [] }, checkCase({ config: repo.config, kase, today }));
}

/** Renders a document of a case; returns its text and the name it is saved under. */
export function renderCaseDocument(
  repo: Repo,
  kase: LoadedCase,
  name: DocumentName,
  format: TextFormat,
  today: string,
  opts: { contact?: string; amendment?: number; report?: number } = {},
): { text: string; fileName: string } {
  return renderSoundDocument(repo, caseForDocuments(repo, kase, today), name, format, today, opts);
}

export interface DocumentOptions {
  contact?: string;
  amendment?: number;
  /** The periodic report's number (1 the first recorded); default the newest. */
  report?: number;
  /** PDF: PDF/A-2b, for long-term archiving. */
  pdfa?: boolean;
  /** PDF: printed by the system's Chromium from the HTML instead of laid out by pdfmake. */
  viaBrowser?: boolean;
  /** The environment the browser is looked up in ($SPIS_BROWSER, $PATH). */
  env?: NodeJS.ProcessEnv;
}

/** What every format of a document shares: the view, its title, and the name it is saved under (without the extension). */
function prepareDocument(repo: Repo, sound: SoundCase, name: DocumentName, today: string, opts: DocumentOptions) {
  const contact = name === 'contact' ? resolveContact(sound, opts.contact, today) : undefined;
  // The plan names the group activities the client took part in, from the register.
  const groups = name === 'plan' || name === 'periodic-report' ? caseActivitiesWhole(repo, sound.id) : undefined;
  const { view, title } = buildView(name, sound, repo.config, { ...opts, contact, groups, today });
  // Foster-care support concludes a dohoda o výkonu pěstounské péče (§ 47b zákona č. 359/1999 Sb.), not a § 91 contract.
  const template: TemplateName = name === 'contract' && isFosterCare(repo.config) ? 'foster-agreement' : name;
  const contactName = (contact ?? '').replace(/\.yaml$/, '');
  // Named by the document's own date (a protocol of a case closed on 1. 12. is termination-…-12-01,
  // whenever it is printed); a contact record's name holds its date already.
  if (name === 'contact') return { view, title, template, base: `contact-${contactName}` };
  const number =
    name === 'periodic-report'
      ? (opts.report ?? sound.contract?.data?.reports?.length)
      : (opts.amendment ?? sound.contract?.data?.amendments?.length);
  const detail = name === 'amendment' ? `-${number ?? ''}` : '';
  return { view, title, template, base: `${name}${detail}-${documentDate(name, sound, number) ?? today}` };
}

/** Renders a document of a case already checked by caseForDocuments (several documents, one check). */
export function renderSoundDocument(
  repo: Repo,
  sound: SoundCase,
  name: DocumentName,
  format: TextFormat,
  today: string,
  opts: DocumentOptions = {},
): { text: string; fileName: string } {
  const { view, title, template, base } = prepareDocument(repo, sound, name, today, opts);
  return { text: renderDocument(repo.root, template, view, format, title), fileName: `${base}.${format}` };
}

/** Renders a document in any format: text for Markdown and HTML, bytes for PDF. */
export async function renderDocumentFile(
  repo: Repo,
  kase: LoadedCase,
  name: DocumentName,
  format: Format,
  today: string,
  opts: DocumentOptions = {},
): Promise<{ content: string | Uint8Array; fileName: string }> {
  if (format !== 'pdf') {
    const { text, fileName } = renderCaseDocument(repo, kase, name, format, today, opts);
    return { content: text, fileName };
  }
  const sound = caseForDocuments(repo, kase, today);
  const { view, title, template, base } = prepareDocument(repo, sound, name, today, opts);
  if (opts.viaBrowser) {
    const { printWithBrowser } = await import('../render/browser.js');
    return {
      content: printWithBrowser(renderDocument(repo.root, template, view, 'html', title), repo, opts.env),
      fileName: `${base}.pdf`,
    };
  }
  const { renderPdf } = await import('../render/pdf.js');
  return {
    content: await renderPdf(repo.root, template, view, title, { pdfa: opts.pdfa, date: today }),
    fileName: `${base}.pdf`,
  };
}

/** Renders a document and saves it into the case's documents/, through the one writer; returns its path. */
export function saveDocument(
  ctx: Context,
  repo: Repo,
  id: string,
  name: DocumentName,
  format: Format,
  opts: DocumentOptions = {},
): Promise<string> {
  return asWriter(ctx, repo, `render ${name}`, async (w) => {
    w.cases([id]);
    const kase = loadCase(repo, id);
    assertWritable(kase);
    const { content, fileName } = await renderDocumentFile(repo, kase, name, format, ctx.today, opts);
    // A saved document may be the text of a signed one: a second one the same day never replaces it.
    const dot = fileName.lastIndexOf('.');
    let rel = `${kase.dir}/${DOCUMENTS_DIR}/${fileName}`;
    for (let n = 2; existsSync(join(repo.root, rel)); n++)
      rel = `${kase.dir}/${DOCUMENTS_DIR}/${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}`;
    logAccess(repo.root, ctx.io.env, repo.config, `render ${name}`, [kase.id]);
    w.write([{ path: join(repo.root, rel), content }]);
    return rel;
  });
}

/**
 * A contact record as an e-mail to the client, ready to send: an .eml file in the case's
 * documents/. spis sends nothing itself. Returns its path, or undefined when the client has no
 * e-mail address.
 */
export function saveContactEmail(ctx: Context, repo: Repo, id: string, contact: string): Promise<string | undefined> {
  return asWriter(ctx, repo, 'render contact', (w) => {
    w.cases([id]);
    const kase = loadCase(repo, id);
    const to = kase.client?.data?.email;
    if (!to) return undefined;
    const { text, fileName } = renderCaseDocument(repo, kase, 'contact', 'txt', ctx.today, { contact });
    const record = kase.contacts.find((c) => c.name === contact)?.data;
    const from = repo.config.workers.find((x) => x.id === record?.worker)?.email ?? repo.config.provider.email;
    const mail = contactEmail({ from, to, date: record?.date ?? ctx.today, provider: repo.config.provider.name, text });
    const rel = `${kase.dir}/${DOCUMENTS_DIR}/${fileName.replace(/\.txt$/, '.eml')}`;
    w.write([{ path: join(repo.root, rel), content: mail }]);
    return rel;
  });
}

export interface RenderCommandOptions {
  contact?: string;
  amendment?: string;
  report?: string;
  format?: string;
  output?: string;
  save?: boolean;
  pdfa?: boolean;
  viaBrowser?: boolean;
}

/** What `spis render` was asked for, its options checked against each other before any work. */
export function documentRequest(
  document: string,
  opts: RenderCommandOptions,
  ctx: Pick<Context, 'io'>,
): { name: DocumentName; format: Format; docOpts: DocumentOptions } {
  const name = documentName(document);
  const format = (opts.format ?? (opts.pdfa || opts.viaBrowser ? 'pdf' : 'md')) as Format;
  if (!FORMATS.includes(format)) throw usageError('render.bad-format', { value: opts.format });
  if ((opts.pdfa || opts.viaBrowser) && format !== 'pdf') throw usageError('render.pdf-only', { value: format });
  if (opts.pdfa && opts.viaBrowser) throw usageError('render.pdfa-via-browser');
  if (opts.save && opts.output) throw usageError('render.save-and-output');
  let amendment: number | undefined;
  if (opts.amendment !== undefined) {
    amendment = Number(opts.amendment);
    if (!Number.isInteger(amendment) || amendment < 1)
      throw usageError('render.bad-amendment', { value: opts.amendment });
  }
  let report: number | undefined;
  if (opts.report !== undefined) {
    report = Number(opts.report);
    if (!Number.isInteger(report) || report < 1) throw usageError('render.bad-report', { value: opts.report });
  }
  // A PDF is bytes: never poured onto a terminal.
  if (format === 'pdf' && !opts.save && !opts.output && 'isTTY' in ctx.io.stdout && ctx.io.stdout.isTTY === true)
    throw usageError('render.pdf-to-terminal');
  const docOpts = {
    contact: opts.contact,
    amendment,
    report,
    pdfa: opts.pdfa,
    viaBrowser: opts.viaBrowser,
    env: ctx.io.env,
  };
  return { name, format, docOpts };
}
