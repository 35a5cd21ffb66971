import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { createQuote, quoteBody } from '../fees';
import { addPart } from './add-part';
import { addPhoto } from './add-photo';
import { approveQuote } from './approve-quote';
import { arriveOnSite } from './arrive-on-site';
import { completeWorkOrder } from './complete-work-order';
import { confirmFault } from './confirm-fault';
import { declineQuote } from './decline-quote';
import { getOnSite } from './get-on-site';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';
import {
  clockStates,
  code,
  CUSTOMER_SIGNATURE,
  driveTo,
  FULL_CHECKLIST,
  noticesAbout,
  onSiteWorldForFile,
  orderAwaitingApproval,
  orderFor,
  PNG_DATA_URL,
  quoteOrder,
  SITE_ADDRESS,
} from './on-site.test-fixtures';
import { requestQuoteApproval } from './request-quote-approval';
import { resolveWorkOrder } from './resolve-work-order';
import { startTravel } from './start-travel';

const clock = manualClock('2026-11-28T02:00:00Z'); // 10:00 in 银川
const w = onSiteWorldForFile(clock);

describe('a job from assignment to a signed, closed order', () => {
  it('schedules, travels, arrives, confirms, records parts and photos, resolves and closes', async () => {
    const { t } = w;
    const me = t.technician;
    const created = await orderFor(w, { assetId: w.inWarrantyAssetId });
    const id = created.id;
    expect(created).toMatchObject({ status: 'assigned', approvalNeeded: false });
    expect(created.address).toBe(SITE_ADDRESS);
    // Creating the order started its three clocks from the call.
    expect(await clockStates(w, id)).toEqual({
      response: 'running',
      onSite: 'running',
      completion: 'running',
    });
    expect(created.nextDeadline).toMatchObject({ kind: 'response', state: 'running' });

    const scheduled = await driveTo(w, id, 'scheduled');
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      contactedAt: clock.now().toISOString(),
      window: { start: '2026-11-28T06:00:00.000Z', agreed: true },
    });
    expect((await clockStates(w, id)).response).toBe('met');

    clock.advance(30 * 60_000);
    const travelling = await w.as((tx) => startTravel(tx, me, id, { mode: 'public_transport' }));
    expect(travelling.status).toBe('en_route');
    clock.advance(30 * 60_000);
    const arrived = await w.as((tx) =>
      arriveOnSite(tx, me, id, { checklist: FULL_CHECKLIST, travelCostCents: 1_200 }),
    );
    expect(arrived.status).toBe('on_site');
    expect((await clockStates(w, id)).onSite).toBe('met');
    const confirmed = await w.as((tx) =>
      confirmFault(tx, me, id, { confirmedFault: '定影器卡纸', diagnosis: '定影膜破损' }),
    );
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      confirmedFault: '定影器卡纸',
      diagnosis: '定影膜破损',
      approvalNeeded: false,
    });
    expect(confirmed.allowedActions).toContain('resolve');

    await w.as((tx) =>
      addPart(tx, me, id, { name: '定影膜', quantity: 1, unitPriceCents: 8_000, covered: true }),
    );
    await w.as((tx) => addPhoto(tx, me, id, { dataUrl: PNG_DATA_URL, caption: '铭牌' }));
    const resolved = await w.as((tx) =>
      resolveWorkOrder(tx, me, id, { workDone: '更换定影膜，打印测试页正常' }),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: '更换定影膜，打印测试页正常',
      resolvedAt: clock.now().toISOString(),
    });
    const closed = await w.as((tx) => completeWorkOrder(tx, me, id, CUSTOMER_SIGNATURE));
    expect(closed).toMatchObject({
      status: 'closed',
      closedAt: clock.now().toISOString(),
      allowedActions: [],
      nextDeadline: null,
    });
    expect(await clockStates(w, id)).toEqual({
      response: 'met',
      onSite: 'met',
      completion: 'met',
    });

    const record = await w.as((tx) => getOnSite(tx, t.dispatcher, id));
    expect(record.visits).toEqual([
      expect.objectContaining({
        seq: 1,
        technician: { id: me.user.id, name: '维修一' },
        travelMode: 'public_transport',
        travelCostCents: 1_200,
        arrivedAt: '2026-11-28T03:00:00.000Z',
        leftAt: '2026-11-28T03:00:00.000Z',
        outcome: 'resolve',
        checklist: FULL_CHECKLIST,
      }),
    ]);
    expect(record.parts).toMatchObject([{ name: '定影膜', quantity: 1, covered: true }]);
    expect(record.photos).toMatchObject([{ caption: '铭牌' }]);
    expect(record.photos[0]!.url).toBe(`/api/work-orders/${id}/photos/${record.photos[0]!.id}`);
    expect(record.signatures).toMatchObject([
      { purpose: 'completion', method: 'signature', signerName: '王老师' },
    ]);
    expect(record.signatures[0]!.imageUrl).toMatch(`/api/work-orders/${id}/signatures/`);

    const history = await w.as((tx) => getWorkOrderHistory(tx, t.dispatcher, id));
    expect(history.map((h) => h.action)).toEqual([
      'workOrder.create',
      'workOrder.assign',
      'workOrder.schedule',
      'workOrder.start_travel',
      'workOrder.arrive',
      'workOrder.confirm',
      'workOrder.addPart',
      'workOrder.addPhoto',
      'workOrder.resolve',
      'workOrder.complete',
    ]);
    expect(history.at(-1)).toMatchObject({
      before: { status: 'resolved' },
      after: { status: 'closed', signerName: '王老师', signatureMethod: 'signature' },
    });
    expect((await noticesAbout(w, me.user.id, id)).map((n) => n.event)).toEqual([
      'workOrder.assigned',
    ]);
  });
});

