import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { files } from '../../platform/files/files.table';
import { customers, departments } from '../customers';
import { assets, productModels } from '../installed-base';
import type { WarrantyStatusView } from '../warranty';
import type { ServiceRequestView } from './service-request.schemas';
import { serviceRequests } from './service-requests.table';

const model = alias(productModels, 'model');

/** Service requests as views, in the order of `ids`. */
export async function getServiceRequests(
  tx: Tx,
  tenantId: string,
  ids: readonly string[],
): Promise<ServiceRequestView[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      request: serviceRequests,
      customerName: customers.name,
      departmentName: departments.name,
      serialNumber: assets.serialNumber,
      modelCode: model.code,
      modelName: model.name,
      categoryId: model.categoryId,
    })
    .from(serviceRequests)
    .innerJoin(customers, eq(customers.id, serviceRequests.customerId))
    .leftJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .leftJoin(assets, eq(assets.id, serviceRequests.assetId))
    .leftJoin(model, eq(model.id, assets.modelId))
    .where(and(eq(serviceRequests.tenantId, tenantId), inArray(serviceRequests.id, [...ids])));
  const photos = await tx
    .select({ id: files.id, ownerId: files.ownerId })
    .from(files)
    .where(
      and(
        eq(files.tenantId, tenantId),
        eq(files.ownerType, 'serviceRequest'),
        inArray(files.ownerId, [...ids]),
      ),
    )
    .orderBy(files.createdAt);
  const byId = new Map(
    rows.map(({ request: r, ...j }) => [
      r.id,
      {
        id: r.id,
        number: r.number,
        channel: r.channel,
        status: r.status,
        urgency: r.urgency,
        customer: { id: r.customerId, name: j.customerName },
        department: r.departmentId ? { id: r.departmentId, name: j.departmentName ?? '' } : null,
        asset:
          r.assetId && j.serialNumber
            ? {
                id: r.assetId,
                serialNumber: j.serialNumber,
                modelCode: j.modelCode ?? '',
                modelName: j.modelName ?? '',
                categoryId: j.categoryId!,
              }
            : null,
        contactName: r.contactName,
        contactPhone: r.contactPhone,
        deviceDescription: r.deviceDescription,
        faultDescription: r.faultDescription,
        warrantyAtIntake: (r.warrantyAtIntake as WarrantyStatusView | null) ?? null,
        hotlineCallId: r.hotlineCallId,
        workOrderId: r.workOrderId,
        mergedIntoId: r.mergedIntoId,
        rejectReason: r.rejectReason,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        photoIds: photos.filter((p) => p.ownerId === r.id).map((p) => p.id),
        createdAt: r.createdAt.toISOString(),
        version: r.version,
      } satisfies ServiceRequestView,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getServiceRequest(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<ServiceRequestView> {
  const [view] = await getServiceRequests(tx, tenantId, [id]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}
