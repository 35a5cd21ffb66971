import type { Tx } from '../../platform/db';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { ReturnSource } from './repair-return.states';
import { repairReturnItems, repairReturns } from './repair-returns.table';
import { watchNoticeRule } from './return-timers';

export interface TakenBackItem {
  description: string;
  serialNumber?: string;
  condition: string;
  accessories?: string;
}

export interface NewRepairReturn {
  workOrderId: string;
  customerId: string;
  assetId: string | null;
  /** The customer's signature on the take-back list (none for an item brought in). */
  signatureId: string | null;
  items: readonly TakenBackItem[];
  /** Taken back on site (default), or brought to the counter (送修). */
  source?: ReturnSource;
  /** 特急: chased on the urgent cadence. */
  urgent?: boolean;
}

/**
 * 返修单 in "taken back", made by the work order's take-back step or a walk-in: numbered per
 * tenant and local day (RR-20261128-0001), with the list of what was taken and its condition.
 */
export async function createRepairReturn(
  tx: Tx,
  ctx: RequestContext,
  input: NewRepairReturn,
): Promise<{ id: string; number: string }> {
  const now = ctx.clock.now();
  const day = localDay(now, ctx.tenantTimezone);
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('RR', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'RR', day);
  const [created] = await tx
    .insert(repairReturns)
    .values({
      tenantId: ctx.tenantId,
      number,
      status: 'taken_back',
      source: input.source ?? 'take_back',
      urgent: input.urgent ?? false,
      workOrderId: input.workOrderId,
      customerId: input.customerId,
      assetId: input.assetId,
      signatureId: input.signatureId,
      takenBy: ctx.user.id,
      takenAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: repairReturns.id });
  const items = input.items.map((item, i) => ({
    tenantId: ctx.tenantId,
    repairReturnId: created!.id,
    seq: i + 1,
    description: item.description,
    serialNumber: item.serialNumber || null,
    condition: item.condition,
    accessories: item.accessories || null,
  }));
  await tx.insert(repairReturnItems).values(items);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'repairReturn.create',
      isNew: true,
      objectType: 'repairReturn',
      objectId: created!.id,
      after: {
        number,
        status: 'taken_back',
        source: input.source ?? 'take_back',
        urgent: input.urgent ?? false,
        workOrderId: input.workOrderId,
        items: items.map(({ seq, description, serialNumber, condition, accessories }) => ({
          seq,
          description,
          serialNumber,
          condition,
          accessories,
        })),
      },
    },
    ctx.clock,
  );
  // The 14-day rule counts from take-back.
  await watchNoticeRule(tx, ctx.tenantId, ctx.clock, created!.id);
  return { id: created!.id, number };
}
