import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { addContactBody, CustomerView } from './customer.schemas';
import { contacts } from './customers.table';
import { getCustomer } from './load-customer';

export async function addContact(
  tx: Tx,
  ctx: RequestContext,
  customerId: string,
  input: z.infer<typeof addContactBody>,
): Promise<CustomerView> {
  const customer = await getCustomer(tx, ctx.tenantId, customerId);
  if (input.departmentId && !customer.departments.some((d) => d.id === input.departmentId)) {
    throw new AppError('DEPARTMENT_MISMATCH');
  }
  const [contact] = await tx
    .insert(contacts)
    .values({
      tenantId: ctx.tenantId,
      customerId,
      name: input.name,
      phone: input.phone,
      title: input.title ?? null,
      departmentId: input.departmentId ?? null,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'customer.addContact',
      objectType: 'customer',
      objectId: customerId,
      after: { contactId: contact!.id, name: input.name, phone: input.phone },
    },
    ctx.clock,
  );
  return getCustomer(tx, ctx.tenantId, customerId);
}
