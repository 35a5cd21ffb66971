import { and, eq, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { productModels } from '../installed-base/installed-base.table';
import { requireWarehouse, unknownReference } from './inventory-references';
import type { LoanerBody, LoanerView } from './inventory.schemas';
import { loanerUnits } from './inventory.table';
import { getLoaner } from './loaner-view';

/** A loaner unit (备用机): a device of a model, by serial number, kept in a warehouse. */
export async function createLoaner(
  tx: Tx,
  ctx: RequestContext,
  input: LoanerBody,
): Promise<LoanerView> {
  const [model] = await tx
    .select({ id: productModels.id })
    .from(productModels)
    .where(
      and(
        eq(productModels.tenantId, ctx.tenantId),
        eq(productModels.id, input.modelId),
        isNull(productModels.cancelledAt),
      ),
    );
  if (!model) throw unknownReference('model');
  await requireWarehouse(tx, ctx.tenantId, input.warehouseId, { allowCancelled: false });
  const same = await tx
    .select({
      code: loanerUnits.code,
      modelId: loanerUnits.modelId,
      serial: loanerUnits.serialNumber,
    })
    .from(loanerUnits)
    .where(
      and(
        eq(loanerUnits.tenantId, ctx.tenantId),
        or(
          eq(loanerUnits.code, input.code),
          and(
            eq(loanerUnits.modelId, input.modelId),
            eq(loanerUnits.serialNumber, input.serialNumber),
          ),
        ),
      ),
    );
  if (same.some((u) => u.code === input.code)) throw new AppError('LOANER_CODE_TAKEN');
  if (same.some((u) => u.modelId === input.modelId && u.serial === input.serialNumber))
    throw new AppError('LOANER_SERIAL_TAKEN');
  const [row] = await tx
    .insert(loanerUnits)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      modelId: input.modelId,
      serialNumber: input.serialNumber,
      warehouseId: input.warehouseId,
      note: input.note || null,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'loaner.create',
      objectType: 'loanerUnit',
      objectId: row!.id,
      after: {
        code: row!.code,
        modelId: row!.modelId,
        serialNumber: row!.serialNumber,
        warehouseId: row!.warehouseId,
      },
      isNew: true,
    },
    ctx.clock,
  );
  return getLoaner(tx, ctx, row!.id);
}
