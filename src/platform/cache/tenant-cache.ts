/**
 * A per-process cache of tenant settings that every request reads and that change a few times
 * a year. An entry lives `ttlMs`; a change made in this process forgets the tenant's entries at
 * once and reads it afresh for another `ttlMs` (its transaction may not have committed yet),
 * so only another process may see the old value, for at most `ttlMs` after the change commits
 * (like the session cache).
 */
export class TenantCache<V> {
  private readonly entries = new Map<string, { until: number; tenantId: string; value: V }>();
  private readonly uncachedUntil = new Map<string, number>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The cached value under `key` (one of `tenantId`'s), or what `load` reads, kept if it may be. */
  async get(tenantId: string, key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    const value = await load();
    const now = this.now();
    if ((this.uncachedUntil.get(tenantId) ?? 0) > now) return value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, tenantId, value });
    return value;
  }

  /** After a change to the tenant's settings: read them afresh. */
  forget(tenantId: string): void {
    for (const [key, entry] of this.entries)
      if (entry.tenantId === tenantId) this.entries.delete(key);
    this.uncachedUntil.set(tenantId, this.now() + this.ttlMs);
    if (this.uncachedUntil.size > this.maxEntries) this.uncachedUntil.clear();
  }
}
