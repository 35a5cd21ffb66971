import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { issuePublicToken } from '../../platform/public-tokens';
import { recordAuditEvent, type Actor } from '../audit';
import { getCustomer } from '../customers';
import { assets, getAssetWarranty, productModels } from '../installed-base';
import { serviceRequestInput, type ServiceRequestInput } from './service-request.schemas';
import { serviceRequests } from './service-requests.table';

/** Who records the request: a signed-in user, or nobody (a public QR report). */
export interface IntakeContext {
  tenantId: string;
  tenantTimezone: string;
  clock: Clock;
  actor: Actor;
  reserveNumber?: (prefix: string, day: string) => Promise<string>;
}

/**
 * Records one report of a fault in the intake queue, from any channel: the device (if known)
 * decides the customer and department, and its warranty status on the day is kept with the
 * request. Returns the request and its tracking token (the reporter's link).
 */
export async function createServiceRequest(
  tx: Tx,
  ctx: IntakeContext,
  raw: ServiceRequestInput,
): Promise<{ id: string; number: string; trackingToken: string }> {
  const input = serviceRequestInput.parse(raw);
  const now = ctx.clock.now();
  const day = localDay(now, ctx.tenantTimezone);
  const asset = input.assetId ? await loadAsset(tx, ctx.tenantId, input.assetId) : null;
  const customerId = asset?.customerId ?? input.customerId;
  if (!customerId) throw new AppError('VALIDATION_FAILED');
  if (asset && input.customerId && input.customerId !== asset.customerId)
    throw new AppError('DEVICE_NOT_OF_CUSTOMER');
  const departmentId = input.departmentId ?? asset?.departmentId ?? null;
  const customer = await getCustomer(tx, ctx.tenantId, customerId);
  if (departmentId && !customer.departments.some((d) => d.id === departmentId))
    throw new AppError('DEPARTMENT_MISMATCH');
  const warranty = asset ? await getAssetWarranty(tx, ctx.tenantId, asset.id, day) : null;
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('SR', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'SR', day);
  const deviceDescription =
    input.deviceDescription ||
    (asset ? `${asset.modelName} ${asset.modelCode} SN:${asset.serialNumber}` : '');
  const [row] = await tx
    .insert(serviceRequests)
    .values({
      tenantId: ctx.tenantId,
      number,
      channel: input.channel,
      urgency: input.urgency,
      assetId: asset?.id ?? null,
      customerId,
      departmentId,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      deviceDescription,
      faultDescription: input.faultDescription,
      warrantyAtIntake: warranty,
      hotlineCallId: input.hotlineCallId ?? null,
      receivedBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: serviceRequests.id });
  const trackingToken = await issuePublicToken(tx, {
    kind: 'tracking',
    tenantId: ctx.tenantId,
    targetId: row!.id,
  });
  await recordAuditEvent(
    tx,
    ctx.actor,
    {
      action: 'serviceRequest.create',
      isNew: true,
      objectType: 'serviceRequest',
      objectId: row!.id,
      after: {
        number,
        channel: input.channel,
        urgency: input.urgency,
        assetId: asset?.id ?? null,
        customer: customer.name,
        faultDescription: input.faultDescription,
        warranty: warranty?.state ?? null,
      },
    },
    ctx.clock,
  );
  return { id: row!.id, number, trackingToken };
}

async function loadAsset(tx: Tx, tenantId: string, assetId: string) {
  const [asset] = await tx
    .select({
      id: assets.id,
      customerId: assets.customerId,
      departmentId: assets.departmentId,
      serialNumber: assets.serialNumber,
      modelCode: productModels.code,
      modelName: productModels.name,
    })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)));
  if (!asset) throw new AppError('NOT_FOUND');
  return asset;
}
