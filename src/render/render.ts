// Documents from Handlebars templates. One template serves both formats: its structure comes
// from a few format-aware helpers (section, field, list, signatures…), and every string of the
// data is escaped once for the output format before rendering, so client text can never
// become markup – not `<script>`, not `{{`, not a Markdown star. Templates compile in strict
// mode with only the known helpers.
import { isOneOf } from '../domain/fields.js';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { agree } from '../i18n/agree.js';
import { t } from '../i18n/index.js';
import { SpisError } from '../problems.js';

export { FORMATS, type Format, type TextFormat } from './documents.js';
import type { TextFormat } from './documents.js';
export const BUILTIN_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const REPO_TEMPLATES = 'templates';

export { DOCUMENTS, SERVICE_DOCUMENTS, type DocumentName, type TemplateName } from './documents.js';
import { DOCUMENTS, SERVICE_DOCUMENTS, VARIANT_TEMPLATES, type TemplateName } from './documents.js';
const PARTIALS = ['header'] as const;

export interface TemplateSource {
  name: string;
  path: string;
  origin: 'repository' | 'built-in';
}

/** Which file is in effect for each template: the repository's own wins over the built-in. */
export function templateSources(root: string): TemplateSource[] {
  return [...DOCUMENTS, ...VARIANT_TEMPLATES, ...SERVICE_DOCUMENTS, ...PARTIALS].map((name) => {
    const own = ownTemplate(root, name);
    return own
      ? { name, path: own, origin: 'repository' }
      : { name, path: join(BUILTIN_DIR, `${name}.hbs`), origin: 'built-in' };
  });
}

/** The repository's own template file, if any; a symbolic link (the folder or the file) is refused, never followed. */
function ownTemplate(root: string, name: string): string | undefined {
  for (const rel of [REPO_TEMPLATES, `${REPO_TEMPLATES}/${name}.hbs`]) {
    let link: boolean;
    try {
      link = lstatSync(join(root, rel)).isSymbolicLink();
    } catch {
      return undefined;
    }
    if (link) throw new SpisError('templates.symlink', { file: rel });
  }
  return join(root, REPO_TEMPLATES, `${name}.hbs`);
}

/** Templates in the repository's templates/ folder that name no known document. */
export function unknownTemplates(root: string): string[] {
  const dir = join(root, REPO_TEMPLATES);
  if (!existsSync(dir)) return [];
  const known = new Set<string>(
    [...DOCUMENTS, ...VARIANT_TEMPLATES, ...SERVICE_DOCUMENTS, ...PARTIALS].map((n) => `${n}.hbs`),
  );
  return readdirSync(dir).filter((n) => n.endsWith('.hbs') && !known.has(n));
}

// --- escaping -------------------------------------------------------------------------------

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>\n');
}

/** CommonMark: a backslash makes any ASCII punctuation literal. */
export function escapeMarkdown(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~#&{}]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

/** Text the tool itself produced in a known, markup-free form (formatted dates), left unescaped. */
export class Trusted {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Every string in the view, escaped for the format; numbers, booleans and nulls as they are. */
export function escapeView(value: unknown, format: TextFormat): unknown {
  if (value instanceof Trusted) return value.text;
  if (typeof value === 'string')
    return format === 'html'
      ? escapeHtml(value)
      : format === 'txt'
        ? value.replace(/\u0001/g, '')
        : escapeMarkdown(value);
  if (Array.isArray(value)) return value.map((v) => escapeView(v, format));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeView(v, format)]));
  }
  return value;
}

// --- helpers ----------------------------------------------------------------------------------

type Options = Handlebars.HelperOptions;

