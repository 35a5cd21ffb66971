import { and, desc, eq, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';
import type { HotlineCallView } from './hotline-call.schemas';
import { hotlineCalls } from './hotline-calls.table';

const receiver = alias(users, 'receiver');

export interface HotlineCallFilter {
  id?: string;
  hasWorkOrder?: boolean;
  from?: string;
  to?: string;
  timeZone?: string;
}

/** Midnight at the start of a YYYY-MM-DD day in a time zone. */
const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;

/** One filter for lists and their counts, so both always agree. */
export function hotlineCallFilter(tenantId: string, f: HotlineCallFilter): SQL | undefined {
  const zone = f.timeZone ?? 'Asia/Shanghai';
  return and(
    eq(hotlineCalls.tenantId, tenantId),
    f.id ? eq(hotlineCalls.id, f.id) : undefined,
    f.hasWorkOrder === undefined
      ? undefined
      : f.hasWorkOrder
        ? isNotNull(hotlineCalls.workOrderId)
        : isNull(hotlineCalls.workOrderId),
    f.from ? gte(hotlineCalls.receivedAt, dayStart(f.from, zone)) : undefined,
    f.to ? lt(hotlineCalls.receivedAt, sql`${dayStart(f.to, zone)} + interval '1 day'`) : undefined,
  );
}

/** Hotline calls of a tenant as the API shows them, newest first. */
export async function selectHotlineCalls(
  db: Queryable,
  tenantId: string,
  options: HotlineCallFilter & { limit: number; offset: number },
): Promise<HotlineCallView[]> {
  const rows = await db
    .select({
      call: hotlineCalls,
      customerName: customers.name,
      departmentName: departments.name,
      receiverName: receiver.displayName,
    })
    .from(hotlineCalls)
    .innerJoin(customers, eq(customers.id, hotlineCalls.customerId))
    .leftJoin(departments, eq(departments.id, hotlineCalls.departmentId))
    .innerJoin(receiver, eq(receiver.id, hotlineCalls.receivedBy))
    .where(hotlineCallFilter(tenantId, options))
    .orderBy(desc(hotlineCalls.receivedAt))
    .limit(options.limit)
    .offset(options.offset);
  return rows.map(({ call, ...r }) => ({
    id: call.id,
    callerName: call.callerName,
    callerPhone: call.callerPhone,
    customer: { id: call.customerId, name: r.customerName },
    department:
      call.departmentId && r.departmentName
        ? { id: call.departmentId, name: r.departmentName }
        : null,
    deviceDescription: call.deviceDescription,
    categoryId: call.categoryId,
    assetId: call.assetId,
    faultDescription: call.faultDescription,
    urgency: call.urgency,
    receivedBy: { id: call.receivedBy, name: r.receiverName },
    receivedAt: call.receivedAt.toISOString(),
    workOrderId: call.workOrderId,
    workOrderNumber: call.workOrderNumber,
  }));
}
