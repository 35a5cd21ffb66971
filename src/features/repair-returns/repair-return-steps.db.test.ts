import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { auditEvents } from '../audit/audit.table';
import { notifications } from '../notifications/notifications.table';
import { getOnSite } from '../work-orders/get-on-site';
import { getWorkOrder } from '../work-orders/get-work-order';
import {
  code,
  CUSTOMER_SIGNATURE,
  onSiteWorldForFile,
  type OnSiteWorld,
} from '../work-orders/on-site.test-fixtures';
import { approveReturnQuote } from './approve-return-quote';
import { declineReturnQuote } from './decline-return-quote';
import { finishInHouse } from './finish-in-house';
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
import { testRepairReturn } from './test-repair-return';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);

/** The in-app notices a user got about this return: their events, oldest first. */
async function noticesAbout(world: OnSiteWorld, userId: string, id: string) {
  return world.as((tx) =>
    tx
      .select({ event: notifications.event, params: notifications.params })
      .from(notifications)
      .where(
        and(
          eq(notifications.tenantId, world.t.tenantId),
          eq(notifications.userId, userId),
          eq(notifications.link, `/repair-returns/${id}`),
        ),
      )
      .orderBy(asc(notifications.createdAt), asc(notifications.id)),
  );
}

async function auditActions(world: OnSiteWorld, id: string) {
  const rows = await world.as((tx) =>
    tx
      .select({ action: auditEvents.action, seq: auditEvents.seq })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, world.t.tenantId),
          eq(auditEvents.stream, `repairReturn:${id}`),
        ),
      )
      .orderBy(asc(auditEvents.seq)),
  );
  return rows.map((r) => r.action);
}

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

    expect(await auditActions(w, rr.id)).toEqual([
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
      await code(
        w.as((tx) =>
          testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
        ),
      ),
    ).toBe('CONFLICT');
    const now = await readAs(w, t.technician, rr.id);
    expect(
      await code(
        w.as((tx) =>
          registerReturn(tx, w.clerk, rr.id, {
            version: now.version,
            registrationNote: '提前登记',
          }),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      await code(w.as((tx) => handOverReturn(tx, w.clerk, rr.id, { version: now.version }))),
    ).toBe('FORBIDDEN');
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
    expect(await code(w.as((tx) => registerReturn(tx, w.manager, rr.id, body)))).toBe(
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
      await code(
        w.as((tx) =>
          registerReturn(tx, w.clerk, rr.id, {
            version: handed.version,
            registrationNote: '登记',
            vendorId: '00000000-0000-4000-8000-000000000000',
          }),
        ),
      ),
    ).toBe('UNKNOWN_REFERENCE');
  });
});

describe('the test decides the warranty', () => {
  it('charges human damage: a quote is required and goes to the customer at once', async () => {
    const { t } = w;
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const damage = {
      ...FREE_TEST,
      testResult: '进水导致主板短路',
      cause: 'human_damage' as const,
      version: rr.version,
    };
    expect(await code(w.as((tx) => testRepairReturn(tx, t.technician, rr.id, damage)))).toBe(
      'RETURN_QUOTE_MISSING',
    );
    expect((await readAs(w, w.clerk, rr.id)).status).toBe('taken_back');

    const quoted = await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, { ...damage, quoteCents: 45_000 }),
    );
    expect(quoted).toMatchObject({
      status: 'awaiting_approval',
      test: { cause: 'human_damage', coverage: 'replacement', charged: true, quoteCents: 45_000 },
    });
    expect(quoted.test!.quoteApproved).toBeNull();
    for (const who of [w.clerk, t.dispatcher])
      expect(await noticesAbout(w, who.user.id, rr.id)).toEqual([
        { event: 'repairReturn.quoteAwaiting', params: { number: rr.number, amount: '¥450.00' } },
      ]);
    expect((await readAs(w, t.technician, rr.id)).allowedActions.sort()).toEqual([
      'approve_quote',
      'decline_quote',
    ]);
    expect(
      await code(
        w.as((tx) => handOverReturn(tx, t.technician, rr.id, { version: quoted.version })),
      ),
    ).toBe('INVALID_TRANSITION');

    const approved = await w.as((tx) =>
      approveReturnQuote(tx, t.dispatcher, rr.id, {
        method: 'verbal',
        signerName: '王老师',
        givenAt: '2026-11-28T01:30:00Z',
        version: quoted.version,
      }),
    );
    expect(approved).toMatchObject({
      status: 'tested',
      test: { charged: true, quoteApproved: true, quoteDecidedAt: clock.now().toISOString() },
    });
    const onSite = await w.as((tx) => getOnSite(tx, t.dispatcher, rr.workOrder.id));
    expect(onSite.signatures.find((s) => s.purpose === 'return_quote')).toMatchObject({
      method: 'verbal',
      signerName: '王老师',
    });
    expect(approved.allowedActions).toEqual([]);
    expect((await readAs(w, t.technician, rr.id)).allowedActions.sort()).toEqual([
      'finish_in_house',
      'hand_over',
      'test',
    ]);

    // A corrected test that is still charged asks the customer again.
    const retested = await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, {
        ...damage,
        quoteCents: 60_000,
        version: approved.version,
      }),
    );
    expect(retested).toMatchObject({
      status: 'awaiting_approval',
      test: { quoteCents: 60_000, quoteApproved: null, quoteDecidedAt: null },
    });
  });

  it('charges a fault out of warranty, but never a test that found nothing', async () => {
    const { t } = w;
    const fault = await takenBackReturn(w, { assetId: w.expiredAssetId });
    expect(
      await code(
        w.as((tx) =>
          testRepairReturn(tx, t.technician, fault.id, { ...FREE_TEST, version: fault.version }),
        ),
      ),
    ).toBe('RETURN_QUOTE_MISSING');
    const nothing = await w.as((tx) =>
      testRepairReturn(tx, t.technician, fault.id, {
        ...FREE_TEST,
        cause: 'no_fault_found',
        // A quote sent for a free item is not kept.
        quoteCents: 10_000,
        version: fault.version,
      }),
    );
    expect(nothing).toMatchObject({
      status: 'tested',
      test: { coverage: 'none', charged: false, quoteCents: null },
    });
  });

  it('takes the warranty stated by the technician when no device is on file', async () => {
    const { t } = w;
    const rr = await takenBackReturn(w);
    expect(rr.asset).toBeNull();
    expect(
      await code(
        w.as((tx) =>
          testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
        ),
      ),
    ).toBe('RETURN_COVERAGE_MISSING');
    const tested = await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, {
        ...FREE_TEST,
        coverage: 'repair',
        urgent: true,
        version: rr.version,
      }),
    );
    expect(tested).toMatchObject({ urgent: true, test: { coverage: 'repair', charged: false } });
    // A device on file decides, whatever the technician says.
    const onFile = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const decided = await w.as((tx) =>
      testRepairReturn(tx, t.technician, onFile.id, {
        ...FREE_TEST,
        coverage: 'none',
        version: onFile.version,
      }),
    );
    expect(decided.test).toMatchObject({ coverage: 'replacement', charged: false });
  });
});

