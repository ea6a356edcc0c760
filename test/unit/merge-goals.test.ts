// The three-way merge of goals.yaml that the goals merge driver runs during spis sync.
import { describe, expect, it } from 'vitest';
import { clashingGoalIds, mergeGoals } from '../../src/domain/merge-goals.js';
import { renumberNewGoals } from '../../src/domain/case.js';
import { mergeGoalsText } from '../../src/store/sync.js';
import type { ContactRecord, Goals, PartialGoal } from '../../src/domain/types.js';

const goal = (id: string, extra: Partial<PartialGoal> = {}): PartialGoal => ({
  id,
  text: `cíl ${id}`,
  criteria: 'k',
  responsible: ['klient'],
  set: '2026-10-01',
  source: 'contract',
  review: '2026-12-01',
  status: 'open',
  ...extra,
});
const base: Goals = {
  personal_goals: [{ text: 'osobní', set: '2026-09-01', source: 'contract' }],
  partial_goals: [goal('c1')],
};
const ev = (date: string, status: string, source: string, next_review?: string) =>
  ({ date, source, status, ...(next_review ? { next_review } : {}) }) as NonNullable<
    PartialGoal['evaluations']
  >[number];

describe('mergeGoals', () => {
  it("keeps both sides' new goals and both evaluations of one goal; the later evaluation sets its state", () => {
    const ours: Goals = {
      ...base,
      partial_goals: [
        goal('c1', { review: '2026-12-20', evaluations: [ev('2026-11-20', 'continues', 'contacts/a', '2026-12-20')] }),
        goal('c2', { source: 'contacts/a' }),
      ],
    };
    const theirs: Goals = {
      ...base,
      partial_goals: [
        goal('c1', { status: 'met', closed: '2026-11-21', evaluations: [ev('2026-11-21', 'met', 'contacts/b')] }),
        goal('c3', { source: 'contacts/b' }),
      ],
    };
    const m = mergeGoals(base, ours, theirs)!;
    expect(m.partial_goals.map((g) => g.id)).toEqual(['c1', 'c2', 'c3']);
    const c1 = m.partial_goals[0];
    expect(c1.evaluations!.map((e) => e.source)).toEqual(['contacts/a', 'contacts/b']);
    expect(c1).toMatchObject({ status: 'met', closed: '2026-11-21' });
  });

  it('on the same day, the replayed side (theirs) is the later one', () => {
    const ours: Goals = {
      ...base,
      partial_goals: [
        goal('c1', { review: '2027-01-01', evaluations: [ev('2026-11-22', 'continues', 'contacts/a', '2027-01-01')] }),
      ],
    };
    const theirs: Goals = {
      ...base,
      partial_goals: [
        goal('c1', { review: '2026-12-06', evaluations: [ev('2026-11-22', 'continues', 'contacts/b', '2026-12-06')] }),
      ],
    };
    const c1 = mergeGoals(base, ours, theirs)!.partial_goals[0];
    expect(c1.review).toBe('2026-12-06');
    expect(c1.evaluations).toHaveLength(2);
  });

  it('takes a change made on one side only, and unions personal goals and their evaluations', () => {
    const ours: Goals = {
      ...base,
      plan: { written: '2026-11-20' },
      personal_goals: [
        {
          ...base.personal_goals[0],
          evaluations: [{ date: '2026-11-20', source: 'contacts/a', outcome: 'partly_met', participants: ['klient'] }],
        },
      ],
    };
    const theirs: Goals = {
      ...base,
      personal_goals: [...base.personal_goals, { text: 'nový', set: '2026-11-21', source: 'contacts/b' }],
    };
    const m = mergeGoals(base, ours, theirs)!;
    expect(m.plan).toEqual({ written: '2026-11-20' });
    expect(m.personal_goals.map((g) => g.text)).toEqual(['osobní', 'nový']);
    expect(m.personal_goals[0].evaluations).toHaveLength(1);
  });

  it('is a conflict when one id names two different new goals, or a text is changed differently on both sides', () => {
    const ours: Goals = { ...base, partial_goals: [...base.partial_goals, goal('c2', { text: 'náš' })] };
    const theirs: Goals = { ...base, partial_goals: [...base.partial_goals, goal('c2', { text: 'jejich' })] };
    expect(mergeGoals(base, ours, theirs)).toBeUndefined();
    expect(clashingGoalIds(base, ours, theirs)).toEqual(['c2']);
    const a: Goals = { ...base, partial_goals: [goal('c1', { text: 'A' })] };
    const b: Goals = { ...base, partial_goals: [goal('c1', { text: 'B' })] };
    expect(mergeGoals(base, a, b)).toBeUndefined();
  });

  it('merges the text keeping our layout and comments', () => {
    const text = (extra: string): string =>
      `# plán klientky\npersonal_goals:\n  - text: osobní # slovy klientky\n    set: 2026-09-01\n    source: contract\npartial_goals:\n  - id: c1\n    text: cíl c1\n    criteria: k\n    responsible: [klient]\n    set: 2026-10-01\n    source: contract\n    review: 2026-12-01\n    status: open\n${extra}`;
    const mine = `  - id: c2\n    text: náš\n    criteria: k\n    responsible: [klient]\n    set: 2026-11-20\n    source: contacts/2026-11-20-aaaa.yaml\n    review: 2026-12-20\n    status: open\n`;
    const yours = mine.replace('c2', 'c3').replace('náš', 'jejich').replace('aaaa', 'bbbb');
    const merged = mergeGoalsText(text(''), text(mine), text(yours))!;
    // Our lines stay as they were, byte for byte; theirs follow.
    expect(merged.startsWith(text(mine))).toBe(true);
    expect(merged.slice(text(mine).length)).toMatch(/^ {2}- id: c3\n {4}text: jejich\n/);
    expect(mergeGoalsText(text(''), text(mine), text(mine.replace('náš', 'jiný')))).toBeUndefined();
  });
});

describe('renumberNewGoals', () => {
  it('moves new goal ids taken meanwhile to the next free ones, with the references that name them', () => {
    const record = {
      date: '2026-11-22',
      form: 'osobne',
      type: 'konzultace',
      worker: 'novakova',
      summary: 's',
      goal_reviews: [{ goal: 'c1', status: 'reworded', reworded_as: 'c2' }],
      new_goals: [
        { id: 'c2', text: 'a', criteria: 'k', responsible: ['klient'], review: '2026-12-01' },
        { id: 'c3', text: 'b', criteria: 'k', responsible: ['klient'], review: '2026-12-01' },
      ],
    } as ContactRecord;
    const now: Goals = { ...base, partial_goals: [goal('c1'), goal('c2', { text: 'mezitím' })] };
    const { record: next, renumbered } = renumberNewGoals(record, now);
    expect(renumbered).toEqual([{ from: 'c2', to: 'c4' }]);
    expect(next.new_goals!.map((g) => g.id)).toEqual(['c4', 'c3']);
    expect(next.goal_reviews![0].reworded_as).toBe('c4');
    expect(renumberNewGoals(record, base).renumbered).toEqual([]);
  });
});
