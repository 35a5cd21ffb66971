import { describe, expect, it } from 'vitest';
import { movementFiltersToParams, parseMovementFilters } from './movementFilters';

const PART = '0b9f3c1e-2a4d-4e5f-8a6b-7c8d9e0f1a2b';
const WAREHOUSE = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('movement filters in the URL', () => {
  it('reads every filter the ledger takes', () => {
    const params = new URLSearchParams(
      `partId=${PART}&warehouseId=${WAREHOUSE}&kind=transfer&from=2026-11-01&to=2026-11-28`,
    );
    expect(parseMovementFilters(params)).toEqual({
      partId: PART,
      warehouseId: WAREHOUSE,
      kind: 'transfer',
      from: '2026-11-01',
      to: '2026-11-28',
    });
  });

  it('drops values the API would refuse', () => {
    const params = new URLSearchParams('partId=abc&kind=steal&from=yesterday&to=2026-1-2');
    expect(parseMovementFilters(params)).toEqual({
      partId: undefined,
      warehouseId: undefined,
      kind: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('writes only the filters that are set, and reads them back the same', () => {
    const filters = { partId: PART, kind: 'adjust' as const };
    const params = movementFiltersToParams(filters);
    expect(params.toString()).toBe(`partId=${PART}&kind=adjust`);
    expect(parseMovementFilters(params)).toMatchObject(filters);
  });
});
