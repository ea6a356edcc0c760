// What one person's copy (Art. 15) holds of a register record that names several cases: her own
// link, the others counted, never named.
import { describe, expect, it } from 'vitest';
import { SERVICE_LINKS } from '../../src/domain/kinds.js';
import type { GroupActivity, Incident } from '../../src/domain/types.js';

describe('a register record in one person’s copy', () => {
  it('an incident concerning three cases names only hers, and counts the others (a purged one too)', () => {
    const i: Incident = {
      id: '2026-11-19-p2d5',
      date: '2026-11-19',
      kind: 'agrese',
      cases: ['2026-0001', '2026-0002', '2026-0003'],
      cases_purged: 1,
      summary: 'Konflikt v čekárně.',
      measures: 'Rozdělení účastníků.',
      worker: 'novakova',
    };
    expect(SERVICE_LINKS.incident.copyTo(i)).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(SERVICE_LINKS.incident.copyFor(i, '2026-0002')).toEqual({
      id: '2026-11-19-p2d5',
      date: '2026-11-19',
      kind: 'agrese',
      cases: ['2026-0002'],
      other_cases: 3,
      summary: 'Konflikt v čekárně.',
      measures: 'Rozdělení účastníků.',
      worker: 'novakova',
    });
  });

  it('a group activity keeps her attendance only; the others, named or not, are a number', () => {
    const g: GroupActivity = {
      id: '2026-11-12-h7m2',
      date: '2026-11-12',
      kind: 'klub',
      topic: 'Klub',
      hours: 2,
      workers: ['mala'],
      attendees: [
        { case: '2026-0001', attendance: 'present' },
        { case: '2026-0002', attendance: 'excused' },
      ],
      others: 2,
      other_names: ['Jana Ukázková'],
      record: 'Záznam.',
    };
    const held = SERVICE_LINKS.group.copyFor(g, '2026-0002');
    expect(held).toMatchObject({ attendees: [{ case: '2026-0002', attendance: 'excused' }], other_attendees: 3 });
    expect(JSON.stringify(held)).not.toMatch(/2026-0001|Ukázková/);
  });
});
