import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { workOrders } from '../work-orders';

/** Where each order sits in its technician's day, and how urgent it is. */
export async function loadPlacements(tx: Tx, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<
      string,
      {
        plannedStart: Date | null;
        routeSequence: number | null;
        urgency: 'normal' | 'urgent' | 'critical';
      }
    >();
  const rows = await tx
    .select({
      id: workOrders.id,
      plannedStart: workOrders.plannedStart,
      routeSequence: workOrders.routeSequence,
      urgency: workOrders.urgency,
    })
    .from(workOrders)
    .where(and(eq(workOrders.tenantId, tenantId), inArray(workOrders.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r]));
}
