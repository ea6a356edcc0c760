// The validators generated at build time must judge exactly as the schemas compiled at run time.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { EXAMPLE, ROOT } from '../helpers/cli.js';

import { RECORD_KINDS, SERVICE_FOLDER_KINDS, serviceFolder } from '../../src/domain/kinds.js';
import type { RecordKind } from '../../src/domain/types.js';

const KINDS = RECORD_KINDS;
const schema = (f: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8'));

function kindOf(path: string): RecordKind {
  if (path.endsWith('spis.yaml')) return 'spis';
  if (path.includes('/contacts/')) return 'contact';
  for (const kind of SERVICE_FOLDER_KINDS) if (path.includes(`/${serviceFolder(kind)}/`)) return kind;
  return path.split('/').at(-1)!.replace('.yaml', '') as RecordKind;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'schemas') return [];
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

describe('prebuilt validators', () => {
  it('exist after the build and agree with run-time compilation', () => {
    const file = join(ROOT, 'dist/store/compiled-schemas.cjs');
    expect(existsSync(file)).toBe(true);
    const prebuilt = createRequire(import.meta.url)(file) as Record<string, (d: unknown) => boolean> &
      Record<string, { errors?: unknown[] }>;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    (addFormats as unknown as (a: Ajv, f: string[]) => void)(ajv, ['date', 'email']);
    ajv.addSchema(schema('common.schema.json'), 'common.schema.json');
    const runtime = Object.fromEntries(KINDS.map((k) => [k, ajv.compile(schema(`${k}.schema.json`))]));
    const samples: [string, unknown][] = yamlFiles(EXAMPLE).map((f) => [kindOf(f), parse(readFileSync(f, 'utf8'))]);
    // Broken variants of every example record: a wrong date, an unknown field, a missing field, a wrong type.
    for (const [kind, data] of [...samples]) {
      const d = data as Record<string, unknown>;
      samples.push([kind, { ...d, date: '2026-02-30', bogus: 1 }]);
      const { [Object.keys(d)[0]]: _, ...rest } = d;
      samples.push([kind, rest]);
      samples.push([kind, { ...d, [Object.keys(d).at(-1)!]: 42 }]);
    }
    for (const [kind, data] of samples) {
      const a = prebuilt[kind] as unknown as ((d: unknown) => boolean) & {
        errors?: { instancePath: string; keyword: string }[];
      };
      const b = runtime[kind];
      expect(a(data)).toBe(b(data));
      const key = (e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`;
      expect((a.errors ?? []).map(key)).toEqual((b.errors ?? []).map(key));
    }
    expect(samples.length).toBeGreaterThan(100);
  });
});
