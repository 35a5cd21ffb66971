import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { tenants } from './accounts.table';
import { meetsPasswordPolicy, type PasswordPolicy } from './password-policy.rules';

export async function tenantPasswordPolicy(tx: Tx, tenantId: string): Promise<PasswordPolicy> {
  const [tenant] = await tx
    .select({ policy: tenants.passwordPolicy })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!tenant) throw new AppError('NOT_FOUND');
  return tenant.policy;
}

export async function assertPasswordAllowed(
  tx: Tx,
  tenantId: string,
  password: string,
): Promise<void> {
  const policy = await tenantPasswordPolicy(tx, tenantId);
  if (!meetsPasswordPolicy(password, policy)) {
    throw new AppError('WEAK_PASSWORD', {
      minLength: policy.minLength,
      minClasses: policy.minClasses,
    });
  }
}
