// The store: comment-preserving edits, atomic owner-only writes, nothing written on failure.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/store/yaml-file.js';
import { PassThrough } from 'node:stream';
import { prepareRecord, loadCase } from '../../src/store/case-store.js';
import { commitFiles, pendingChanges, recoverPending } from '../../src/store/atomic.js';
import { withWriter } from '../../src/store/writer.js';
import { SpisError } from '../../src/problems.js';
import { scratch } from '../helpers/cli.js';

const { tmp } = scratch();

const COMMENTED = `# yaml-language-server: $schema=../../schemas/client.schema.json
# Klientka si přeje volat jen odpoledne.
id: 2026-0001
status: applicant # čeká na assessment
name:
  given: Jana   # oslovovat paní Jano
  family: Dvořáková
sex: female
target_group: rodiny_s_detmi
applied: 2026-01-12

# Zakázka podle prvního telefonátu:
request: >-
  Syn má konflikty ve škole.
`;

describe('editing a hand-commented record', () => {
  it('keeps every comment, key order and folded text while changing one value and adding another', () => {
    const root = tmp();
    const rel = 'clients/2026-0001/client.yaml';
    const parsed = parseYaml(COMMENTED, rel);
    const data = {
      ...(parsed.data as Record<string, unknown>),
      status: 'active',
      key_workers: [{ worker: 'novakova', from: '2026-01-16' }],
    };
    const change = prepareRecord({ root }, rel, 'client', data, parsed);
    const text = change.content as string;
    for (const comment of [
      '# Klientka si přeje volat jen odpoledne.',
      '# čeká na assessment',
      '# oslovovat paní Jano',
      '# Zakázka podle prvního telefonátu:',
    ]) {
      expect(text).toContain(comment);
    }
    expect(text).toContain('status: active # čeká na assessment');
    expect(text).toContain('request: >-\n  Syn má konflikty ve škole.');
    expect(text.indexOf('id:')).toBeLessThan(text.indexOf('status:'));
    expect(text).toMatch(/key_workers:\n {2}- worker: novakova\n {4}from: 2026-01-16\n$/);
    expect(parseYaml(text, rel).data).toEqual(data);
  });

  it('refuses a change that breaks the schema and names the field', () => {
    const parsed = parseYaml(COMMENTED, 'c.yaml');
    const bad = { ...(parsed.data as Record<string, unknown>), applied: '2026-02-30' };
    try {
      prepareRecord({ root: tmp() }, 'c.yaml', 'client', bad, parsed);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpisError);
      expect((e as SpisError).problems.map((p) => [p.code, p.path])).toEqual([['date-invalid', 'applied']]);
    }
  });
});

describe('atomic writes', () => {
  it('creates files readable by the owner only and folders 0700, leaving no temp files', async () => {
    const root = tmp();
    const client = {
      id: '2026-0001',
      status: 'applicant',
      name: { given: 'A', family: 'B' },
      sex: 'female',
      target_group: 'x',
      applied: '2026-01-01',
    };
    mkdirSync(join(root, 'clients'));
    const io = { env: {}, stderr: new PassThrough() };
    await withWriter(io, root, 'test', (w) =>
      w.createFolder(join(root, 'clients/2026-0001'), [
        prepareRecord({ root }, 'clients/2026-0001/client.yaml', 'client', client),
      ]),
    );
    const dir = join(root, 'clients/2026-0001');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'client.yaml')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, 'clients'))).toEqual(['2026-0001']);
    expect(readFileSync(join(dir, 'client.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/client\.schema\.json\n/,
    );
    expect(loadCase({ root }, '2026-0001').client?.data).toEqual(client);
  });

  it('writes several files together or finishes them after a crash', () => {
    const root = tmp();
    commitFiles(
      [
        { path: join(root, 'a/one.yaml'), content: 'one: 1\n' },
        { path: join(root, 'b/two.yaml'), content: 'two: 2\n' },
      ],
      root,
    );
    expect(readFileSync(join(root, 'a/one.yaml'), 'utf8')).toBe('one: 1\n');
    expect(readFileSync(join(root, 'b/two.yaml'), 'utf8')).toBe('two: 2\n');
    expect(pendingChanges(root)).toEqual([]);

    // A writer that died after its manifest was written and one rename done: recovery finishes the rest.
    writeFileSync(join(root, 'a/.one.yaml.deadhost.1.0000abcd.tmp'), 'one: 10\n');
    writeFileSync(join(root, 'b/.two.yaml.deadhost.1.0000abcd.tmp'), 'two: 20\n');
    const manifest = '.spis/pending/deadhost.1.0000abcd.json';
    writeFileSync(
      join(root, manifest),
      JSON.stringify({
        renames: [
          { from: 'a/.one.yaml.deadhost.1.0000abcd.tmp', to: 'a/one.yaml' },
          { from: 'b/.two.yaml.deadhost.1.0000abcd.tmp', to: 'b/two.yaml' },
        ],
      }),
    );
    rmSync(join(root, 'a/one.yaml'));
    expect(pendingChanges(root)).toEqual([manifest]);
    expect(recoverPending(root)).toEqual([manifest]);
    expect(readFileSync(join(root, 'a/one.yaml'), 'utf8')).toBe('one: 10\n');
    expect(readFileSync(join(root, 'b/two.yaml'), 'utf8')).toBe('two: 20\n');
    expect(pendingChanges(root)).toEqual([]);
    expect(recoverPending(root)).toEqual([]);
  });

  it('keeps the mode of an existing file', () => {
    const root = tmp();
    const p = join(root, 'x.yaml');
    writeFileSync(p, 'a: 1\n', { mode: 0o640 });
    commitFiles([{ path: p, content: 'a: 2\n' }], root);
    expect(statSync(p).mode & 0o777).toBe(0o640);
    expect(readFileSync(p, 'utf8')).toBe('a: 2\n');
  });
});
