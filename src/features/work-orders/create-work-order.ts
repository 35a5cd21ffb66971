import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { findCategory } from '../catalog/find-category';
import { customers } from '../customers';
import { getHotlineCall, linkWorkOrder } from '../hotline';
import { assignTechnician } from './assign-technician';
import { getWorkOrder } from './get-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { workOrders } from './work-orders.table';

/** 派单: writes the work order from a hotline call, and assigns it at once if a technician is named. */
export async function createWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  input: { hotlineCallId: string; technicianId?: string },
): Promise<WorkOrderDetail> {
  const call = await getHotlineCall(tx, ctx, input.hotlineCallId);
  if (call.workOrderId) throw new AppError('ALREADY_HAS_WORK_ORDER');
  const now = ctx.clock.now();
  const [site] = await tx
    .select({ lat: customers.lat, lng: customers.lng })
    .from(customers)
    .where(eq(customers.id, call.customer.id));
  const category = call.categoryId ? await findCategory(tx, ctx.tenantId, call.categoryId) : null;
  const day = localDay(now, ctx.tenantTimezone);
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('WO', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'WO', day);
  const [order] = await tx
    .insert(workOrders)
    .values({
      tenantId: ctx.tenantId,
      number,
      status: 'new',
      urgency: call.urgency,
      hotlineCallId: call.id,
      customerId: call.customer.id,
      departmentId: call.department?.id ?? null,
      contactName: call.callerName,
      contactPhone: call.callerPhone,
      deviceDescription: call.deviceDescription,
      categoryId: category?.id ?? null,
      estimatedMinutes: category?.defaultMinutes ?? null,
      lat: site?.lat ?? null,
      lng: site?.lng ?? null,
      faultDescription: call.faultDescription,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await linkWorkOrder(tx, ctx.tenantId, call.id, { id: order!.id, number });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.create',
      isNew: true,
      objectType: 'workOrder',
      objectId: order!.id,
      after: {
        number,
        status: 'new',
        urgency: call.urgency,
        hotlineCallId: call.id,
        customer: call.customer.name,
        faultDescription: call.faultDescription,
      },
    },
    ctx.clock,
  );
  if (input.technicianId)
    return assignTechnician(tx, ctx, order!.id, { technicianId: input.technicianId });
  return getWorkOrder(tx, ctx, order!.id);
}
