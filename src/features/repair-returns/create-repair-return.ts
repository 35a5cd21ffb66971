import type { Tx } from '../../platform/db';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { repairReturnItems, repairReturns } from './repair-returns.table';

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
  /** The customer's signature on the take-back list. */
  signatureId: string;
  items: readonly TakenBackItem[];
}

/**
 * 返修单 in "taken back", made by the work order's take-back step: numbered per tenant and
 * local day (RR-20261128-0001), with the list of what was taken and its condition.
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
  return { id: created!.id, number };
}
