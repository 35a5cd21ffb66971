import { describe, expect, it } from 'vitest';
import { CUSTOMER_SIGNATURE } from '../work-orders/on-site.test-fixtures';
import { declineReturnQuote } from './decline-return-quote';
import { finishInHouse } from './finish-in-house';
import { driveReturnTo, FREE_TEST, takenBackReturn } from './repair-return.test-fixtures';
import { returnToCustomer } from './return-to-customer';
import { noticesAbout, returnWorldForFile } from './return-world.test-support';
import { testRepairReturn } from './test-repair-return';

const { w, codeOf } = returnWorldForFile();

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
      await codeOf((tx) =>
        finishInHouse(tx, t.technician, registered.id, {
          version: registered.version,
          outcome: 'repaired',
          note: '内修',
        }),
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
      await codeOf((tx) =>
        finishInHouse(tx, t.technician, charged.id, {
          version: quoted.version,
          outcome: 'repaired',
          note: '未确认报价',
        }),
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
      await codeOf((tx) =>
        returnToCustomer(tx, w.clerk, rr.id, {
          ...body,
          signaturePng: 'data:image/png;base64,bm90IGEgcGljdHVyZQ==',
        }),
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
