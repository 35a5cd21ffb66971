import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { containing, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers';
import { toClockView } from '../sla';
import type { ListWorkOrdersQuery, WorkOrderListItem } from './work-order.schemas';
import { WORK_ORDER_STATES } from './work-order.states';
import { visibleWorkOrders } from './visibility';
import { selectWorkOrderListRows, toListItem } from './work-order-view';
import { workOrders } from './work-orders.table';

const rankOf = (column: SQL | typeof workOrders.status, values: readonly string[]) =>
  sql`array_position(${sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`)}, ${column})`;

const SORT_COLUMNS = {
  createdAt: workOrders.createdAt,
  updatedAt: workOrders.updatedAt,
  plannedStart: workOrders.plannedStart,
  number: workOrders.number,
  urgency: rankOf(sql`${workOrders.urgency}`, ['normal', 'urgent', 'critical']),
  status: rankOf(workOrders.status, WORK_ORDER_STATES),
};

/** Midnight at the start of a YYYY-MM-DD day in the tenant's zone. */
const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;

/** When the visit starts: the window agreed with the customer, else the day plan's placement. */
const visitStart = sql`coalesce(case when ${workOrders.windowAgreed} then ${workOrders.windowStart} end, ${workOrders.plannedStart}, ${workOrders.windowStart})`;

const onDay = (instant: SQL, day: string, timeZone: string) =>
  sql`(${instant} >= ${dayStart(day, timeZone)} and ${instant} < ${dayStart(day, timeZone)} + interval '1 day')`;

export async function listWorkOrders(
  tx: Tx,
  ctx: RequestContext,
  query: ListWorkOrdersQuery,
): Promise<{ items: WorkOrderListItem[]; total: number }> {
  const filters: (SQL | undefined)[] = [
    eq(workOrders.tenantId, ctx.tenantId),
    visibleWorkOrders(ctx),
  ];
  if (query.status?.length) filters.push(inArray(workOrders.status, query.status));
  if (query.technicianId) filters.push(eq(workOrders.technicianId, query.technicianId));
  if (query.mine === 'true') filters.push(eq(workOrders.technicianId, ctx.user.id));
  if (query.from) filters.push(gte(workOrders.createdAt, dayStart(query.from, ctx.tenantTimezone)));
  if (query.to)
    filters.push(
      lt(workOrders.createdAt, sql`${dayStart(query.to, ctx.tenantTimezone)} + interval '1 day'`),
    );
  if (query.day) filters.push(onDay(visitStart, query.day, ctx.tenantTimezone));
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(workOrders.number, like),
        ilike(workOrders.faultDescription, like),
        ilike(workOrders.contactPhone, like),
        ilike(customers.name, like),
      ),
    );
  }
  const where = and(...filters);
  const direction = query.order === 'asc' ? asc : desc;
  const order = query.day
    ? [
        asc(visitStart),
        sql`${workOrders.routeSequence} asc nulls last`,
        asc(workOrders.createdAt),
        asc(workOrders.id),
      ]
    : [
        direction(SORT_COLUMNS[query.sort]),
        direction(workOrders.createdAt),
        direction(workOrders.id),
      ];
  // Only the text search needs the customer's name; everything else reads work_orders alone.
  const ids = query.q
    ? tx
        .select({ id: workOrders.id })
        .from(workOrders)
        .innerJoin(customers, eq(customers.id, workOrders.customerId))
        .where(where)
    : tx.select({ id: workOrders.id }).from(workOrders).where(where);
  const counted = query.q
    ? tx
        .select({ n: count() })
        .from(workOrders)
        .innerJoin(customers, eq(customers.id, workOrders.customerId))
        .where(where)
    : tx.select({ n: count() }).from(workOrders).where(where);
  // The page's ids first, in index order, then names joined onto those rows alone: joined up
  // front, the planner misjudges the row-level-security filters and sorts every match.
  const pageIds = ids
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  // The total rides on the page's rows (PostgreSQL counts it once, as an init plan): one
  // round trip for both. Only a page past the end, which has no rows, counts on its own.
  const rows = await selectWorkOrderListRows(tx, counted.getSQL())
    .where(inArray(workOrders.id, pageIds))
    .orderBy(...order);
  const total = rows[0]?.total ?? (query.page > 1 ? ((await counted)[0]?.n ?? 0) : 0);
  const now = ctx.clock.now();
  return {
    items: rows.map((r) => toListItem(r, r.next && toClockView(r.next, now))),
    total,
  };
}
