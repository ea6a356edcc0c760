// A fast reader for the block-YAML subset that case records are written in. It exists for
// `spis due`, which reads a whole caseload at every run: the full `yaml` parser manages a few
// thousand small files a second, this one tens of thousands.
//
// It is strict: on anything it is not certain to read exactly as `yaml` would (anchors, tags,
// multi-line flow collections, quoted keys, tabs, more-indented folded lines…) it returns
// UNSUPPORTED and the caller uses the full parser. test/fast-yaml.test.ts holds the two equal.

export const UNSUPPORTED: unique symbol = Symbol('unsupported');
type Result = unknown | typeof UNSUPPORTED;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

interface Line {
  indent: number;
  text: string;
}

const KEY_RE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;

export function fastParse(source: string): Result {
  if (source.includes('\t') || source.includes('\r')) return UNSUPPORTED;
  const raw = source.split('\n');
  const lines: Line[] = raw.map((l) => {
    let indent = 0;
    while (l.charCodeAt(indent) === 32) indent++;
    return { indent, text: l.slice(indent) };
  });
  try {
    const p = new Parser(lines);
    p.skipBlank();
    if (p.i >= lines.length) return UNSUPPORTED;
    const first = lines[p.i];
    if (first.indent !== 0 || !KEY_RE.test(first.text)) return UNSUPPORTED;
    const value = p.mapping(0);
    p.skipBlank();
    if (p.i < lines.length) return UNSUPPORTED;
    return value;
  } catch (e) {
    if (e instanceof Bail) return UNSUPPORTED;
    throw e;
  }
}

function isBlank(l: Line): boolean {
  return l.text === '' || l.text.startsWith('#');
}

class Parser {
  i = 0;
  constructor(readonly lines: Line[]) {}

  skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i])) this.i++;
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      if (this.i >= this.lines.length) return out;
      const line = this.lines[this.i];
      if (line.indent < indent) return out;
      if (line.indent > indent) bail();
      if (line.text === '---' || line.text === '...' || line.text.startsWith('--- ')) bail();
      const m = KEY_RE.exec(line.text);
      if (!m) {
        if (line.text.startsWith('- ') || line.text === '-') return out; // a sequence at the parent's level ends this mapping
        bail();
      }
      const key = m![1];
      // Keys the full parser would read as null, or that would touch the prototype, go to it.
      if (Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__' || key === 'null' || key === 'Null' || key === 'NULL') bail();
      const rest = line.text.slice(m![0].length);
      this.i++;
      out[key] = this.valueAfterIndicator(rest, indent, true);
    }
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.i >= this.lines.length) return out;
      const line = this.lines[this.i];
      if (line.indent < indent) return out;
      if (line.indent > indent) bail();
      if (line.text === '-') {
        this.i++;
        out.push(this.nested(indent, false));
        continue;
      }
      if (!line.text.startsWith('- ')) return out;
      let offset = 2;
      while (line.text.charCodeAt(offset) === 32) offset++;
      const rest = line.text.slice(offset);
      if (KEY_RE.test(rest)) {
        // "- key: value": a mapping whose keys stand at the column after the dash.
        this.lines[this.i] = { indent: indent + offset, text: rest };
        out.push(this.mapping(indent + offset));
      } else {
        this.i++;
        out.push(this.valueAfterIndicator(rest, indent, false));
      }
    }
  }

  /** What follows "key:" or "- " on the same line, and the lines that belong to it. */
  valueAfterIndicator(rest: string, indent: number, inMapping: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) return this.nested(indent, inMapping);
    const c = rest[0];
    if (c === '|' || c === '>') return this.blockScalar(rest, indent);
    if (c === '[') return this.flowSequence(rest);
    if (c === '{') return this.flowMapping(rest);
    if (c === '"') return endOfLine(doubleQuoted(rest));
    if (c === "'") return endOfLine(singleQuoted(rest));
    return this.plain(rest, indent);
  }

  /** A value on the following lines: a deeper block, a sequence at the same indent under a key, or null. */
  nested(indent: number, inMapping: boolean): unknown {
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    const next = this.lines[this.i];
    if (next.indent > indent) {
      if (next.text.startsWith('- ') || next.text === '-') return this.sequence(next.indent);
      if (KEY_RE.test(next.text)) return this.mapping(next.indent);
      bail();
    }
    if (inMapping && next.indent === indent && (next.text.startsWith('- ') || next.text === '-')) return this.sequence(indent);
    return null;
  }

  plain(first: string, indent: number): unknown {
    let text = stripComment(first);
    if (!plainStartOk(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) bail();
    // Continuation lines of a multi-line plain scalar, folded as YAML folds them.
    let folded = text;
    let pendingBreaks = 0;
    let multi = false;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.text === '') {
        pendingBreaks++;
        this.i++;
        continue;
      }
      if (l.indent <= indent || l.text.startsWith('#')) break;
      const part = stripComment(l.text);
      if (part !== l.text || part.includes(': ') || part.endsWith(':') || part.startsWith('- ') || part.startsWith('#')) bail();
      folded += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) + part : ` ${part}`;
      pendingBreaks = 0;
      multi = true;
      this.i++;
    }
    if (pendingBreaks > 0) {
      // Blank lines were consumed looking ahead; they carry no meaning after a plain scalar.
    }
    text = folded;
    return multi ? text : resolvePlain(text);
  }

  blockScalar(header: string, indent: number): string {
    const m = /^([|>])([+-]?)(?: +#.*)?$/.exec(header);
    if (!m) bail();
    const literal = m![1] === '|';
    const chomp = m![2];
    if (chomp === '+') bail();
    const body: string[] = [];
    let contentIndent = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.text === '') {
        body.push('');
        this.i++;
        continue;
      }
      if (contentIndent < 0) {
        if (l.indent <= indent) break;
        contentIndent = l.indent;
      }
      if (l.indent < contentIndent) break;
      if (l.indent > contentIndent && !literal) bail();
      body.push(' '.repeat(l.indent - contentIndent) + l.text);
      this.i++;
    }
    // Trailing blank lines belong to chomping, and the lines after them to the parent.
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const trailing = body.length - end;
    this.i -= trailing;
    const content = body.slice(0, end);
    if (content.length === 0) return '';
    let text: string;
    if (literal) {
      text = content.join('\n');
    } else {
      text = '';
      let breaks = 0;
      content.forEach((l, idx) => {
        if (l === '') {
          breaks++;
          return;
        }
        if (idx === 0) text = l;
        else text += breaks > 0 ? '\n'.repeat(breaks) + l : ` ${l}`;
        breaks = 0;
      });
    }
    return chomp === '-' ? text : `${text}\n`;
  }

  flowSequence(rest: string): unknown[] {
    const body = stripComment(rest);
    if (!body.endsWith(']')) bail();
    const inner = body.slice(1, -1).trim();
    if (inner === '') return [];
    return splitFlow(inner).map(flowScalar);
  }

  flowMapping(rest: string): Record<string, unknown> {
    const body = stripComment(rest);
    if (!body.endsWith('}')) bail();
    const inner = body.slice(1, -1).trim();
    const out: Record<string, unknown> = {};
    if (inner === '') return out;
    for (const part of splitFlow(inner)) {
      const m = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(part);
      if (!m) bail();
      if (Object.prototype.hasOwnProperty.call(out, m![1]) || m![1] === '__proto__') bail();
      out[m![1]] = flowScalar(m![2]);
    }
    return out;
  }
}

