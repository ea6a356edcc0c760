// Reading a PDF back as text (pdfjs-dist), and the words of a PDF and of an HTML document, so that
// the two renderings of one document can be compared word for word.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, lines joined by spaces. */
export async function pdfPages(file: string): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((x) => ('str' in x ? x.str + (x.hasEOL ? ' ' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** The words of a text, signature underlines left out. */
export const words = (s: string): string[] =>
  s
    .replace(/\u00a0/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !/^_+$/.test(w));

/** The words of the PDF's pages without their page numbers, list bullets left out. */
export const pdfWords = (pages: string[]): string[] =>
  words(pages.map((p) => p.replace(/strana \d+ z \d+/, '')).join(' ')).filter((w) => w !== '•');

/** The words of an HTML document's body, entities decoded, list bullets left out. */
export function htmlWords(html: string): string[] {
  const body = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  // Inline tags sit inside a word's run of text (<strong>2025-0012</strong>:); every other tag separates.
  const text = body.replace(/<\/?(strong|em|b|i|span|code|a)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
  return words(
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  ).filter((w) => w !== '•');
}
