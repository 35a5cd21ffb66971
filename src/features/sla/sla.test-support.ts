import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { createTestWorkOrder, type TestTenant } from '../../../tests/support/factories';
import { startServiceClocks } from './start-service-clocks';

/** A wall-clock time in 银川 (UTC+8), e.g. `2026-12-01T09:30:00`. */
export const local = (wallClock: string) => new Date(`${wallClock}+08:00`);

/**
 * A normal work order written now, with its three clocks running from now. Creating the order
 * starts its clocks; starting again is a no-op, so this works either way.
 */
export async function createClockedOrder(
  db: Db,
  t: TestTenant,
  clock: Clock,
  technicianId?: string,
) {
  const order = await createTestWorkOrder(db, t, technicianId);
  await inTenant(db, t.tenantId, (tx) =>
    startServiceClocks(
      tx,
      t.dispatcher,
      { workOrderId: order.id, number: order.number, urgency: 'normal', customerId: t.customer.id },
      clock.now(),
    ),
  );
  return order;
}
