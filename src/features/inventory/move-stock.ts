import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { alertBelowReorder } from './alert-below-reorder';
import { type PartRow, requirePart, requireWarehouse } from './inventory-references';
import type { MovementKind, StockUnitStatus } from './inventory.states';
import { stockMovements } from './inventory.table';
import { crossedReorderLevel, type LevelChange } from './reorder.rules';
import { decreaseLevel, increaseLevel } from './stock-levels';
import { bringUnitsIn, checkSerials, takeUnitsOut } from './stock-units';

/** One movement of stock; `from` and `to` say the direction (at least one of them). */
export interface StockMove {
  kind: MovementKind;
  partId: string;
  quantity: number;
  fromWarehouseId?: string | null;
  toWarehouseId?: string | null;
  /** One per unit for a serial-tracked part, none otherwise. */
  serialNumbers?: readonly string[];
  workOrderId?: string | null;
  repairReturnId?: string | null;
  stockCountId?: string | null;
  reason?: string | null;
}

export interface MovedStock {
  movementIds: string[];
  part: PartRow;
  /** The levels changed: the source first, then the destination. */
  levels: LevelChange[];
  at: Date;
}

/** Kinds that may still move a cancelled part: stock already on hand has to go somewhere. */
const MOVES_CANCELLED_PARTS: readonly MovementKind[] = ['transfer', 'return', 'adjust'];

/** What becomes of a serial-tracked unit that leaves stock without arriving in another warehouse. */
const OUT_STATUS: Partial<Record<MovementKind, StockUnitStatus>> = {
  issue: 'issued',
  adjust: 'written_off',
};

/**
 * Every movement of stock goes through here: the ledger row(s) — one per serial number for a
 * serial-tracked part — and the stock levels change in the caller's transaction, so the ledger
 * and the levels always agree. A decrease is a conditional update (INSUFFICIENT_STOCK, never
 * negative); an increase an upsert. A level that falls to its reorder point alerts the
 * warehouse keepers, and the movement is audited on the part's chain.
 */
export async function moveStock(tx: Tx, ctx: RequestContext, move: StockMove): Promise<MovedStock> {
  const { tenantId } = ctx;
  const from = move.fromWarehouseId ?? null;
  const to = move.toWarehouseId ?? null;
  if (!from && !to) throw new Error('moveStock: a movement needs a source or a destination');
  if (from && from === to) throw new AppError('SAME_WAREHOUSE');
  const part = await requirePart(tx, tenantId, move.partId, {
    allowCancelled: MOVES_CANCELLED_PARTS.includes(move.kind),
  });
  const source = from ? await requireWarehouse(tx, tenantId, from, { allowCancelled: true }) : null;
  if (to) await requireWarehouse(tx, tenantId, to, { allowCancelled: false });
  const serials = checkSerials(part.serialTracked, move.quantity, move.serialNumbers);
  const at = ctx.clock.now();

  // Units first (each conditional on where it is), then the levels in warehouse order, so two
  // opposite transfers lock the same rows in the same order.
  if (from)
    await takeUnitsOut(tx, tenantId, part.id, from, serials, {
      status: to ? 'in_stock' : (OUT_STATUS[move.kind] ?? 'written_off'),
      warehouseId: to,
      at,
    });
  else if (to) await bringUnitsIn(tx, tenantId, part.id, to, serials, at);
  const steps = [
    ...(from ? [{ warehouseId: from, out: true }] : []),
    ...(to ? [{ warehouseId: to, out: false }] : []),
  ].sort((a, b) => a.warehouseId.localeCompare(b.warehouseId));
  const changed = new Map<string, LevelChange>();
  for (const step of steps) {
    const change = step.out
      ? await decreaseLevel(tx, tenantId, step.warehouseId, part.id, move.quantity, at)
      : await increaseLevel(tx, tenantId, step.warehouseId, part.id, move.quantity, at);
    changed.set(step.warehouseId, change);
  }
  const levels = [from, to].flatMap((id) => (id ? [changed.get(id)!] : []));

  const rows = (serials.length > 0 ? serials : [null]).map((serialNumber) => ({
    tenantId,
    kind: move.kind,
    partId: part.id,
    quantity: serialNumber ? 1 : move.quantity,
    fromWarehouseId: from,
    toWarehouseId: to,
    serialNumber,
    workOrderId: move.workOrderId ?? null,
    repairReturnId: move.repairReturnId ?? null,
    stockCountId: move.stockCountId ?? null,
    reason: move.reason || null,
    actorId: ctx.user.id,
    at,
  }));
  const written = await tx.insert(stockMovements).values(rows).returning({ id: stockMovements.id });
  const movementIds = written.map((w) => w.id);

  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: `stock.${move.kind}`,
      objectType: 'part',
      objectId: part.id,
      after: {
        movementIds,
        quantity: move.quantity,
        fromWarehouseId: from,
        toWarehouseId: to,
        serialNumbers: serials,
        workOrderId: move.workOrderId ?? null,
        repairReturnId: move.repairReturnId ?? null,
        stockCountId: move.stockCountId ?? null,
        reason: move.reason || null,
        levels: levels.map(({ warehouseId, before, after }) => ({ warehouseId, before, after })),
      },
    },
    ctx.clock,
  );
  if (source && levels[0] && crossedReorderLevel(levels[0]))
    await alertBelowReorder(tx, ctx, part, source, levels[0]);
  return { movementIds, part, levels, at };
}
