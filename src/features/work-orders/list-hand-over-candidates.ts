import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext, TechnicianView } from '../accounts';
import { listTechnicians } from './list-technicians';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow } from './work-order-view';

/**
 * Whom the order can be handed over to: every other active technician, with their load. The
 * technician on the phone may see colleagues for this without the office's technician list.
 */
export async function listHandOverCandidates(
  tx: Tx,
  ctx: RequestContext,
  id: string,
): Promise<TechnicianView[]> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const technicians = await listTechnicians(tx, ctx.tenantId);
  return technicians.filter((t) => t.id !== row.order.technicianId);
}