describe('ready without a vendor', () => {
  it('goes back unrepaired when the customer declines the quote', async () => {
    const { t } = w;
    const rr = await takenBackReturn(w, { assetId: w.expiredAssetId });
    const quoted = await w.as((tx) =>
      testRepairReturn(tx, t.technician, rr.id, {
        ...FREE_TEST,
        quoteCents: 80_000,
        version: rr.version,
      }),
    );
    const declined = await w.as((tx) =>
      declineReturnQuote(tx, w.clerk, rr.id, {
        version: quoted.version,
        signerName: '王老师',
        note: '太贵，不修了',
      }),
    );
    expect(declined).toMatchObject({
      status: 'ready_to_return',
      test: { quoteApproved: false },
      back: { outcome: 'quote_declined', note: '太贵，不修了', backBy: { id: w.clerk.user.id } },
    });
    expect(await noticesAbout(w, t.technician.user.id, rr.id)).toContainEqual({
      event: 'repairReturn.ready',
      params: { number: rr.number, customer: t.customer.name },
    });
    const returned = await w.as((tx) =>
      returnToCustomer(tx, w.clerk, rr.id, { version: declined.version, ...CUSTOMER_SIGNATURE }),
    );
    expect(returned.status).toBe('returned');
  });

  it('is repaired in house after the test, or after registering, but not with a quote pending', async () => {
    const { t } = w;
    const tested = await driveReturnTo(
      w,
      (await takenBackReturn(w, { assetId: w.inWarrantyAssetId })).id,
      'tested',
    );
    const fixed = await w.as((tx) =>
      finishInHouse(tx, t.technician, tested.id, {
        version: tested.version,
        outcome: 'no_fault_found',
        note: '反复测试未见异常',
      }),
    );
    expect(fixed).toMatchObject({
      status: 'ready_to_return',
      back: { outcome: 'no_fault_found', note: '反复测试未见异常' },
      daysAtVendor: null,
    });

    const registered = await driveReturnTo(
      w,
      (await takenBackReturn(w, { assetId: w.inWarrantyAssetId })).id,
      'registered',
    );
    expect(
      await code(
        w.as((tx) =>
          finishInHouse(tx, t.technician, registered.id, {
            version: registered.version,
            outcome: 'repaired',
            note: '内修',
          }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.as((tx) =>
        finishInHouse(tx, w.clerk, registered.id, {
          version: registered.version,
          outcome: 'repaired',
          note: '备件到货，自行修复',
        }),
      ),
    ).toMatchObject({ status: 'ready_to_return', back: { outcome: 'repaired' } });

    const charged = await takenBackReturn(w, { assetId: w.expiredAssetId });
    const quoted = await w.as((tx) =>
      testRepairReturn(tx, t.technician, charged.id, {
        ...FREE_TEST,
        quoteCents: 1_000,
        version: charged.version,
      }),
    );
    expect(
      await code(
        w.as((tx) =>
          finishInHouse(tx, t.technician, charged.id, {
            version: quoted.version,
            outcome: 'repaired',
            note: '未确认报价',
          }),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('lets any technician give an item back, and refuses a signature that is no PNG', async () => {
    const { t } = w;
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const tested = await driveReturnTo(w, rr.id, 'tested');
    const ready = await w.as((tx) =>
      finishInHouse(tx, t.technician, rr.id, {
        version: tested.version,
        outcome: 'repaired',
        note: '已修复',
      }),
    );
    const body = { version: ready.version, ...CUSTOMER_SIGNATURE };
    expect(
      await code(
        w.as((tx) =>
          returnToCustomer(tx, w.clerk, rr.id, {
            ...body,
            signaturePng: 'data:image/png;base64,bm90IGEgcGljdHVyZQ==',
          }),
        ),
      ),
    ).toBe('SIGNATURE_NOT_PNG');
    // technician2 was never assigned the order: they bring the item back on another visit.
    const returned = await w.as((tx) => returnToCustomer(tx, t.technician2, rr.id, body));
    expect(returned).toMatchObject({
      status: 'returned',
      returned: { signerName: body.signerName },
    });
    expect(returned.returned?.returnedBy.id).toBe(t.technician2.user.id);
  });
});
