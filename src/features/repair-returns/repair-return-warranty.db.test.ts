import { describe, expect, it } from 'vitest';
import { getOnSite } from '../work-orders/get-on-site';
import { approveReturnQuote } from './approve-return-quote';
import { handOverReturn } from './hand-over-return';
import { FREE_TEST, readAs, takenBackReturn } from './repair-return.test-fixtures';
import { noticesAbout, returnWorldForFile } from './return-world.test-support';
import { testRepairReturn } from './test-repair-return';

const { clock, w, codeOf } = returnWorldForFile();

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
    expect(await codeOf((tx) => testRepairReturn(tx, t.technician, rr.id, damage))).toBe(
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
      await codeOf((tx) => handOverReturn(tx, t.technician, rr.id, { version: quoted.version })),
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
      await codeOf((tx) =>
        testRepairReturn(tx, t.technician, fault.id, { ...FREE_TEST, version: fault.version }),
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
      await codeOf((tx) =>
        testRepairReturn(tx, t.technician, rr.id, { ...FREE_TEST, version: rr.version }),
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
