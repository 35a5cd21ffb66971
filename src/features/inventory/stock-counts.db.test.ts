import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { cancelPart } from './cancel-part';
import { cancelStockCount } from './cancel-stock-count';
import { createStockCount } from './create-stock-count';
import { enterStockCountLines } from './enter-stock-count-lines';
import { code, stockWorldForFile } from './inventory.test-fixtures';
import { listMovementsQuery } from './inventory.schemas';
import { listMovements } from './list-movements';
import { listStockCounts } from './list-stock-counts';
import { postStockCount } from './post-stock-count';
import { transferStock } from './transfer-stock';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = stockWorldForFile(clock);

const newCount = (warehouseId: string) =>
  w.as((tx) => createStockCount(tx, w.keeper, { warehouseId, note: '月末盘点' }));
const enter = (countId: string, version: number, lines: [string, number][]) =>
  w.as((tx) =>
    enterStockCountLines(tx, w.keeper, countId, {
      version,
      lines: lines.map(([partId, countedQuantity]) => ({ partId, countedQuantity })),
    }),
  );

describe('stock counts (盘点)', () => {
  it('snapshots the book, then posts each difference as an adjustment to the counted quantity', async () => {
    const [a, b, c, found] = [
      await w.newPart(),
      await w.newPart(),
      await w.newPart(),
      await w.newPart(),
    ];
    await w.receive(w.outlet.id, a.id, 10);
    await w.receive(w.outlet.id, b.id, 4);
    await w.receive(w.outlet.id, c.id, 2);
    const count = await newCount(w.outlet.id);
    expect(count).toMatchObject({
      number: 'PD-20261128-0001',
      status: 'open',
      warehouse: { id: w.outlet.id, name: '网点库' },
      createdBy: { id: w.keeper.user.id },
      version: 1,
    });
    expect(count.lines.map((l) => [l.part.id, l.expectedQuantity, l.countedQuantity])).toEqual([
      [a.id, 10, null],
      [b.id, 4, null],
      [c.id, 2, null],
    ]);

    // Counted in two rounds; a part found on the shelf joins the count.
    let counted = await enter(count.id, 1, [
      [a.id, 8],
      [b.id, 4],
    ]);
    expect(await code(enter(count.id, 1, [[c.id, 2]]))).toBe('CONFLICT');
    expect(await code(w.as((tx) => postStockCount(tx, w.keeper, count.id, { version: 2 })))).toBe(
      'STOCK_COUNT_INCOMPLETE',
    );
    counted = await enter(count.id, 2, [
      [c.id, 3],
      [found.id, 1],
    ]);
    expect(counted.lines.map((l) => [l.part.id, l.expectedQuantity, l.difference])).toEqual([
      [a.id, 10, -2],
      [b.id, 4, 0],
      [c.id, 2, 1],
      [found.id, 0, 1],
    ]);

    // While the count is open, one of part A leaves: the shelf still shows 8 at posting time.
    await w.as((tx) =>
      transferStock(tx, w.keeper, {
        fromWarehouseId: w.outlet.id,
        toWarehouseId: w.central.id,
        partId: a.id,
        quantity: 1,
      }),
    );
    const posted = await w.as((tx) =>
      postStockCount(tx, w.keeper, count.id, { version: counted.version }),
    );
    expect(posted).toMatchObject({ status: 'posted', postedBy: { id: w.keeper.user.id } });
    expect([
      await w.levelOf(w.outlet.id, a.id),
      await w.levelOf(w.outlet.id, b.id),
      await w.levelOf(w.outlet.id, c.id),
      await w.levelOf(w.outlet.id, found.id),
    ]).toEqual([8, 4, 3, 1]);
    const adjustments = await w.as((tx) =>
      listMovements(
        tx,
        w.keeper,
        listMovementsQuery.parse({ kind: 'adjust', warehouseId: w.outlet.id }),
      ),
    );
    expect(
      adjustments.items
        .map((m) => [m.part.id, m.from?.id ?? null, m.to?.id ?? null, m.quantity, m.reason])
        .sort(),
    ).toEqual(
      [
        [a.id, w.outlet.id, null, 1, `盘点差异 ${count.number}`],
        [c.id, null, w.outlet.id, 1, `盘点差异 ${count.number}`],
        [found.id, null, w.outlet.id, 1, `盘点差异 ${count.number}`],
      ].sort(),
    );
    expect(adjustments.items.every((m) => m.stockCount?.number === count.number)).toBe(true);

    expect(
      await code(w.as((tx) => postStockCount(tx, w.keeper, count.id, { version: posted.version }))),
    ).toBe('INVALID_TRANSITION');
    const listed = await w.as((tx) =>
      listStockCounts(tx, w.keeper, { page: 1, pageSize: 20, warehouseId: w.outlet.id }),
    );
    expect(listed.items[0]).toMatchObject({
      id: count.id,
      status: 'posted',
      lineCount: 4,
      countedCount: 4,
      differences: 3,
    });
  });

  it('refuses to post a difference of a serial-tracked part: its units are adjusted by serial', async () => {
    const tracked = await w.newPart({ serialTracked: true });
    await w.receive(w.central.id, tracked.id, 2, ['S-1', 'S-2']);
    const count = await newCount(w.central.id);
    const line = count.lines.find((l) => l.part.id === tracked.id)!;
    expect(line.expectedQuantity).toBe(2);
    const others = count.lines
      .filter((l) => l.part.id !== tracked.id)
      .map((l): [string, number] => [l.part.id, l.expectedQuantity]);
    const counted = await enter(count.id, 1, [...others, [tracked.id, 1]]);
    expect(
      await code(
        w.as((tx) => postStockCount(tx, w.keeper, count.id, { version: counted.version })),
      ),
    ).toBe('SERIAL_REQUIRED');
    const cancelled = await w.as((tx) =>
      cancelStockCount(tx, w.keeper, count.id, { version: counted.version }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await w.levelOf(w.central.id, tracked.id)).toBe(2);
  });

  it('leaves out cancelled parts with nothing left, and refuses a cancelled part found later', async () => {
    const gone = await w.newPart();
    await w.receive(w.van.id, gone.id, 1);
    await w.as((tx) =>
      transferStock(tx, w.keeper, {
        fromWarehouseId: w.van.id,
        toWarehouseId: w.central.id,
        partId: gone.id,
        quantity: 1,
      }),
    );
    await w.as((tx) => cancelPart(tx, w.keeper, gone.id, { version: 1 }));
    const count = await newCount(w.van.id);
    expect(count.lines.some((l) => l.part.id === gone.id)).toBe(false);
    expect(await code(enter(count.id, 1, [[gone.id, 1]]))).toBe('UNKNOWN_REFERENCE');
  });
});
