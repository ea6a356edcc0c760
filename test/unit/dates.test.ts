import { describe, expect, it } from 'vitest';
import {
  addDuration,
  addMonths,
  formatDate,
  isIsoDate,
  parseDateInput,
  parseDuration,
  todayFrom,
} from '../../src/domain/dates.js';

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('reads what a worker types', () => {
    const today = '2026-11-22';
    expect(parseDateInput('+14d', today)).toBe('2026-12-06');
    expect(parseDateInput('+2t', today)).toBe('2026-12-06');
    expect(parseDateInput('+1m', '2026-01-31')).toBe('2026-02-28');
    expect(parseDateInput('22. 11. 2026', today)).toBe('2026-11-22');
    expect(parseDateInput('1.2.2027', today)).toBe('2027-02-01');
    expect(parseDateInput('dnes', today)).toBe(today);
    expect(parseDateInput('30. 2. 2026', today)).toBeUndefined();
    expect(parseDateInput('2026-02-30', today)).toBeUndefined();
    expect(parseDateInput('zítra', today)).toBe('2026-11-23');
    expect(parseDateInput('Včera', today)).toBe('2026-11-21');
    expect(parseDateInput('tomorrow', today)).toBe('2026-11-23');
    expect(parseDateInput('4. 9.', today)).toBe('2026-09-04');
    expect(parseDateInput('4.9.', today)).toBe('2026-09-04');
    expect(parseDateInput('+1r', today)).toBe('2027-11-22');
    expect(parseDateInput('31. 2.', today)).toBeUndefined();
    expect(parseDateInput('pozítří', today)).toBeUndefined();
  });

  it('formats dates the Czech way', () => {
    expect(formatDate('2026-11-22')).toBe('22. 11. 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
  });

  it('takes today from SPIS_TODAY and rejects a bad one', () => {
    expect(todayFrom({ SPIS_TODAY: '2026-02-28' })).toBe('2026-02-28');
    expect(() => todayFrom({ SPIS_TODAY: '2026-02-30' })).toThrow();
    expect(todayFrom({}, new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
  });

  it('parses provider durations', () => {
    expect(parseDuration('12m')).toEqual({ amount: 12, unit: 'm' });
    expect(addDuration('2026-11-22', parseDuration('7d')!)).toBe('2026-11-29');
    expect(parseDuration('12 months')).toBeUndefined();
  });
});

describe('one date parser for options, prompts and --from', () => {
  it('options take the Czech forms, and a wrong one is a usage error naming it', async () => {
    const { run, scratch } = await import('../helpers/cli.js');
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = scratch().example();
    expect(
      (
        await run([
          'refuse',
          '2026-0003',
          '--reason',
          'kapacita',
          '--worker',
          'mala',
          '--date',
          '20. 11. 2026',
          '-C',
          dir,
        ])
      ).code,
    ).toBe(0);
    expect(parse(readFileSync(join(dir, 'clients/2026-0003/client.yaml'), 'utf8')).refusal.date).toBe('2026-11-20');
    expect((await run(['key-worker', '2026-0001', 'svoboda', '--date', 'včera', '-C', dir])).code).toBe(0);
    expect(parse(readFileSync(join(dir, 'clients/2026-0001/client.yaml'), 'utf8')).key_workers.at(-1)).toEqual({
      worker: 'svoboda',
      from: '2026-11-21',
    });
    const due = await run(['due', '--as-of', '25.11.2026', '--within', '0', '--json', '-C', dir]);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout).every((i: { days: number }) => i.days <= 0)).toBe(true);
    const bad = await run(['close', '2026-0002', '--date', '32. 1.', '-C', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('32. 1.');
    // --from input takes the same forms.
    const contact = await run(['contact', 'add', '2026-0002', '--from', '-', '-C', dir], {
      stdin: 'date: včera\ntype: konzultace\nform: telefon\nsummary: Telefonát.\nnext_meeting: +2t\n',
    });
    expect(contact.code, contact.stderr).toBe(0);
    const record = parse(readFileSync(join(dir, contact.stdout.trim()), 'utf8'));
    expect(record).toMatchObject({ date: '2026-11-21', next_meeting: '2026-12-05' });
  });
});
