// A hostile or broken file is a problem of that file: nested 10,000 levels deep, it is named with
// its place, and every reading command and every writer goes on with the other cases.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, scratch } from '../helpers/cli.js';
import { MAX_DEPTH, parseYaml, tooDeep } from '../../src/store/yaml-file.js';

const { example } = scratch();
const DEEP = 'clients/2026-0002/contacts/2026-10-06-deep.yaml';

describe('a file nested 10,000 levels deep', () => {
  const flow = `date: 2026-10-06\ntype: konzultace\nform: telefon\nsummary: x\nparticipants: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
  // 1,000 levels of indentation (10,000 would exceed the size limit first).
  const block = `date: 2026-10-06\nsummary: x\n${Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
  const compact = `date: 2026-10-06\nparticipants:\n${'- '.repeat(5_000)}x\n`;

  for (const [name, text] of [
    ['flow brackets', flow],
    ['block indentation', block],
    ['compact "- - -" entries', compact],
  ]) {
    it(`(${name}): check, due in every form, list, show and a write elsewhere name the file and go on`, () => {
      const dir = example();
      writeFileSync(join(dir, DEEP), text);
      const check = runBin(['check', '-C', dir]);
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(
        new RegExp(`^${DEEP}:\\d+:\\d+: soubor je vnořený hlouběji než ${MAX_DEPTH} úrovní`, 'm'),
      );
      expect(check.stdout + check.stderr).not.toContain('Vnitřní chyba');
      const due = runBin(['due', '-C', dir]);
      expect(due.code).toBe(1);
      expect(due.stderr).toContain(DEEP);
      expect(due.stdout).toContain('2026-0001'); // the other cases' items are listed
      const json = runBin(['due', '--json', '-C', dir]);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).some((x: { case_id: string }) => x.case_id === '2026-0001')).toBe(true);
      const quiet = runBin(['due', '--quiet', '-C', dir]);
      expect(quiet.code).toBe(1);
      expect(quiet.stderr).toContain(DEEP);
      expect(quiet.stdout).toContain('2026-0001');
      expect(runBin(['list', '-C', dir]).stdout).toContain('2026-0001');
      const show = runBin(['show', '2026-0001', '-C', dir]);
      expect(show.code, show.stderr).toBe(0);
      const add = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
        stdin: 'type: konzultace\nform: telefon\nsummary: Hovor.\n',
      });
      expect(add.code, add.stderr).toBe(0);
      // The case with the file is refused for writes, with the file named.
      const refused = runBin(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], {
        stdin: 'type: konzultace\nform: telefon\nsummary: Hovor.\n',
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(DEEP);
      // No line of the excerpt floods the terminal.
      for (const out of [check.stdout, due.stderr, refused.stderr])
        for (const line of out.split('\n')) expect(line.length).toBeLessThan(400);
    });
  }
});

describe('the depth scan', () => {
  it('lets every real record through: brackets in quoted text, comments and block scalars are not nesting', () => {
    const text = [
      'summary: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
      `note: '${'{'.repeat(80)}'`,
      `# ${'['.repeat(200)}`,
      'participants: [klientka, {role: otec, name: "[x]"}]',
      'goals:',
      '  - id: c1',
      '    evaluations:',
      '      - date: 2026-01-01',
      '        text: |',
      `          ${'['.repeat(30)} v textu`,
    ].join('\n');
    expect(tooDeep(text)).toBeUndefined();
    expect(parseYaml(text, 'x.yaml').problems).toEqual([]);
  });

  it('stops at the first point past the limit, with its line and column', () => {
    expect(tooDeep(`a: ${'['.repeat(MAX_DEPTH)}]`)).toBeUndefined();
    // Two block levels (a, b) and the brackets: the 63rd bracket is the 65th level.
    expect(tooDeep(`a:\n  b: ${'['.repeat(MAX_DEPTH + 1)}`)).toEqual({ line: 2, col: 5 + MAX_DEPTH - 1 });
  });
});
