import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../platform/db';
import { manualClock } from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import {
  listStock,
  loanerUnits,
  loans,
  parts,
  stockCounts,
  stockLevels,
  stockMovements,
  stockUnits,
  warehouses,
} from '../inventory';
import { notifications } from '../notifications';
import { workOrderParts } from '../work-orders/on-site.table';
import { workOrders } from '../work-orders';
import { DEMO_LOANERS, DEMO_PARTS } from './inventory-demo-catalogue';
import { demoReader } from './returns-demo-test-support';
import { seedDemo } from './seed-demo';
import { INVENTORY_DEMO_ORDERS } from './seed-inventory-demo';

// Friday 10:00 in 银川: the stories' "now".
const clock = manualClock('2026-11-27T02:00:00Z');
let tenantId = '';
const file = testDatabaseForFile({
  setUp: async ({ db }) => {
    ({ tenantId } = await seedDemo(db, clock, { workOrders: 0 }));
  },
});
const { inDemo, signedIn } = demoReader(
  () => file.db,
  () => tenantId,
  clock,
);

describe('seedDemo: spare parts in use', () => {
  it('has the catalogue, a central and an outlet store, and a van per technician', async () => {
    const [partCount] = await inDemo((tx) => tx.select({ n: count() }).from(parts));
    expect(partCount!.n).toBe(DEMO_PARTS.length);
    const kinds = await inDemo((tx) =>
      tx.select({ kind: warehouses.kind, n: count() }).from(warehouses).groupBy(warehouses.kind),
    );
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual({
      central: 1,
      outlet: 1,
      van: 10,
    });
  });

  it('keeps every stock level equal to its ledger, never negative, units matching by serial', async () => {
    const levels = await inDemo((tx) => tx.select().from(stockLevels));
    const ledger = await inDemo((tx) =>
      tx.execute(sql`
        SELECT warehouse_id, part_id, sum(delta)::int AS quantity FROM (
          SELECT to_warehouse_id AS warehouse_id, part_id, quantity AS delta
            FROM stock_movements WHERE to_warehouse_id IS NOT NULL
          UNION ALL
          SELECT from_warehouse_id, part_id, -quantity
            FROM stock_movements WHERE from_warehouse_id IS NOT NULL) m
        GROUP BY warehouse_id, part_id`),
    );
    const booked = new Map(
      rowsOf<{ warehouse_id: string; part_id: string; quantity: number }>(ledger).map((r) => [
        `${r.warehouse_id}:${r.part_id}`,
        Number(r.quantity),
      ]),
    );
    const stocked = levels.filter(
      (l) => l.quantity > 0 || booked.has(`${l.warehouseId}:${l.partId}`),
    );
    expect(stocked.length).toBeGreaterThan(20);
    for (const level of levels) {
      expect(level.quantity).toBeGreaterThanOrEqual(0);
      expect(level.quantity).toBe(booked.get(`${level.warehouseId}:${level.partId}`) ?? 0);
    }
    const units = await inDemo((tx) =>
      tx
        .select({ warehouseId: stockUnits.warehouseId, partId: stockUnits.partId, n: count() })
        .from(stockUnits)
        .where(eq(stockUnits.status, 'in_stock'))
        .groupBy(stockUnits.warehouseId, stockUnits.partId),
    );
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      const level = levels.find((l) => l.warehouseId === u.warehouseId && l.partId === u.partId);
      expect(level?.quantity).toBe(u.n);
    }
  });

  it('shows parts at their reorder point, of which the warehouse keeper was told', async () => {
    const keeper = await signedIn('warehouse');
    const below = await inDemo((tx) =>
      listStock(tx, keeper, { belowReorder: true, page: 1, pageSize: 50 }),
    );
    expect(below.items.map((r) => `${r.warehouse.kind}:${r.part.name}`).sort()).toEqual([
      'central:血氧探头',
      'van:搓纸轮',
    ]);
    const alerts = await inDemo((tx) =>
      tx
        .select({ n: count() })
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, keeper.user.id),
            eq(notifications.event, 'inventory.belowReorder'),
          ),
        ),
    );
    expect(alerts[0]!.n).toBe(2);
  });

  it('records every kind of movement, a posted stock count with one difference, and van parts on orders', async () => {
    const kinds = await inDemo((tx) =>
      tx.selectDistinct({ kind: stockMovements.kind }).from(stockMovements),
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'adjust',
      'issue',
      'receive',
      'take_in',
      'transfer',
    ]);
    const [posted] = await inDemo((tx) =>
      tx.select().from(stockCounts).where(eq(stockCounts.status, 'posted')),
    );
    const differences = await inDemo((tx) =>
      tx.select().from(stockMovements).where(eq(stockMovements.stockCountId, posted!.id)),
    );
    expect(differences).toMatchObject([{ kind: 'adjust', quantity: 1 }]);
    const issued = await inDemo((tx) =>
      tx
        .select({ status: workOrders.status, partId: workOrderParts.partId })
        .from(workOrderParts)
        .innerJoin(workOrders, eq(workOrders.id, workOrderParts.workOrderId))
        .where(isNotNull(workOrderParts.partId)),
    );
    expect(issued).toHaveLength(INVENTORY_DEMO_ORDERS);
    for (const line of issued) expect(line.status).toBe('closed');
    const fromVans = await inDemo((tx) =>
      tx
        .select({ kind: warehouses.kind })
        .from(stockMovements)
        .innerJoin(warehouses, eq(warehouses.id, stockMovements.fromWarehouseId))
        .where(eq(stockMovements.kind, 'issue')),
    );
    expect(fromVans).toEqual(issued.map(() => ({ kind: 'van' })));
  });

  it('has loaner units: one lent and overdue, one lent and returned', async () => {
    const units = await inDemo((tx) => tx.select({ status: loanerUnits.status }).from(loanerUnits));
    expect(units).toHaveLength(DEMO_LOANERS.length);
    expect(units.filter((u) => u.status === 'lent')).toHaveLength(1);
    const all = await inDemo((tx) => tx.select().from(loans).orderBy(loans.lentAt));
    expect(all).toHaveLength(2);
    const today = '2026-11-27';
    expect(all[0]!.returnedAt).not.toBeNull();
    expect(all[1]).toMatchObject({ returnedAt: null });
    expect(all[1]!.dueOn < today).toBe(true);
  });
});
