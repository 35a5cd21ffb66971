import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow, type WorkOrderRow } from './work-order-view';
import { DESK } from './work-order-notices';

/**
 * The order whose job records (parts, photos) this user may change: one they can see, theirs
 * as the assigned technician or any as the desk, and not closed or cancelled.
 */
export async function orderForRecording(
  tx: Tx,
  ctx: RequestContext,
  id: string,
): Promise<WorkOrderRow> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const isDesk = ctx.user.roles.some((r) => DESK.includes(r));
  if (!isDesk && row.order.technicianId !== ctx.user.id) throw new AppError('FORBIDDEN');
  if (row.order.status === 'closed' || row.order.status === 'cancelled')
    throw new AppError('CANNOT_CHANGE_CLOSED');
  return row;
}