describe('out-of-warranty work', () => {
  it('waits for the customer to approve the quote; the clocks pause meanwhile', async () => {
    const { t } = w;
    const me = t.technician;
    const order = await orderFor(w, { assetId: w.expiredAssetId });
    const confirmed = await driveTo(w, order.id, 'confirmed');
    expect(confirmed.approvalNeeded).toBe(true);
    expect(confirmed.allowedActions).not.toContain('resolve');
    expect(confirmed.allowedActions).toContain('request_approval');
    expect(await code(w.as((tx) => resolveWorkOrder(tx, me, order.id, { workDone: 'x' })))).toBe(
      'QUOTE_APPROVAL_REQUIRED',
    );

    const elsewhere = await orderFor(w, { assetId: w.expiredAssetId });
    const foreign = await quoteOrder(w, elsewhere.id, w.expiredAssetId);
    expect(
      await code(w.as((tx) => requestQuoteApproval(tx, me, order.id, { quoteId: foreign.id! }))),
    ).toBe('QUOTE_NOT_OF_ORDER');

    const quote = await quoteOrder(w, order.id, w.expiredAssetId, [
      { name: '定影组件', unitPriceCents: 40_000, quantity: 1 },
    ]);
    const waiting = await w.as((tx) =>
      requestQuoteApproval(tx, me, order.id, { quoteId: quote.id! }),
    );
    expect(waiting).toMatchObject({ status: 'awaiting_approval', quoteId: quote.id });
    expect((await clockStates(w, order.id)).completion).toBe('paused');
    expect(await noticesAbout(w, t.dispatcher.user.id, order.id)).toContainEqual({
      event: 'workOrder.quoteAwaiting',
      params: { number: order.number, amount: `¥${(quote.totals.chargedCents / 100).toFixed(2)}` },
    });

    // The customer says yes on the phone to the desk, which records who and when.
    const tomorrow = new Date(clock.now().getTime() + 86_400_000).toISOString();
    expect(
      await code(
        w.as((tx) =>
          approveQuote(tx, t.dispatcher, order.id, {
            method: 'verbal',
            signerName: '李主任',
            givenAt: tomorrow,
          }),
        ),
      ),
    ).toBe('GIVEN_AT_IN_FUTURE');
    const approved = await w.as((tx) =>
      approveQuote(tx, t.dispatcher, order.id, {
        method: 'verbal',
        signerName: '李主任',
        givenAt: '2026-11-28T01:30:00Z',
      }),
    );
    expect(approved).toMatchObject({
      status: 'confirmed',
      quoteDecision: 'approved',
      approvalNeeded: false,
    });
    expect((await clockStates(w, order.id)).completion).toBe('running');
    const resolved = await w.as((tx) =>
      resolveWorkOrder(tx, me, order.id, { workDone: '更换定影组件' }),
    );
    expect(resolved.status).toBe('resolved');
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.quote).toMatchObject({ id: quote.id, workOrderId: order.id });
    expect(record.signatures).toMatchObject([
      {
        purpose: 'quote',
        method: 'verbal',
        signerName: '李主任',
        givenAt: '2026-11-28T01:30:00.000Z',
        recordedBy: { name: '调度员' },
        imageUrl: null,
      },
    ]);
  });

  it('counts an order without a device as covered only when its quote charges nothing', async () => {
    const order = await orderFor(w);
    const confirmed = await driveTo(w, order.id, 'confirmed');
    expect(confirmed.approvalNeeded).toBe(true);
    await w.as((tx) =>
      createQuote(
        tx,
        w.t.technician,
        quoteBody.parse({
          coverage: { parts: true, labour: true, travel: true },
          categoryId: w.categoryId,
          level: 2,
          travel: { zone: 'city' },
          workOrderId: order.id,
        }),
      ),
    );
    const covered = await w.as((tx) => getWorkOrder(tx, w.t.technician, order.id));
    expect(covered).toMatchObject({ approvalNeeded: false });
    expect(covered.allowedActions).toContain('resolve');
  });

  it('resolves a declined quote with the refusal, and closes it with a signature', async () => {
    const me = w.t.technician;
    const { order } = await orderAwaitingApproval(w);
    const declined = await w.as((tx) =>
      declineQuote(tx, me, order.id, { signerName: '王老师', note: '太贵，暂不维修' }),
    );
    expect(declined).toMatchObject({
      status: 'resolved',
      quoteDecision: 'declined',
      resolution: '客户（王老师）不同意报价，未维修：太贵，暂不维修',
    });
    expect((await clockStates(w, order.id)).completion).toBe('running');
    const closed = await w.as((tx) => completeWorkOrder(tx, me, order.id, CUSTOMER_SIGNATURE));
    expect(closed.status).toBe('closed');
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.visits.map((v) => v.outcome)).toEqual(['decline_quote']);
  });
});
