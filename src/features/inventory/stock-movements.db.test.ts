import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { adjustStock } from './adjust-stock';
import { setUpStockWorld, code, stockWorldForFile } from './inventory.test-fixtures';
import { adjustBody, listMovementsQuery, listStockQuery } from './inventory.schemas';
import { stockMovements, stockUnits } from './inventory.table';
import { listMovements } from './list-movements';
import { listStock } from './list-stock';
import { setReorderLevel } from './set-reorder-level';
import { takeInFromRepairReturn } from './take-in-from-return';
import { transferStock } from './transfer-stock';

// Every reading of the clock is a millisecond later, so the ledger's order is the order of events.
const manual = manualClock('2026-11-28T02:00:00Z');
const clock = {
  now: () => {
    manual.advance(1);
    return manual.now();
  },
};
const w = stockWorldForFile(clock);

const transfer = (fromWarehouseId: string, toWarehouseId: string, partId: string, n: number) =>
  w.as((tx) =>
    transferStock(tx, w.keeper, { fromWarehouseId, toWarehouseId, partId, quantity: n }),
  );
const adjust = (warehouseId: string, partId: string, delta: number, serialNumbers?: string[]) =>
  w.as((tx) =>
    adjustStock(
      tx,
      w.keeper,
      adjustBody.parse({ warehouseId, partId, delta, serialNumbers, reason: '破损' }),
    ),
  );

