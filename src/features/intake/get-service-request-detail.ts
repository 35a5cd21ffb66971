import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import type { ServiceRequestDetail } from './service-request.schemas';
import { serviceRequestItems } from './service-request-items';

/** One request with its photos, today's warranty, duplicate hints and linked numbers. */
export async function getServiceRequestDetail(
  tx: Tx,
  ctx: RequestContext,
  id: string,
): Promise<ServiceRequestDetail> {
  const [item] = await serviceRequestItems(tx, ctx, [id]);
  if (!item) throw new AppError('NOT_FOUND');
  return item;
}
