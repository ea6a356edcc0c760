// Reading a record: its bytes first (UTF-8, no control characters – refused with their line and
// column, never passed on or rewritten), then js-yaml with the YAML 1.2 core schema (dates stay
// strings, unknown tags and duplicate keys are errors). js-yaml reads fast and starts fast; the
// `yaml` package, which knows exact positions and keeps comments, is loaded only to locate a
// problem or to edit a file (yaml-file.ts). A differential test holds the two equal.
import { isUtf8 } from 'node:buffer';
import { readRegularFile } from './plain-file.js';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { errnoCode, type Problem } from '../problems.js';
import type { RecordKind } from '../domain/types.js';
import {
  lineText,
  MAX_RECORD_BYTES,
  parseYaml,
  tooDeep,
  tooDeepProblem,
  tooLargeProblem,
  type ParsedYaml,
} from './yaml-file.js';
import { validateData, validateParsed } from './validate.js';
import { maskExcerpt } from '../domain/privacy.js';

export interface TextProblem {
  line: number;
  col: number;
  /** 'utf8': bytes that are not UTF-8; 'control': a control character such as NUL. */
  kind: 'utf8' | 'control';
  /** The character as U+XXXX (control), or the offending byte as 0xXX (utf8). */
  char: string;
}

/** The first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    let cp = c & (0xff >> (n + 2));
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function position(text: string, index: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: index - start + 1 };
}

/** C0 controls but tab and line breaks, DEL, and C1 controls but NEL: YAML does not allow them in a document. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/;

/** Decodes a record's bytes, or says where they are not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    return {
      problem: {
        ...position(before, before.length),
        kind: 'utf8',
        char: `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`,
      },
    };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const m = CONTROL.exec(text);
  if (m)
    return {
      problem: {
        ...position(text, m.index),
        kind: 'control',
        char: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      },
    };
  return { text };
}

/** An alias (`*name`) somewhere: such text goes to the full parser, which limits alias expansion. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

export type LoadResult = { data: unknown } | { error: { reason: string; line: number; col: number } } | { full: true };

/** Parses a record's text with js-yaml; `full` where only the full parser may (aliases). */
export function loadYaml(text: string): LoadResult {
  if (text.includes('*') && ALIAS.test(text)) return { full: true };
  // Too deep for js-yaml's recursion: the full parser's path says so as a problem of the file.
  if (tooDeep(text)) return { full: true };
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch (err) {
    if (err instanceof YAMLException)
      return { error: { reason: err.reason, line: (err.mark?.line ?? 0) + 1, col: (err.mark?.column ?? 0) + 1 } };
    throw err;
  }
}

export interface RecordFile<T> {
  /** Path relative to the repository root. */
  file: string;
  /** The YAML document with positions; may be computed on first use. */
  readonly parsed: ParsedYaml;
  /** The data when the file parsed as a mapping (it may still have schema problems). */
  data: T | undefined;
}

/** Reads a whole file that must be a regular file reached without a symbolic link at its end. */
export function readPlainFile(abs: string): { bytes: Buffer } | { tooLarge: true } {
  return readRegularFile(abs, MAX_RECORD_BYTES);
}

/** A problem with a record's bytes: where, and what, never the text around it. */
export function textProblem(file: string, p: TextProblem): Problem {
  return { code: 'invalid-text', file, line: p.line, col: p.col, params: { kind: p.kind, char: p.char } };
}

/**
 * Where records are read from: the repository, and bytes of some of its files already read
 * exactly as readPlainFile reads them (check's fingerprint of a case), by path within it.
 */
export interface RecordSource {
  root: string;
  preread?: { get(rel: string): Buffer | undefined };
}

/**
 * Reads one record: its bytes checked, then js-yaml; the full parser only where it must – to
 * locate a problem, for text with aliases, and for exact positions once a problem needs
 * locating or the document is edited (the `parsed` getter). Problems are collected, never thrown.
 */
export function readRecord<T>(
  repo: RecordSource,
  rel: string,
  kind: RecordKind,
  problems: Problem[],
): RecordFile<T> | undefined {
  const abs = join(repo.root, rel);
  let bytes: Buffer;
  try {
    const pre = repo.preread?.get(rel);
    const read = pre ? { bytes: pre } : readPlainFile(abs);
    if ('tooLarge' in read) {
      problems.push(tooLargeProblem(rel));
      return undefined;
    }
    bytes = read.bytes;
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') problems.push({ code: 'symlink', file: rel, params: { file: rel } });
    else problems.push({ code: 'file-unreadable', file: rel, params: { reason: code ?? 'EIO' } });
    return undefined;
  }
  return recordFromBytes<T>(rel, bytes, kind, problems);
}

/**
 * A record from its bytes, checked exactly as a file on disk is (readRecord): used for a record
 * edited by hand before it is written (spis edit). Problems are collected, never thrown.
 */
export function recordFromBytes<T>(
  rel: string,
  bytes: Uint8Array,
  kind: RecordKind,
  problems: Problem[],
): RecordFile<T> | undefined {
  if (bytes.length > MAX_RECORD_BYTES) {
    problems.push(tooLargeProblem(rel));
    return undefined;
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) {
    problems.push(textProblem(rel, decoded.problem));
    return undefined;
  }
  const text = decoded.text;
  const deep = tooDeep(text);
  if (deep) {
    problems.push(tooDeepProblem(rel, text, deep));
    return undefined;
  }
  let full: ParsedYaml | undefined;
  const parsed = (): ParsedYaml => (full ??= parseYaml(text, rel));
  const loaded = loadYaml(text);
  let data: unknown;
  if ('data' in loaded && loaded.data !== null && typeof loaded.data === 'object' && !Array.isArray(loaded.data)) {
    data = loaded.data;
  } else if (parsed().problems.length > 0) {
    problems.push(...parsed().problems);
  } else if ('error' in loaded) {
    // What js-yaml refuses and yaml lets pass (an unknown tag such as !!js/function): refused.
    const { line, col, reason } = loaded.error;
    problems.push({
      code: 'yaml-syntax',
      file: rel,
      line,
      col,
      params: { detail: reason },
      excerpt: maskExcerpt(lineText(text, line)),
    });
  } else {
    data = parsed().data;
  }
  if (data !== undefined && validateData(kind, data).length > 0) problems.push(...validateParsed(kind, parsed()));
  return {
    file: rel,
    get parsed() {
      return parsed();
    },
    data: data as T | undefined,
  };
}
