import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { addDepartmentBody, CustomerView } from './customer.schemas';
import { departments } from './customers.table';
import { getCustomer } from './load-customer';

export async function addDepartment(
  tx: Tx,
  ctx: RequestContext,
  customerId: string,
  input: z.infer<typeof addDepartmentBody>,
): Promise<CustomerView> {
  await getCustomer(tx, ctx.tenantId, customerId); // NOT_FOUND across tenants
  const [department] = await tx
    .insert(departments)
    .values({ tenantId: ctx.tenantId, customerId, name: input.name, phone: input.phone ?? null })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'customer.addDepartment',
      objectType: 'customer',
      objectId: customerId,
      after: { departmentId: department!.id, name: input.name },
    },
    ctx.clock,
  );
  return getCustomer(tx, ctx.tenantId, customerId);
}
