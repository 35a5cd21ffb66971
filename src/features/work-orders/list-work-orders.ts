import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  lt,
  or,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import { containing, GENERIC_PLAN, preparedFor, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers';
import type { ListWorkOrdersQuery, WorkOrderListItem } from './work-order.schemas';
import { WORK_ORDER_STATES } from './work-order.states';
import { visibleWorkOrders } from './visibility';
import { listItemOf, selectWorkOrderListPage } from './work-order-view';
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

/** A value the prepared statement takes at each run (drizzle fills it in; it is never inlined). */
const value = (name: keyof ListValues) => sql.placeholder(name);

/** What one request fills into its shape's statement. */
type ListValues = {
  tenantId: string;
  userId: string;
  status: string[] | undefined;
  oneStatus: string | undefined;
  technicianId: string | undefined;
  from: string | undefined;
  to: string | undefined;
  day: string | undefined;
  like: string | undefined;
  timeZone: string;
  offset: number;
};

/** Midnight at the start of a YYYY-MM-DD day in the tenant's zone. */
const dayStart = (day: Placeholder) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${value('timeZone')})`;

/** When the visit starts: the window agreed with the customer, else the day plan's placement. */
const visitStart = sql`coalesce(case when ${workOrders.windowAgreed} then ${workOrders.windowStart} end, ${workOrders.plannedStart}, ${workOrders.windowStart})`;

/**
 * Which filters and which order a request asks for: its statement's text depends on this
 * alone, the rest are values. Each shape's statements are built once per connection.
 */
function shapeOf(ctx: RequestContext, query: ListWorkOrdersQuery) {
  // Written into the statement's text (below): the screen's schema allows 1–100, an export
  // asks for its row limit; nothing but a whole number gets there.
  if (!Number.isSafeInteger(query.pageSize) || query.pageSize < 1)
    throw new Error(`not a page size: ${query.pageSize}`);
  const statuses = query.status?.length ?? 0;
  return {
    ownOnly: visibleWorkOrders(ctx) !== undefined,
    // One status reads its page straight off the (tenant, status, created_at) index; several
    // are merged and sorted.
    status:
      statuses === 0 ? ('any' as const) : statuses === 1 ? ('one' as const) : ('some' as const),
    technician: Boolean(query.technicianId),
    mine: query.mine === 'true',
    from: Boolean(query.from),
    to: Boolean(query.to),
    day: Boolean(query.day),
    text: Boolean(query.q),
    sort: query.sort,
    asc: query.order === 'asc',
    // In the text, not a value: with a page size it does not know, PostgreSQL's generic plan
    // expects a tenth of the table and joins it by hash.
    pageSize: query.pageSize,
  };
}

/**
 * Shapes whose generic plan is as good as a custom one: their page is read off an index in
 * order whatever the values. The others keep a plan made for their values at every run.
 */
const genericPlanFits = (shape: Shape) =>
  shape.status !== 'some' &&
  !shape.ownOnly &&
  !shape.mine &&
  !shape.technician &&
  !shape.day &&
  !shape.text &&
  shape.sort === 'createdAt';
type Shape = ReturnType<typeof shapeOf>;

function statementOf(tx: Tx, shape: Shape) {
  const filters: (SQL | undefined)[] = [eq(workOrders.tenantId, value('tenantId'))];
  if (shape.ownOnly || shape.mine) filters.push(eq(workOrders.technicianId, value('userId')));
  if (shape.status === 'one') filters.push(eq(workOrders.status, value('oneStatus')));
  if (shape.status === 'some')
    filters.push(sql`${workOrders.status} = any(${value('status')}::text[])`);
  if (shape.technician) filters.push(eq(workOrders.technicianId, value('technicianId')));
  if (shape.from) filters.push(gte(workOrders.createdAt, dayStart(value('from'))));
  if (shape.to)
    filters.push(lt(workOrders.createdAt, sql`${dayStart(value('to'))} + interval '1 day'`));
  if (shape.day)
    filters.push(
      sql`(${visitStart} >= ${dayStart(value('day'))} and ${visitStart} < ${dayStart(value('day'))} + interval '1 day')`,
    );
  if (shape.text) {
    const like = value('like');
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
  const direction = shape.asc ? asc : desc;
  // As the indexes keep them (DESC NULLS LAST, read backwards for ASC): PostgreSQL's own DESC
  // puts nulls first, which no index matches, and it would sort every match to find a page.
  const indexed = (column: typeof workOrders.createdAt | typeof workOrders.id) =>
    shape.asc ? sql`${column} asc nulls first` : sql`${column} desc nulls last`;
  const order = shape.day
    ? [
        asc(visitStart),
        sql`${workOrders.routeSequence} asc nulls last`,
        asc(workOrders.createdAt),
        asc(workOrders.id),
      ]
    : [
        ...(shape.sort === 'createdAt' ? [] : [direction(SORT_COLUMNS[shape.sort])]),
        indexed(workOrders.createdAt),
        indexed(workOrders.id),
      ];
  // Only the text search needs the customer's name; everything else reads work_orders alone.
  const ids = shape.text
    ? tx
        .select({ id: workOrders.id })
        .from(workOrders)
        .innerJoin(customers, eq(customers.id, workOrders.customerId))
        .where(where)
    : tx.select({ id: workOrders.id }).from(workOrders).where(where);
  const counted = shape.text
    ? tx
        .select({ n: count() })
        .from(workOrders)
        .innerJoin(customers, eq(customers.id, workOrders.customerId))
        .where(where)
    : tx.select({ n: count() }).from(workOrders).where(where);
  // The page's ids first, in index order, then names and deadlines read for those rows alone:
  // joined up front, the planner misjudges the row-level-security filters and sorts every match.
  const onPage = sql`${workOrders.id} in (${ids.orderBy(...order)} limit ${sql.raw(String(shape.pageSize))} offset ${value('offset')})`;
  // The total rides on the page (PostgreSQL counts it once, as an init plan): one round trip
  // for both, and an aggregate has its one row even for a page past the end.
  const page = selectWorkOrderListPage(tx, counted.getSQL(), order).where(onPage);
  const plan = genericPlanFits(shape) ? GENERIC_PLAN : '';
  return page.prepare(plan);
}

export async function listWorkOrders(
  tx: Tx,
  ctx: RequestContext,
  query: ListWorkOrdersQuery,
): Promise<{ items: WorkOrderListItem[]; total: number }> {
  const shape = shapeOf(ctx, query);
  const statement = preparedFor(tx, 'workOrders.list', JSON.stringify(shape), () =>
    statementOf(tx, shape),
  );
  const values: ListValues = {
    tenantId: ctx.tenantId,
    userId: ctx.user.id,
    status: query.status,
    oneStatus: query.status?.[0],
    technicianId: query.technicianId,
    from: query.from,
    to: query.to,
    day: query.day,
    like: query.q ? containing(query.q) : undefined,
    timeZone: ctx.tenantTimezone,
    offset: (query.page - 1) * query.pageSize,
  };
  const [page] = await statement.execute(values);
  const now = ctx.clock.now();
  return {
    items: (page?.rows ?? []).map((row) => listItemOf(row, now)),
    total: page?.total ?? 0,
  };
}