function helpers(format: TextFormat): Record<string, Handlebars.HelperDelegate> {
  if (format === 'txt') return plainHelpers();
  const html = format === 'html';
  const trimBlock = (s: string): string => s.replace(/^\s+|\s+$/g, '');
  return {
    title: (text: string) => (html ? `<h1>${text}</h1>\n` : `# ${text}\n\n`),
    subtitle: (text: string) => (html ? `<p class="subtitle">${text}</p>\n` : `*${text}*\n\n`),
    section(this: unknown, heading: string, options: Options) {
      const body = trimBlock(options.fn(this));
      return html ? `<section>\n<h2>${heading}</h2>\n${body}\n</section>\n` : `## ${heading}\n\n${body}\n\n`;
    },
    para(this: unknown, options: Options) {
      const body = trimBlock(options.fn(this)).replace(/\s*\n\s*/g, ' ');
      return html ? `<p>${body}</p>\n` : `${body}\n\n`;
    },
    field(label: string, value: unknown) {
      const v = value === null || value === undefined || value === '' ? '–' : String(value);
      return html ? `<p class="field"><span class="label">${label}:</span> ${v}</p>\n` : `**${label}:** ${v}  \n`;
    },
    list(this: unknown, options: Options) {
      const body = trimBlock(options.fn(this));
      return html ? `<ul>\n${body}\n</ul>\n` : `${body}\n\n`;
    },
    item(this: unknown, options: Options) {
      const body = trimBlock(options.fn(this)).replace(
        html ? /(?:<br>)?\s*\n\s*/g : /\s*\n\s*/g,
        html ? '<br>\n' : '  \n  ',
      );
      return html ? `<li>${body}</li>\n` : `- ${body}\n`;
    },
    signatures(...args: unknown[]) {
      // A label, or a list of them (a dohoda's carers, one line each).
      const labels = args
        .slice(0, -1)
        .flat()
        .map(String)
        .filter((s) => s !== '');
      if (html)
        return `<div class="signatures">\n${labels.map((l) => `<div class="signature"><div class="line"></div><div>${l}</div></div>`).join('\n')}\n</div>\n`;
      return `\n${labels.map((l) => `\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n${l}`).join('\n\n')}\n\n`;
    },
    strong: (text: string) => (html ? `<strong>${text}</strong>` : `**${text}**`),
    /** The provider's letterhead at the top of every document (HTML: the .header style). */
    letterhead(this: unknown, options: Options) {
      const body = trimBlock(options.fn(this)).replace(/\s*\n\s*/g, ' ');
      return html ? `<div class="header">${body}</div>\n` : `${body}\n\n`;
    },
    ...TEXT_HELPERS,
  };
}

/** Marks a field's line in plain text (a control character taken out of every value of the view). */
const FIELD = '\u0001';

/** The same helpers for plain text (an e-mail body read in a mail program): headings underlined, no markup. */
function plainHelpers(): Record<string, Handlebars.HelperDelegate> {
  const trimBlock = (s: string): string => s.replace(/^\s+|\s+$/g, '');
  const underline = (text: string, c: string): string => `${text}\n${c.repeat([...text].length)}\n\n`;
  return {
    title: (text: string) => underline(text, '='),
    subtitle: (text: string) => `${text}\n\n`,
    section(this: unknown, heading: string, options: Options) {
      return `${underline(heading, '-')}${trimBlock(options.fn(this))}\n\n`;
    },
    para(this: unknown, options: Options) {
      return `${trimBlock(options.fn(this)).replace(/\s*\n\s*/g, ' ')}\n\n`;
    },
    // Marked, so that fields stand line under line whatever blank lines the template's {{#if}}s leave between them.
    field(label: string, value: unknown) {
      return `${FIELD}${label}: ${value === null || value === undefined || value === '' ? '–' : String(value)}${FIELD}`;
    },
    list(this: unknown, options: Options) {
      return `${trimBlock(options.fn(this))}\n\n`;
    },
    item(this: unknown, options: Options) {
      return `- ${trimBlock(options.fn(this)).replace(/\s*\n\s*/g, '\n  ')}\n`;
    },
    // An e-mail is signed by nobody: the signature lines are left out, their labels too.
    signatures: () => '',
    strong: (text: string) => text,
    letterhead(this: unknown, options: Options) {
      return `${trimBlock(options.fn(this)).replace(/\s*\n\s*/g, ' ')}\n\n`;
    },
    ...TEXT_HELPERS,
  };
}