function plainStartOk(text: string): boolean {
  if (text === '') return false;
  return !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /^-[0-9.]/.test(text);
}

function stripComment(text: string): string {
  const at = text.indexOf(' #');
  return (at >= 0 ? text.slice(0, at) : text).trimEnd();
}

/** Splits "a, b, 'c, d'" at top-level commas; nested collections are left to the full parser. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote = '';
  for (let k = 0; k < inner.length; k++) {
    const ch = inner[k];
    if (quote) {
      cur += ch;
      if (ch === quote) {
        if (quote === "'" && inner[k + 1] === "'") {
          cur += inner[++k];
          continue;
        }
        if (quote === '"' && inner[k - 1] === '\\') continue;
        quote = '';
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === '#') bail();
    else if (ch === ',') {
      parts.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (quote) bail();
  const last = cur.trim();
  if (last !== '') parts.push(last);
  if (parts.some((p) => p === '')) bail();
  return parts;
}

function flowScalar(token: string): unknown {
  if (token.startsWith('"')) return endOfLine(doubleQuoted(token));
  if (token.startsWith("'")) return endOfLine(singleQuoted(token));
  if (!plainStartOk(token) || token.includes(': ') || token.endsWith(':')) bail();
  return resolvePlain(token);
}

function endOfLine([value, after]: [string, string]): string {
  const rest = after.trim();
  if (rest !== '' && !rest.startsWith('#')) bail();
  return value;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ', e: '\x1b', a: '\x07', v: '\v' };

function doubleQuoted(text: string): [string, string] {
  let out = '';
  for (let k = 1; k < text.length; k++) {
    const ch = text[k];
    if (ch === '"') return [out, text.slice(k + 1)];
    if (ch === '\\') {
      const e = text[++k];
      if (e === 'u' || e === 'x' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = text.slice(k + 1, k + 1 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) bail();
        out += String.fromCodePoint(parseInt(hex, 16));
        k += len;
        continue;
      }
      if (!(e in ESCAPES)) bail();
      out += ESCAPES[e];
      continue;
    }
    out += ch;
  }
  return bail();
}

function singleQuoted(text: string): [string, string] {
  let out = '';
  for (let k = 1; k < text.length; k++) {
    const ch = text[k];
    if (ch === "'") {
      if (text[k + 1] === "'") {
        out += "'";
        k++;
        continue;
      }
      return [out, text.slice(k + 1)];
    }
    out += ch;
  }
  return bail();
}

/** YAML 1.2 core schema resolution of a plain scalar, as the `yaml` package does it. */
export function resolvePlain(s: string): unknown {
  switch (s) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  const c = s.charCodeAt(0);
  // Only text that starts like a number can be one.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (/^[-+]?[0-9]+$/.test(s)) {
    const n = Number(s);
    if (!Number.isSafeInteger(n)) bail();
    return n;
  }
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}
