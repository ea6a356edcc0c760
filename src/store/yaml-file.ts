// Text ⇄ YAML document, with exact positions for problems and comment-preserving edits.
// The `yaml` package is loaded on first use only: commands read with js-yaml (read-yaml.ts) and
// need this module's parser just to locate a problem or to edit a file.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { Document, LineCounter, Node, Pair, Range } from 'yaml';

type YamlModule = typeof import('yaml');
let loaded: YamlModule | undefined;
function yaml(): YamlModule {
  if (!loaded) {
    const m: YamlModule = createRequire(import.meta.url)('yaml');
    loaded = m;
  }
  return loaded;
}
import type { Problem, ProblemCode } from '../problems.js';
import type { PathSegment } from '../domain/types.js';
import { maskExcerpt } from '../domain/privacy.js';

/** Records are a few kilobytes; anything near this is not a record and is refused unread. */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** Records never need aliases; a handful is tolerated, a "billion laughs" is not. */
const MAX_ALIAS_COUNT = 20;

export interface ParsedYaml {
  /** Path relative to the repository root, for messages. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the file could not be read as a mapping. */
  data: Record<string, unknown> | undefined;
  problems: Problem[];
}

export type { PathSegment };

export function parseYaml(text: string, file: string): ParsedYaml {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  if (Buffer.byteLength(text) > MAX_RECORD_BYTES) {
    const doc = parseDocument('', { lineCounter });
    problems.push(tooLargeProblem(file));
    return { file, text: '', doc, lineCounter, data: undefined, problems };
  }
  // Both parsers recurse per level: a file nested thousands deep would overflow the stack.
  const deep = tooDeep(text);
  if (deep) {
    const doc = parseDocument('', { lineCounter });
    problems.push(tooDeepProblem(file, text, deep));
    return { file, text, doc, lineCounter, data: undefined, problems };
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    keepSourceTokens: false,
  });
  const parsed: ParsedYaml = { file, text, doc, lineCounter, data: undefined, problems };
  for (const err of doc.errors) {
    const code: ProblemCode = err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    problems.push(problemAtOffset(parsed, code, err.pos[0], { detail: firstLine(err.message), yamlCode: err.code }));
  }
  if (problems.length > 0) return parsed;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    problems.push({ code: 'yaml-aliases', file, line: 1, col: 1, params: {} });
    return parsed;
  }
  if (!isPlainObject(data)) {
    problems.push({
      code: 'yaml-not-mapping',
      file,
      line: 1,
      col: 1,
      params: {},
      excerpt: maskExcerpt(lineText(text, 1)),
    });
    return parsed;
  }
  parsed.data = data;
  return parsed;
}

