import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { containing, type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { assets } from '../installed-base';
import type { ListServiceRequestsQuery, ServiceRequestListItem } from './service-request.schemas';
import { serviceRequestItems } from './service-request-items';
import { serviceRequests } from './service-requests.table';

/** Midnight at the start of a YYYY-MM-DD day in the tenant's zone. */
const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;

/** 受理队列: reports from every channel, received ones by default, a page at a time. */
export async function listServiceRequests(
  tx: Tx,
  ctx: RequestContext,
  query: ListServiceRequestsQuery,
): Promise<{ items: ServiceRequestListItem[]; total: number }> {
  const filters: (SQL | undefined)[] = [
    eq(serviceRequests.tenantId, ctx.tenantId),
    inArray(serviceRequests.status, query.status),
  ];
  if (query.channel) filters.push(eq(serviceRequests.channel, query.channel));
  if (query.customerId) filters.push(eq(serviceRequests.customerId, query.customerId));
  if (query.from)
    filters.push(gte(serviceRequests.createdAt, dayStart(query.from, ctx.tenantTimezone)));
  if (query.to)
    filters.push(
      lt(
        serviceRequests.createdAt,
        sql`${dayStart(query.to, ctx.tenantTimezone)} + interval '1 day'`,
      ),
    );
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(serviceRequests.number, like),
        ilike(serviceRequests.contactName, like),
        ilike(serviceRequests.contactPhone, like),
        ilike(serviceRequests.faultDescription, like),
        ilike(serviceRequests.deviceDescription, like),
        ilike(assets.serialNumber, like),
      ),
    );
  }
  const where = and(...filters);
  const direction = query.order === 'asc' ? asc : desc;
  // Only the text search needs the serial number; otherwise service_requests alone.
  const ids = tx.select({ id: serviceRequests.id }).from(serviceRequests);
  const counted = tx.select({ n: count() }).from(serviceRequests);
  const bySerial = eq(assets.id, serviceRequests.assetId);
  const [rows, [total]] = await sequentially(
    (query.q ? ids.leftJoin(assets, bySerial) : ids)
      .where(where)
      .orderBy(direction(serviceRequests.createdAt), direction(serviceRequests.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    (query.q ? counted.leftJoin(assets, bySerial) : counted).where(where),
  );
  const items = await serviceRequestItems(
    tx,
    ctx,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