/** Helpers that only make text, the same in every format. */
export const TEXT_HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** Czech quotation marks around a value: „text“. */
  quote: (text: unknown) => (text === null || text === undefined || text === '' ? '' : `„${String(text)}“`),
  /** Czech agrees with the person: (agree client.sex "klient" "klientka"), a third form where the sex is unknown (default "klient/klientka"). */
  agree: (...args: unknown[]) => {
    const [sex, male, female, neutral] = args
      .slice(0, -1)
      .map((a) => (a === null || a === undefined ? undefined : String(a)));
    return agree(sex, male ?? '', female ?? '', neutral);
  },
  /** One text or the other by a switch of the view: (choose foster_care "Osoba pečující:" "Klient:"). */
  choose: (cond: unknown, yes: unknown, no: unknown) => String((cond ? yes : no) ?? ''),
  /** Joins its arguments with spaces, skipping empty ones: (concat "klient:" client.name). */
  concat: (...args: unknown[]) =>
    args
      .slice(0, -1)
      .filter((a) => a !== null && a !== undefined && a !== '')
      .join(' '),
};

/** The helpers a template may use, in every format (render/pdf.ts implements the same names). */
export const HELPER_NAMES = Object.keys(helpers('md'));
const KNOWN = Object.fromEntries(HELPER_NAMES.map((k) => [k, true]));

export const HTML_STYLE = `@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: "strana " counter(page) " z " counter(pages); font-size: 9pt; } }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #000; max-width: 174mm; margin: 0 auto; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
.subtitle { text-align: center; margin-top: 0; }
.header { border-bottom: 1px solid #000; margin-bottom: 6mm; padding-bottom: 2mm; font-size: 9.5pt; }
.field { margin: 1mm 0; }
.label { font-weight: bold; }
section { break-inside: avoid-page; }
.signatures { display: flex; justify-content: space-between; gap: 12mm; margin-top: 18mm; break-inside: avoid; }
.signature { flex: 1; text-align: center; }
.signature .line { border-bottom: 1px solid #000; height: 14mm; margin-bottom: 2mm; }
@media screen { body { margin: 10mm auto; } }`;

function compile(env: typeof Handlebars, source: TemplateSource): Handlebars.TemplateDelegate {
  try {
    // Only our helpers: Handlebars' own log (which prints data to the terminal) and lookup (any field by a computed name) are not known.
    return env.compile(readFileSync(source.path, 'utf8'), {
      strict: true,
      knownHelpers: { ...KNOWN, log: false, lookup: false },
      knownHelpersOnly: true,
      noEscape: true,
    });
  } catch (err) {
    throw new SpisError('render.template-broken', {
      path: source.path,
      detail: (err instanceof Error ? err.message : String(err)).split('\n')[0],
    });
  }
}

const NBSP = '\u00a0';

/**
 * Czech typography for print: no line break after a one-letter preposition or conjunction, inside
 * a date or a number written in groups (a postcode), between § and its number, in "č. 108/2006
 * Sb.", after an academic title; no space
 * before a comma; no full stop doubled (a value ending in one, a quotation ending in one).
 */
