import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { loadFile, type StoredFile } from '../../platform/files';
import type { RequestContext } from '../accounts';
import { workOrderPhotos, workOrderSignatures } from './on-site.table';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow } from './work-order-view';

/**
 * A photo's or a drawn signature's image, for someone who may read the order. Any mismatch
 * (another order's image, a verbal approval, an order they cannot see) is the same NOT_FOUND.
 */
export async function getOrderImage(
  tx: Tx,
  ctx: RequestContext,
  orderId: string,
  kind: 'photo' | 'signature',
  imageId: string,
): Promise<StoredFile> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, orderId, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const table = kind === 'photo' ? workOrderPhotos : workOrderSignatures;
  const [image] = await tx
    .select({ fileId: table.fileId })
    .from(table)
    .where(
      and(eq(table.tenantId, ctx.tenantId), eq(table.workOrderId, orderId), eq(table.id, imageId)),
    );
  const file = image?.fileId ? await loadFile(tx, ctx.tenantId, image.fileId) : null;
  if (!file || file.ownerType !== 'workOrder' || file.ownerId !== orderId)
    throw new AppError('NOT_FOUND');
  return file;
}
