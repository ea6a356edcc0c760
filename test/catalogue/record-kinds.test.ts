// Every record kind declared in src/domain/kinds.ts, proved true through the real commands: its
// schema, its golden check problem, its place in the client's copy and in the pseudonymised copy,
// purge, and completion – so that a kind cannot be half-added (docs/architecture.md).
import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  KINDS,
  CASE_FILES,
  CONTACTS_DIR,
  editableRecords,
  exportPlace,
  SERVICE_LINKS,
  type ServiceFolderKind,
} from '../../src/domain/kinds.js';
import { validateData } from '../../src/store/validate.js';
import { SHOWN_FIELDS } from '../../src/domain/privacy.js';
import { resolveRef, schemaFile, type JsonSchema } from '../../src/store/input-shapes.js';
import { parse } from 'yaml';
import { EXAMPLE, ROOT, run, runBin, scratch } from '../helpers/cli.js';

const { tmp, example } = scratch();

/** A case of the example that has a record of every case kind (2025-0012: closed, with contacts). */
const FULL = '2025-0012';

/** The files of a kind in a repository: spis.yaml, a register's records, or every case's record(s) of the kind. */
function filesOf(dir: string, d: (typeof KINDS)[number]): string[] {
  if (d.level === 'service' && 'file' in d.place) return existsSync(join(dir, d.place.file)) ? [d.place.file] : [];
  if (d.level === 'service' && 'folder' in d.place) {
    const folder = d.place.folder;
    return existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((n) => `${folder}/${n}`) : [];
  }
  const found: string[] = [];
  for (const where of ['clients', 'archive']) {
    if (!existsSync(join(dir, where))) continue;
    for (const id of readdirSync(join(dir, where))) {
      const base = `${where}/${id}`;
      if ('file' in d.place) {
        if (existsSync(join(dir, base, d.place.file))) found.push(`${base}/${d.place.file}`);
      } else if (existsSync(join(dir, base, d.place.folder)))
        for (const n of readdirSync(join(dir, base, d.place.folder))) found.push(`${base}/${d.place.folder}/${n}`);
    }
  }
  return found;
}

/** A schema with its $refs followed (store/input-shapes.ts resolves them as the input shapes do). */
function resolved(node: JsonSchema, file: string): { node: JsonSchema; file: string } {
  return node.$ref ? (({ node: n, file: f }) => resolved(n, f))(resolveRef(node.$ref, file)) : { node, file };
}

/** The names of the free-text fields of a kind's schema: strings with no code list, pattern, format or constant. */
function freeTexts(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<JsonSchema>();
  const walk = (raw: JsonSchema | boolean | undefined, at: string): void => {
    if (!raw || raw === true) return;
    const { node, file: f } = resolved(raw, at);
    if (seen.has(node)) return;
    seen.add(node);
    for (const x of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(x, f);
    for (const x of [node.items, node.then, node.else, node.additionalProperties]) walk(x, f);
    for (const [name, p] of Object.entries(node.properties ?? {})) {
      const r = resolved(p, f).node;
      const text = r.type === 'string' || (Array.isArray(r.type) && r.type.includes('string'));
      if (text && !r.enum && !r.pattern && !r.format && r.const === undefined) out.add(name);
      walk(p, f);
    }
  };
  walk(schemaFile(file), file);
  return out;
}

const everyFile = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? everyFile(join(dir, n)) : [join(dir, n)]));

