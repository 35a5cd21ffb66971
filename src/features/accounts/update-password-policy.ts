import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { recordAuditEvent } from '../audit';
import { tenants } from './accounts.table';
import type { PasswordPolicy } from './password-policy.rules';
import { actorOf, type RequestContext } from './request-context';
import { tenantPasswordPolicy } from './tenant-password-policy';

/** The tenant's admin tightens the password policy; the schema keeps it at or above level 2. */
export async function updatePasswordPolicy(
  tx: Tx,
  ctx: RequestContext,
  policy: PasswordPolicy,
): Promise<PasswordPolicy> {
  const before = await tenantPasswordPolicy(tx, ctx.tenantId);
  await tx.update(tenants).set({ passwordPolicy: policy }).where(eq(tenants.id, ctx.tenantId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'tenant.passwordPolicy',
      objectType: 'tenant',
      objectId: ctx.tenantId,
      before: { ...before },
      after: { ...policy },
    },
    ctx.clock,
  );
  return policy;
}
