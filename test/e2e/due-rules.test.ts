// The due rules at their boundaries.
import { describe, expect, it } from 'vitest';
import { dueItems, sortDue, type DueContract, type DueFacts } from '../../src/domain/due.js';
import { DEFAULT_RULES } from '../../src/domain/config.js';
import type { Amendment, Client, Contract, Goals, ProviderRules } from '../../src/domain/types.js';
import { addDays } from '../../src/domain/dates.js';

const client = (over: Partial<Client> = {}): Client => ({
  id: '2026-0001',
  status: 'active',
  name: { given: 'Jana', family: 'Dvořáková' },
  sex: 'female',
  target_group: 'rodiny_s_detmi',
  applied: '2025-01-02',
  assessment: { date: '2025-01-05', workers: ['a', 'b'] },
  key_workers: [{ worker: 'novakova', from: '2025-01-05' }],
  ...over,
});

const goals = (over: Partial<Goals> = {}): Goals => ({
  plan: { written: '2025-03-01' },
  personal_goals: [{ text: 'cíl', set: '2026-10-01', source: 'contract' }],
  partial_goals: [],
  ...over,
});

const goal = (id: string, review: string, status: 'open' | 'met' = 'open', closed?: string) => ({
  id,
  text: 't',
  criteria: 'k',
  responsible: ['klient'],
  set: '2025-01-10',
  review,
  status,
  ...(closed ? { closed } : {}),
});

const facts = (over: Partial<DueFacts> = {}): DueFacts => ({
  id: '2026-0001',
  client: client(),
  // A whole contract record: the rules read only what DueContract names.
  contract: {
    form: 'written',
    concluded: '2025-01-10',
    worker: 'novakova',
    service: 's',
    scope: 's',
    place_time: 'p',
    payment: 'p',
    internal_rules: 'i',
    notice: 'n',
    term: { indefinite: true },
    personal_goal: 'cíl',
  } satisfies Contract as DueContract,
  goals: goals(),
  contactDates: [],
  ...over,
});

const rules = (over: Partial<ProviderRules> = {}): ProviderRules => ({
  ...DEFAULT_RULES,
  max_contact_gap: '10y',
  ...over,
});
const kinds = (f: DueFacts, asOf: string, until: string, r = rules()) =>
  dueItems(f, r, asOf, until).map((i) => [i.kind, i.subject ?? '', i.due, i.days]);
const reviews = (f: DueFacts, asOf: string, windowDays = 14) =>
  kinds(f, asOf, addDays(asOf, windowDays)).filter(([k]) => k === 'partial-goal-review');

describe('partial goal reviews', () => {
  it('lists a review due today, tomorrow and on the last day of the window, but not one day after', () => {
    const f = facts({
      goals: goals({
        partial_goals: [
          goal('c1', '2026-11-22'),
          goal('c2', '2026-11-23'),
          goal('c3', '2026-12-06'),
          goal('c4', '2026-12-07'),
        ],
      }),
    });
    expect(reviews(f, '2026-11-22')).toEqual([
      ['partial-goal-review', 'c1', '2026-11-22', 0],
      ['partial-goal-review', 'c2', '2026-11-23', 1],
      ['partial-goal-review', 'c3', '2026-12-06', 14],
    ]);
  });

  it('lists an overdue review with negative days', () => {
    expect(reviews(facts({ goals: goals({ partial_goals: [goal('c1', '2026-11-02')] }) }), '2026-11-22')).toEqual([
      ['partial-goal-review', 'c1', '2026-11-02', -20],
    ]);
  });

  it('does not list a goal met the day before its review date', () => {
    expect(
      reviews(
        facts({ goals: goals({ partial_goals: [goal('c1', '2026-11-22', 'met', '2026-11-21')] }) }),
        '2026-11-22',
      ),
    ).toEqual([]);
  });
});

