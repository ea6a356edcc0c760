// The benchmark's generator makes repositories the tool accepts, with every stage present.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript module without types
import { generate } from '../../bench/generate.js';
import { run, snapshotTree } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'spis-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/generate.js', () => {
  it('is deterministic and produces a sound repository in every stage', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    generate(a, 120, 5);
    generate(b, 120, 5);
    expect(snapshotTree(a)).toEqual(snapshotTree(b));
    expect(await run(['check', '-C', a])).toEqual({ code: 0, stdout: '', stderr: '' });
    const list = JSON.parse((await run(['list', '--archived', '--json', '-C', a])).stdout) as {
      status: string;
      location: string;
      contacts: number;
    }[];
    expect(list).toHaveLength(120);
    expect(new Set(list.map((c) => c.status))).toEqual(new Set(['applicant', 'active', 'refused', 'closed']));
    expect(list.some((c) => c.location === 'archive')).toBe(true);
    const active = list.filter((c) => c.status === 'active');
    expect(active.reduce((s, c) => s + c.contacts, 0) / active.length).toBeGreaterThan(15);
    const due = await run(['due', '--json', '-C', a]);
    expect(due.code).toBe(0);
    expect((JSON.parse(due.stdout) as unknown[]).length).toBeGreaterThan(5);
    expect(readdirSync(join(a, 'archive')).length).toBeGreaterThan(0);
  });
});
