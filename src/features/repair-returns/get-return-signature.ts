import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { loadFile, type StoredFile } from '../../platform/files';
import { workOrderSignatures } from '../work-orders/on-site.table';
import { loadRepairReturn } from './transition-repair-return';

/** The PNG the customer signed on getting the item back; NOT_FOUND before that. */
export async function getReturnSignature(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<StoredFile> {
  const rr = await loadRepairReturn(tx, tenantId, id);
  if (!rr.returnSignatureId) throw new AppError('NOT_FOUND');
  const [signature] = await tx
    .select({ fileId: workOrderSignatures.fileId })
    .from(workOrderSignatures)
    .where(
      and(
        eq(workOrderSignatures.tenantId, tenantId),
        eq(workOrderSignatures.id, rr.returnSignatureId),
      ),
    );
  const file = signature?.fileId ? await loadFile(tx, tenantId, signature.fileId) : null;
  if (!file || file.ownerType !== 'workOrder' || file.ownerId !== rr.workOrderId)
    throw new AppError('NOT_FOUND');
  return file;
}
