import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { createTestWorkOrder, type TestTenant } from '../../../tests/support/factories';
import { eq } from 'drizzle-orm';
import { hotlineCalls } from '../hotline';

/** A wall-clock time in 银川 (UTC+8), e.g. `2026-12-01T09:30:00`. */
export const local = (wallClock: string) => new Date(`${wallClock}+08:00`);

/**
 * A normal work order written now from a call taken now: creating the order starts its three
 * clocks, running from now.
 */
export async function createClockedOrder(
  db: Db,
  t: TestTenant,
  clock: Clock,
  technicianId?: string,
) {
  const order = await createTestWorkOrder(db, t, technicianId);
  const [call] = await inTenant(db, t.tenantId, (tx) =>
    tx
      .select({ receivedAt: hotlineCalls.receivedAt })
      .from(hotlineCalls)
      .where(eq(hotlineCalls.workOrderId, order.id)),
  );
  if (call?.receivedAt.getTime() !== clock.now().getTime())
    throw new Error('createClockedOrder: the call was not taken now');
  return order;
}
