import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestUser, manualClock } from '../../../tests/support/factories';
import { createPart } from '../inventory/create-part';
import { createWarehouse } from '../inventory/create-warehouse';
import { partBody, warehouseBody } from '../inventory/inventory.schemas';
import { stockLevels } from '../inventory/inventory.table';
import { code, onSiteWorldForFile, setUpOnSiteWorld } from '../work-orders/on-site.test-fixtures';
import { addShipmentItems, removeShipmentItem } from './change-shipment-items';
import { confirmShipmentArrival } from './confirm-shipment-arrival';
import { createShipment } from './create-shipment';
import { dispatchShipment } from './dispatch-shipment';
import { finishInHouse } from './finish-in-house';
import { getShipment } from './get-shipment';
import { listShipments } from './list-shipments';
import { receiveBack } from './receive-back';
import { listShipmentsQuery } from './repair-return.schemas';
import { FREE_TEST, PRINTER, readAs, takenBackReturn } from './repair-return.test-fixtures';
import { loadGoodPartLabels } from './shipment-documents';
import {
  auditActions,
  registeredReturn,
  VENDOR_ADDRESS,
  vendorWithContact,
} from './shipments.test-support';
import { takeInGoodParts } from './take-in-good-parts';

const HOUR = 3_600_000;
const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);
const SENT = { carrier: '顺丰速运', trackingNumber: 'SF1234567890' };

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
      await code(
        w.as((tx) => dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: 2 })),
      ),
    ).toBe('CONFLICT');
    expect(
      await code(w.as((tx) => dispatchShipment(tx, w.t.technician, packed.id, dispatch))),
    ).toBe('FORBIDDEN');
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
      await code(
        w.as((tx) => addShipmentItems(tx, w.clerk, packed.id, { version: 2, repairReturnIds: [] })),
      ),
    ).toBe('SHIPMENT_NOT_PACKING');
    expect(
      await code(
        w.as((tx) => dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: 2 })),
      ),
    ).toBe('INVALID_TRANSITION');

    // Received back before anyone confirmed the arrival: it stays back.
    const bShipped = await readAs(w, w.clerk, b.id);
    await w.as((tx) =>
      receiveBack(tx, w.clerk, b.id, { version: bShipped.version, outcome: 'repaired' }),
    );
    const arrival = { version: 2, receivedByName: '张工' };
    for (const arrivedOn of ['2026-11-27', '2026-11-29'])
      expect(
        await code(
          w.as((tx) => confirmShipmentArrival(tx, w.clerk, packed.id, { ...arrival, arrivedOn })),
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

  it('packs only registered returns, each into one shipment, for one vendor', async () => {
    const hp = await vendorWithContact(w, '惠普二');
    const canon = await vendorWithContact(w, '佳能', { address: null });
    const forHp = await registeredReturn(w, hp.id);
    const free = await registeredReturn(w);
    const notYet = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const pack = (body: Parameters<typeof createShipment>[2]) =>
      code(w.as((tx) => createShipment(tx, w.clerk, body)));
    const elsewhere = '上海市徐汇区漕溪北路 88 号';
    expect(
      await pack({ vendorId: canon.id, shipToAddress: elsewhere, repairReturnIds: [forHp.id] }),
    ).toBe('SHIPMENT_VENDOR_MISMATCH');
    expect(await pack({ vendorId: hp.id, repairReturnIds: [notYet.id] })).toBe(
      'INVALID_TRANSITION',
    );
    expect(await pack({ vendorId: hp.id, repairReturnIds: [randomUUID()] })).toBe('NOT_FOUND');
    // Neither an address given nor one on file; a contact of another vendor; no such vendor.
    expect(await pack({ vendorId: canon.id, repairReturnIds: [free.id] })).toBe(
      'SHIP_TO_ADDRESS_MISSING',
    );
    expect(
      await pack({
        vendorId: canon.id,
        vendorContactId: hp.contactId,
        shipToAddress: elsewhere,
        repairReturnIds: [free.id],
      }),
    ).toBe('VALIDATION_FAILED');
    expect(await pack({ vendorId: randomUUID(), repairReturnIds: [free.id] })).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      await code(
        w.as((tx) =>
          createShipment(tx, w.t.dispatcher, { vendorId: hp.id, repairReturnIds: [free.id] }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await readAs(w, w.clerk, free.id)).toMatchObject({
      shipment: null,
      version: free.version,
    });

    const toCanon = await w.as((tx) =>
      createShipment(tx, w.clerk, {
        vendorId: canon.id,
        shipToAddress: elsewhere,
        repairReturnIds: [free.id],
      }),
    );
    expect(toCanon).toMatchObject({ shipToAddress: elsewhere, contact: null });
    expect(await pack({ vendorId: hp.id, repairReturnIds: [free.id] })).toBe(
      'RETURN_ALREADY_PACKED',
    );
    expect(
      await code(
        w.as((tx) =>
          addShipmentItems(tx, w.clerk, toCanon.id, { version: 1, repairReturnIds: [forHp.id] }),
        ),
      ),
    ).toBe('SHIPMENT_VENDOR_MISMATCH');

    // Taken out again, it may go to any vendor; an empty shipment does not leave.
    const emptied = await w.as((tx) => removeShipmentItem(tx, w.clerk, toCanon.id, free.id, 1));
    expect(emptied).toMatchObject({ items: [], version: 2 });
    expect(await readAs(w, w.clerk, free.id)).toMatchObject({
      status: 'registered',
      vendor: null,
      shipment: null,
    });
    expect(await code(w.as((tx) => removeShipmentItem(tx, w.clerk, toCanon.id, free.id, 2)))).toBe(
      'NOT_FOUND',
    );
    expect(
      await code(w.as((tx) => dispatchShipment(tx, w.clerk, toCanon.id, { version: 2, ...SENT }))),
    ).toBe('SHIPMENT_EMPTY');

    const toHp = await w.as((tx) =>
      createShipment(tx, w.clerk, { vendorId: hp.id, repairReturnIds: [forHp.id] }),
    );
    // One already in it stays as it is.
    const both = await w.as((tx) =>
      addShipmentItems(tx, w.clerk, toHp.id, { version: 1, repairReturnIds: [free.id, forHp.id] }),
    );
    expect(both.items.map((i) => i.repairReturnId).sort()).toEqual([forHp.id, free.id].sort());
    expect(both.version).toBe(2);
    expect(
      await code(
        w.as((tx) =>
          addShipmentItems(tx, w.clerk, toHp.id, { version: 1, repairReturnIds: [free.id] }),
        ),
      ),
    ).toBe('CONFLICT');
    expect(await auditActions(w, 'repairReturn', free.id)).toEqual(
      expect.arrayContaining(['repairReturn.pack', 'repairReturn.unpack']),
    );
  });

  it('does not leave while a packed return is no longer registered, until it is taken out', async () => {
    const vendor = await vendorWithContact(w, '爱普生');
    const keep = await registeredReturn(w, vendor.id);
    const done = await registeredReturn(w, vendor.id);
    const packed = await w.as((tx) =>
      createShipment(tx, w.clerk, { vendorId: vendor.id, repairReturnIds: [keep.id, done.id] }),
    );
    const doneNow = await readAs(w, w.clerk, done.id);
    await w.as((tx) =>
      finishInHouse(tx, w.clerk, done.id, {
        version: doneNow.version,
        outcome: 'repaired',
        note: '更换保险丝后正常',
      }),
    );
    const dispatch = { version: 1, ...SENT };
    expect(await code(w.as((tx) => dispatchShipment(tx, w.clerk, packed.id, dispatch)))).toBe(
      'INVALID_TRANSITION',
    );
    const without = await w.as((tx) => removeShipmentItem(tx, w.clerk, packed.id, done.id, 1));
    const sent = await w.as((tx) =>
      dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: without.version }),
    );
    expect(sent.items.map((i) => [i.repairReturnId, i.status])).toEqual([[keep.id, 'shipped']]);
    expect((await readAs(w, w.clerk, done.id)).status).toBe('ready_to_return');
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
        code(w.as((tx) => dispatchShipment(tx, who, made.id, { version: 1, ...SENT }))),
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

describe('good parts left over', () => {
  it('go into a warehouse, serial by serial, and get a label each', async () => {
    const rr = await registeredReturn(w);
    const store = await w.as((tx) =>
      createWarehouse(
        tx,
        w.t.admin,
        warehouseBody.parse({ code: 'WH-C', name: '中心库', kind: 'central' }),
      ),
    );
    const roller = await w.as((tx) =>
      createPart(
        tx,
        w.t.admin,
        partBody.parse({ code: 'RM2-5452', name: '搓纸轮', priceCents: 4500 }),
      ),
    );
    const drum = await w.as((tx) =>
      createPart(
        tx,
        w.t.admin,
        partBody.parse({ code: 'CE390A', name: '硒鼓', serialTracked: true, priceCents: 30_000 }),
      ),
    );
    const body = {
      warehouseId: store.id,
      lines: [
        { partId: roller.id, quantity: 2 },
        { partId: drum.id, quantity: 2, serialNumbers: ['TN-1', 'TN-2'] },
      ],
    };
    expect(await code(w.as((tx) => takeInGoodParts(tx, w.t.technician, rr.id, body)))).toBe(
      'FORBIDDEN',
    );
    const early = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    expect(await code(w.as((tx) => takeInGoodParts(tx, w.clerk, early.id, body)))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await code(w.as((tx) => takeInGoodParts(tx, w.clerk, randomUUID(), body)))).toBe(
      'NOT_FOUND',
    );

    const taken = await w.as((tx) => takeInGoodParts(tx, w.clerk, rr.id, body));
    expect(taken.movements).toBe(3);
    expect(taken.labelsPdfUrl).toBe(
      `/api/repair-returns/${rr.id}/good-parts/labels.pdf?movementIds=${taken.movementIds.join(',')}`,
    );
    const levels = await w.as((tx) =>
      tx
        .select({ partId: stockLevels.partId, quantity: stockLevels.quantity })
        .from(stockLevels)
        .where(and(eq(stockLevels.tenantId, w.t.tenantId), eq(stockLevels.warehouseId, store.id))),
    );
    expect(Object.fromEntries(levels.map((l) => [l.partId, l.quantity]))).toEqual({
      [roller.id]: 2,
      [drum.id]: 2,
    });
    expect(await auditActions(w, 'repairReturn', rr.id)).toContain('repairReturn.takeInGoodParts');

    // The warehouse keeper may take parts in too.
    const keeper = await createTestUser(w.db, w.t, {
      username: `keeper-${w.t.suffix}`,
      displayName: '仓管',
      roles: ['warehouse_keeper'],
    });
    const more = await w.as((tx) =>
      takeInGoodParts(tx, keeper, rr.id, {
        warehouseId: store.id,
        lines: [{ partId: roller.id, quantity: 1 }],
      }),
    );
    expect(more.movements).toBe(1);

    const labels = await w.as((tx) => loadGoodPartLabels(tx, w.clerk, rr.id, taken.movementIds));
    expect(labels.map((l) => [l.partCode, l.serialNumber, l.repairReturnNumber])).toEqual([
      ['CE390A', 'TN-1', rr.number],
      ['CE390A', 'TN-2', rr.number],
      ['RM2-5452', null, rr.number],
      ['RM2-5452', null, rr.number],
    ]);
    const all = await w.as((tx) => loadGoodPartLabels(tx, w.clerk, rr.id, undefined));
    expect(all).toHaveLength(5);
  });
});
