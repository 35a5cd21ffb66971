import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext, tenants } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { UpdatePublicProfileBody } from './commitments.schemas';
import { publicProfileOf } from './get-commitments';

/**
 * Sets the code of the public commitments page (/p/c/:code; null takes the page down) and the
 * service hotline printed there. Codes are unique across all companies.
 */
export async function updatePublicProfile(
  tx: Tx,
  ctx: RequestContext,
  input: UpdatePublicProfileBody,
) {
  const before = await publicProfileOf(tx, ctx.tenantId);
  if (input.publicCode) {
    const [taken] = await tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(and(eq(tenants.publicCode, input.publicCode), ne(tenants.id, ctx.tenantId)));
    if (taken) throw new AppError('PUBLIC_CODE_TAKEN');
  }
  await tx
    .update(tenants)
    .set({ publicCode: input.publicCode, hotline: input.hotline })
    .where(eq(tenants.id, ctx.tenantId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'tenant.publicProfile.update',
      objectType: 'tenant',
      objectId: ctx.tenantId,
      before: { publicCode: before.publicCode, hotline: before.hotline },
      after: { publicCode: input.publicCode, hotline: input.hotline },
    },
    ctx.clock,
  );
  return publicProfileOf(tx, ctx.tenantId);
}
