import { describe, expect, it } from 'vitest';
import { TenantCache } from './tenant-cache';

function world() {
  let now = 0;
  let reads = 0;
  const cache = new TenantCache<number>(5_000, 3, () => now);
  const read = (tenant: string, key = tenant) =>
    cache.get(tenant, key, () => Promise.resolve(++reads));
  return {
    cache,
    read,
    advance: (ms: number) => (now += ms),
    reads: () => reads,
  };
}

describe('TenantCache', () => {
  it('reads once within the time to live, and again after it', async () => {
    const w = world();
    expect(await w.read('a')).toBe(1);
    w.advance(4_999);
    expect(await w.read('a')).toBe(1);
    w.advance(1);
    expect(await w.read('a')).toBe(2);
    expect(w.reads()).toBe(2);
  });

  it('forgets a tenant at once and reads it afresh for a while, other tenants untouched', async () => {
    const w = world();
    await w.read('a');
    await w.read('b');
    w.cache.forget('a');
    expect(await w.read('a')).toBe(3);
    expect(await w.read('a')).toBe(4); // the change may not have committed: not kept yet
    expect(await w.read('b')).toBe(2);
    w.advance(5_000);
    expect(await w.read('a')).toBe(5);
    expect(await w.read('a')).toBe(5);
  });

  it('keeps keys of one tenant apart, and stays within its size', async () => {
    const w = world();
    expect(await w.read('a', 'a|1')).toBe(1);
    expect(await w.read('a', 'a|2')).toBe(2);
    expect(await w.read('a', 'a|1')).toBe(1);
    await w.read('b');
    await w.read('c'); // the fourth entry: the cache starts over
    expect(await w.read('a', 'a|1')).toBe(5);
  });
});
