import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { storeFile } from '../../platform/files';
import type { ImageType } from '../../platform/files/detect-image';
import { recordAuditEvent, systemActor } from '../audit';
import { createServiceRequest, type IntakeContext } from '../intake';
import { checkDeviceLimits } from './check-device-limits';
import { PRIVACY_NOTICE_VERSION, type PublicReportAnswer } from './public-report.schemas';
import type { PublicReportFields } from './public-report.schemas';
import type { PublicTarget } from './resolve-public-target';

export interface CheckedPhoto {
  /** The type found in the bytes, never the one the client claimed. */
  contentType: ImageType;
  data: Buffer;
}

/**
 * 扫码报修: turns a report from a device's QR page into a request in the intake queue, with its
 * photos and the consent to the privacy notice, in one transaction: nothing is half-stored.
 * Only the token decides the device (and so the customer, department and tenant).
 */
export async function submitPublicReport(
  db: Db,
  clock: Clock,
  device: PublicTarget,
  input: { fields: PublicReportFields; photos: readonly CheckedPhoto[]; sourceIp: string | null },
): Promise<PublicReportAnswer> {
  const { tenant, targetId: assetId } = device;
  const actor = { ...systemActor(tenant.id, '扫码报修'), sourceIp: input.sourceIp };
  const ctx: IntakeContext = { tenantId: tenant.id, tenantTimezone: tenant.timezone, clock, actor };
  return inTenant(db, tenant.id, async (tx) => {
    const now = clock.now();
    await checkDeviceLimits(tx, tenant.id, assetId, now);
    const request = await createServiceRequest(tx, ctx, {
      channel: 'qr',
      assetId,
      contactName: input.fields.contactName,
      contactPhone: input.fields.contactPhone,
      faultDescription: input.fields.fault,
      urgency: 'normal',
    });
    const photos = [];
    for (const photo of input.photos) {
      const { id } = await storeFile(tx, {
        tenantId: tenant.id,
        ownerType: 'serviceRequest',
        ownerId: request.id,
        contentType: photo.contentType,
        data: photo.data,
      });
      photos.push({ id, contentType: photo.contentType, byteSize: photo.data.length });
    }
    await recordAuditEvent(
      tx,
      actor,
      {
        action: 'serviceRequest.publicReport',
        objectType: 'serviceRequest',
        objectId: request.id,
        after: {
          privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
          consentAt: now.toISOString(),
          photos,
        },
      },
      clock,
    );
    return { number: request.number, trackingUrl: `/p/t/${request.trackingToken}` };
  });
}
