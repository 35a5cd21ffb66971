import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';
import { nextClockOf, type ServiceClockView } from '../sla';
import type { WorkOrderListItem } from './work-order.schemas';
import { workOrders } from './work-orders.table';

export const technician = alias(users, 'technician');

/** The names a list row or a detail shows, joined onto the order. */
const names = {
  customerName: customers.name,
  customerAddress: customers.address,
  departmentName: departments.name,
  technicianName: technician.displayName,
};

/** The columns a detail needs: the whole order and its names. */
export function selectWorkOrderRows(db: Queryable) {
  return db
    .select({ order: workOrders, ...names })
    .from(workOrders)
    .innerJoin(customers, eq(customers.id, workOrders.customerId))
    .leftJoin(departments, eq(departments.id, workOrders.departmentId))
    .leftJoin(technician, eq(technician.id, workOrders.technicianId));
}

/** Just what a list row shows: a list reads pages of them, so no wider than that. */
const listColumns = {
  id: workOrders.id,
  number: workOrders.number,
  status: workOrders.status,
  urgency: workOrders.urgency,
  customerId: workOrders.customerId,
  departmentId: workOrders.departmentId,
  faultDescription: workOrders.faultDescription,
  contactPhone: workOrders.contactPhone,
  technicianId: workOrders.technicianId,
  plannedStart: workOrders.plannedStart,
  routeSequence: workOrders.routeSequence,
  createdAt: workOrders.createdAt,
  updatedAt: workOrders.updatedAt,
};

/** One column of the row a foreign key points at, read by its primary key for each list row. */
const columnOf = <T>(table: PgTable & { id: AnyPgColumn }, column: AnyPgColumn, key: AnyPgColumn) =>
  sql<T>`(select ${column} from ${table} where ${table.id} = ${key})`;

/**
 * List rows, each with its next deadline (null: no open clock) and the number of orders
 * matching the list's filter (`matching`). The names are subqueries by primary key rather
 * than joins: a page has few rows, and PostgreSQL plans subqueries without weighing join
 * orders, which was most of the list's planning.
 */
export function selectWorkOrderListRows(db: Queryable, matching: SQL) {
  const next = nextClockOf(db, workOrders);
  return db
    .select({
      order: listColumns,
      customerName: columnOf<string>(customers, customers.name, workOrders.customerId),
      customerAddress: columnOf<string | null>(customers, customers.address, workOrders.customerId),
      departmentName: columnOf<string | null>(
        departments,
        departments.name,
        workOrders.departmentId,
      ),
      technicianName: columnOf<string | null>(users, users.displayName, workOrders.technicianId),
      next: {
        kind: next.kind,
        state: next.state,
        limitMinutes: next.limitMinutes,
        startedAt: next.startedAt,
        warnAt: next.warnAt,
        dueAt: next.dueAt,
        warnedAt: next.warnedAt,
        breachedAt: next.breachedAt,
        metAt: next.metAt,
        pausedAt: next.pausedAt,
        pausedMinutes: next.pausedMinutes,
      },
      total: sql<number>`(${matching})`.mapWith(Number),
    })
    .from(workOrders)
    .leftJoinLateral(next, sql`true`);
}

export type WorkOrderRow = Awaited<
  ReturnType<ReturnType<typeof selectWorkOrderRows>['where']>
>[number];

/** What a list row is made from: a detail's row has all of it. */
type ListRow = Pick<WorkOrderRow, 'customerName' | 'departmentName' | 'technicianName'> & {
  order: Pick<WorkOrderRow['order'], keyof typeof listColumns>;
};

export function toListItem(
  { order, ...r }: ListRow,
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
