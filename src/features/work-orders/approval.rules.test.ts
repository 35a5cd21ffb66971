import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WARRANTY_STATES } from '../warranty/warranty.rules';
import { isApprovalNeeded } from './approval.rules';

describe('isApprovalNeeded', () => {
  it('needs no approval for a device in warranty, whatever was quoted', () => {
    for (const warrantyState of ['replacement', 'repair', 'contract'] as const)
      expect(
        isApprovalNeeded({ warrantyState, quoteChargedCents: 50_000, quoteDecision: null }),
      ).toBe(false);
  });

  it('needs approval out of warranty until the customer approves a quote', () => {
    const facts = { warrantyState: 'expired' as const, quoteChargedCents: 50_000 };
    expect(isApprovalNeeded({ ...facts, quoteDecision: null })).toBe(true);
    expect(isApprovalNeeded({ ...facts, quoteDecision: 'declined' })).toBe(true);
    expect(isApprovalNeeded({ ...facts, quoteDecision: 'approved' })).toBe(false);
    expect(isApprovalNeeded({ ...facts, quoteChargedCents: null, quoteDecision: null })).toBe(true);
  });

  it('counts an order without a device (or of unknown warranty) as covered only by a free quote', () => {
    for (const warrantyState of [null, 'unknown'] as const) {
      expect(
        isApprovalNeeded({ warrantyState, quoteChargedCents: null, quoteDecision: null }),
      ).toBe(true);
      expect(isApprovalNeeded({ warrantyState, quoteChargedCents: 0, quoteDecision: null })).toBe(
        false,
      );
      expect(isApprovalNeeded({ warrantyState, quoteChargedCents: 1, quoteDecision: null })).toBe(
        true,
      );
    }
  });

  it('never needs approval once the customer approved', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...WARRANTY_STATES),
        fc.option(fc.nat()),
        (warrantyState, quoteChargedCents) =>
          !isApprovalNeeded({ warrantyState, quoteChargedCents, quoteDecision: 'approved' }),
      ),
    );
  });
});
