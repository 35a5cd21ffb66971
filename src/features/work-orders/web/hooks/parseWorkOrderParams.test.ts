import { describe, expect, it } from 'vitest';
import { parseWorkOrderParams, toSearchParams } from './parseWorkOrderParams';

describe('work-order list params in the URL', () => {
  it('reads filters, sorting and paging', () => {
    const params = parseWorkOrderParams(
      new URLSearchParams(
        'q=CT&status=new,assigned&from=2026-01-01&to=2026-01-31&sort=urgency&order=asc&page=3&pageSize=50',
      ),
    );
    expect(params).toEqual({
      q: 'CT',
      status: ['new', 'assigned'],
      technicianId: undefined,
      from: '2026-01-01',
      to: '2026-01-31',
      sort: 'urgency',
      order: 'asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to defaults for junk', () => {
    const params = parseWorkOrderParams(
      new URLSearchParams('status=bogus&sort=drop&page=-1&pageSize=1000&from=yesterday'),
    );
    expect(params).toMatchObject({
      status: undefined,
      sort: 'createdAt',
      order: 'desc',
      page: 1,
      pageSize: 100,
      from: undefined,
    });
  });

  it('round-trips and leaves defaults out of the URL', () => {
    const search = 'q=x&status=closed&sort=number&order=asc&page=2';
    expect(toSearchParams(parseWorkOrderParams(new URLSearchParams(search))).toString()).toBe(
      search.replace(',', '%2C'),
    );
    expect(toSearchParams(parseWorkOrderParams(new URLSearchParams())).toString()).toBe('');
  });
});
