import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { findCategory } from '../catalog/find-category';
import { getCustomer } from '../customers';
import type { CreateHotlineCallBody, HotlineCallView } from './hotline-call.schemas';
import { getHotlineCall } from './get-hotline-call';
import { hotlineCalls } from './hotline-calls.table';

/** 电话派工记录: logs a hotline call, complete before anything moves on. */
export async function createHotlineCall(
  tx: Tx,
  ctx: RequestContext,
  input: CreateHotlineCallBody,
): Promise<HotlineCallView> {
  const customer = await getCustomer(tx, ctx.tenantId, input.customerId);
  if (input.departmentId && !customer.departments.some((d) => d.id === input.departmentId)) {
    throw new AppError('DEPARTMENT_MISMATCH');
  }
  if (input.categoryId && !(await findCategory(tx, ctx.tenantId, input.categoryId))) {
    throw new AppError('UNKNOWN_CATEGORY');
  }
  const [call] = await tx
    .insert(hotlineCalls)
    .values({
      tenantId: ctx.tenantId,
      callerName: input.callerName,
      callerPhone: input.callerPhone,
      customerId: input.customerId,
      departmentId: input.departmentId ?? null,
      deviceDescription: input.deviceDescription,
      categoryId: input.categoryId ?? null,
      faultDescription: input.faultDescription,
      urgency: input.urgency,
      receivedBy: ctx.user.id,
      receivedAt: input.receivedAt ? new Date(input.receivedAt) : ctx.clock.now(),
    })
    .returning();
  const view = await getHotlineCall(tx, ctx, call!.id);
  const { id: _id, receivedBy: _by, workOrderId: _w, workOrderNumber: _n, ...after } = view;
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'hotlineCall.create',
      isNew: true,
      objectType: 'hotlineCall',
      objectId: call!.id,
      after,
    },
    ctx.clock,
  );
  return view;
}
