import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CreateCustomerBody, CustomerView } from './customer.schemas';
import { customers, departments } from './customers.table';
import { getCustomer } from './load-customer';

export async function createCustomer(
  tx: Tx,
  ctx: RequestContext,
  input: CreateCustomerBody,
): Promise<CustomerView> {
  const [customer] = await tx
    .insert(customers)
    .values({
      tenantId: ctx.tenantId,
      name: input.name,
      phone: input.phone ?? null,
      address: input.address ?? null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
    })
    .returning();
  const names = [...new Set(input.departments)];
  if (names.length > 0) {
    await tx
      .insert(departments)
      .values(names.map((name) => ({ tenantId: ctx.tenantId, customerId: customer!.id, name })));
  }
  const view = await getCustomer(tx, ctx.tenantId, customer!.id);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'customer.create',
      isNew: true,
      objectType: 'customer',
      objectId: view.id,
      after: { name: view.name, phone: view.phone, address: view.address, departments: names },
    },
    ctx.clock,
  );
  return view;
}
