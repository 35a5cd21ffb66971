import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestWorkOrder, manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { workOrderParts } from '../work-orders/on-site.table';
import { createLoaner } from './create-loaner';
import { setUpStockWorld, type StockWorld } from './inventory.test-fixtures';
import { loans, stockMovements } from './inventory.table';

// Stock never goes negative however many issues race: on PostgreSQL the requests below run in
// parallel transactions (the conditional update decides); on PGlite, which runs one
// transaction at a time, they are serialised — and must give the same result.
const clock = manualClock('2026-11-28T02:00:00Z');
let w: StockWorld;
const file = testAppForFile(clock, async ({ db }) => {
  w = await setUpStockWorld(db, clock);
});

const inParallel = <T>(n: number, request: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => request(i)));

describe('concurrent stock issues', () => {
  it('20 parallel issues of 1 from a van holding 5: exactly 5 succeed, stock 0, 5 ledger rows', async () => {
    const part = await w.newPart({ priceCents: 1_200 });
    await w.receive(w.van.id, part.id, 5);
    const order = await createTestWorkOrder(w.db, w.t, w.t.technician.user.id);
    const cookie = await signInAs(file.app, w.t.usernames.technician);

    const responses = await inParallel(20, () =>
      file.app.inject({
        method: 'POST',
        url: `/api/work-orders/${order.id}/parts`,
        headers: { cookie },
        payload: { partId: part.id, quantity: 1, covered: false },
      }),
    );
    const outcomes = responses.map((r) => (r.statusCode === 201 ? 'ok' : r.json().code));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'INSUFFICIENT_STOCK')).toHaveLength(15);
    expect(responses.find((r) => r.statusCode === 201)!.json()).toMatchObject({
      partId: part.id,
      name: part.name,
      partNumber: part.code,
      unitPriceCents: 1_200,
    });

    expect(await w.levelOf(w.van.id, part.id)).toBe(0);
    const issues = (await w.ledgerOf(part.id)).filter((m) => m.kind === 'issue');
    expect(issues).toHaveLength(5);
    expect(issues.every((m) => m.workOrderId === order.id && m.fromWarehouseId === w.van.id)).toBe(
      true,
    );
    const lines = await w.as((tx) =>
      tx
        .select()
        .from(workOrderParts)
        .where(and(eq(workOrderParts.workOrderId, order.id), eq(workOrderParts.partId, part.id))),
    );
    expect(lines).toHaveLength(5);
  });

  it('parallel issues of one serial number: exactly one gets the unit', async () => {
    const part = await w.newPart({ serialTracked: true });
    await w.receive(w.van.id, part.id, 2, ['U-1', 'U-2']);
    const order = await createTestWorkOrder(w.db, w.t, w.t.technician.user.id);
    const cookie = await signInAs(file.app, w.t.usernames.technician);
    const responses = await inParallel(6, () =>
      file.app.inject({
        method: 'POST',
        url: `/api/work-orders/${order.id}/parts`,
        headers: { cookie },
        payload: { partId: part.id, serialNumber: 'U-1', quantity: 1, covered: true },
      }),
    );
    const outcomes = responses.map((r) => (r.statusCode === 201 ? 'ok' : r.json().code)).sort();
    expect(outcomes).toEqual([
      'SERIAL_NOT_IN_STOCK',
      'SERIAL_NOT_IN_STOCK',
      'SERIAL_NOT_IN_STOCK',
      'SERIAL_NOT_IN_STOCK',
      'SERIAL_NOT_IN_STOCK',
      'ok',
    ]);
    expect(await w.levelOf(w.van.id, part.id)).toBe(1);
    const issued = await w.as((tx) =>
      tx
        .select()
        .from(stockMovements)
        .where(and(eq(stockMovements.partId, part.id), eq(stockMovements.kind, 'issue'))),
    );
    expect(issued.map((m) => m.serialNumber)).toEqual(['U-1']);
  });

  it('lends one loaner once, however many lends race', async () => {
    const loaner = await w.as((tx) =>
      createLoaner(tx, w.clerk, {
        code: 'BY-RACE',
        modelId: w.modelId,
        serialNumber: 'L-RACE',
        warehouseId: w.central.id,
      }),
    );
    const cookie = await signInAs(file.app, w.clerk.user.username);
    const responses = await inParallel(8, () =>
      file.app.inject({
        method: 'POST',
        url: `/api/loaners/${loaner.id}/lend`,
        headers: { cookie },
        payload: { customerId: w.t.customer.id, dueOn: '2026-12-10' },
      }),
    );
    const outcomes = responses.map((r) => (r.statusCode === 200 ? 'ok' : r.json().code));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'LOANER_NOT_AVAILABLE')).toHaveLength(7);
    const open = await w.as((tx) =>
      tx.select().from(loans).where(eq(loans.loanerUnitId, loaner.id)),
    );
    expect(open).toHaveLength(1);
  });
});
