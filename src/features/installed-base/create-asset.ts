import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { customers } from '../customers/customers.table';
import type { AssetView, CreateAssetBody } from './asset.schemas';
import { assertSerialFree, auditedAsset, getAssetView } from './asset-view';
import { assets } from './installed-base.table';
import { blankToNull, requireDepartmentOf, requireLive } from './references';

/** Registers a unit at a customer; without coordinates it is placed at the customer's site. */
export async function createAsset(
  tx: Tx,
  ctx: RequestContext,
  input: CreateAssetBody,
): Promise<AssetView> {
  await requireLive(tx, ctx.tenantId, 'model', input.modelId);
  await requireLive(tx, ctx.tenantId, 'customer', input.customerId);
  await requireDepartmentOf(tx, ctx.tenantId, input.customerId, input.departmentId);
  await requireLive(tx, ctx.tenantId, 'warrantyPolicy', input.warrantyPolicyId);
  await assertSerialFree(tx, ctx.tenantId, input.modelId, input.serialNumber);
  const hasCoordinates = input.lat != null && input.lng != null;
  const [site] = hasCoordinates
    ? [{ lat: input.lat!, lng: input.lng! }]
    : await tx
        .select({ lat: customers.lat, lng: customers.lng })
        .from(customers)
        .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, input.customerId)));
  const [row] = await tx
    .insert(assets)
    .values({
      tenantId: ctx.tenantId,
      serialNumber: input.serialNumber,
      modelId: input.modelId,
      customerId: input.customerId,
      departmentId: input.departmentId ?? null,
      location: blankToNull(input.location),
      purchasedOn: input.purchasedOn ?? null,
      installedOn: input.installedOn ?? null,
      warrantyPolicyId: input.warrantyPolicyId ?? null,
      purchasePriceCents: input.purchasePriceCents ?? null,
      lat: site?.lat ?? null,
      lng: site?.lng ?? null,
      status: input.status,
      note: blankToNull(input.note),
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'asset.create',
      objectType: 'asset',
      objectId: row!.id,
      after: auditedAsset(row!),
      isNew: true,
    },
    ctx.clock,
  );
  return getAssetView(tx, ctx.tenantId, row!.id);
}
