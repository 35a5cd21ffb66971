import { describe, expect, it } from 'vitest';
import { createTestWorkOrder, manualClock } from '../../../tests/support/factories';
import { addPart } from '../work-orders/add-part';
import { partBody } from '../work-orders/on-site.schemas';
import { removePart } from '../work-orders/remove-part';
import { code, stockWorldForFile } from './inventory.test-fixtures';
import { listMovementsQuery } from './inventory.schemas';
import { listMovements } from './list-movements';

// Parts used on a work order come out of the order technician's van (issue 5, item 11).
const clock = manualClock('2026-11-28T02:00:00Z');
const w = stockWorldForFile(clock);

const orderOf = (technicianId?: string) => createTestWorkOrder(w.db, w.t, technicianId);

describe('parts used on a work order, from the van', () => {
  it('issues a catalogue part from the technician van, priced from the catalogue, and puts it back on removal', async () => {
    const part = await w.newPart({ priceCents: 2_800 });
    await w.receive(w.van.id, part.id, 3);
    const order = await orderOf(w.t.technician.user.id);
    const used = await w.as((tx) =>
      addPart(
        tx,
        w.t.technician,
        order.id,
        partBody.parse({ partId: part.id, quantity: 2, covered: false }),
      ),
    );
    expect(used).toMatchObject({
      partId: part.id,
      name: part.name,
      partNumber: part.code,
      quantity: 2,
      unitPriceCents: 2_800,
      covered: false,
    });
    expect(await w.levelOf(w.van.id, part.id)).toBe(1);
    expect(
      await code(
        w.as((tx) =>
          addPart(
            tx,
            w.t.dispatcher,
            order.id,
            partBody.parse({ partId: part.id, quantity: 2, covered: false }),
          ),
        ),
      ),
    ).toBe('INSUFFICIENT_STOCK');

    // The desk's own wording and price win over the catalogue's.
    const named = await w.as((tx) =>
      addPart(
        tx,
        w.t.dispatcher,
        order.id,
        partBody.parse({
          partId: part.id,
          name: '进纸轮',
          unitPriceCents: 0,
          quantity: 1,
          covered: true,
        }),
      ),
    );
    expect(named).toMatchObject({ name: '进纸轮', unitPriceCents: 0, partId: part.id });
    expect(await w.levelOf(w.van.id, part.id)).toBe(0);

    await w.as((tx) => removePart(tx, w.t.technician, order.id, used.id));
    expect(await w.levelOf(w.van.id, part.id)).toBe(2);
    const moves = await w.as((tx) =>
      listMovements(tx, w.t.technician, listMovementsQuery.parse({ workOrderId: order.id })),
    );
    expect(moves.items.map((m) => [m.kind, m.quantity]).sort()).toEqual(
      [
        ['issue', 2],
        ['issue', 1],
        ['return', 2],
      ].sort(),
    );
    expect(moves.items[0]!.workOrder).toEqual({ id: order.id, number: order.number });
  });

  it('names the unit of a serial-tracked part, and returns that unit to the van', async () => {
    const part = await w.newPart({ serialTracked: true });
    await w.receive(w.van.id, part.id, 2, ['FU-1', 'FU-2']);
    const order = await orderOf(w.t.technician.user.id);
    const add = (serialNumber?: string) =>
      w.as((tx) =>
        addPart(
          tx,
          w.t.technician,
          order.id,
          partBody.parse({ partId: part.id, serialNumber, quantity: 1, covered: true }),
        ),
      );
    expect(await code(add())).toBe('SERIAL_REQUIRED');
    expect(await code(add('FU-9'))).toBe('SERIAL_NOT_IN_STOCK');
    const first = await add('FU-2');
    clock.advance(60_000);
    await add('FU-1');
    expect(await w.levelOf(w.van.id, part.id)).toBe(0);
    await w.as((tx) => removePart(tx, w.t.technician, order.id, first.id));
    const ledger = await w.ledgerOf(part.id);
    expect(ledger.filter((m) => m.kind === 'return').map((m) => m.serialNumber)).toEqual(['FU-2']);
    expect(await w.levelOf(w.van.id, part.id)).toBe(1);
  });

  it('refuses a catalogue part when the order technician has no van, or the order no technician', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 5);
    const body = partBody.parse({ partId: part.id, quantity: 1, covered: false });
    const theirs = await orderOf(w.t.technician2.user.id);
    expect(await code(w.as((tx) => addPart(tx, w.t.technician2, theirs.id, body)))).toBe(
      'NO_VAN_WAREHOUSE',
    );
    const unassigned = await orderOf();
    expect(await code(w.as((tx) => addPart(tx, w.t.dispatcher, unassigned.id, body)))).toBe(
      'NO_VAN_WAREHOUSE',
    );
    // A part typed in by hand needs no van, and its name and price.
    const typed = await w.as((tx) =>
      addPart(
        tx,
        w.t.dispatcher,
        unassigned.id,
        partBody.parse({ name: '保险丝', unitPriceCents: 500, quantity: 1, covered: false }),
      ),
    );
    expect(typed).toMatchObject({ partId: null, name: '保险丝' });
    expect(partBody.safeParse({ quantity: 1, covered: false }).success).toBe(false);
    expect(
      partBody.safeParse({
        name: 'x',
        unitPriceCents: 1,
        serialNumber: 'S',
        quantity: 1,
        covered: false,
      }).success,
    ).toBe(false);
  });
});
