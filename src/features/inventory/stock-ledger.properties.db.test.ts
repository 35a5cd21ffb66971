import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { adjustStock } from './adjust-stock';
import { code, stockWorldForFile } from './inventory.test-fixtures';
import { stockLevels, stockMovements } from './inventory.table';
import { issueToWorkOrder, returnFromWorkOrder } from './issue-to-work-order';
import { receiveStock } from './receive-stock';
import { takeInFromRepairReturn } from './take-in-from-return';
import { transferStock } from './transfer-stock';

// A model test against the real database: any sequence of movements leaves every stock level
// equal to what the ledger says came in minus what went out, equal to a plain in-memory model,
// and never negative; a movement the model says would overdraw is refused and changes nothing.
const clock = manualClock('2026-11-28T02:00:00Z');
const w = stockWorldForFile(clock);

type Place = 'central' | 'outlet' | 'van';
const place = fc.constantFrom<Place>('central', 'outlet', 'van');
const amount = fc.integer({ min: 1, max: 6 });

type Op =
  | { kind: 'receive'; to: Place; n: number }
  | { kind: 'take_in'; to: Place; n: number }
  | { kind: 'transfer'; from: Place; to: Place; n: number }
  | { kind: 'adjust'; at: Place; delta: number }
  | { kind: 'issue'; n: number }
  | { kind: 'return'; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('receive' as const), to: place, n: amount }),
  fc.record({ kind: fc.constant('take_in' as const), to: place, n: amount }),
  fc.record({ kind: fc.constant('transfer' as const), from: place, to: place, n: amount }),
  fc.record({
    kind: fc.constant('adjust' as const),
    at: place,
    delta: fc.integer({ min: -6, max: 6 }).filter((d) => d !== 0),
  }),
  fc.record({ kind: fc.constant('issue' as const), n: amount }),
  fc.record({ kind: fc.constant('return' as const), n: amount }),
);

/** What the model expects of one movement: the changes per place, or a refusal. */
function expected(model: Record<Place, number>, o: Op): Partial<Record<Place, number>> | string {
  switch (o.kind) {
    case 'receive':
    case 'take_in':
      return { [o.to]: o.n };
    case 'transfer':
      if (o.from === o.to) return 'SAME_WAREHOUSE';
      return model[o.from] < o.n ? 'INSUFFICIENT_STOCK' : { [o.from]: -o.n, [o.to]: o.n };
    case 'adjust':
      return model[o.at] + o.delta < 0 ? 'INSUFFICIENT_STOCK' : { [o.at]: o.delta };
    case 'issue':
      return model.van < o.n ? 'INSUFFICIENT_STOCK' : { van: -o.n };
    case 'return':
      return { van: o.n };
  }
}

describe('the stock ledger', () => {
  it('agrees with the stock levels and a model after any sequence of movements', async () => {
    const workOrderId = randomUUID();
    const repairReturnId = randomUUID();
    const technicianId = w.t.technician.user.id;
    const ids: Record<Place, string> = {
      central: w.central.id,
      outlet: w.outlet.id,
      van: w.van.id,
    };

    const run = (partId: string, o: Op) =>
      w.as(async (tx): Promise<unknown> => {
        switch (o.kind) {
          case 'receive':
            return receiveStock(tx, w.keeper, { warehouseId: ids[o.to], partId, quantity: o.n });
          case 'take_in':
            return takeInFromRepairReturn(tx, w.clerk, {
              repairReturnId,
              warehouseId: ids[o.to],
              partId,
              quantity: o.n,
            });
          case 'transfer':
            return transferStock(tx, w.keeper, {
              fromWarehouseId: ids[o.from],
              toWarehouseId: ids[o.to],
              partId,
              quantity: o.n,
            });
          case 'adjust':
            return adjustStock(tx, w.keeper, {
              warehouseId: ids[o.at],
              partId,
              delta: o.delta,
              reason: '测试',
            });
          case 'issue':
            return issueToWorkOrder(tx, w.t.technician, {
              workOrderId,
              technicianId,
              partId,
              quantity: o.n,
            });
          case 'return':
            return returnFromWorkOrder(tx, w.t.technician, {
              workOrderId,
              technicianId,
              partId,
              quantity: o.n,
            });
        }
      });

    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const part = await w.newPart();
        const model: Record<Place, number> = { central: 0, outlet: 0, van: 0 };
        for (const o of ops) {
          const want = expected(model, o);
          const got = await code(run(part.id, o));
          if (typeof want === 'string') {
            expect(got).toBe(want);
            continue;
          }
          expect(got).toBe('ok');
          for (const [p, change] of Object.entries(want)) model[p as Place] += change;
        }

        const [levels, ledger] = await w.as(async (tx) => [
          await tx.select().from(stockLevels).where(eq(stockLevels.partId, part.id)),
          await tx.select().from(stockMovements).where(eq(stockMovements.partId, part.id)),
        ]);
        for (const p of Object.keys(ids) as Place[]) {
          const level = levels.find((l) => l.warehouseId === ids[p])?.quantity ?? 0;
          const inflow = ledger
            .filter((m) => m.toWarehouseId === ids[p])
            .reduce((sum, m) => sum + m.quantity, 0);
          const outflow = ledger
            .filter((m) => m.fromWarehouseId === ids[p])
            .reduce((sum, m) => sum + m.quantity, 0);
          expect(level).toBe(model[p]);
          expect(level).toBe(inflow - outflow);
          expect(level).toBeGreaterThanOrEqual(0);
        }
        expect(levels.every((l) => l.quantity >= 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