describe('stock movements', () => {
  it('receive, transfer and adjust: one ledger row each, levels that follow, never below zero', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 10);
    const [from, to] = await transfer(w.central.id, w.van.id, part.id, 4);
    expect([from!.quantity, to!.quantity]).toEqual([6, 4]);
    expect(to).toMatchObject({ warehouse: { id: w.van.id, kind: 'van' }, part: { id: part.id } });
    expect(await code(transfer(w.central.id, w.van.id, part.id, 7))).toBe('INSUFFICIENT_STOCK');
    expect(await code(transfer(w.central.id, w.central.id, part.id, 1))).toBe('SAME_WAREHOUSE');
    expect((await adjust(w.van.id, part.id, -1)).quantity).toBe(3);
    expect(await code(adjust(w.van.id, part.id, -4))).toBe('INSUFFICIENT_STOCK');
    expect((await adjust(w.outlet.id, part.id, 2)).quantity).toBe(2);
    expect(() =>
      adjustBody.parse({ warehouseId: w.van.id, partId: part.id, delta: 1, reason: ' ' }),
    ).toThrow();

    const ledger = await w.ledgerOf(part.id);
    expect(
      ledger.map((m) => [m.kind, m.quantity, m.fromWarehouseId, m.toWarehouseId, m.reason]),
    ).toEqual([
      ['receive', 10, null, w.central.id, null],
      ['transfer', 4, w.central.id, w.van.id, null],
      ['adjust', 1, w.van.id, null, '破损'],
      ['adjust', 2, null, w.outlet.id, '破损'],
    ]);
    expect([
      await w.levelOf(w.central.id, part.id),
      await w.levelOf(w.van.id, part.id),
      await w.levelOf(w.outlet.id, part.id),
    ]).toEqual([6, 3, 2]);
  });

  it('moves serial-tracked parts unit by unit, one ledger row per serial number', async () => {
    const part = await w.newPart({ serialTracked: true });
    expect(await code(w.receive(w.central.id, part.id, 2, ['SN-1']))).toBe('SERIAL_REQUIRED');
    expect(await code(w.receive(w.central.id, part.id, 2, ['SN-1', 'SN-1']))).toBe(
      'SERIAL_REQUIRED',
    );
    expect(await code(w.receive(w.central.id, part.id, 1))).toBe('SERIAL_REQUIRED');
    await w.receive(w.central.id, part.id, 3, ['SN-1', 'SN-2', 'SN-3']);
    expect(await code(w.receive(w.outlet.id, part.id, 1, ['SN-2']))).toBe(
      'SERIAL_ALREADY_IN_STOCK',
    );
    const move = (from: string, to: string, serials: string[]) =>
      w.as((tx) =>
        transferStock(tx, w.keeper, {
          fromWarehouseId: from,
          toWarehouseId: to,
          partId: part.id,
          quantity: serials.length,
          serialNumbers: serials,
        }),
      );
    expect(await code(move(w.van.id, w.outlet.id, ['SN-1']))).toBe('SERIAL_NOT_IN_STOCK');
    expect(await code(move(w.central.id, w.van.id, ['SN-1', 'SN-9']))).toBe('SERIAL_NOT_IN_STOCK');
    const [central, van] = await move(w.central.id, w.van.id, ['SN-3', 'SN-1']);
    expect(central).toMatchObject({ quantity: 1, serialNumbers: ['SN-2'] });
    expect(van).toMatchObject({ quantity: 2, serialNumbers: ['SN-1', 'SN-3'] });

    // A unit lost is written off; found again, it comes back in.
    expect((await adjust(w.van.id, part.id, -1, ['SN-3'])).serialNumbers).toEqual(['SN-1']);
    const [unit] = await w.as((tx) =>
      tx.select().from(stockUnits).where(eq(stockUnits.serialNumber, 'SN-3')),
    );
    expect(unit).toMatchObject({ status: 'written_off', warehouseId: null });
    expect((await adjust(w.outlet.id, part.id, 1, ['SN-3'])).serialNumbers).toEqual(['SN-3']);

    const ledger = await w.ledgerOf(part.id);
    expect(ledger.every((m) => m.quantity === 1 && m.serialNumber !== null)).toBe(true);
    expect(ledger.map((m) => `${m.kind} ${m.serialNumber}`).sort()).toEqual(
      [
        'receive SN-1',
        'receive SN-2',
        'receive SN-3',
        'transfer SN-1',
        'transfer SN-3',
        'adjust SN-3',
        'adjust SN-3',
      ].sort(),
    );
    expect(await code(w.receive(w.central.id, (await w.newPart()).id, 1, ['X']))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('takes in good parts left over from a repair return', async () => {
    const part = await w.newPart({ serialTracked: true });
    const repairReturnId = randomUUID();
    const { movementIds } = await w.as((tx) =>
      takeInFromRepairReturn(tx, w.clerk, {
        repairReturnId,
        warehouseId: w.central.id,
        partId: part.id,
        quantity: 2,
        serialNumbers: ['GP-1', 'GP-2'],
      }),
    );
    expect(movementIds).toHaveLength(2);
    const ledger = await w.ledgerOf(part.id);
    expect(ledger.map((m) => [m.kind, m.repairReturnId, m.toWarehouseId, m.actorId])).toEqual([
      ['take_in', repairReturnId, w.central.id, w.clerk.user.id],
      ['take_in', repairReturnId, w.central.id, w.clerk.user.id],
    ]);
    expect(await w.levelOf(w.central.id, part.id)).toBe(2);
  });

  it('alerts the warehouse keepers once when a level falls to its reorder point', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 5);
    const row = await w.as((tx) =>
      setReorderLevel(tx, w.keeper, {
        warehouseId: w.central.id,
        partId: part.id,
        reorderLevel: 2,
      }),
    );
    expect(row).toMatchObject({ quantity: 5, reorderLevel: 2, belowReorder: false });
    const alerts = async () =>
      (await w.noticesOf('inventory.belowReorder')).filter((n) =>
        String(n.params.part).startsWith(`${part.code} `),
      );
    await transfer(w.central.id, w.outlet.id, part.id, 2);
    expect(await alerts()).toEqual([]);
    await transfer(w.central.id, w.outlet.id, part.id, 1);
    expect(await alerts()).toEqual([
      {
        userId: w.keeper.user.id,
        params: {
          part: `${part.code} 搓纸轮 ${part.code.slice(2)}`,
          warehouse: '中心库',
          quantity: 2,
          reorderLevel: 2,
        },
      },
    ]);
    await transfer(w.central.id, w.outlet.id, part.id, 1);
    expect(await alerts()).toHaveLength(1);
    await w.receive(w.central.id, part.id, 4);
    await adjust(w.central.id, part.id, -3);
    expect(await alerts()).toHaveLength(2);

    const low = await w.as((tx) =>
      listStock(tx, w.keeper, listStockQuery.parse({ belowReorder: 'true', partId: part.id })),
    );
    expect(low.items.map((r) => [r.warehouse.id, r.quantity, r.belowReorder])).toEqual([
      [w.central.id, 2, true],
    ]);
  });

  it('keeps the ledger append-only: no update or delete, even by the tables owner', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 1);
    const [row] = await w.ledgerOf(part.id);
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => 'changed',
        () => 'refused',
      );
    expect(
      await refused(
        w.as((tx) =>
          tx.update(stockMovements).set({ quantity: 5 }).where(eq(stockMovements.id, row!.id)),
        ),
      ),
    ).toBe('refused');
    expect(
      await refused(w.as((tx) => tx.delete(stockMovements).where(eq(stockMovements.id, row!.id)))),
    ).toBe('refused');
    expect(
      await refused(w.asOwner(`UPDATE stock_movements SET quantity = 5 WHERE id = '${row!.id}'`)),
    ).toBe('refused');
    expect(await refused(w.asOwner(`DELETE FROM stock_movements WHERE id = '${row!.id}'`))).toBe(
      'refused',
    );
    expect(await w.ledgerOf(part.id)).toEqual([row]);
  });
});

