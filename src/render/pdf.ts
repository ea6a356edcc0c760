// Documents as PDF, laid out by pdfmake from the same templates, view and helpers as Markdown and
// HTML – never by converting HTML. In this format the structural helpers (section, para, field,
// list, signatures…) build pdfmake nodes; the template's output is only their skeleton: each
// helper leaves a placeholder (private-use characters around the node's number) that the
// enclosing helper turns back into nodes. Data can never become a node: those characters are
// removed from every string of the view, and nothing a template does can name an image, a URL
// or a file – the URL and local access policies refuse everything but the fonts chosen here.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { SpisError } from '../problems.js';
import { applyTemplate, czechTypography, TEXT_HELPERS, Trusted, type TemplateName } from './render.js';

const OPEN = '\ue000';
const CLOSE = '\ue001';
/** A line break that was in the data (a template's own line breaks are layout, not text). */
const BREAK = '\ue002';
const SENTINELS = /[\ue000-\ue002]/g;
const PLACEHOLDER = /\ue000(\d+)\ue001/;

type Inline = string | { text: Inline[] | string; bold?: boolean };
interface Node {
  kind: 'inline' | 'block';
  content: Record<string, unknown>;
}

// A4 in points, margins as the HTML's @page (20 mm, 18 mm, 22 mm).
const MM = 72 / 25.4;
const PAGE_WIDTH = 595.28;
const MARGINS: [number, number, number, number] = [18 * MM, 20 * MM, 18 * MM, 22 * MM];
const TEXT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2];

/** Strings of the view as they are (PDF text is not markup), minus the placeholder characters. */
export function pdfView(value: unknown): unknown {
  if (value instanceof Trusted) return value.text;
  if (typeof value === 'string') return value.replace(SENTINELS, '').replace(/\r?\n/g, BREAK);
  if (Array.isArray(value)) return value.map(pdfView);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pdfView(v)]));
  return value;
}

/** The template's output cut into text and the nodes its placeholders stand for. */
function pieces(text: string, nodes: Node[]): Array<string | Node> {
  const parts = text.split(new RegExp(PLACEHOLDER.source, 'g'));
  // split with a capture group alternates text and node numbers
  return parts.map((part, i) => (i % 2 === 1 ? nodes[Number(part)] : part)).filter((p) => p !== '');
}

/**
 * A run of text: the template's own line breaks fold into spaces (or stay, in a list item, as in
 * HTML), Czech typography is applied, the data's line breaks are kept.
 */
function inline(text: string, nodes: Node[], keepLines = false): Inline[] {
  const folded = czechTypography(text.trim().replace(/[ \t]*\n[ \t]*/g, keepLines ? '\n' : ' '));
  return pieces(folded, nodes).map((p) =>
    typeof p === 'string'
      ? p.replace(new RegExp(BREAK, 'g'), '\n')
      : p.kind === 'inline'
        ? (p.content as Inline)
        : ((p.content.text as Inline) ?? ''),
  );
}

/** A sequence of blocks; loose text between them becomes a paragraph. */
function blocks(text: string, nodes: Node[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim() !== '') out.push({ text: inline(loose, nodes), style: 'para' });
    loose = '';
  };
  for (const p of pieces(text, nodes)) {
    if (typeof p === 'string') loose += p;
    else if (p.kind === 'inline') loose += `${OPEN}${nodes.indexOf(p)}${CLOSE}`;
    else {
      flush();
      out.push(p.content);
    }
  }
  flush();
  return out;
}

