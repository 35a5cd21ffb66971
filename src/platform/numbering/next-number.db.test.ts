import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, manualClock } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { type Db, inTenant } from '../db';
import { dailyNumberReserver } from './batched-numbers';
import { formatNumber, nextDailyNumber, takeDailyNumbers } from './next-number';

let tdb: TestDatabase;
/** One number in its own statement, not batched: the counter itself under concurrency. */
const reserveOne = async (db: Db, tenantId: string, prefix: string, day: string) =>
  formatNumber(prefix, day, await takeDailyNumbers(db, tenantId, prefix, day, 1));
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb?.close());

describe('daily numbers', () => {
  it('reserves distinct numbers at once, per tenant and day, and continues the same series', async () => {
    const db = tdb.database.db;
    const clock = manualClock();
    const a = await createTestTenant(db, clock, 'A');
    const b = await createTestTenant(db, clock, 'B');
    const reserved = await Promise.all(
      [1, 2, 3, 4].map(() => reserveOne(db, a.tenantId, 'WO', '2026-12-01')),
    );
    expect([...reserved].sort()).toEqual([
      'WO-20261201-0001',
      'WO-20261201-0002',
      'WO-20261201-0003',
      'WO-20261201-0004',
    ]);
    expect(await reserveOne(db, b.tenantId, 'WO', '2026-12-01')).toBe('WO-20261201-0001');
    expect(await reserveOne(db, a.tenantId, 'WO', '2026-12-02')).toBe('WO-20261202-0001');
    const inTransaction = await inTenant(db, a.tenantId, (tx) =>
      nextDailyNumber(tx, a.tenantId, 'WO', '2026-12-01'),
    );
    expect(inTransaction).toBe('WO-20261201-0005');
  });

  it('reserves in groups: 30 at once get 30 distinct numbers following the series', async () => {
    const db = tdb.database.db;
    const c = await createTestTenant(db, manualClock(), 'C');
    expect(await reserveOne(db, c.tenantId, 'WO', '2026-12-03')).toBe('WO-20261203-0001');
    const reserve = dailyNumberReserver(db);
    const numbers = await Promise.all(
      Array.from({ length: 30 }, () => reserve(c.tenantId, 'WO', '2026-12-03')),
    );
    expect(numbers).toEqual(
      Array.from({ length: 30 }, (_, i) => `WO-20261203-${String(i + 2).padStart(4, '0')}`),
    );
    expect(await takeDailyNumbers(db, c.tenantId, 'WO', '2026-12-03', 5)).toBe(36);
    await expect(takeDailyNumbers(db, c.tenantId, 'WO', '2026-12-03', 0)).rejects.toThrow();
    expect(await reserveOne(db, c.tenantId, 'WO', '2026-12-03')).toBe('WO-20261203-0037');
  });
});