/** How deep a record may nest (a real one nests five or six levels). */
export const MAX_DEPTH = 64;
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_DEPTH}}`, 'm');

/**
 * Where a text first nests deeper than MAX_DEPTH – block indentation levels, compact "- - "
 * entries and flow brackets together – or undefined. A linear scan before any parser runs, so a
 * hostile file is a problem of that file, not a stack overflow of the program. Quoted strings
 * and comments are skipped; a block scalar's lines count as one level each way they indent, so
 * the estimate errs towards "deep" only for texts no person writes.
 */
export function tooDeep(text: string): { line: number; col: number } | undefined {
  // Most records cannot be deep at all: no long indentation, few brackets, no long "- - -" runs.
  // (Counted with indexOf, which the engine runs natively: this runs on every record read.)
  let brackets = 0;
  for (const open of ['[', '{'])
    for (let i = text.indexOf(open); i !== -1 && brackets <= MAX_DEPTH; i = text.indexOf(open, i + 1)) brackets++;
  if (brackets <= MAX_DEPTH && !DEEP_INDENT.test(text) && !/(-[ \t]+){16}/.test(text)) return undefined;
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i === line.length || line[i] === '#') continue;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= i) indents.pop();
      indents.push(i);
    }
    let compact = 0;
    for (let j = i; j < line.length; j++) {
      const c = line[j];
      if (c === '"' || c === "'") {
        // A quoted string: skip to its end on this line (an escaped or doubled quote stays inside).
        for (j++; j < line.length && line[j] !== c; j++) if (c === '"' && line[j] === '\\') j++;
        continue;
      }
      if (c === '#' && (j === 0 || line[j - 1] === ' ' || line[j - 1] === '\t')) break;
      if (
        c === '-' &&
        flow === 0 &&
        (line[j + 1] === ' ' || line[j + 1] === undefined) &&
        /^[ \t-]*$/.test(line.slice(i, j))
      )
        compact++;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (indents.length + compact + flow > MAX_DEPTH) return { line: n + 1, col: j + 1 };
    }
  }
  return undefined;
}

export function tooDeepProblem(file: string, text: string, at: { line: number; col: number }): Problem {
  return {
    code: 'yaml-too-deep',
    file,
    line: at.line,
    col: at.col,
    params: { limit: MAX_DEPTH },
    excerpt: maskExcerpt(lineText(text, at.line)),
  };
}

export function tooLargeProblem(file: string): Problem {
  return { code: 'yaml-too-large', file, line: 1, col: 1, params: { limit: `${MAX_RECORD_BYTES / 1024} KiB` } };
}

function firstLine(message: string): string {
  // yaml's messages end with " at line L, column C" which we show in our own layout instead.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

export function problemAtOffset(
  parsed: ParsedYaml,
  code: ProblemCode,
  offset: number,
  params: Problem['params'],
  path?: string,
): Problem {
  const { line, col } = parsed.lineCounter.linePos(Math.max(0, Math.min(offset, parsed.text.length)));
  return { code, file: parsed.file, line, col, path, params, excerpt: maskExcerpt(lineText(parsed.text, line), path) };
}

/** A problem pointed at a key of the document (the key, not its value, which may be personal). */
export function problemAtKey(
  parsed: ParsedYaml,
  path: readonly PathSegment[],
  code: ProblemCode,
  params: Problem['params'],
): Problem {
  return problemAtOffset(parsed, code, offsetOf(parsed, path, 'key'), params, formatPath([...path]));
}

/**
 * The source offset of a value (or of its key) at a data path. When the path does not exist
 * (a missing field), the nearest existing parent is used, so the marker points where the field
 * belongs.
 */
export function offsetOf(parsed: ParsedYaml, path: readonly PathSegment[], target: 'value' | 'key' = 'value'): number {
  let node: unknown = parsed.doc.contents;
  let offset = nodeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => yaml().isPair(p) && scalarKey(p.key) === String(seg));
      if (!pair) return offset;
      const last = i === path.length - 1;
      if (last && target === 'key') return nodeStart(pair.key) ?? offset;
      node = pair.value;
      offset = nodeStart(pair.value) ?? nodeStart(pair.key) ?? offset;
    } else if (yaml().isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return offset;
      node = item;
      offset = nodeStart(item) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function nodeStart(node: unknown): number | undefined {
  return rangeOf(node)?.[0];
}

/** A YAML node, or null for what is none (a missing value, a plain value in the tree). */
function nodeOf(x: unknown): Node | null {
  return yaml().isNode(x) ? x : null;
}

/** Where a node stands in the text: start, end of its value, end of the node (with its comment). */
function rangeOf(x: unknown): Range | undefined {
  return nodeOf(x)?.range ?? undefined;
}

function scalarKey(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

export function problemAtPath(
  parsed: ParsedYaml,
  code: ProblemCode,
  path: readonly PathSegment[],
  params: Problem['params'],
  target: 'value' | 'key' = 'value',
): Problem {
  return problemAtOffset(parsed, code, offsetOf(parsed, path, target), params, formatPath(path));
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function schemaHeader(schemaRelPath: string): string {
  return ` yaml-language-server: $schema=${schemaRelPath}`;
}

const STRINGIFY = { lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false } as const;

/** A new record file's text: the schema line first so a worker's editor validates while typing. */
export function stringifyNew(data: unknown, schemaRelPath: string): string {
  const doc = new (yaml().Document)(data);
  doc.commentBefore = schemaHeader(schemaRelPath);
  return doc.toString(STRINGIFY);
}

/**
 * Applies new data to an existing document in place, touching only what changed, so the
 * worker's comments, key order and formatting survive the tool's edit.
 */
export function applyData(doc: Document, data: unknown): string {
  doc.contents = mergeNode(doc, doc.contents, data);
  return doc.toString(STRINGIFY);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function mergeNode(doc: Document, node: unknown, value: unknown): Node {
  if (yaml().isMap(node) && isPlainObject(value)) {
    if (node.flow && Object.values(value).some((v) => v !== null && typeof v === 'object')) node.flow = false;
    for (const pair of [...node.items]) {
      const k = scalarKey(pair.key);
      if (k !== undefined && !(k in value)) node.delete(pair.key);
    }
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const pair = node.items.find((p) => scalarKey(p.key) === k);
      if (pair) pair.value = mergeNode(doc, pair.value, v);
      else node.items.push(doc.createPair(k, v));
    }
    return node;
  }
  if (yaml().isSeq(node) && Array.isArray(value)) {
    value.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = mergeNode(doc, node.items[i], v);
      else node.items.push(doc.createNode(v));
    });
    node.items.splice(value.length);
    // `[]` written for an empty list would otherwise pull every record appended to it into flow style.
    if (node.flow && value.some((v) => v !== null && typeof v === 'object')) node.flow = false;
    return node;
  }
  if (yaml().isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) {
      if (typeof node.value !== typeof value) node.type = undefined;
      node.value = value;
    }
    return node;
  }
  const fresh = doc.createNode(value);
  if (yaml().isNode(node)) {
    fresh.commentBefore = node.commentBefore;
    fresh.comment = node.comment;
  }
  return fresh;
}

// --- minimal edits ---------------------------------------------------------------------------
// An edit changes only the lines it must: every node whose data is unchanged keeps its text to
// the byte (folded lines, spacing before comments, quoting, indentation), and only a changed
// value, an added key or item, or a removed one is rendered and spliced into the original text.
// Line endings and a byte-order mark are kept as found. Whatever this cannot do exactly falls
// back to rendering the document through yaml (comments and key order still kept), and both are
// read back and compared with the intended data before anything is written.

interface Splice {
  start: number;
  end: number;
  text: string;
}

const CANNOT = Symbol('cannot');

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function indentLines(rendered: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return rendered
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

function render(value: unknown): string {
  return new (yaml().Document)(value).toString(STRINGIFY);
}

function toJs(node: unknown): unknown {
  return yaml().isNode(node) ? node.toJSON() : node;
}

function diffNode(
  text: string,
  node: unknown,
  value: unknown,
  at: { keyStart: number; key: string; indent: number } | undefined,
  out: Splice[],
): typeof CANNOT | void {
  const Y = yaml();
  if (!Y.isNode(node)) return CANNOT;
  if (isDeepStrictEqual(toJs(node), value)) return;
  if (!node.range) return CANNOT;
  const [start, valueEnd, nodeEnd] = node.range;
  if (Y.isMap(node) && !node.flow && isPlainObject(value)) {
    // Every key a scalar with its place in the text, or no minimal edit.
    const pairs = node.items.flatMap((p: Pair<unknown, unknown>) =>
      Y.isScalar(p.key) && p.key.range ? [{ key: p.key, at: p.key.range, value: p.value }] : [],
    );
    if (pairs.length !== node.items.length || pairs.length === 0) return CANNOT;
    const indent = columnOf(text, pairs[0].at[0]);
    for (const pair of pairs) {
      const key = String(pair.key.value);
      if (!(key in value) || value[key] === undefined) {
        const end = rangeOf(pair.value)?.[2] ?? pair.at[2];
        out.push({
          start: lineStart(text, pair.at[0]),
          end: text[end - 1] === '\n' ? end : text.indexOf('\n', end) + 1 || text.length,
          text: '',
        });
        continue;
      }
      if (diffNode(text, pair.value, value[key], { keyStart: pair.at[0], key, indent }, out) === CANNOT) return CANNOT;
    }
    const known = new Set(pairs.map((p) => String(p.key.value)));
    const added = Object.entries(value).filter(([k, v]) => !known.has(k) && v !== undefined);
    if (added.length) {
      const lead = text[nodeEnd - 1] === '\n' || nodeEnd === 0 ? '' : '\n';
      out.push({ start: nodeEnd, end: nodeEnd, text: lead + indentLines(render(Object.fromEntries(added)), indent) });
    }
    return;
  }
  if (Y.isSeq(node) && !node.flow && Array.isArray(value)) {
    const first = rangeOf(node.items[0]);
    if (!first) return CANNOT;
    const dash = text.lastIndexOf('-', first[0] - 1);
    if (dash < lineStart(text, first[0])) return CANNOT;
    const indent = columnOf(text, dash);
    for (let i = 0; i < Math.min(node.items.length, value.length); i++) {
      if (diffNode(text, node.items[i], value[i], undefined, out) === CANNOT) return CANNOT;
    }
    if (value.length < node.items.length) {
      const from = rangeOf(node.items[value.length]);
      if (!from) return CANNOT;
      out.push({ start: lineStart(text, from[0]), end: nodeEnd, text: '' });
    } else if (value.length > node.items.length) {
      const lead = text[nodeEnd - 1] === '\n' || nodeEnd === 0 ? '' : '\n';
      out.push({
        start: nodeEnd,
        end: nodeEnd,
        text: lead + indentLines(render(value.slice(node.items.length)), indent),
      });
    }
    return;
  }
  // A scalar changed, a flow collection changed, or the kind of value changed: the pair is
  // rendered anew in place (its trailing comment stays); an item of a list only when it is a
  // single line.
  if (at) {
    const rendered = indentLines(render({ [at.key]: value }), at.indent).replace(/\n$/, '');
    const multiline = Y.isScalar(node) ? valueEnd : nodeEnd;
    const end =
      Y.isScalar(node) && !/\n/.test(text.slice(start, valueEnd))
        ? valueEnd
        : text[multiline - 1] === '\n'
          ? multiline - 1
          : multiline;
    out.push({ start: lineStart(text, at.keyStart), end, text: rendered });
    return;
  }
  if (Y.isScalar(node) && (value === null || typeof value !== 'object')) {
    const rendered = render([value]).replace(/^- /, '').replace(/\n$/, '');
    if (rendered.includes('\n') || /\n/.test(text.slice(start, valueEnd))) return CANNOT;
    out.push({ start, end: valueEnd, text: rendered });
    return;
  }
  return CANNOT;
}

/**
 * The text of `parsed` changed to hold `data`, changing as few lines as it can, and that text
 * read back (the caller checks it holds exactly `data` before writing it).
 */
export function editText(parsed: ParsedYaml, data: unknown): { text: string; reread: ParsedYaml } {
  const crlf = parsed.text.includes('\r\n');
  // Edited as LF text, written back with the line endings it had.
  const base = crlf ? parseYaml(parsed.text.replace(/\r\n/g, '\n'), parsed.file) : parsed;
  const text = base.text;
  const bom = text.startsWith('\ufeff');
  const splices: Splice[] = [];
  let next: string | undefined;
  if (base.problems.length === 0 && diffNode(text, base.doc.contents, data, undefined, splices) !== CANNOT) {
    // From the end backwards; at one offset the later insertion first, so that they end up in order.
    const ordered = splices
      .map((s, i) => ({ s, i }))
      .sort((a, b) => b.s.start - a.s.start || b.i - a.i)
      .map((x) => x.s);
    next = text;
    let limit = Infinity;
    for (const s of ordered) {
      if (s.end > limit) {
        next = undefined; // overlapping edits: not exact, render instead
        break;
      }
      next = next.slice(0, s.start) + s.text + next.slice(s.end);
      limit = s.start;
    }
    if (next !== undefined) {
      const reread = parseYaml(next, parsed.file);
      if (reread.problems.length === 0 && isDeepStrictEqual(reread.data, data))
        return done(reread.text, crlf, parsed.file, reread);
    }
  }
  next = applyData(base.doc, data).replace(/^\ufeff/, '');
  return done(bom ? `\ufeff${next}` : next, crlf, parsed.file);
}

/** The edited text with the line endings the file had, and its reading (reused when it is already made). */
function done(text: string, crlf: boolean, file: string, reread?: ParsedYaml): { text: string; reread: ParsedYaml } {
  if (!crlf) return { text, reread: reread ?? parseYaml(text, file) };
  const out = text.replace(/\n/g, '\r\n');
  return { text: out, reread: parseYaml(out, file) };
}
