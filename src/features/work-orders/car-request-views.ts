import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import type { CarRequestListItem } from './on-site.schemas';
import { carRequests } from './on-site.table';
import { workOrders } from './work-orders.table';

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

/** Car requests matching `where` (within the tenant), newest first, with names and numbers. */
export async function carRequestViews(
  db: Queryable,
  tenantId: string,
  where?: SQL,
): Promise<CarRequestListItem[]> {
  const rows = await db
    .select({
      request: carRequests,
      workOrderNumber: workOrders.number,
      requesterName: requester.displayName,
      deciderName: decider.displayName,
    })
    .from(carRequests)
    .innerJoin(workOrders, eq(workOrders.id, carRequests.workOrderId))
    .innerJoin(requester, eq(requester.id, carRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, carRequests.decidedBy))
    .where(and(eq(carRequests.tenantId, tenantId), where))
    .orderBy(desc(carRequests.createdAt), desc(carRequests.id));
  return rows.map(({ request: r, ...j }) => ({
    id: r.id,
    workOrderId: r.workOrderId,
    workOrderNumber: j.workOrderNumber,
    requestedBy: { id: r.requestedBy, name: j.requesterName },
    reason: r.reason,
    status: r.status,
    decidedBy: r.decidedBy && j.deciderName ? { id: r.decidedBy, name: j.deciderName } : null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The dispatcher's queue: requests by status (waiting ones by default). */
export function listCarRequests(
  db: Queryable,
  tenantId: string,
  query: { status: readonly (typeof carRequests.$inferSelect)['status'][] },
): Promise<CarRequestListItem[]> {
  return carRequestViews(db, tenantId, inArray(carRequests.status, [...query.status]));
}
