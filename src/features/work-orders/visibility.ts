import { eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../platform/errors/app-error';
import { hasPermission, type RequestContext } from '../accounts';
import { workOrders } from './work-orders.table';

/**
 * Which work orders the user may see: all of the tenant's for the office roles, only their own
 * for a technician. Returned as a filter so that lists and single reads apply the same rule.
 */
export function visibleWorkOrders(ctx: RequestContext): SQL | undefined {
  if (hasPermission(ctx.user.roles, 'workOrders.readAll')) return undefined;
  if (hasPermission(ctx.user.roles, 'workOrders.readOwn'))
    return eq(workOrders.technicianId, ctx.user.id);
  throw new AppError('FORBIDDEN');
}
