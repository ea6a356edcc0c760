// Build step: compiles the JSON Schemas into standalone validation code
// (dist/store/compiled-schemas.cjs), so a command validates without importing ajv or compiling
// schemas at start-up. src/store/validate.ts falls back to compiling at run time when the
// file is absent (tests running from source).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;

const SCHEMAS = new URL('../schemas/', import.meta.url);
// Every record kind's schema as its declaration names it (src/domain/kinds.ts, compiled just before).
const { KINDS: DECLARED } = await import('../dist/domain/kinds.js');
const SCHEMA_OF = Object.fromEntries(DECLARED.map((d) => [d.kind, d.schema]));
const KINDS = Object.keys(SCHEMA_OF);
const load = (f) => JSON.parse(readFileSync(new URL(f, SCHEMAS), 'utf8'));

// The same options as src/store/validate.ts: the two must agree.
const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, code: { source: true } });
addFormats(ajv, ['date', 'email']);
ajv.addSchema(load('common.schema.json'), 'common.schema.json');
for (const kind of KINDS) ajv.addSchema(load(SCHEMA_OF[kind]), SCHEMA_OF[kind]);
const code = standaloneCode(ajv, Object.fromEntries(KINDS.map((k) => [k, SCHEMA_OF[k]])));
const out = fileURLToPath(new URL('../dist/store/compiled-schemas.cjs', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/store/', import.meta.url)), { recursive: true });
writeFileSync(out, code);