describe('the personal goal', () => {
  it('is due twelve months after it was set', () => {
    const f = facts({ goals: goals({ personal_goals: [{ text: 'x', set: '2025-11-30', source: 'contract' }] }) });
    expect(kinds(f, '2026-11-22', '2026-12-06')).toEqual([['personal-goal-evaluation', '', '2026-11-30', 8]]);
  });

  it('an evaluation resets the clock', () => {
    const f = facts({
      goals: goals({
        personal_goals: [
          {
            text: 'x',
            set: '2025-11-30',
            source: 'contract',
            evaluations: [{ date: '2026-06-15', outcome: 'partly_met', participants: ['klient'] }],
          },
        ],
      }),
    });
    expect(kinds(f, '2026-11-22', '2026-12-06')).toEqual([]);
    expect(kinds(f, '2027-06-15', '2027-06-15')).toEqual([['personal-goal-evaluation', '', '2027-06-15', 0]]);
  });

  it('a goal set on a leap day is due on 28 February', () => {
    const f = facts({ goals: goals({ personal_goals: [{ text: 'x', set: '2028-02-29', source: 'contract' }] }) });
    expect(kinds(f, '2029-02-28', '2029-02-28')).toEqual([['personal-goal-evaluation', '', '2029-02-28', 0]]);
    expect(kinds(f, '2029-02-27', '2029-02-27')).toEqual([]);
  });
});

describe('contacts', () => {
  it('one month after 31 January is the last day of February', () => {
    const f = facts({ contactDates: ['2026-01-31'] });
    expect(kinds(f, '2026-02-28', '2026-02-28', rules({ max_contact_gap: '1m' }))).toEqual([
      ['contact-gap', '', '2026-02-28', 0],
    ]);
    expect(kinds(f, '2026-02-27', '2026-02-27', rules({ max_contact_gap: '1m' }))).toEqual([]);
  });

  it('foster-care cadence: a contact every two months', () => {
    const f = facts({ contactDates: ['2026-09-15'] });
    expect(kinds(f, '2026-11-22', '2026-11-22', rules({ max_contact_gap: '2m' }))).toEqual([
      ['contact-gap', '', '2026-11-15', -7],
    ]);
  });

  it('foster-care support: the personal contact runs from the last visit with the children, else from the agreement', () => {
    const r = rules({ personal_contact: '2m' });
    // A phone call on 5. 3. is the last contact, but the last visit with the children was on 10. 1.
    const f = facts({ contactDates: ['2026-01-10', '2026-03-05'], lastPersonal: '2026-01-10' });
    expect(kinds(f, '2026-03-10', '2026-03-10', r)).toEqual([['personal-contact', '', '2026-03-10', 0]]);
    // The rule replaces the contact gap: no "not using the service" item beside it.
    expect(kinds(f, '2026-05-05', '2026-05-05', r).map(([k]) => k)).not.toContain('contact-gap');
    // No visit with the children yet: two months from the agreement.
    expect(kinds(facts({ contactDates: ['2025-01-20'] }), '2025-03-10', '2025-03-10', r)).toEqual([
      ['personal-contact', '', '2025-03-10', 0],
    ]);
  });

  it('a planned meeting that passed with no newer contact', () => {
    const f = facts({ contactDates: ['2026-10-19'], plannedMeeting: '2026-11-16' });
    expect(kinds(f, '2026-11-22', '2026-11-22')).toEqual([['missed-meeting', '', '2026-11-16', -6]]);
    expect(kinds(f, '2026-11-16', '2026-11-16')).toEqual([]);
    // A contact on the planned day (or later) is the meeting held.
    expect(
      kinds(
        facts({ contactDates: ['2026-10-19', '2026-11-16'], plannedMeeting: '2026-11-16' }),
        '2026-11-22',
        '2026-11-22',
      ),
    ).toEqual([]);
    // A contact before the planned day does not hold it, even without a plan of its own.
    expect(
      kinds(
        facts({ contactDates: ['2026-10-19', '2026-11-02'], plannedMeeting: '2026-11-16' }),
        '2026-11-22',
        '2026-11-22',
      ),
    ).toEqual([['missed-meeting', '', '2026-11-16', -6]]);
  });

  it('an anonymous applicant is never due for an assessment', () => {
    const anonymous = facts({
      client: client({
        status: 'applicant',
        anonymous: true,
        pseudonym: 'A',
        applied: '2026-11-01',
        assessment: undefined,
      }),
    });
    expect(kinds(anonymous, '2026-11-22', '2026-11-22')).toEqual([]);
    const named = facts({ client: client({ status: 'applicant', applied: '2026-11-01', assessment: undefined }) });
    expect(kinds(named, '2026-11-22', '2026-11-22')).toEqual([['assessment', '', '2026-11-08', -14]]);
  });

  it('the periodic report of foster care, counted from the contract or the last report', () => {
    const contract = {
      form: 'written' as const,
      concluded: '2026-01-10',
      worker: 'novakova',
      service: 's',
      term: { indefinite: true },
      personal_goal: 'g',
    };
    const r = rules({ report_interval: '6m' });
    expect(kinds(facts({ contract }), '2026-07-10', '2026-07-10', r)).toEqual([
      ['periodic-report', '', '2026-07-10', 0],
    ]);
    const reported = {
      ...contract,
      reports: [{ date: '2026-07-08', from: '2026-01-10', to: '2026-07-09', worker: 'novakova' }],
    };
    expect(kinds(facts({ contract: reported }), '2026-07-10', '2027-01-08', r)).toEqual([
      ['periodic-report', '', '2027-01-08', 182],
    ]);
    expect(kinds(facts({ contract }), '2026-07-10', '2026-07-10')).toEqual([]);
  });

  it('more contacts than the written-plan threshold and no written plan', () => {
    const dates = ['2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05', '2026-06-05', '2026-07-05'];
    const without = facts({ contactDates: dates, goals: goals({ plan: {} }) });
    expect(kinds(without, '2026-07-10', '2026-07-10')).toEqual([['written-plan', '', '2026-07-05', -5]]);
    expect(
      kinds(facts({ contactDates: dates.slice(0, 6), goals: goals({ plan: {} }) }), '2026-07-10', '2026-07-10'),
    ).toEqual([]);
    expect(kinds(facts({ contactDates: dates }), '2026-07-10', '2026-07-10')).toEqual([]);
    expect(kinds(without, '2026-07-10', '2026-07-10', rules({ written_plan_after_contacts: 0 }))).toEqual([]);
  });
});

