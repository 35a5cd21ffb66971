import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { users } from './accounts.table';

/** A user of the caller's tenant, locked for update; NOT_FOUND for anything else. */
export async function loadUserForUpdate(tx: Tx, tenantId: string, userId: string) {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
    .for('update');
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}
