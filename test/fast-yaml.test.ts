// The fast reader must read every file exactly as the full `yaml` parser does, or decline.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parse } from 'yaml';
import { fastParse, UNSUPPORTED } from '../src/store/fast-yaml.js';
import { EXAMPLE } from './helpers/cli.js';
// @ts-expect-error plain JavaScript module without types
import { rng } from '../bench/generate.js';

function agrees(text: string): 'fast' | 'declined' {
  const fast = fastParse(text);
  if (fast === UNSUPPORTED) return 'declined';
  expect(fast, text).toEqual(parse(text, { version: '1.2' }));
  return 'fast';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'schemas') return [];
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}


const TRICKY = [
  'yes', 'no', 'on', 'true', 'False', 'null', '~', '', ' ', '1e3', '0o17', '0x1F', '012', '-5', '+3', '.5', '.inf', '-.Inf', '.nan',
  '2026-11-22', '2026-02-30', '2026-0007', '§ 37', 'a: b', 'a #b', 'a#b', '#hash', '- x', '[x]', '{a: 1}', "it's", '"quoted"', 'ends with colon:',
  'tab\there', 'line\nbreak', 'two\n\nparagraphs', 'trailing newline\n', ' leading space', 'trailing space ', 'Dvořáková – žluťoučký kůň',
  '@at', '`tick`', '%pct', '&amp', '*star', '!bang', '|pipe', '>gt', '?q', ',comma', 'ünï\u00a0code', 'x'.repeat(130), `${'slovo '.repeat(30)}konec`,
  `${'dlouhý text s diakritikou, '.repeat(8)}\ndruhý řádek`, 'a  b   c', 'C#', 'url: http://x', '12:30', '1,5', '\\back',
];

function randomValue(r: () => number, depth: number): unknown {
  const pick = r();
  if (depth > 3 || pick < 0.45) return TRICKY[Math.floor(r() * TRICKY.length)];
  if (pick < 0.55) return Math.floor(r() * 2000) - 1000;
  if (pick < 0.6) return r() < 0.5;
  if (pick < 0.62) return null;
  if (pick < 0.8) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let k = 0; k < 1 + Math.floor(r() * 4); k++) obj[['id', 'text', 'date', 'goal_reviews', 'x_y', 'review', 'note'][Math.floor(r() * 7)] + (k > 3 ? k : '')] = randomValue(r, depth + 1);
  return obj;
}

describe('fast YAML reader', () => {
  it('reads every record of the example exactly as yaml does, and declines none', () => {
    const files = yamlFiles(EXAMPLE);
    expect(files.length).toBeGreaterThan(25);
    for (const f of files) expect(agrees(readFileSync(f, 'utf8')), f).toBe('fast');
  });

  it('agrees with yaml on thousands of generated records as the tool writes them', () => {
    const r = rng(20261122);
    let fast = 0;
    for (let n = 0; n < 3000; n++) {
      const data: Record<string, unknown> = {};
      for (let k = 0; k < 1 + Math.floor(r() * 6); k++) data[`key_${k}`] = randomValue(r, 0);
      const doc = new Document(data);
      if (n % 3 === 0) doc.commentBefore = ' yaml-language-server: $schema=../../schemas/contact.schema.json';
      const text = doc.toString({ lineWidth: 100, minContentWidth: 40 });
      if (agrees(text) === 'fast') fast++;
    }
    // Most of what the tool writes takes the fast path.
    expect(fast).toBeGreaterThan(2000);
  });

  it('handles what workers write by hand', () => {
    const cases = [
      'a: 1 # comment\n# full line\nb:\n  - x # c\n  - [y, "z, w"]\nc: {goal: c1, status: met}\n',
      'summary: |\n  first\n    indented\n\n  last\nnext: 2\n',
      'summary: >-\n  folded\n  text\n\n  para\nnext: 2\n',
      'list:\n- a\n- b\nafter: x\n',
      'items:\n  - id: c1\n    evaluations:\n      - date: 2026-01-01\n        status: met\n  - id: c2\n',
      'q: \'it\'\'s\'\nd: "tab\\tand \\u017e"\n',
      'text: first line\n  continues here\n\n  after blank\nn: 1\n',
      'empty:\nnull_value: ~\n',
    ];
    for (const c of cases) expect(agrees(c), c).toBe('fast');
  });

  it('declines what it cannot be sure of', () => {
    const cases = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: 1\na: 2\n',
      '"quoted key": 1\n',
      'a: [1,\n  2]\n',
      'a:\n\t- x\n',
      '--- \na: 1\n',
      'a: |+\n  keep\n\n',
      'a: |2\n   x\n',
      '- top level list\n',
      'a: b: c\n',
      'a: "unclosed\n',
    ];
    for (const c of cases) expect(fastParse(c), c).toBe(UNSUPPORTED);
  });
});
