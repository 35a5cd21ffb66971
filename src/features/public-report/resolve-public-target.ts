import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { resolvePublicToken, type PublicTokenKind } from '../../platform/public-tokens';
import { tenants } from '../accounts';

export interface PublicTarget {
  tenant: { id: string; name: string; hotline: string | null; timezone: string };
  targetId: string;
}

/**
 * The tenant and record a public link points to. Unknown, malformed, revoked and wrong-kind
 * tokens all end in the same NOT_FOUND, the answer any unmatched URL gets, so a caller learns
 * nothing about which it was. (A malformed token is refused before the database is asked;
 * that only reveals the token's public shape.)
 */
export async function resolvePublicTarget(
  db: Db,
  kind: PublicTokenKind,
  token: string,
): Promise<PublicTarget> {
  const target = await resolvePublicToken(db, kind, token);
  if (!target) throw new AppError('NOT_FOUND');
  // tenants is a platform table read by its key, like the public commitments page does.
  const [tenant] = await db
    .select({
      id: tenants.id,
      name: tenants.name,
      hotline: tenants.hotline,
      timezone: tenants.timezone,
    })
    .from(tenants)
    .where(eq(tenants.id, target.tenantId));
  if (!tenant) throw new AppError('NOT_FOUND');
  return { tenant, targetId: target.targetId };
}
