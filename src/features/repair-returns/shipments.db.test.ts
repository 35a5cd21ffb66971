import { describe, expect, it } from 'vitest';
import { code, setUpOnSiteWorld } from '../work-orders/on-site.test-fixtures';
import { addShipmentItems } from './change-shipment-items';
import { confirmShipmentArrival } from './confirm-shipment-arrival';
import { createShipment } from './create-shipment';
import { dispatchShipment } from './dispatch-shipment';
import { getShipment } from './get-shipment';
import { listShipments } from './list-shipments';
import { receiveBack } from './receive-back';
import { listShipmentsQuery } from './shipment.schemas';
import { FREE_TEST, PRINTER, readAs } from './repair-return.test-fixtures';
import { returnWorldForFile } from './return-world.test-support';
import {
  auditActions,
  registeredReturn,
  SENT,
  VENDOR_ADDRESS,
  vendorWithContact,
} from './shipments.test-support';

// What may go into a shipment: shipment-contents.db.test.ts; good parts left over:
// take-in-good-parts.db.test.ts.
const HOUR = 3_600_000;
const { clock, w, codeOf } = returnWorldForFile();

describe('shipments to vendors', () => {
  it('packs registered returns for one vendor, dispatches them and confirms their arrival', async () => {
    const vendor = await vendorWithContact(w, '惠普售后');
    const a = await registeredReturn(w, vendor.id);
    const b = await registeredReturn(w);
    const packed = await w.as((tx) =>
      createShipment(tx, w.clerk, {
        vendorId: vendor.id,
        vendorContactId: vendor.contactId,
        repairReturnIds: [b.id, a.id],
        note: '易碎，轻放',
      }),
    );
    expect(packed).toMatchObject({
      number: 'SH-20261128-0001',
      status: 'packing',
      vendor: { id: vendor.id, name: '惠普售后' },
      contact: { id: vendor.contactId, name: '刘工', phone: '010-65640000' },
      shipToAddress: VENDOR_ADDRESS,
      note: '易碎，轻放',
      createdBy: { id: w.clerk.user.id },
      shippedBy: null,
      labelPdfUrl: `/api/shipments/${packed.id}/label.pdf`,
      version: 1,
    });
    expect(packed.items.map((i) => i.repairReturnId)).toEqual([a.id, b.id]);
    expect(packed.items[0]).toEqual({
      repairReturnId: a.id,
      number: a.number,
      customer: a.customer,
      items: [{ seq: 1, ...PRINTER }],
      coverage: 'replacement',
      urgent: false,
      status: 'registered',
      testResult: FREE_TEST.testResult,
    });
    expect(await readAs(w, w.clerk, b.id)).toMatchObject({
      vendor: { id: vendor.id },
      shipment: { id: packed.id, number: packed.number, status: 'packing' },
      version: b.version + 1,
    });

    const dispatch = { version: packed.version, ...SENT, expectedArrivalOn: '2026-11-30' };
    expect(
      await codeOf((tx) => dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: 2 })),
    ).toBe('CONFLICT');
    expect(await codeOf((tx) => dispatchShipment(tx, w.t.technician, packed.id, dispatch))).toBe(
      'FORBIDDEN',
    );
    clock.advance(HOUR);
    const shipped = await w.as((tx) => dispatchShipment(tx, w.clerk, packed.id, dispatch));
    const shippedAt = clock.now().toISOString();
    expect(shipped).toMatchObject({
      status: 'shipped',
      ...SENT,
      expectedArrivalOn: '2026-11-30',
      shippedBy: { id: w.clerk.user.id, name: '返修员' },
      shippedAt,
      version: 2,
    });
    expect(shipped.items.map((i) => i.status)).toEqual(['shipped', 'shipped']);
    for (const id of [a.id, b.id]) {
      const rr = await readAs(w, w.clerk, id);
      expect(rr).toMatchObject({
        status: 'shipped',
        shippedAt,
        shipment: { id: packed.id, status: 'shipped', ...SENT },
      });
      // The chases started with the dispatch.
      expect(rr.chase?.nextChaseAt).toBeTruthy();
      expect(await auditActions(w, 'repairReturn', id)).toEqual(
        expect.arrayContaining(['repairReturn.pack', 'repairReturn.ship']),
      );
    }
    expect(
      await codeOf((tx) =>
        addShipmentItems(tx, w.clerk, packed.id, { version: 2, repairReturnIds: [] }),
      ),
    ).toBe('SHIPMENT_NOT_PACKING');
    expect(
      await codeOf((tx) => dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: 2 })),
    ).toBe('INVALID_TRANSITION');

    // Received back before anyone confirmed the arrival: it stays back.
    const bShipped = await readAs(w, w.clerk, b.id);
    await w.as((tx) =>
      receiveBack(tx, w.clerk, b.id, { version: bShipped.version, outcome: 'repaired' }),
    );
    const arrival = { version: 2, receivedByName: '张工' };
    for (const arrivedOn of ['2026-11-27', '2026-11-29'])
      expect(
        await codeOf((tx) =>
          confirmShipmentArrival(tx, w.clerk, packed.id, { ...arrival, arrivedOn }),
        ),
        arrivedOn,
      ).toBe('VALIDATION_FAILED');
    clock.advance(24 * HOUR);
    const arrived = await w.as((tx) =>
      confirmShipmentArrival(tx, w.clerk, packed.id, { ...arrival, arrivedOn: '2026-11-29' }),
    );
    expect(arrived).toMatchObject({
      status: 'arrived',
      arrivedOn: '2026-11-29',
      receivedByName: '张工',
      arrivalConfirmedBy: { id: w.clerk.user.id },
      version: 3,
    });
    expect(arrived.items.map((i) => [i.repairReturnId, i.status])).toEqual([
      [a.id, 'at_vendor'],
      [b.id, 'ready_to_return'],
    ]);
    expect(await readAs(w, w.clerk, a.id)).toMatchObject({
      status: 'at_vendor',
      atVendorAt: clock.now().toISOString(),
    });
    expect(await auditActions(w, 'shipment', packed.id)).toEqual([
      'shipment.create',
      'shipment.dispatch',
      'shipment.confirmArrival',
    ]);
  });

  it('packs a return once and dispatches a shipment once when two clerks race', async () => {
    const vendor = await vendorWithContact(w, '兄弟');
    const rr = await registeredReturn(w, vendor.id);
    const packs = await Promise.all(
      [w.clerk, w.manager].map((who) =>
        w
          .as((tx) => createShipment(tx, who, { vendorId: vendor.id, repairReturnIds: [rr.id] }))
          .then(
            (view) => ({ view, code: 'ok' }),
            async (e: unknown) => ({ view: null, code: await code(Promise.reject(e)) }),
          ),
      ),
    );
    expect(packs.map((p) => p.code).sort()).toEqual(['RETURN_ALREADY_PACKED', 'ok']);
    const made = packs.find((p) => p.view)!.view!;
    const dispatches = await Promise.all(
      [w.clerk, w.manager].map((who) =>
        codeOf((tx) => dispatchShipment(tx, who, made.id, { version: 1, ...SENT })),
      ),
    );
    expect(dispatches.sort()).toEqual(['INVALID_TRANSITION', 'ok']);
    expect((await readAs(w, w.clerk, rr.id)).status).toBe('shipped');
  });

  it('lists shipments newest first by status and vendor, within the tenant', async () => {
    const vendor = await vendorWithContact(w, '联想');
    const [r1, r2] = [await registeredReturn(w, vendor.id), await registeredReturn(w, vendor.id)];
    const first = await w.as((tx) =>
      createShipment(tx, w.clerk, { vendorId: vendor.id, repairReturnIds: [r1.id] }),
    );
    clock.advance(60_000);
    const second = await w.as((tx) =>
      createShipment(tx, w.clerk, { vendorId: vendor.id, repairReturnIds: [r2.id] }),
    );
    await w.as((tx) => dispatchShipment(tx, w.clerk, second.id, { version: 1, ...SENT }));
    const list = (query: Record<string, string>) =>
      w.as((tx) => listShipments(tx, w.clerk, listShipmentsQuery.parse(query)));
    const mine = await list({ vendorId: vendor.id });
    expect(mine.total).toBe(2);
    expect(mine.items.map((s) => [s.id, s.status, s.itemCount])).toEqual([
      [second.id, 'shipped', 1],
      [first.id, 'packing', 1],
    ]);
    const packing = await list({ vendorId: vendor.id, status: 'packing' });
    expect(packing.items.map((s) => s.id)).toEqual([first.id]);
    const page = await list({ pageSize: '1', page: '2', vendorId: vendor.id });
    expect([page.total, page.items.map((s) => s.id)]).toEqual([2, [first.id]]);

    const other = await setUpOnSiteWorld(w.db, clock);
    expect(await code(other.as((tx) => getShipment(tx, other.t.tenantId, first.id)))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await other.as((tx) => listShipments(tx, other.clerk, listShipmentsQuery.parse({})))).total,
    ).toBe(0);
    const theirVendor = await vendorWithContact(other, '联想');
    const ours = await registeredReturn(w, vendor.id);
    expect(
      await code(
        other.as((tx) =>
          createShipment(tx, other.clerk, { vendorId: theirVendor.id, repairReturnIds: [ours.id] }),
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await code(
        other.as((tx) =>
          addShipmentItems(tx, other.clerk, first.id, { version: 1, repairReturnIds: [ours.id] }),
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
