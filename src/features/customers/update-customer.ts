import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CustomerView, updateCustomerBody } from './customer.schemas';
import { customers } from './customers.table';
import { getCustomer } from './load-customer';

type CustomerPatch = z.infer<typeof updateCustomerBody> & { cancelReason?: string };

/** Edits a customer's details, or cancels it with a reason (customers are never deleted). */
export async function updateCustomer(
  tx: Tx,
  ctx: RequestContext,
  customerId: string,
  patch: CustomerPatch,
): Promise<CustomerView> {
  const [before] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, customerId)))
    .for('update');
  if (!before) throw new AppError('NOT_FOUND');
  const now = ctx.clock.now();
  const cancelling = patch.cancelReason !== undefined;
  if (cancelling && before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const [after] = await tx
    .update(customers)
    .set({
      name: patch.name ?? before.name,
      phone: patch.phone === undefined ? before.phone : patch.phone,
      address: patch.address === undefined ? before.address : patch.address,
      lat: patch.lat === undefined ? before.lat : patch.lat,
      lng: patch.lng === undefined ? before.lng : patch.lng,
      ...(cancelling ? { cancelledAt: now, cancelReason: patch.cancelReason } : {}),
      updatedAt: now,
    })
    .where(eq(customers.id, customerId))
    .returning();
  const pick = (c: typeof before) => ({
    name: c.name,
    phone: c.phone,
    address: c.address,
    lat: c.lat,
    lng: c.lng,
    cancelReason: c.cancelReason,
  });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: cancelling ? 'customer.cancel' : 'customer.update',
      objectType: 'customer',
      objectId: customerId,
      before: pick(before),
      after: pick(after!),
    },
    ctx.clock,
  );
  return getCustomer(tx, ctx.tenantId, customerId);
}
