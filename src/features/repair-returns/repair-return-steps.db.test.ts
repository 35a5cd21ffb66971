import { describe, expect, it } from 'vitest';
import { getOnSite } from '../work-orders/get-on-site';
import { getWorkOrder } from '../work-orders/get-work-order';
import { CUSTOMER_SIGNATURE } from '../work-orders/on-site.test-fixtures';
import { handOverReturn } from './hand-over-return';
import { receiveBack } from './receive-back';
import { registerReturn } from './register-return';
import {
  driveReturnTo,
  FREE_TEST,
  readAs,
  takenBackReturn,
  vendorOf,
} from './repair-return.test-fixtures';
import { returnToCustomer } from './return-to-customer';
import { noticesAbout, returnWorldForFile } from './return-world.test-support';
import { auditActions } from './shipments.test-support';
import { testRepairReturn } from './test-repair-return';

// The test decides the warranty: repair-return-warranty.db.test.ts; ready without a vendor:
// repair-return-in-house.db.test.ts.
const { clock, w, codeOf } = returnWorldForFile();

describe('a return from take-back to the customer', () => {
  it('is tested, handed over, registered, sent, received back and returned; the order closes', async () => {
    const { t } = w;
    const vendorId = await vendorOf(w);
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    expect(rr).toMatchObject({ status: 'taken_back', source: 'take_back', test: null });
    expect((await readAs(w, t.technician, rr.id)).allowedActions).toEqual(['test']);
    expect((await readAs(w, w.clerk, rr.id)).allowedActions).toEqual([]);

    clock.advance(60 * 60_000);
    const tested = await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
    );
    // Installed eight days ago: in its 15-day 包换期, a product fault is free.
    expect(tested).toMatchObject({
      status: 'tested',
      test: {
        testedBy: { id: t.technician.user.id, name: '维修一' },
        testedAt: '2026-11-28T03:00:00.000Z',
        testResult: FREE_TEST.testResult,
        cause: 'product_fault',
        coverage: 'replacement',
        charged: false,
        quoteCents: null,
        quoteApproved: null,
        expectedReturnOn: '2026-12-10',
      },
    });
    expect(tested.allowedActions.sort()).toEqual(['finish_in_house', 'hand_over', 'test']);

    const handed = await w.as((tx) =>
      handOverReturn(tx, t.technician, rr.id, { version: tested.version, note: '已贴标签' }),
    );
    expect(handed).toMatchObject({
      status: 'handed_over',
      handover: { handedOverBy: { id: t.technician.user.id }, registeredBy: null },
    });
    expect(await noticesAbout(w, w.clerk.user.id, rr.id)).toEqual([
      { event: 'repairReturn.handedOver', params: { number: rr.number, technician: '维修一' } },
    ]);
    expect((await readAs(w, w.clerk, rr.id)).allowedActions).toEqual(['register']);

    const registered = await w.as((tx) =>
      registerReturn(tx, w.clerk, rr.id, {
        version: handed.version,
        registrationNote: '外观、配件与带回清单一致',
        storageLocation: 'A-01',
        vendorId,
      }),
    );
    expect(registered).toMatchObject({
      status: 'registered',
      vendor: { id: vendorId, name: '惠普售后' },
      handover: {
        registeredBy: { id: w.clerk.user.id, name: '返修员' },
        registrationNote: '外观、配件与带回清单一致',
        storageLocation: 'A-01',
      },
    });

    await driveReturnTo(w, rr.id, 'at_vendor');
    clock.advance(3 * 24 * 60 * 60_000);
    const away = await readAs(w, w.clerk, rr.id);
    expect(away).toMatchObject({
      status: 'at_vendor',
      daysAtVendor: 3,
      // Coverage 包换: chased on the replacement cadence (2 days by default).
      chase: { cadenceDays: 2 },
    });
    expect(away.allowedActions).toEqual(['receive_back']);

    const back = await w.as((tx) =>
      receiveBack(tx, w.clerk, rr.id, {
        version: away.version,
        outcome: 'repaired',
        note: '更换定影组件',
      }),
    );
    expect(back).toMatchObject({
      status: 'ready_to_return',
      chase: null,
      daysAtVendor: 3,
      back: {
        outcome: 'repaired',
        note: '更换定影组件',
        replacementSerial: null,
        replacementAsset: null,
        backBy: { id: w.clerk.user.id },
      },
    });
    for (const who of [w.clerk, t.technician])
      expect(await noticesAbout(w, who.user.id, rr.id)).toContainEqual({
        event: 'repairReturn.ready',
        params: { number: rr.number, customer: t.customer.name },
      });

    clock.advance(24 * 60 * 60_000);
    const returned = await w.as((tx) =>
      returnToCustomer(tx, t.technician, rr.id, {
        version: back.version,
        ...CUSTOMER_SIGNATURE,
        note: '当面试机正常',
      }),
    );
    expect(returned).toMatchObject({
      status: 'returned',
      // Days at the vendor stop counting when it came back.
      daysAtVendor: 3,
      returned: {
        returnedBy: { id: t.technician.user.id },
        signerName: '王老师',
        signatureImageUrl: `/api/repair-returns/${rr.id}/return-signature`,
      },
      allowedActions: [],
    });
    const order = await w.as((tx) => getWorkOrder(tx, t.dispatcher, rr.workOrder.id));
    expect(order.status).toBe('closed');
    const onSite = await w.as((tx) => getOnSite(tx, t.dispatcher, rr.workOrder.id));
    expect(onSite.signatures.map((s) => s.purpose)).toEqual(['take_back', 'return']);

    expect(await auditActions(w, 'repairReturn', rr.id)).toEqual([
      'repairReturn.create',
      'repairReturn.test',
      'repairReturn.hand_over',
      'repairReturn.register',
      'repairReturn.ship',
      'repairReturn.confirm_arrival',
      'repairReturn.receive_back',
      'repairReturn.return_to_customer',
    ]);
  });

  it('refuses a step sent with a version already moved on, and one out of turn', async () => {
    const { t } = w;
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
    );
    expect(
      await codeOf((tx) =>
        testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
      ),
    ).toBe('CONFLICT');
    const now = await readAs(w, t.technician, rr.id);
    expect(
      await codeOf((tx) =>
        registerReturn(tx, w.clerk, rr.id, { version: now.version, registrationNote: '提前登记' }),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(await codeOf((tx) => handOverReturn(tx, w.clerk, rr.id, { version: now.version }))).toBe(
      'FORBIDDEN',
    );
    // A test may be corrected until the item is handed over.
    const corrected = await w.as((tx) =>
      testRepairReturn(tx, t.technician2, rr.id, {
        ...FREE_TEST,
        testResult: '复检：主板故障',
        version: now.version,
      }),
    );
    expect(corrected.test).toMatchObject({
      testResult: '复检：主板故障',
      testedBy: { id: t.technician2.user.id },
    });
  });

  it('lets a second person, never the one who handed over, register the item', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const tested = await w.as((tx) =>
      testRepairReturn(tx, w.manager, rr.id, { ...FREE_TEST, version: rr.version }),
    );
    const handed = await w.as((tx) =>
      handOverReturn(tx, w.manager, rr.id, { version: tested.version }),
    );
    expect((await readAs(w, w.manager, rr.id)).allowedActions).toEqual([]);
    const body = { version: handed.version, registrationNote: '自己交自己收' };
    expect(await codeOf((tx) => registerReturn(tx, w.manager, rr.id, body))).toBe(
      'HANDOVER_SAME_PERSON',
    );
    expect(await w.as((tx) => registerReturn(tx, w.clerk, rr.id, body))).toMatchObject({
      status: 'registered',
      handover: { handedOverBy: { id: w.manager.user.id }, registeredBy: { id: w.clerk.user.id } },
    });
  });

  it('refuses a vendor that does not exist', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const handed = await driveReturnTo(w, rr.id, 'handed_over');
    expect(
      await codeOf((tx) =>
        registerReturn(tx, w.clerk, rr.id, {
          version: handed.version,
          registrationNote: '登记',
          vendorId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toBe('UNKNOWN_REFERENCE');
  });
});
