import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { storeFile } from '../../platform/files';
import { detectImage } from '../../platform/files/detect-image';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { decodeDataUrl, decodedSize } from './data-url.rules';
import type { photoBody, photoView } from './on-site.schemas';
import { workOrderPhotos } from './on-site.table';
import { orderForRecording } from './order-for-recording';

export const PHOTO_MAX_BYTES = 6 * 1024 * 1024;
export const PHOTOS_PER_ORDER = 30;

export type PhotoView = z.infer<typeof photoView>;

export const photoUrl = (orderId: string, photoId: string) =>
  `/api/work-orders/${orderId}/photos/${photoId}`;

/**
 * A photo from the technician's phone (before, after, the nameplate …): judged by its bytes —
 * JPEG, PNG, WebP or HEIC, whatever the data URL claims — at most 6 MB, kept in the database.
 */
export async function addPhoto(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof photoBody>,
): Promise<PhotoView> {
  await orderForRecording(tx, ctx, id);
  if (decodedSize(input.dataUrl) > PHOTO_MAX_BYTES)
    throw new AppError('PHOTO_TOO_LARGE', { maxMb: PHOTO_MAX_BYTES / 1024 / 1024 });
  const data = decodeDataUrl(input.dataUrl);
  const contentType = data && (await detectImage(data));
  if (!data || !contentType) throw new AppError('PHOTO_NOT_IMAGE');
  const [taken] = await tx
    .select({ n: count() })
    .from(workOrderPhotos)
    .where(and(eq(workOrderPhotos.tenantId, ctx.tenantId), eq(workOrderPhotos.workOrderId, id)));
  if ((taken?.n ?? 0) >= PHOTOS_PER_ORDER)
    throw new AppError('TOO_MANY_PHOTOS', { max: PHOTOS_PER_ORDER });
  const file = await storeFile(tx, {
    tenantId: ctx.tenantId,
    ownerType: 'workOrder',
    ownerId: id,
    contentType,
    data,
  });
  const [photo] = await tx
    .insert(workOrderPhotos)
    .values({
      tenantId: ctx.tenantId,
      workOrderId: id,
      fileId: file.id,
      caption: input.caption || null,
      createdBy: ctx.user.id,
      createdAt: ctx.clock.now(),
    })
    .returning();
  const view: PhotoView = {
    id: photo!.id,
    caption: photo!.caption,
    url: photoUrl(id, photo!.id),
    createdAt: photo!.createdAt.toISOString(),
  };
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.addPhoto',
      objectType: 'workOrder',
      objectId: id,
      after: { photoId: view.id, caption: view.caption, contentType, byteSize: data.length },
    },
    ctx.clock,
  );
  return view;
}