describe('who sees which stock', () => {
  it('shows a technician only their own van, staff every warehouse, another tenant nothing', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 5);
    await transfer(w.central.id, w.van.id, part.id, 2);
    const stockOf = (ctx: typeof w.keeper) =>
      w.as((tx) => listStock(tx, ctx, listStockQuery.parse({ partId: part.id })));
    expect((await stockOf(w.keeper)).items.map((r) => [r.warehouse.id, r.quantity])).toEqual([
      [w.van.id, 2],
      [w.central.id, 3],
    ]);
    expect((await stockOf(w.t.dispatcher)).total).toBe(2);
    expect((await stockOf(w.t.technician)).items.map((r) => r.warehouse.id)).toEqual([w.van.id]);
    expect((await stockOf(w.t.technician2)).items).toEqual([]);

    const movesOf = (ctx: typeof w.keeper) =>
      w.as((tx) => listMovements(tx, ctx, listMovementsQuery.parse({ partId: part.id })));
    const all = await movesOf(w.keeper);
    expect(all.items.map((m) => m.kind)).toEqual(['transfer', 'receive']);
    expect(all.items[0]).toMatchObject({
      part: { id: part.id, code: part.code },
      from: { id: w.central.id, name: '中心库' },
      to: { id: w.van.id, name: '维修一随车库' },
      actor: { id: w.keeper.user.id, name: '仓管' },
      workOrder: null,
      quantity: 2,
    });
    expect((await movesOf(w.t.technician)).items.map((m) => m.kind)).toEqual(['transfer']);
    expect((await movesOf(w.t.technician2)).total).toBe(0);

    const other = await setUpStockWorld(w.db, clock, 'Other company');
    const theirs = await other.as((tx) => listStock(tx, other.keeper, listStockQuery.parse({})));
    expect(theirs.total).toBe(0);
    const theirMoves = await other.as((tx) =>
      listMovements(tx, other.keeper, listMovementsQuery.parse({})),
    );
    expect(theirMoves.total).toBe(0);
    // Another tenant's part or warehouse is unknown here.
    expect(await code(other.receive(other.central.id, part.id, 1))).toBe('UNKNOWN_REFERENCE');
    expect(await code(w.receive(other.central.id, part.id, 1))).toBe('UNKNOWN_REFERENCE');
  });
});
