import { describe, expect, it } from 'vitest';
import type { RepairReturnListItem } from '../../repair-return.schemas';
import { shipmentCandidates } from './shipmentCandidates';

const ACME = { id: '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e01', name: 'Acme' };
const OTHER = { id: '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e02', name: 'Other' };

const rr = (number: string, change: Partial<RepairReturnListItem> = {}) =>
  ({
    id: number,
    number,
    status: 'registered',
    vendor: null,
    urgent: false,
    takenAt: '2026-11-20T02:00:00Z',
    ...change,
  }) as RepairReturnListItem;

describe('shipmentCandidates', () => {
  it('offers returns for this vendor and those with none, never another vendor’s', () => {
    const list = [rr('A', { vendor: ACME }), rr('B'), rr('C', { vendor: OTHER })];
    expect(shipmentCandidates(list, ACME.id).map((r) => r.number)).toEqual(['A', 'B']);
  });

  it('offers nothing until a vendor is chosen, and only registered returns', () => {
    expect(shipmentCandidates([rr('A')], undefined)).toEqual([]);
    expect(shipmentCandidates([rr('A', { status: 'shipped' })], ACME.id)).toEqual([]);
  });

  it('lists urgent returns first, then the longest waiting', () => {
    const list = [
      rr('new', { takenAt: '2026-11-25T02:00:00Z' }),
      rr('old', { takenAt: '2026-11-01T02:00:00Z' }),
      rr('urgent', { urgent: true, takenAt: '2026-11-26T02:00:00Z' }),
    ];
    expect(shipmentCandidates(list, ACME.id).map((r) => r.number)).toEqual([
      'urgent',
      'old',
      'new',
    ]);
  });
});
