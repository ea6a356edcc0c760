// Schema validation: the JSON Schemas in schemas/ compiled once, their errors turned into
// Problems that point at the exact place in the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvType, ErrorObject, ValidateFunction } from 'ajv';
import type { Problem, ProblemCode } from '../problems.js';
import type { RecordKind, RecordTypes } from '../domain/types.js';
import { formatPath, problemAtPath, type ParsedYaml, type PathSegment } from './yaml-file.js';
import { isFieldName, isPersonalPath, shownKey } from '../domain/privacy.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { KINDS, RECORD_KINDS } from '../domain/kinds.js';

const require = createRequire(import.meta.url);

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
/** The schema of each record kind, as its declaration names it (domain/kinds.ts), and the definitions they share. */
export const SCHEMA_FILES: Readonly<Record<RecordKind | 'common', string>> = {
  common: 'common.schema.json',
  ...schemasOfKinds(),
};

function schemasOfKinds(): Record<RecordKind, string> {
  const out: Partial<Record<RecordKind, string>> = {};
  for (const k of KINDS) out[k.kind] = k.schema;
  const all = (o: Partial<Record<RecordKind, string>>): o is Record<RecordKind, string> =>
    RECORD_KINDS.every((k) => typeof o[k] === 'string');
  if (!all(out)) throw new Error('a record kind without a declared schema (domain/kinds.ts)');
  return out;
}

let ajv: AjvType | undefined;
const compiled = new Map<RecordKind, ValidateFunction>();
let prebuilt: Partial<Record<RecordKind, ValidateFunction>> | null | undefined;

function loadSchema(file: string): Record<string, unknown> {
  const schema: Record<string, unknown> = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8'));
  return schema;
}

/**
 * The validators generated at build time (scripts/compile-schemas.js) spare every command
 * ajv's import and schema compilation; from source (tests) they are compiled here instead,
 * with the same options.
 */
function validator(kind: RecordKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (fn) return fn;
  if (prebuilt === undefined) {
    try {
      const built: Partial<Record<RecordKind, ValidateFunction>> = require('./compiled-schemas.cjs');
      prebuilt = built;
    } catch {
      prebuilt = null;
    }
  }
  fn = prebuilt?.[kind];
  if (!fn) {
    if (!ajv) {
      const { Ajv }: typeof import('ajv') = require('ajv');
      const addFormats: (ajv: AjvType, formats: string[]) => AjvType = require('ajv-formats');
      // String lengths in characters (ajv's default); every minLength in the schemas is 1.
      ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
      addFormats(ajv, ['date', 'email']);
      ajv.addSchema(loadSchema(SCHEMA_FILES.common), SCHEMA_FILES.common);
    }
    fn = ajv.compile(loadSchema(SCHEMA_FILES[kind]));
  }
  compiled.set(kind, fn);
  return fn;
}

export interface SchemaIssue {
  code: ProblemCode;
  path: PathSegment[];
  target: 'value' | 'key';
  params: Problem['params'];
}

/** The data as a record of the kind when its schema holds for it (the shape the types are proven against), else undefined. */
export function validRecord<K extends RecordKind>(kind: K, data: unknown): RecordTypes[K] | undefined {
  return isRecordOf(kind, data) ? data : undefined;
}

function isRecordOf<K extends RecordKind>(kind: K, data: unknown): data is RecordTypes[K] {
  return validator(kind)(data);
}

/** Validates plain data; returns schema issues with their data paths (no file positions). */
export function validateData(kind: RecordKind, data: unknown): SchemaIssue[] {
  const fn = validator(kind);
  if (fn(data)) return [];
  return toIssues(fn.errors ?? [], data);
}

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) v = typeof v === 'object' && v !== null ? Reflect.get(v, seg) : undefined;
  return v;
}

