import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { manualClock } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { calendarDays } from '../commitments/commitments.table';
import { customers } from '../customers';
import { feeStandards } from '../fees';
import { assets, getAssetWarranty } from '../installed-base';
import { serviceRequests } from '../intake';
import { workOrders } from '../work-orders/work-orders.table';
import { seedDemo } from './seed-demo';
import { INVENTORY_DEMO_ORDERS } from './seed-inventory-demo';
import { ON_SITE_DEMO_ORDERS } from './seed-on-site-demo';
import { RETURNS_DEMO_HOTLINE_ORDERS } from './seed-returns-demo';

let tdb: TestDatabase;
let tenantId: string;
const clock = manualClock('2026-11-27T02:00:00Z');

beforeAll(async () => {
  tdb = await openTestDatabase();
  ({ tenantId } = await seedDemo(tdb.database.db, clock, { workOrders: 12 }));
});
afterAll(() => tdb?.close());

describe('seedDemo: the installed base and policies', () => {
  it('gives every warranty state, a published fee standard, zones and holidays', async () => {
    await inTenant(tdb.database.db, tenantId, async (tx) => {
      const units = await tx.select({ id: assets.id }).from(assets);
      expect(units.length).toBeGreaterThan(60);
      const states = new Set<string>();
      for (const unit of units)
        states.add((await getAssetWarranty(tx, tenantId, unit.id, '2026-11-27'))!.state);
      expect([...states].sort()).toEqual(['contract', 'expired', 'repair', 'replacement']);
      const [standard] = await tx.select().from(feeStandards);
      expect(standard).toMatchObject({ version: 1, status: 'published' });
      const zones = await tx.selectDistinct({ zone: customers.zone }).from(customers);
      expect(zones.map((z) => z.zone).sort()).toEqual(['city', 'county', 'remote']);
      const [national] = await tx
        .select()
        .from(calendarDays)
        .where(eq(calendarDays.day, '2026-10-01'));
      expect(national?.kind).toBe('holiday');
    });
  });

  it('puts reports from every channel in the queue, and links orders to their devices', async () => {
    await inTenant(tdb.database.db, tenantId, async (tx) => {
      const waiting = await tx
        .select({ channel: serviceRequests.channel, n: count() })
        .from(serviceRequests)
        .where(eq(serviceRequests.status, 'received'))
        .groupBy(serviceRequests.channel);
      expect(Object.fromEntries(waiting.map((w) => [w.channel, w.n]))).toMatchObject({
        qr: 3,
        walk_in: 1,
      });
      const [converted] = await tx
        .select({ n: count() })
        .from(serviceRequests)
        .where(
          and(eq(serviceRequests.channel, 'hotline'), eq(serviceRequests.status, 'converted')),
        );
      // The twelve generated orders, the on-site workflow's jobs, the jobs with parts from the
      // vans and the returns taken back on site, all from hotline calls (the rest are walk-ins).
      expect(converted!.n).toBe(
        12 + ON_SITE_DEMO_ORDERS + INVENTORY_DEMO_ORDERS + RETURNS_DEMO_HOTLINE_ORDERS,
      );
      const [withDevice] = await tx
        .select({ n: count() })
        .from(workOrders)
        .where(isNotNull(workOrders.assetId));
      expect(withDevice!.n).toBeGreaterThan(0);
    });
  });
});
