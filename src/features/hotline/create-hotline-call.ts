import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { assets, productModels } from '../installed-base';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { findCategory } from '../catalog/find-category';
import { getCustomer } from '../customers';
import { createServiceRequest } from '../intake';
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
  // A named device tells the category (skills to send) when the desk did not pick one.
  const categoryId =
    input.categoryId ??
    (input.assetId ? await categoryOfAsset(tx, ctx.tenantId, input.assetId) : null);
  const [call] = await tx
    .insert(hotlineCalls)
    .values({
      tenantId: ctx.tenantId,
      callerName: input.callerName,
      callerPhone: input.callerPhone,
      customerId: input.customerId,
      departmentId: input.departmentId ?? null,
      deviceDescription: input.deviceDescription,
      categoryId,
      assetId: input.assetId ?? null,
      faultDescription: input.faultDescription,
      urgency: input.urgency,
      receivedBy: ctx.user.id,
      receivedAt: input.receivedAt ? new Date(input.receivedAt) : ctx.clock.now(),
    })
    .returning();
  // The call also waits in the intake queue with every other channel's reports.
  await createServiceRequest(
    tx,
    { ...ctx, actor: actorOf(ctx) },
    {
      channel: 'hotline',
      hotlineCallId: call!.id,
      assetId: input.assetId,
      customerId: input.customerId,
      departmentId: input.departmentId,
      contactName: input.callerName,
      contactPhone: input.callerPhone,
      deviceDescription: input.deviceDescription,
      faultDescription: input.faultDescription,
      urgency: input.urgency,
    },
  );
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

async function categoryOfAsset(tx: Tx, tenantId: string, assetId: string): Promise<string | null> {
  const [row] = await tx
    .select({ categoryId: productModels.categoryId })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)));
  return row?.categoryId ?? null;
}