export function czechTypography(text: string): string {
  return (
    text
      .replace(/(^|[\s(„])([ksvzouaiKSVZOUAI]) (?=\S)/gm, `$1$2${NBSP}`)
      .replace(/(^|[\s(„])([ksvzouaiKSVZOUAI]) (?=\S)/gm, `$1$2${NBSP}`)
      .replace(/(\d{1,2})\. (\d{1,2})\. (\d{4})/g, `$1.${NBSP}$2.${NBSP}$3`)
      .replace(/§ (?=\d)/g, `§${NBSP}`)
      .replace(/(^|[\s(])(č|odst|písm|zák)\. (?=\S)/g, `$1$2.${NBSP}`)
      .replace(/(\d) (Sb\.)/g, `$1${NBSP}$2`)
      // a number in groups (779 00, 1 500 Kč, +420 600 000 111) is never broken
      .replace(/(\d) (?=\d)/g, `$1${NBSP}`)
      .replace(/(^|[\s(„])(Mgr|Bc|Ing|PhDr|MUDr|JUDr|PaedDr|RNDr|MVDr|Dr|doc|prof)\. (?=\p{Lu})/gmu, `$1$2.${NBSP}`)
      .replace(/ +,/g, ',')
      .replace(/([.!?])“\./g, '$1“')
      .replace(/(?<![.\\])\.\.(?!\.)/g, '.')
  );
}

/**
 * Runs a document's template (the repository's own or the built-in) on the view, with the given
 * helpers: the one step every format shares. `escaped` is the view already escaped for the format.
 */
export function applyTemplate(
  root: string,
  name: TemplateName,
  escaped: unknown,
  formatHelpers: Record<string, Handlebars.HelperDelegate>,
): string {
  const sources = templateSources(root);
  const env = Handlebars.create();
  env.unregisterHelper('log');
  env.unregisterHelper('lookup');
  env.registerHelper(formatHelpers);
  const main = sources.find((s) => s.name === name)!;
  for (const p of PARTIALS) {
    const src = sources.find((s) => s.name === p)!;
    env.registerPartial(p, readFileSync(src.path, 'utf8'));
  }
  const template = compile(env, main);
  try {
    return template(escaped);
  } catch (err) {
    throw new SpisError('render.template-failed', { path: main.path, detail: failedAt(env, sources, main, err) });
  }
}

/**
 * Where a template failed, as the template says it – its line and the field path written there
 * (client.label.x) – never the data: Handlebars' own messages quote the value it looked into
 * ("… not defined in Jana Dvořáková").
 */
function failedAt(env: typeof Handlebars, sources: TemplateSource[], main: TemplateSource, err: unknown): string {
  const e = err as { message?: string; lineNumber?: number };
  const message = String(e.message ?? '');
  // A helper the tool does not provide (Handlebars' log and lookup included): said by its name and place.
  const helper = /unknown helper (\S+) - (\d+):/.exec(message);
  if (helper) return t('render.unknown-helper', { name: helper[1], line: helper[2], known: HELPER_NAMES.join(', ') });
  // The one thing taken from the message: the name of the field it missed, a name from the template.
  const name = /^"([^"]+)" not defined in/.exec(message)?.[1] ?? /search for '([^']+)' in/.exec(message)?.[1];
  const found: { path: string; line: number; file: string }[] = [];
  for (const src of [main, ...sources.filter((s) => isOneOf(PARTIALS, s.name))]) {
    let ast: ReturnType<typeof env.parse>;
    try {
      ast = env.parse(readFileSync(src.path, 'utf8'));
    } catch {
      continue;
    }
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as { type?: string; original?: string; parts?: string[]; loc?: { start: { line: number } } };
      if (n.type === 'PathExpression' && name && n.parts?.includes(name) && n.original)
        found.push({ path: n.original, line: n.loc?.start.line ?? 0, file: basename(src.path) });
      for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
    };
    visit(ast);
  }
  const at =
    found.find((f) => f.line === e.lineNumber && f.file === basename(main.path)) ??
    found.find((f) => f.line === e.lineNumber) ??
    found[0];
  if (at) return t('render.failed-at', { file: at.file, line: at.line, field: at.path });
  return e.lineNumber ? t('render.failed-line', { line: e.lineNumber }) : t('render.failed-unknown');
}

/** Renders a document as Markdown or HTML; `view` is the unescaped view model, `title` the document's title. */
export function renderDocument(
  root: string,
  name: TemplateName,
  view: Record<string, unknown>,
  format: TextFormat,
  title: string,
): string {
  let body = applyTemplate(root, name, escapeView(view, format), helpers(format));
  if (format === 'md') return czechTypography(body.replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
  // Plain text keeps ordinary spaces: a mail program wraps lines itself.
  if (format === 'txt') {
    const lines = body
      .replace(/\u0001\s*\u0001/g, '\n')
      .replace(/\u0001/g, '\n\n')
      .replace(/\n{3,}/g, '\n\n');
    return czechTypography(lines.trim()).replaceAll(NBSP, ' ') + '\n';
  }
  // In HTML only the text between tags is set; tags and their attributes stay as they are.
  body = body
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : czechTypography(part)))
    .join('');
  return `<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${HTML_STYLE}
</style>
</head>
<body>
${body.trim()}
</body>
</html>
`;
}
