import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { getRepairReturn } from './get-repair-return';
import type { ChaseBody } from './follow-up.schemas';
import type { RepairReturnView } from './repair-return.schemas';
import { CHASED_STATES } from './repair-return.states';
import { repairReturnChases, repairReturns } from './repair-returns.table';
import { armChases } from './return-timers';

/**
 * 催促: the returns clerk chased the vendor (whom they spoke to, the answer, any promised
 * date). The next chase falls due a cadence from now, whether this one was early or late; a
 * promised date becomes the return's. Only while the item is shipped or at the vendor.
 */
export async function recordChase(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: ChaseBody,
): Promise<RepairReturnView> {
  // Locked: two clerks chasing at once take turns, and each re-arms from its own chase.
  const [rr] = await tx
    .select()
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, id)))
    .for('update');
  if (!rr) throw new AppError('NOT_FOUND');
  if (!CHASED_STATES.includes(rr.status)) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  const [chase] = await tx
    .insert(repairReturnChases)
    .values({
      tenantId: ctx.tenantId,
      repairReturnId: id,
      chasedAt: now,
      chasedBy: ctx.user.id,
      contactName: input.contactName,
      answer: input.answer,
      promisedOn: input.promisedOn ?? null,
      dueAt: rr.nextChaseAt,
      createdAt: now,
    })
    .returning({ id: repairReturnChases.id });
  const promisedOn = input.promisedOn ?? rr.promisedOn;
  await tx
    .update(repairReturns)
    .set({ lastChasedAt: now, promisedOn, version: rr.version + 1, updatedAt: now })
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, id)));
  const next = (await armChases(tx, ctx.tenantId, [rr], now)).get(id)!;
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'repairReturn.chase',
      objectType: 'repairReturn',
      objectId: id,
      before: {
        nextChaseAt: rr.nextChaseAt?.toISOString() ?? null,
        lastChasedAt: rr.lastChasedAt?.toISOString() ?? null,
        promisedOn: rr.promisedOn,
      },
      after: {
        chaseId: chase!.id,
        contactName: input.contactName,
        answer: input.answer,
        promisedOn,
        lastChasedAt: now.toISOString(),
        nextChaseAt: next.toISOString(),
      },
    },
    ctx.clock,
  );
  return getRepairReturn(tx, ctx, id);
}