describe('applicants, contracts and ended cases', () => {
  it('an applicant is assessed within 7 days of the first contact', () => {
    const f = facts({
      client: client({ status: 'applicant', applied: '2026-11-17', assessment: undefined, key_workers: undefined }),
      contract: undefined,
      goals: undefined,
    });
    expect(kinds(f, '2026-11-22', '2026-12-06')).toEqual([['assessment', '', '2026-11-24', 2]]);
    expect(
      kinds(
        facts({ ...f, client: client({ status: 'applicant', applied: '2026-11-17' }) }),
        '2026-11-22',
        '2026-12-06',
      ),
    ).toEqual([]);
  });

  it('a contract whose term ends, amendments included', () => {
    const f = facts();
    f.contract!.term = { until: '2026-11-30' };
    expect(kinds(f, '2026-11-22', '2026-12-06')).toEqual([['contract-end', '', '2026-11-30', 8]]);
    f.contract!.amendments = [
      {
        number: 1,
        date: '2026-11-01',
        effective: '2026-11-01',
        changes: 'prodloužení',
        term_until: '2027-05-31',
      } satisfies Amendment as Pick<Amendment, 'term_until'>,
    ];
    expect(kinds(f, '2026-11-22', '2026-12-06')).toEqual([]);
  });

  it('refused and closed cases have nothing due', () => {
    const g = goals({ partial_goals: [goal('c1', '2026-11-01')] });
    expect(kinds(facts({ client: client({ status: 'closed' }), goals: g }), '2026-11-22', '2026-12-06')).toEqual([]);
    expect(kinds(facts({ client: client({ status: 'refused' }), goals: g }), '2026-11-22', '2026-12-06')).toEqual([]);
  });

  it('sorts overdue first, then by date', () => {
    const a = dueItems(
      facts({ goals: goals({ partial_goals: [goal('c2', '2026-11-30'), goal('c1', '2026-11-01')] }) }),
      rules(),
      '2026-11-22',
      '2026-12-06',
    );
    expect(sortDue(a).map((i) => i.subject)).toEqual(['c1', 'c2']);
  });
});
