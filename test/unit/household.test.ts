// The household and the personal contact of foster-care support, as pure rules.
import { describe, expect, it } from 'vitest';
import { householdChildren, isPersonalContact } from '../../src/domain/household.js';
import { memberLabel } from '../../src/i18n/agree.js';
import { t } from '../../src/i18n/index.js';
import { rulesOf } from '../../src/domain/config.js';
import type { SpisConfig } from '../../src/domain/types.js';

describe('the household', () => {
  const client = {
    household: [
      { id: 'm1', role: 'child' as const, sex: 'female' as const, birth_year: 2015 },
      { id: 'm2', role: 'child' as const, sex: 'male' as const, takes_part: false },
      { id: 'm3', role: 'partner' as const, sex: 'male' as const },
    ],
  };
  it('expects at a visit the children who take part, not a partner nor a child recorded as not taking part', () => {
    expect(householdChildren(client)).toEqual(['m1']);
    const on = '2026-11-22';
    expect(isPersonalContact({ date: on, form: 'osobne', present: ['m1'] }, client)).toBe(true);
    expect(isPersonalContact({ date: on, form: 'osobne', present: ['m3'] }, client)).toBe(false);
    expect(isPersonalContact({ date: on, form: 'telefon', present: ['m1'] }, client)).toBe(false);
    // With no child recorded, any contact in person is one.
    expect(isPersonalContact({ date: on, form: 'osobne' }, {})).toBe(true);
  });
  it('expects a placed child only while placed: not before the placement, not from the day it ended', () => {
    const placed = {
      household: [
        {
          id: 'm1',
          role: 'child' as const,
          placement: { from: '2025-03-01', until: '2026-06-30', ended: 'adulthood' as const },
        },
        { id: 'm2', role: 'child' as const, placement: { from: '2026-05-01' } },
      ],
    };
    expect(householdChildren(placed, '2026-04-30')).toEqual(['m1']);
    expect(householdChildren(placed, '2026-06-29')).toEqual(['m1', 'm2']);
    expect(householdChildren(placed, '2026-06-30')).toEqual(['m2']);
    expect(householdChildren(placed)).toEqual(['m1', 'm2']);
    expect(isPersonalContact({ date: '2026-04-10', form: 'osobne', present: ['m1'] }, placed)).toBe(true);
    expect(isPersonalContact({ date: '2026-07-10', form: 'osobne', present: ['m1'] }, placed)).toBe(false);
    expect(isPersonalContact({ date: '2026-07-10', form: 'osobne', present: ['m2'] }, placed)).toBe(true);
  });
  it('names a member in the agreeing Czech form', () => {
    expect(memberLabel({ role: 'child', sex: 'female', birth_year: 2015 })).toBe('dcera (nar. 2015)');
    expect(memberLabel({ role: 'parent', sex: 'male' })).toBe('otec');
    expect(memberLabel({ role: 'partner', sex: 'unknown' })).toBe('partner/ka');
  });
  it('a personal goal evaluated without the carer says pěstoun/pěstounka in foster care, klient/klientka elsewhere', () => {
    expect(t('contact.client-absent', { sex: 'female', foster: 1 }, 'cs')).toBe('pěstounka se neúčastnila');
    expect(t('contact.client-absent', { sex: 'male', foster: 1 }, 'cs')).toBe('pěstoun se neúčastnil');
    expect(t('contact.client-absent', { sex: 'female', foster: 0 }, 'cs')).toBe('klientka se neúčastnila');
  });
  it('the foster-care kind keeps the 2-month personal contact unless spis.yaml says otherwise', () => {
    const config = (kind: string, rules = {}): SpisConfig =>
      ({ provider: { service: { kind } }, workers: [], rules }) as unknown as SpisConfig;
    expect(rulesOf(config('doprovazeni_pestounu')).personal_contact).toBe('2m');
    expect(rulesOf(config('doprovazeni_pestounu', { personal_contact: '6w' })).personal_contact).toBe('6w');
    expect(rulesOf(config('odborne_socialni_poradenstvi')).personal_contact).toBeUndefined();
  });
});
