// The staff (standards 9 and 10): each worker's share in direct care, a training recorded at the
// prompts and with --from, the year's hours against the minimum for an inspection, the warning in
// due from December, the report's full-time equivalents, and check's rules.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, runBin, scratch, snapshotTree } from '../helpers/cli.js';
import { pdfPages, pdfWords, words } from '../helpers/pdf.js';
import { KEY, startInteractive } from '../helpers/tty.js';

const { example, tmp } = scratch();

const trainings = (dir: string): string[] => readdirSync(join(dir, 'trainings')).sort();
const input = (text: string): string => {
  const f = join(tmp(), `in-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  return f;
};

describe('spis training', () => {
  it('records a course at the prompts (a bad accreditation refused as typed) and shows it before saving', async () => {
    const dir = example();
    const was = trainings(dir);
    const s = startInteractive(['training', 'add', '-C', dir]);
    await s.answer('Kdo se vzdělával', `${KEY.down}${KEY.enter}`);
    await s.answer('Kdy kurz začal', `${KEY.clearLine}12. 11. 2026${KEY.enter}`);
    await s.answer('Název kurzu', `Krizová intervence${KEY.enter}`);
    await s.answer('Kdo kurz pořádal', KEY.enter);
    // A course of seven and a half hours, typed with a decimal comma.
    await s.answer('Kolik hodin', `7,5${KEY.enter}`);
    await s.answer('Číslo akreditace', `A2026/01#${KEY.enter}`);
    await s.answer('tvoří písmena', `${KEY.clearLine}A2026/0111-SP${KEY.enter}`);
    const summary = await s.see('Zapsat vzdělávání?');
    expect(summary).toContain('Pracovník: Mgr. Petr Svoboda');
    expect(summary).toContain('Hodin: 7,5, akreditace A2026/0111-SP');
    await s.answer('', KEY.enter);
    expect(await s.done).toBe(0);
    const added = trainings(dir).filter((n) => !was.includes(n));
    expect(added).toHaveLength(1);
    expect(parse(readFileSync(join(dir, 'trainings', added[0]!), 'utf8'))).toEqual({
      id: added[0]!.replace(/\.yaml$/, ''),
      worker: 'svoboda',
      date: '2026-11-12',
      course: 'Krizová intervence',
      hours: 7.5,
      accreditation: 'A2026/0111-SP',
    });
  });

  it('“training hours of each worker this year”: one command; due warns from December for a worker below the minimum', () => {
    const dir = example();
    const list = runBin(['training', 'list', '--year', '2026', '-C', dir]);
    expect(list.code, list.stderr).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^Mgr\. Jana Nováková +1 +1 +16 \/ 24 +chybí 8 h$/);
    expect(lines[2]).toMatch(/^Mgr\. Petr Svoboda +0,5 +1 +8 \/ 24 +chybí 16 h$/);
    expect(lines[3]).toMatch(/^Bc\. Kateřina Malá +0,8 +1 +24 \/ 24 +splněno$/);
    const novDue = (today: string) =>
      JSON.parse(
        runBin(['due', '--json', '--worker', 'novakova', '-C', dir], { env: { SPIS_TODAY: today } }).stdout,
      ).filter((x: { kind: string }) => x.kind === 'training-hours');
    expect(novDue('2026-11-30')).toEqual([]);
    expect(novDue('2026-12-01')).toEqual([
      expect.objectContaining({ due_date: '2026-12-31', subject: '16/24', days: 30 }),
    ]);
    // Eight hours more: the minimum is met, and the warning goes.
    const r = runBin([
      'training',
      'add',
      '--from',
      input('worker: novakova\ndate: 2026-11-20\ncourse: Etika v sociální práci\nhours: 8\n'),
      '-C',
      dir,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(novDue('2026-12-01')).toEqual([]);
    const report = JSON.parse(runBin(['report', '--year', '2026', '--json', '-C', dir]).stdout).staff;
    expect(report).toEqual({
      fte_direct_care: 2.3,
      workers_direct_care: 3,
      training_hours: { novakova: 24, svoboda: 8, mala: 24 },
      training_minimum: 24,
      below_minimum: 1,
    });
    // In 2025 Malá was not yet in direct care.
    expect(JSON.parse(runBin(['report', '--year', '2025', '--json', '-C', dir]).stdout).staff.fte_direct_care).toBe(
      1.5,
    );
  });

  it('hours that are not a number, and a worker not of the service, are check problems at their place; --from refuses them', async () => {
    const dir = example();
    const f = join(dir, 'trainings/2026-09-10-q5w1.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace('hours: 8', 'hours: osm').replace('worker: svoboda', 'worker: svobda'),
    );
    const r = await run(['check', '--json', '-C', dir]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ code: 'schema-type', file: 'trainings/2026-09-10-q5w1.yaml', path: 'hours' }),
    ]);
    writeFileSync(f, readFileSync(f, 'utf8').replace('hours: osm', 'hours: 8'));
    const w = JSON.parse((await run(['check', '--json', '-C', dir])).stdout);
    expect(w).toEqual([expect.objectContaining({ code: 'unknown-worker', path: 'worker' })]);
    const before = snapshotTree(dir);
    const bad = runBin(['training', 'add', '--from', input('worker: mala\ncourse: Kurz\nhours: 0\n'), '-C', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/:3:8: /);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('the year’s overview as a document: each worker’s courses and total against the minimum, in md, html and pdf', async () => {
    const dir = example();
    const md = runBin(['training', 'list', '--year', '2026', '--format', 'md', '-C', dir]);
    expect(md.code, md.stderr).toBe(0);
    const text = md.stdout.replaceAll('\u00a0', ' ');
    expect(text).toContain('# Vzdělávání pracovníků');
    expect(text).toContain('## Mgr. Petr Svoboda\n\n**Pozice:** psycholog  \n\n**Úvazek v přímé péči:** 0,5');
    expect(text).toContain('- 10. 9. 2026: Supervize v pomáhajících profesích – 8 h');
    expect(text).toContain('**Celkem:** 8 h z 24 – chybí 16 h');
    expect(text).toContain('**Celkem:** 24 h z 24 – splněno');
    // A year with no course: every active worker is listed with none.
    const empty = runBin(['training', 'list', '--year', '2024', '--format', 'html', '-C', dir]).stdout.replaceAll(
      '\u00a0',
      ' ',
    );
    expect(empty.match(/V tomto roce žádný kurz\./g)).toHaveLength(3);
    const pdf = join(tmp(), 'vzdelavani.pdf');
    expect(runBin(['training', 'list', '--format', 'pdf', '-o', pdf, '-C', dir]).code).toBe(0);
    const read = pdfWords(await pdfPages(pdf));
    for (const w of words('Vzdělávání pracovníků Rok 2026 Bc. Kateřina Malá Rozhovor s dítětem 24 h z 24 splněno'))
      expect(read).toContain(w);
    const both = runBin(['training', 'list', '--json', '--format', 'md', '-C', dir]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Zvolte jeden výstup');
  });
});
