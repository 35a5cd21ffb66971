import { type StoredFile, loadFile } from '../../platform/files';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';

/**
 * A photo of a service request, for the desk. The file must belong to that request in the
 * caller's tenant; any mismatch is the same NOT_FOUND as a missing file.
 */
export async function getRequestPhoto(
  tx: Tx,
  tenantId: string,
  requestId: string,
  fileId: string,
): Promise<StoredFile> {
  const file = await loadFile(tx, tenantId, fileId);
  if (!file || file.ownerType !== 'serviceRequest' || file.ownerId !== requestId)
    throw new AppError('NOT_FOUND');
  return file;
}
