import { and, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';
import type { HotlineCallView } from './hotline-call.schemas';
import { hotlineCalls } from './hotline-calls.table';

const receiver = alias(users, 'receiver');

/** Hotline calls of a tenant as the API shows them, newest first. */
export async function selectHotlineCalls(
  db: Queryable,
  tenantId: string,
  options: { id?: string; hasWorkOrder?: boolean; limit: number; offset: number },
): Promise<HotlineCallView[]> {
  const filters: (SQL | undefined)[] = [eq(hotlineCalls.tenantId, tenantId)];
  if (options.id) filters.push(eq(hotlineCalls.id, options.id));
  if (options.hasWorkOrder !== undefined)
    filters.push(
      options.hasWorkOrder ? isNotNull(hotlineCalls.workOrderId) : isNull(hotlineCalls.workOrderId),
    );
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
    .where(and(...filters))
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
    faultDescription: call.faultDescription,
    urgency: call.urgency,
    receivedBy: { id: call.receivedBy, name: r.receiverName },
    receivedAt: call.receivedAt.toISOString(),
    workOrderId: call.workOrderId,
    workOrderNumber: call.workOrderNumber,
  }));
}