function pdfHelpers(nodes: Node[]): Record<string, Handlebars.HelperDelegate> {
  type Options = Handlebars.HelperOptions;
  const put = (kind: Node['kind'], content: Record<string, unknown>): string => {
    nodes.push({ kind, content });
    return `${OPEN}${nodes.length - 1}${CLOSE}`;
  };
  const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const rule = (y: number) => ({ canvas: [{ type: 'line', x1: 0, y1: y, x2: TEXT_WIDTH, y2: y, lineWidth: 0.7 }] });
  return {
    title: (text: unknown) => put('block', { text: inline(str(text), nodes), style: 'title' }),
    subtitle: (text: unknown) => put('block', { text: inline(str(text), nodes), style: 'subtitle' }),
    section(this: unknown, heading: unknown, options: Options) {
      const head = { text: inline(str(heading), nodes), style: 'heading', headlineLevel: 1 };
      return put('block', { stack: [head, ...blocks(options.fn(this), nodes)] });
    },
    para(this: unknown, options: Options) {
      return put('block', { text: inline(options.fn(this), nodes), style: 'para' });
    },
    field(label: unknown, value: unknown) {
      const v = value === null || value === undefined || value === '' ? '–' : str(value);
      return put('block', { text: [{ text: `${str(label)}:`, bold: true }, ' ', ...inline(v, nodes)], style: 'field' });
    },
    list(this: unknown, options: Options) {
      return put('block', { ul: blocks(options.fn(this), nodes), style: 'list' });
    },
    item(this: unknown, options: Options) {
      return put('block', { text: inline(options.fn(this), nodes, true), style: 'item' });
    },
    signatures(...args: unknown[]) {
      // A label, or a list of them (a dohoda's carers), as in the text formats.
      const labels = args
        .slice(0, -1)
        .flat()
        .map(str)
        .filter((s) => s !== '');
      const gap = 34;
      const width = (TEXT_WIDTH - gap * (labels.length - 1)) / labels.length;
      const columns = labels.map((l) => ({
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }], margin: [0, 40, 0, 4] },
          { text: inline(l, nodes), alignment: 'center', fontSize: 10 },
        ],
      }));
      return put('block', { columns, columnGap: gap, margin: [0, 24, 0, 0], unbreakable: true });
    },
    // pdfmake gives a style to the runs of a text, not to a nested array: a run per piece
    strong: (text: unknown) =>
      put('inline', {
        text: inline(str(text), nodes).map((r) =>
          typeof r === 'string' ? { text: r, bold: true } : { ...r, bold: true },
        ),
      }),
    letterhead(this: unknown, options: Options) {
      return put('block', {
        stack: [{ text: inline(options.fn(this), nodes), fontSize: 9.5 }, rule(4)],
        margin: [0, 0, 0, 14],
      });
    },
    ...TEXT_HELPERS,
  };
}

/** DejaVu Serif: the system's where installed, else the copy in the dejavu-fonts-ttf package. */
export function fontFiles(): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  const names = {
    normal: 'DejaVuSerif.ttf',
    bold: 'DejaVuSerif-Bold.ttf',
    italics: 'DejaVuSerif-Italic.ttf',
    bolditalics: 'DejaVuSerif-BoldItalic.ttf',
  };
  const dirs = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/local/share/fonts/dejavu'];
  try {
    dirs.push(join(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf'));
  } catch {
    // not installed: only the system's
  }
  const dir = dirs.find((d) => Object.values(names).every((n) => existsSync(join(d, n))));
  if (!dir) throw new SpisError('render.pdf-no-font', { dirs: dirs.join(', ') });
  return Object.fromEntries(Object.entries(names).map(([k, n]) => [k, join(dir, n)])) as ReturnType<typeof fontFiles>;
}

export interface PdfOptions {
  /** PDF/A-2b, for long-term archiving. */
  pdfa?: boolean;
  /** The document's date (ISO): its creation date in the PDF's metadata, so a document is reproducible. */
  date: string;
}

/** The pdfmake document definition of a document (exported for tests of the layout). */
export function pdfDefinition(
  root: string,
  name: TemplateName,
  view: Record<string, unknown>,
  title: string,
  opts: PdfOptions,
): Record<string, unknown> {
  const nodes: Node[] = [];
  const body = applyTemplate(root, name, pdfView(view), pdfHelpers(nodes));
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: 'cs-CZ',
    info: {
      title,
      creator: 'spis',
      producer: 'spis (pdfmake)',
      creationDate: new Date(`${opts.date}T12:00:00Z`),
      modDate: new Date(`${opts.date}T12:00:00Z`),
    },
    content: blocks(body, nodes),
    footer: (page: number, pages: number) => ({
      text: `strana ${page} z ${pages}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 30, 0, 0],
    }),
    // A heading never stands alone at the foot of a page.
    pageBreakBefore: (node: { headlineLevel?: number }, q: { getFollowingNodesOnPage(): unknown[] }) =>
      node.headlineLevel === 1 && q.getFollowingNodesOnPage().length === 0,
    defaultStyle: { font: 'DejaVuSerif', fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      subtitle: { alignment: 'center', margin: [0, 0, 0, 10] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      para: { margin: [0, 0, 0, 5] },
      field: { margin: [0, 1, 0, 1] },
      list: { margin: [0, 0, 0, 5] },
      item: { margin: [0, 0, 0, 3] },
    },
    ...(opts.pdfa ? { subset: 'PDF/A-2b', version: '1.7' } : { version: '1.7' }),
  };
}

/** Renders a document as an A4 PDF with embedded DejaVu fonts and page numbers. */
export async function renderPdf(
  root: string,
  name: TemplateName,
  view: Record<string, unknown>,
  title: string,
  opts: PdfOptions,
): Promise<Buffer> {
  const definition = pdfDefinition(root, name, view, title, opts);
  const fonts = fontFiles();
  const allowed = new Set(Object.values(fonts));
  // @ts-expect-error pdfmake ships no types; the part used is typed below
  const { default: pdfmake } = (await import('pdfmake')) as { default: PdfMake };
  pdfmake.setFonts({ DejaVuSerif: fonts });
  // Nothing but the fonts above is ever read, and nothing is fetched.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => allowed.has(path));
  return pdfmake.createPdf(definition).getBuffer();
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}
