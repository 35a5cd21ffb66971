import { eq } from 'drizzle-orm';
import { type Db, inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { tenants } from '../accounts';
import type { PublicCommitmentsView } from './commitments.schemas';
import { loadCommitments } from './load-commitments';

/**
 * The public commitments page of the company with this code; no session. Tenants are a
 * platform table read by unique key; the commitments are read inside that tenant's scope.
 */
export async function getPublicCommitments(db: Db, code: string): Promise<PublicCommitmentsView> {
  const [tenant] = await db
    .select({ id: tenants.id, name: tenants.name, hotline: tenants.hotline })
    .from(tenants)
    .where(eq(tenants.publicCode, code));
  if (!tenant) throw new AppError('NOT_FOUND');
  const { content } = await inTenant(db, tenant.id, (tx) => loadCommitments(tx, tenant.id));
  return {
    companyName: tenant.name,
    hotline: tenant.hotline,
    zones: content.zones,
    limits: content.limits,
    businessHours: content.businessHours,
    promises: content.promises,
    chaseCadenceDays: content.chaseCadenceDays,
    customerNoticeDays: content.customerNoticeDays,
  };
}
