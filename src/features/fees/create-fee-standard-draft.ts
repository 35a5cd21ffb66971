import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { auditedStandard, readStandard, todayOf } from './fee-standard-view';
import { EMPTY_FEE_CONTENT, type FeeStandardView } from './fees.schemas';
import { feeStandards } from './fees.table';

/**
 * Starts the next version as a draft: a copy of the newest version (or all zeros for the first),
 * effective from today until edited. One draft at a time, so versions stay 1, 2, 3 … in order.
 */
export async function createFeeStandardDraft(
  tx: Tx,
  ctx: RequestContext,
): Promise<FeeStandardView> {
  // Two managers starting a draft at once take turns, instead of colliding on the version.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'fee-standards:' + ctx.tenantId}))`);
  const [latest] = await tx
    .select()
    .from(feeStandards)
    .where(eq(feeStandards.tenantId, ctx.tenantId))
    .orderBy(desc(feeStandards.version))
    .limit(1);
  if (latest?.status === 'draft') throw new AppError('FEE_STANDARD_DRAFT_EXISTS');
  const [row] = await tx
    .insert(feeStandards)
    .values({
      tenantId: ctx.tenantId,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      effectiveFrom: todayOf(ctx),
      content: latest?.content ?? EMPTY_FEE_CONTENT,
      note: null,
      createdBy: ctx.user.id,
      createdAt: ctx.clock.now(),
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'feeStandard.createDraft',
      objectType: 'feeStandard',
      objectId: row!.id,
      after: { ...auditedStandard(row!), copiedFromVersion: latest?.version ?? null },
      isNew: true,
    },
    ctx.clock,
  );
  return readStandard(tx, ctx, row!.id);
}
