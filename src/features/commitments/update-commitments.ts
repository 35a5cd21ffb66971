import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CommitmentsView, UpdateCommitmentsBody } from './commitments.schemas';
import { serviceCommitments } from './commitments.table';
import { getCommitments } from './get-commitments';
import { forgetDeadlineInputs } from './deadline-inputs-cache';
import { loadCommitments } from './load-commitments';

/**
 * Replaces the tenant's commitments if nobody saved since `version` was read (0: the defaults,
 * nothing saved yet); otherwise CONFLICT. The audit event keeps the whole before and after.
 */
export async function updateCommitments(
  tx: Tx,
  ctx: RequestContext,
  input: UpdateCommitmentsBody,
): Promise<CommitmentsView> {
  const before = await loadCommitments(tx, ctx.tenantId);
  forgetDeadlineInputs(ctx.tenantId);
  const now = ctx.clock.now();
  const written =
    input.version === 0
      ? await tx
          .insert(serviceCommitments)
          .values({ tenantId: ctx.tenantId, content: input.content, updatedBy: ctx.user.id })
          .onConflictDoNothing({ target: serviceCommitments.tenantId })
          .returning({ version: serviceCommitments.version })
      : await tx
          .update(serviceCommitments)
          .set({
            content: input.content,
            version: input.version + 1,
            updatedBy: ctx.user.id,
            updatedAt: now,
          })
          .where(
            and(
              eq(serviceCommitments.tenantId, ctx.tenantId),
              eq(serviceCommitments.version, input.version),
            ),
          )
          .returning({ version: serviceCommitments.version });
  if (written.length === 0) throw new AppError('CONFLICT');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'commitments.update',
      objectType: 'commitments',
      objectId: ctx.tenantId,
      before: { version: before.version, content: before.content },
      after: { version: written[0]!.version, content: input.content },
    },
    ctx.clock,
  );
  return getCommitments(tx, ctx);
}
