// spis check spread over threads reports exactly what one thread reports, in the same order.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, scratch } from '../helpers/cli.js';
// @ts-expect-error plain JavaScript module without types
import { generate } from '../../bench/generate.js';

const { tmp } = scratch();

describe('check in threads', () => {
  it('gives the same problems in the same order as one thread; a worker thread finds leftovers in its cases, the next writer removes them', async () => {
    const dir = join(tmp(), 'sluzba');
    generate(dir, 450, 7);
    const ids = readdirSync(join(dir, 'clients')).sort();
    // Problems scattered over cases that land on different threads.
    for (const [k, id] of [3, 200, 201, 401].map((i) => [i, ids[i]] as const)) {
      const p = join(dir, 'clients', id, 'client.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^sex: .*$/m, `sex: [${k}`));
    }
    writeFileSync(join(dir, 'clients', ids[100], 'poznamka.txt'), 'x\n');
    const one = runBin(['check', '-C', dir, '--json'], { env: { SPIS_CHECK_THREADS: '1' }, timeout: 120_000 });
    // A dead writer's temp file in a case a worker thread checks: found there, not reported as a
    // problem, and left alone – check only reports; the next writer removes it under its lock.
    const { HOST } = await import('../../src/store/atomic.js');
    const leftover = join(dir, 'clients', ids[301], 'contacts', `.2026-01-01-aaaa.yaml.${HOST}.999996.0000abcd.tmp`);
    writeFileSync(leftover, 'summary: x\n');
    const three = runBin(['check', '-C', dir, '--json'], { env: { SPIS_CHECK_THREADS: '3' }, timeout: 120_000 });
    expect(existsSync(leftover)).toBe(true);
    expect(three.stderr).toContain('Nalezen dočasný soubor po přerušeném zápisu (1); odstraní ho příští zápis.');
    // Any write, of another case too: the writer removes it under its lock.
    const write = runBin(['key-worker', ids[0]!, 'novakova', '--yes', '-C', dir], { timeout: 60_000 });
    expect(write.stderr).toContain('Odstraněn dočasný soubor po přerušeném zápisu (1).');
    expect(existsSync(leftover)).toBe(false);
    expect(one.code).toBe(1);
    const problems = JSON.parse(one.stdout) as { file: string }[];
    expect(problems.map((p) => p.file.split('/')[1])).toEqual([ids[3], ids[100], ids[200], ids[201], ids[401]]);
    expect({ code: three.code, stdout: three.stdout }).toEqual({ code: one.code, stdout: one.stdout });
  });
});