describe('the record kinds', () => {
  it('are declared once each, and the case records the loader and writer use are those declared', () => {
    const names = KINDS.map((k) => k.kind);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(CASE_FILES).sort()).toEqual(
      KINDS.filter((k) => k.level === 'case' && 'file' in k.place)
        .map((k) => k.kind)
        .sort(),
    );
    expect(CONTACTS_DIR).toBe('contacts');
  });

  for (const d of KINDS) {
    describe(d.kind, () => {
      it('shows no free text of its schema in a message, but those its declaration says why', () => {
        const texts = freeTexts(d.schema);
        expect(texts.size, 'a schema with no free text at all: the walk found nothing').toBeGreaterThan(0);
        const shown = [...texts].filter((f) => SHOWN_FIELDS.has(f)).sort();
        expect(shown).toEqual(Object.keys(d.shownTexts).sort());
        for (const why of Object.values(d.shownTexts)) expect(why.length).toBeGreaterThan(10);
      });

      it('has its schema, and every record of the kind in the example passes it', () => {
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', d.schema), 'utf8')) as { $id?: string };
        expect(schema).toBeTypeOf('object');
        // The example repository carries the same schema (spis upgrade keeps the copies fresh).
        expect(readFileSync(join(EXAMPLE, 'schemas', d.schema), 'utf8')).toBe(
          readFileSync(join(ROOT, 'schemas', d.schema), 'utf8'),
        );
        const files = filesOf(EXAMPLE, d);
        expect(files.length, `no ${d.kind} record in the example`).toBeGreaterThan(0);
        for (const f of files)
          expect(validateData(d.kind, parse(readFileSync(join(EXAMPLE, f), 'utf8'))), f).toEqual([]);
        // …and a record with an unknown field does not.
        expect(
          validateData(d.kind, { ...parse(readFileSync(join(EXAMPLE, files[0]!), 'utf8')), zz_unknown: 1 }),
        ).not.toEqual([]);
      });

      it(`gets its golden problem (${d.golden}) from spis check when one of its records is broken`, () => {
        expect(existsSync(join(ROOT, 'test/golden/check', `${d.golden}.txt`))).toBe(true);
        const dir = example();
        const file = filesOf(dir, d).find((f) => f.includes(FULL)) ?? filesOf(dir, d)[0]!;
        appendFileSync(join(dir, file), 'zz_unknown: 1\n');
        const r = runBin(['check', '--json', '-C', dir]);
        expect(r.code).toBe(1);
        const problems = JSON.parse(r.stdout) as { code: string; file: string }[];
        expect(problems).toContainEqual(expect.objectContaining({ code: d.golden, file }));
      });

      it('is in the client’s copy (spis export) where its declaration says, or said to be left out', () => {
        const dir = example();
        const out = join(tmp(), 'kopie');
        const r = runBin(['export', FULL, '--out', out, '-C', dir]);
        expect(r.code, r.stderr).toBe(0);
        const as = exportPlace(d.kind);
        if (d.level === 'service' && as !== undefined) {
          // A register's records the client made, that concern her or that she took part in, and only those,
          // as JSON under data/<folder>/ – each as her copy holds it (a group's other attendees counted, not named).
          const links = SERVICE_LINKS[d.kind as ServiceFolderKind];
          const made = filesOf(dir, d).filter((f) =>
            links.copyTo(parse(readFileSync(join(dir, f), 'utf8'))).includes(FULL),
          );
          expect(made.length, `no ${d.kind} record of ${FULL} in the example`).toBeGreaterThan(0);
          expect(filesOf(dir, d).length).toBeGreaterThan(made.length);
          const copied = readdirSync(join(out, 'data', as)).sort();
          expect(copied).toEqual(
            made
              .map((f) =>
                f
                  .split('/')
                  .at(-1)!
                  .replace(/\.yaml$/, '.json'),
              )
              .sort(),
          );
          for (const f of made)
            expect(
              JSON.parse(
                readFileSync(
                  join(
                    out,
                    'data',
                    as,
                    f
                      .split('/')
                      .at(-1)!
                      .replace(/\.yaml$/, '.json'),
                  ),
                  'utf8',
                ),
              ),
            ).toEqual(links.copyFor(parse(readFileSync(join(dir, f), 'utf8')), FULL));
          return;
        }
        if (d.level === 'service' || as === undefined) {
          expect('omitted' in d.exportAs).toBe(true);
          // Not copied: no file of the copy is the service's configuration.
          expect(everyFile(out).filter((f) => /[/\\]spis\.(yaml|json)$/.test(f))).toEqual([]);
          return;
        }
        const source = filesOf(dir, d).filter((f) => f.startsWith(`clients/${FULL}/`));
        expect(source.length).toBeGreaterThan(0);
        if ('file' in d.place) {
          const copied = JSON.parse(readFileSync(join(out, 'data', as), 'utf8')) as unknown;
          expect(copied).toEqual(parse(readFileSync(join(dir, source[0]!), 'utf8')));
        } else {
          const copied = readdirSync(join(out, 'data', as)).sort();
          expect(copied).toEqual(
            source
              .map((f) =>
                f
                  .split('/')
                  .at(-1)!
                  .replace(/\.yaml$/, '.json'),
              )
              .sort(),
          );
        }
      });

      it('is in the pseudonymised copy, through its pseudonymiser, with no name of a client left in it', () => {
        const dir = example();
        const out = join(tmp(), 'pseudo');
        const r = runBin(['export', '--pseudonymised', '--out', out, '-C', dir]);
        expect(r.code, r.stderr).toBe(0);
        const source = filesOf(dir, d);
        expect(filesOf(out, d).sort()).toEqual(source.sort());
        // Every family name in the example's client records is gone from the kind's copies.
        const families = filesOf(
          dir,
          KINDS.find((k) => k.kind === 'client')!,
        )
          .map((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { name?: { family?: string } }).name?.family)
          .filter((x): x is string => !!x);
        expect(families.length).toBeGreaterThan(0);
        for (const f of filesOf(out, d)) {
          const text = readFileSync(join(out, f), 'utf8');
          for (const family of families) expect(text, f).not.toContain(family);
        }
      });

      it(`is removed by purge as its declaration says (${d.purge})`, () => {
        const dir = example();
        expect(runBin(['archive', FULL, '-C', dir]).code).toBe(0);
        const before = filesOf(dir, d);
        const r = runBin(['purge', '--expired', '--yes', '-C', dir], { env: { SPIS_TODAY: '2036-04-01' } });
        expect(r.code, r.stderr).toBe(0);
        const after = filesOf(dir, d);
        if (d.purge === 'service-record') expect(after).toEqual(before);
        else if (d.purge === 'unlink') {
          // The register keeps every record; those that linked to the purged case no longer do, nor keep its texts.
          expect(after).toEqual(before);
          const links = SERVICE_LINKS[d.kind as ServiceFolderKind];
          const linked = before.filter((f) =>
            links.cases(parse(readFileSync(join(example(), f), 'utf8'))).includes(FULL),
          );
          expect(linked.length).toBeGreaterThan(0);
          for (const f of after) {
            const text = readFileSync(join(dir, f), 'utf8');
            expect(text, f).not.toContain(FULL);
            expect(links.cases(parse(text))).not.toContain(FULL);
          }
          for (const f of linked) {
            const was = readFileSync(join(example(), f), 'utf8');
            const now = readFileSync(join(dir, f), 'utf8');
            for (const line of was.split('\n').filter((l) => /^\s*(summary|text|measures|record):\s*[^\s>|]/.test(l)))
              expect(now).not.toContain(line.split(':').slice(1).join(':').trim());
          }
          expect(everyFile(dir).filter((f) => f.includes(FULL))).toEqual([]);
        } else {
          expect(before.some((f) => f.includes(FULL))).toBe(true);
          expect(after.filter((f) => f.includes(FULL))).toEqual([]);
          expect(everyFile(dir).filter((f) => f.includes(FULL))).toEqual([]);
        }
      });

      it(`is offered by completion as spis edit takes it (${d.edit})`, async () => {
        const dir = example();
        const r = await run(['complete', '--', 'edit', '2026-0001', ''], { cwd: dir });
        const offered = r.stdout
          .split('\n')
          .map((l) => l.split('\t')[0])
          .filter(Boolean);
        if (d.edit === 'rewrite') expect(offered).toContain(d.kind);
        else expect(offered).not.toContain(d.kind);
        expect(editableRecords().includes(d.kind as never)).toBe(d.edit === 'rewrite');
      });
    });
  }
});
