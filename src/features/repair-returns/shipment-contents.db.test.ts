import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addShipmentItems, removeShipmentItem } from './change-shipment-items';
import { createShipment } from './create-shipment';
import { dispatchShipment } from './dispatch-shipment';
import { finishInHouse } from './finish-in-house';
import { readAs, takenBackReturn } from './repair-return.test-fixtures';
import { returnWorldForFile } from './return-world.test-support';
import { auditActions, registeredReturn, SENT, vendorWithContact } from './shipments.test-support';

const { w, codeOf } = returnWorldForFile();

describe('shipments to vendors', () => {
  it('packs only registered returns, each into one shipment, for one vendor', async () => {
    const hp = await vendorWithContact(w, '惠普二');
    const canon = await vendorWithContact(w, '佳能', { address: null });
    const forHp = await registeredReturn(w, hp.id);
    const free = await registeredReturn(w);
    const notYet = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const pack = (body: Parameters<typeof createShipment>[2]) =>
      codeOf((tx) => createShipment(tx, w.clerk, body));
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
      await codeOf((tx) =>
        createShipment(tx, w.t.dispatcher, { vendorId: hp.id, repairReturnIds: [free.id] }),
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
      await codeOf((tx) =>
        addShipmentItems(tx, w.clerk, toCanon.id, { version: 1, repairReturnIds: [forHp.id] }),
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
    expect(await codeOf((tx) => removeShipmentItem(tx, w.clerk, toCanon.id, free.id, 2))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf((tx) => dispatchShipment(tx, w.clerk, toCanon.id, { version: 2, ...SENT })),
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
      await codeOf((tx) =>
        addShipmentItems(tx, w.clerk, toHp.id, { version: 1, repairReturnIds: [free.id] }),
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
    expect(await codeOf((tx) => dispatchShipment(tx, w.clerk, packed.id, dispatch))).toBe(
      'INVALID_TRANSITION',
    );
    const without = await w.as((tx) => removeShipmentItem(tx, w.clerk, packed.id, done.id, 1));
    const sent = await w.as((tx) =>
      dispatchShipment(tx, w.clerk, packed.id, { ...dispatch, version: without.version }),
    );
    expect(sent.items.map((i) => [i.repairReturnId, i.status])).toEqual([[keep.id, 'shipped']]);
    expect((await readAs(w, w.clerk, done.id)).status).toBe('ready_to_return');
  });
});