function toIssues(errors: ErrorObject[], data: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  // A failing oneOf reports every branch's errors too; the oneOf itself says it best.
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  for (const e of errors) {
    if (
      e.keyword !== 'oneOf' &&
      oneOfPaths.some((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('/oneOf/'))
    )
      continue;
    const issue = toIssue(e, data);
    if (!issue) continue;
    const key = `${issue.code}|${issue.path.join('/')}|${issue.params.field ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function toIssue(e: ErrorObject, data: unknown): SchemaIssue | undefined {
  const path = pathOf(e.instancePath);
  const field = String(path.length ? path[path.length - 1] : '');
  // ajv gives its schema and params as loosely typed records: each value is checked where it is read.
  const parent = e.parentSchema;
  const value = valueAt(data, path);
  // A personal value is never shown: the message names the field and the form it needs.
  const shown =
    value === undefined || isPersonalPath(path, value)
      ? undefined
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  const isDate = parent?.format === 'date';
  const param = (name: string): string => text(e.params[name]);
  switch (e.keyword) {
    case 'required': {
      const missing = param('missingProperty');
      return {
        code: 'schema-required',
        path,
        target: 'value',
        params: { field: missing, where: formatPath(path) || '' },
      };
    }
    case 'additionalProperties': {
      const extra = param('additionalProperty');
      const props: unknown = parent?.properties;
      const known = props && typeof props === 'object' ? Object.keys(props) : [];
      return {
        code: 'schema-unknown-field',
        path: [...path, extra],
        target: 'key',
        params: { field: shownKey(extra), suggestion: isFieldName(extra) ? didYouMean(extra, known) : undefined },
      };
    }
    case 'type':
      if (isDate) return { code: 'date-invalid', path, target: 'value', params: { field, value: shown } };
      return {
        code: 'schema-type',
        path,
        target: 'value',
        // A number where text belongs (a phone, a birth number) lost its leading zeros on the way: say to quote it.
        params: {
          field,
          expected: param('type'),
          value: shown,
          quote:
            param('type') === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? 'yes' : undefined,
          collection: typeof value === 'object' && value !== null ? 'yes' : undefined,
        },
      };
    case 'enum':
      return {
        code: 'schema-enum',
        path,
        target: 'value',
        params: {
          field,
          value: shown,
          allowed: list(e.params.allowedValues).join(', '),
        },
      };
    case 'format':
    case 'pattern':
      if (isDate) return { code: 'date-invalid', path, target: 'value', params: { field, value: shown } };
      return {
        code: 'schema-pattern',
        path,
        target: 'value',
        params: { field, value: shown, expected: text(parent?.description ?? parent?.title) },
      };
    case 'minLength':
      return { code: 'schema-empty', path, target: 'value', params: { field } };
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      return {
        code: 'schema-range',
        path,
        target: 'value',
        params: { field, value: shown, limit: param('limit'), rule: e.keyword },
      };
    case 'dependencies':
    case 'dependentRequired': {
      // One field needs another (corrects: needs correction:): the missing one, where it belongs.
      const [property, missingProperty] = [param('property'), param('missingProperty')];
      return {
        code: 'schema-required',
        path,
        target: 'value',
        params: { field: missingProperty, where: formatPath(path) || '', with: property },
      };
    }
    case 'false schema': {
      // A field the schema forbids beside another's value (a placement on a member who is no child).
      const owner = valueAt(data, path.slice(0, -1));
      const role = owner && typeof owner === 'object' && 'role' in owner ? owner.role : undefined;
      return {
        code: 'schema-unknown-field',
        path,
        target: 'key',
        params: { field, misplaced: 'yes', role: typeof role === 'string' && isFieldName(role) ? role : undefined },
      };
    }
    case 'if':
    case 'not':
      return undefined;
    default:
      // The schemas' one rule of this kind is the contract's term: indefinite, or until, never both.
      return {
        code: 'schema-other',
        path,
        target: 'value',
        params: { field, rule: e.keyword, term: path.includes('term') ? 'yes' : undefined },
      };
  }
}

/** Validates a parsed file and returns problems positioned in its text. */
export function validateParsed(kind: RecordKind, parsed: ParsedYaml): Problem[] {
  if (!parsed.data) return [];
  return validateData(kind, parsed.data).map((i) => problemAtPath(parsed, i.code, i.path, i.params, i.target));
}

/** Problems for data that has no source text (scripted input): located by path only. */
export function issuesToProblems(file: string, issues: SchemaIssue[]): Problem[] {
  return issues.map((i) => ({ code: i.code, file, path: formatPath(i.path), params: i.params }));
}
