import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Urgency } from '../hotline/hotline-call.schemas';
import { checkTravelMode } from './travel-mode.rules';
import { TRAVEL_MODES } from './work-order.states';

describe('checkTravelMode', () => {
  it('always allows public transport', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Urgency>('normal', 'urgent', 'critical'),
        fc.option(fc.string()),
        (urgency, reason) =>
          checkTravelMode({ mode: 'public_transport', urgency, reason }) === null,
      ),
    );
  });

  it('allows a taxi or motorbike taxi for urgent work, otherwise only with a reason', () => {
    for (const mode of ['taxi', 'motorbike_taxi'] as const) {
      expect(checkTravelMode({ mode, urgency: 'urgent' })).toBeNull();
      expect(checkTravelMode({ mode, urgency: 'critical' })).toBeNull();
      expect(checkTravelMode({ mode, urgency: 'normal' })).toBe('TRAVEL_REASON_REQUIRED');
      expect(checkTravelMode({ mode, urgency: 'normal', reason: '  ' })).toBe(
        'TRAVEL_REASON_REQUIRED',
      );
      expect(checkTravelMode({ mode, urgency: 'normal', reason: '重要客户' })).toBeNull();
    }
  });

  it('allows the company car only with an approved request', () => {
    for (const status of [undefined, null, 'requested', 'declined', 'used'] as const)
      expect(
        checkTravelMode({
          mode: 'company_car',
          urgency: 'critical',
          reason: 'x',
          carRequestStatus: status,
        }),
      ).toBe('CAR_NOT_APPROVED');
    expect(
      checkTravelMode({ mode: 'company_car', urgency: 'normal', carRequestStatus: 'approved' }),
    ).toBeNull();
  });

  it('allows the own vehicle only with a reason, even when urgent', () => {
    expect(checkTravelMode({ mode: 'own', urgency: 'critical' })).toBe('TRAVEL_REASON_REQUIRED');
    expect(checkTravelMode({ mode: 'own', urgency: 'normal', reason: '偏远' })).toBeNull();
  });

  it('never refuses a mode with a reason and an approved car, whatever the urgency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRAVEL_MODES),
        fc.constantFrom<Urgency>('normal', 'urgent', 'critical'),
        (mode, urgency) =>
          checkTravelMode({ mode, urgency, reason: '原因', carRequestStatus: 'approved' }) === null,
      ),
    );
  });
});
