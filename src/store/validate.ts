// Schema validation: the JSON Schemas in schemas/ compiled once, their errors turned into
// Problems that point at the exact place in the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvType, ErrorObject, ValidateFunction } from 'ajv';
import type { Problem, ProblemCode } from '../problems.js';
import type { RecordKind } from '../domain/types.js';
import { formatPath, problemAtPath, type ParsedYaml, type PathSegment } from './yaml-file.js';
import { isFieldName, isPersonalPath, shownKey } from '../domain/privacy.js';
import { didYouMean } from '../domain/did-you-mean.js';

const require = createRequire(import.meta.url);

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
export const SCHEMA_FILES: Record<RecordKind | 'common', string> = {
  common: 'common.schema.json',
  spis: 'spis.schema.json',
  client: 'client.schema.json',
  contract: 'contract.schema.json',
  goals: 'goals.schema.json',
  contact: 'contact.schema.json',
  termination: 'termination.schema.json',
};

let ajv: AjvType | undefined;
const compiled = new Map<RecordKind, ValidateFunction>();
let prebuilt: Partial<Record<RecordKind, ValidateFunction>> | null | undefined;

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
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
      prebuilt = require('./compiled-schemas.cjs') as Partial<Record<RecordKind, ValidateFunction>>;
    } catch {
      prebuilt = null;
    }
  }
  fn = prebuilt?.[kind];
  if (!fn) {
    if (!ajv) {
      const { Ajv } = require('ajv') as typeof import('ajv');
      const addFormats = require('ajv-formats') as (ajv: AjvType, formats: string[]) => AjvType;
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
  for (const seg of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[seg];
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

function toIssue(e: ErrorObject, data: unknown): SchemaIssue | undefined {
  const path = pathOf(e.instancePath);
  const field = String(path.length ? path[path.length - 1] : '');
  const parent = e.parentSchema as { format?: string; description?: string; title?: string } | undefined;
  const value = valueAt(data, path);
  // A personal value is never shown: the message names the field and the form it needs.
  const shown =
    value === undefined || isPersonalPath(path)
      ? undefined
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  const isDate = parent?.format === 'date';
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return {
        code: 'schema-required',
        path,
        target: 'value',
        params: { field: missing, where: formatPath(path) || '' },
      };
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(
        (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      );
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
          expected: (e.params as { type: string }).type,
          value: shown,
          quote:
            (e.params as { type: string }).type === 'string' &&
            (typeof value === 'number' || typeof value === 'boolean')
              ? 'yes'
              : undefined,
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
          allowed: ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', '),
        },
      };
    case 'format':
    case 'pattern':
      if (isDate) return { code: 'date-invalid', path, target: 'value', params: { field, value: shown } };
      return {
        code: 'schema-pattern',
        path,
        target: 'value',
        params: { field, value: shown, expected: parent?.description ?? parent?.title ?? '' },
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
        params: { field, value: shown, limit: String((e.params as { limit: number }).limit), rule: e.keyword },
      };
    case 'dependencies':
    case 'dependentRequired': {
      // One field needs another (corrects: needs correction:): the missing one, where it belongs.
      const { property, missingProperty } = e.params as { property: string; missingProperty: string };
      return {
        code: 'schema-required',
        path,
        target: 'value',
        params: { field: missingProperty, where: formatPath(path) || '', with: property },
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
