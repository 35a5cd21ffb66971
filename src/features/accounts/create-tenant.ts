import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { recordAuditEvent, systemActor } from '../audit';
import { loginNames, tenants, users } from './accounts.table';
import { hashPassword } from './password-hash';
import { DEFAULT_PASSWORD_POLICY, meetsPasswordPolicy } from './password-policy.rules';

export interface CreateTenantInput {
  name: string;
  hotline?: string;
  admin: { username: string; displayName: string; password: string };
}

/** A new service company with its first administrator (setup, seeding and tests). */
export async function createTenant(
  db: Db,
  input: CreateTenantInput,
  clock: Clock,
): Promise<{ tenantId: string; adminId: string }> {
  if (!meetsPasswordPolicy(input.admin.password, DEFAULT_PASSWORD_POLICY)) {
    throw new Error('The first administrator password does not meet the default password policy');
  }
  const [tenant] = await db
    .insert(tenants)
    .values({
      name: input.name,
      hotline: input.hotline ?? null,
      passwordPolicy: DEFAULT_PASSWORD_POLICY,
    })
    .returning();
  const tenantId = tenant!.id;
  const passwordHash = await hashPassword(input.admin.password);
  return inTenant(db, tenantId, async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({
        tenantId,
        username: input.admin.username,
        displayName: input.admin.displayName,
        roles: ['admin'],
        passwordHash,
      })
      .returning();
    await tx
      .insert(loginNames)
      .values({ username: input.admin.username.toLowerCase(), tenantId, userId: admin!.id });
    const actor = systemActor(tenantId, 'setup');
    await recordAuditEvent(
      tx,
      actor,
      {
        action: 'tenant.create',
        objectType: 'tenant',
        objectId: tenantId,
        after: { name: input.name },
      },
      clock,
    );
    await recordAuditEvent(
      tx,
      actor,
      {
        action: 'user.create',
        objectType: 'user',
        objectId: admin!.id,
        after: { username: input.admin.username, roles: ['admin'] },
      },
      clock,
    );
    return { tenantId, adminId: admin!.id };
  });
}
