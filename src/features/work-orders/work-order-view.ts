import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';
import { nextClockOf, type ServiceClockView, toClockView } from '../sla';
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

/** The order's fields a list row shows. */
type ListFields =
  | 'id'
  | 'number'
  | 'status'
  | 'urgency'
  | 'customerId'
  | 'departmentId'
  | 'faultDescription'
  | 'contactPhone'
  | 'technicianId'
  | 'plannedStart'
  | 'routeSequence'
  | 'createdAt'
  | 'updatedAt';

/** One column of the row a foreign key points at, read by its primary key for each list row. */
const columnOf = (table: PgTable & { id: AnyPgColumn }, column: AnyPgColumn, key: AnyPgColumn) =>
  sql`(select ${column} from ${table} where ${table.id} = ${key})`;

/** A list row as PostgreSQL writes it in JSON (`selectWorkOrderListPage`): times as text. */
interface ListRowJson {
  id: string;
  number: string;
  status: WorkOrderListItem['status'];
  urgency: WorkOrderListItem['urgency'];
  customerId: string;
  customerName: string;
  departmentId: string | null;
  departmentName: string | null;
  faultDescription: string;
  contactPhone: string;
  technicianId: string | null;
  technicianName: string | null;
  plannedStart: string | null;
  routeSequence: number | null;
  createdAt: string;
  updatedAt: string;
  next: {
    kind: ServiceClockView['kind'];
    state: ServiceClockView['state'];
    limitMinutes: number;
    startedAt: string;
    warnAt: string;
    dueAt: string;
    warnedAt: string | null;
    breachedAt: string | null;
    metAt: string | null;
    pausedAt: string | null;
    pausedMinutes: number;
  } | null;
}

/**
 * A page of list rows as one JSON array in `order` (null: no rows), each with its next
 * deadline, and the number of orders matching the list's filter (`matching`). PostgreSQL
 * writes the JSON: one value to read instead of thirty columns a row. The names are
 * subqueries by primary key rather than joins: a page has few rows, and PostgreSQL plans
 * subqueries without weighing join orders, which was most of the list's planning.
 */
export function selectWorkOrderListPage(db: Queryable, matching: SQL, order: SQL[]) {
  const next = nextClockOf(db, workOrders);
  const clock = sql`case when ${next.kind} is null then null else json_build_object(
    'kind', ${next.kind}, 'state', ${next.state}, 'limitMinutes', ${next.limitMinutes},
    'startedAt', ${next.startedAt}, 'warnAt', ${next.warnAt}, 'dueAt', ${next.dueAt},
    'warnedAt', ${next.warnedAt}, 'breachedAt', ${next.breachedAt}, 'metAt', ${next.metAt},
    'pausedAt', ${next.pausedAt}, 'pausedMinutes', ${next.pausedMinutes}) end`;
  const row = sql`json_build_object(
    'id', ${workOrders.id}, 'number', ${workOrders.number}, 'status', ${workOrders.status},
    'urgency', ${workOrders.urgency}, 'customerId', ${workOrders.customerId},
    'customerName', ${columnOf(customers, customers.name, workOrders.customerId)},
    'departmentId', ${workOrders.departmentId},
    'departmentName', ${columnOf(departments, departments.name, workOrders.departmentId)},
    'faultDescription', ${workOrders.faultDescription}, 'contactPhone', ${workOrders.contactPhone},
    'technicianId', ${workOrders.technicianId},
    'technicianName', ${columnOf(users, users.displayName, workOrders.technicianId)},
    'plannedStart', ${workOrders.plannedStart}, 'routeSequence', ${workOrders.routeSequence},
    'createdAt', ${workOrders.createdAt}, 'updatedAt', ${workOrders.updatedAt}, 'next', ${clock})`;
  return db
    .select({
      rows: sql<ListRowJson[] | null>`json_agg(${row} order by ${sql.join(order, sql`, `)})`,
      total: sql<number>`(${matching})`.mapWith(Number),
    })
    .from(workOrders)
    .leftJoinLateral(next, sql`true`);
}

const dateOrNull = (time: string | null) => (time === null ? null : new Date(time));

/**
 * A list row from its JSON (times in any offset, to the microsecond), as `toListItem` makes
 * it from a detail's row; `now` decides whether its next deadline is breached.
 */
export function listItemOf(r: ListRowJson, now: Date): WorkOrderListItem {
  const { customerName, departmentName, technicianName, next, ...order } = r;
  const row = {
    order: {
      ...order,
      plannedStart: dateOrNull(order.plannedStart),
      createdAt: new Date(order.createdAt),
      updatedAt: new Date(order.updatedAt),
    },
    customerName,
    departmentName,
    technicianName,
  };
  const deadline =
    next &&
    toClockView(
      {
        ...next,
        startedAt: new Date(next.startedAt),
        warnAt: new Date(next.warnAt),
        dueAt: new Date(next.dueAt),
        warnedAt: dateOrNull(next.warnedAt),
        breachedAt: dateOrNull(next.breachedAt),
        metAt: dateOrNull(next.metAt),
        pausedAt: dateOrNull(next.pausedAt),
      },
      now,
    );
  return toListItem(row, deadline);
}

export type WorkOrderRow = Awaited<
  ReturnType<ReturnType<typeof selectWorkOrderRows>['where']>
>[number];

/** What a list row is made from: a detail's row has all of it. */
type ListRow = Pick<WorkOrderRow, 'customerName' | 'departmentName' | 'technicianName'> & {
  order: Pick<WorkOrderRow['order'], ListFields>;
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
