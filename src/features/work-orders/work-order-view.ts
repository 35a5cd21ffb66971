import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';
import type { ServiceClockView } from '../sla/sla.schemas';
import type { WorkOrderListItem } from './work-order.schemas';
import { workOrders } from './work-orders.table';

export const technician = alias(users, 'technician');

/** The columns a list row or a detail needs, joined once. */
export function selectWorkOrderRows(db: Queryable) {
  return db
    .select({
      order: workOrders,
      customerName: customers.name,
      customerAddress: customers.address,
      departmentName: departments.name,
      technicianName: technician.displayName,
    })
    .from(workOrders)
    .innerJoin(customers, eq(customers.id, workOrders.customerId))
    .leftJoin(departments, eq(departments.id, workOrders.departmentId))
    .leftJoin(technician, eq(technician.id, workOrders.technicianId));
}

export type WorkOrderRow = Awaited<
  ReturnType<ReturnType<typeof selectWorkOrderRows>['where']>
>[number];

export function toListItem(
  { order, ...r }: WorkOrderRow,
  nextDeadline: ServiceClockView | null,
): WorkOrderListItem {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    urgency: order.urgency,
    customer: { id: order.customerId, name: r.customerName },
    department:
      order.departmentId && r.departmentName
        ? { id: order.departmentId, name: r.departmentName }
        : null,
    faultDescription: order.faultDescription,
    contactPhone: order.contactPhone,
    technician:
      order.technicianId && r.technicianName
        ? { id: order.technicianId, name: r.technicianName }
        : null,
    plannedStart: order.plannedStart?.toISOString() ?? null,
    routeSequence: order.routeSequence,
    nextDeadline,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

export async function findWorkOrderRow(
  db: Queryable,
  tenantId: string,
  id: string,
  visibility?: SQL,
): Promise<WorkOrderRow | undefined> {
  const [row] = await selectWorkOrderRows(db).where(
    and(eq(workOrders.tenantId, tenantId), eq(workOrders.id, id), visibility),
  );
  return row;
}
