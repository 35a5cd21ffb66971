import { describe, expect, it } from 'vitest';
import { parseReturnListParams, toReturnSearchParams } from './returnListParams';

const VENDOR = '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e01';

describe('return list params in the URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(parseReturnListParams(new URLSearchParams())).toEqual({
      status: undefined,
      vendorId: undefined,
      chaseOverdue: undefined,
      q: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('drops what it cannot read: unknown states, a bad vendor id, a silly page', () => {
    const params = parseReturnListParams(
      new URLSearchParams('status=shipped,lost,at_vendor&vendorId=x&page=-2&pageSize=500'),
    );
    expect(params.status).toEqual(['shipped', 'at_vendor']);
    expect(params.vendorId).toBeUndefined();
    expect(params.page).toBe(1);
    expect(params.pageSize).toBe(100);
  });

  it('round-trips every filter, and writes only what differs from the default', () => {
    const params = {
      status: ['registered' as const],
      vendorId: VENDOR,
      chaseOverdue: true,
      q: 'RR-2026',
      page: 3,
      pageSize: 50,
    };
    expect(parseReturnListParams(toReturnSearchParams(params))).toEqual(params);
    expect(toReturnSearchParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
