import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db';
import { type RequestContext, tenants } from '../accounts';
import type { CommitmentsView } from './commitments.schemas';
import { loadCommitments } from './load-commitments';

export async function publicProfileOf(db: Queryable, tenantId: string) {
  const [tenant] = await db
    .select({ companyName: tenants.name, publicCode: tenants.publicCode, hotline: tenants.hotline })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return tenant!;
}

/** The commitments as the admin page edits them, with the company's public profile. */
export async function getCommitments(tx: Tx, ctx: RequestContext): Promise<CommitmentsView> {
  const loaded = await loadCommitments(tx, ctx.tenantId);
  return {
    content: loaded.content,
    version: loaded.version,
    updatedAt: loaded.updatedAt?.toISOString() ?? null,
    timeZone: ctx.tenantTimezone,
    publicProfile: await publicProfileOf(tx, ctx.tenantId),
  };
}
