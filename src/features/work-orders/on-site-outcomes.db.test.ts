import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { getRepairReturn, listRepairReturns, listRepairReturnsQuery } from '../repair-returns';
import { adviseReplacement } from './advise-replacement';
import { cancelWorkOrder } from './cancel-work-order';
import { closeWorkOrder } from './close-work-order';
import { completeWorkOrder } from './complete-work-order';
import { getOnSite } from './get-on-site';
import { getWorkOrder } from './get-work-order';
import { handOverWorkOrder } from './hand-over-work-order';
import {
  clockStates,
  code,
  CUSTOMER_SIGNATURE,
  driveTo,
  noticesAbout,
  onSiteWorldForFile,
  orderFor,
  quoteOrder,
} from './on-site.test-fixtures';
import { repairAnyway } from './repair-anyway';
import { scheduleRevisit } from './schedule-revisit';
import { scheduleVisit } from './schedule-visit';
import { takeBackItem } from './take-back-item';

const clock = manualClock('2026-11-28T02:00:00Z'); // 10:00 in 银川
const w = onSiteWorldForFile(clock);

describe('the other outcomes', () => {
  it('takes the item back: a repair return in "taken back" with the list and the signature', async () => {
    const { t } = w;
    const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
    await driveTo(w, order.id, 'confirmed');
    const taken = await w.as((tx) =>
      takeBackItem(tx, t.technician, order.id, {
        items: [
          {
            description: '激光打印机',
            serialNumber: 'CNB1234',
            condition: '外壳有划痕',
            accessories: '电源线',
          },
          { description: '硒鼓', condition: '完好' },
        ],
        ...CUSTOMER_SIGNATURE,
      }),
    );
    expect(taken).toMatchObject({ status: 'taken_back', allowedActions: [] });
    expect((await clockStates(w, order.id)).completion).toBe('met');
    const record = await w.as((tx) => getOnSite(tx, t.dispatcher, order.id));
    expect(record.takenBack).toMatchObject({
      number: 'RR-20261128-0001',
      items: [
        {
          description: '激光打印机',
          serialNumber: 'CNB1234',
          condition: '外壳有划痕',
          accessories: '电源线',
        },
        { description: '硒鼓', serialNumber: null, condition: '完好', accessories: null },
      ],
    });
    const rr = await w.as((tx) =>
      getRepairReturn(tx, t.dispatcher, record.takenBack!.repairReturnId),
    );
    expect(rr).toMatchObject({
      status: 'taken_back',
      workOrder: { id: order.id, number: order.number },
      customer: { id: t.customer.id },
      asset: { id: w.inWarrantyAssetId, serialNumber: 'CNB1234' },
      takenBy: { id: t.technician.user.id, name: '维修一' },
    });
    const signature = record.signatures.find((s) => s.purpose === 'take_back')!;
    expect(rr.signatureImageUrl).toBe(signature.imageUrl);
    const list = await w.as((tx) =>
      listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse({ q: order.number })),
    );
    expect(list).toMatchObject({ total: 1, items: [{ number: 'RR-20261128-0001', itemCount: 2 }] });
    for (const who of [w.clerk, t.dispatcher])
      expect(await noticesAbout(w, who.user.id, order.id)).toContainEqual({
        event: 'workOrder.takenBack',
        params: { number: order.number, returnNumber: 'RR-20261128-0001' },
      });
  });

  it('comes back another day: waiting for parts pauses the clocks until a time is agreed', async () => {
    const { t } = w;
    const me = t.technician;
    const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
    await driveTo(w, order.id, 'confirmed');
    const waiting = await w.as((tx) =>
      scheduleRevisit(tx, me, order.id, { reason: 'parts', note: '等定影组件到货' }),
    );
    expect(waiting).toMatchObject({ status: 'awaiting_revisit', revisitReason: 'parts' });
    expect(await clockStates(w, order.id)).toEqual({
      response: 'met',
      onSite: 'met',
      completion: 'paused',
    });
    expect(await noticesAbout(w, t.dispatcher.user.id, order.id)).toContainEqual({
      event: 'workOrder.revisit',
      params: { number: order.number, reason: '等定影组件到货' },
    });
    const again = await w.as((tx) =>
      scheduleVisit(tx, me, order.id, {
        start: '2026-11-30T02:00:00Z',
        end: '2026-11-30T04:00:00Z',
        warrantyTold: true,
        chargesTold: true,
      }),
    );
    expect(again.status).toBe('scheduled');
    expect((await clockStates(w, order.id)).completion).toBe('running');
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.visits.map((v) => [v.seq, v.outcome, v.leftAt])).toEqual([
      [1, 'revisit', clock.now().toISOString()],
    ]);
  });

  it('keeps the clocks running when the technician lacks a tool, and leaves when nobody is there', async () => {
    const me = w.t.technician;
    const tools = await orderFor(w);
    await driveTo(w, tools.id, 'confirmed');
    await w.as((tx) => scheduleRevisit(tx, me, tools.id, { reason: 'tools', note: '缺专用工具' }));
    expect((await clockStates(w, tools.id)).completion).toBe('running');

    const nobody = await orderFor(w);
    await driveTo(w, nobody.id, 'on_site');
    const left = await w.as((tx) =>
      scheduleRevisit(tx, me, nobody.id, {
        reason: 'customer_unavailable',
        note: '科室无人',
        start: '2026-11-29T02:00:00Z',
        end: '2026-11-29T03:00:00Z',
      }),
    );
    expect(left).toMatchObject({
      status: 'awaiting_revisit',
      window: { start: '2026-11-29T02:00:00.000Z', agreed: true },
    });
    expect((await clockStates(w, nobody.id)).completion).toBe('paused');
  });

  it('hands the order over to another technician, who then books it', async () => {
    const { t } = w;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'confirmed');
    const handOverTo = (technicianId: string, reason: string) =>
      w.as((tx) => handOverWorkOrder(tx, t.technician, order.id, { technicianId, reason }));
    expect(await code(handOverTo(t.technician.user.id, 'x'))).toBe('HAND_OVER_TO_SELF');
    expect(await code(handOverTo(t.dispatcher.user.id, 'x'))).toBe('NOT_A_TECHNICIAN');
    const handed = await handOverTo(t.technician2.user.id, '需要医疗设备资质');
    expect(handed).toMatchObject({
      status: 'assigned',
      technician: { id: t.technician2.user.id, name: '维修二' },
      allowedActions: [],
    });
    expect(await code(w.as((tx) => getWorkOrder(tx, t.technician, order.id)))).toBe('NOT_FOUND');
    const theirs = await w.as((tx) => getWorkOrder(tx, t.technician2, order.id));
    expect(theirs.allowedActions.sort()).toEqual(['close', 'schedule']);
    const notice = {
      event: 'workOrder.handedOver',
      params: { number: order.number, from: '维修一', to: '维修二', reason: '需要医疗设备资质' },
    };
    for (const who of [t.technician, t.technician2, t.dispatcher])
      expect(await noticesAbout(w, who.user.id, order.id)).toContainEqual(notice);
  });

  it('proposes replacement from the quote and the current value; the customer signs the advice', async () => {
    const { t } = w;
    const me = t.technician;
    const order = await orderFor(w, { assetId: w.expiredAssetId });
    await driveTo(w, order.id, 'confirmed');
    const cheap = await quoteOrder(w, order.id, w.expiredAssetId, [
      { name: '搓纸轮', unitPriceCents: 5_000, quantity: 1 },
    ]);
    expect((await w.as((tx) => getOnSite(tx, me, order.id))).replacement).toEqual({
      suggested: false,
      thresholdPercent: 50,
      repairCents: cheap.lines
        .filter((l) => l.kind !== 'travel')
        .reduce((s, l) => s + l.amountCents, 0),
      currentValueCents: 250_000,
    });
    clock.advance(60_000); // the newer quote is the one that counts
    await quoteOrder(w, order.id, w.expiredAssetId, [
      { name: '主板', unitPriceCents: 110_000, quantity: 1 },
    ]);
    expect((await w.as((tx) => getOnSite(tx, me, order.id))).replacement.suggested).toBe(true);
    const advised = await w.as((tx) =>
      adviseReplacement(tx, me, order.id, { note: '主板损坏，维修费超过设备现值一半' }),
    );
    expect(advised).toMatchObject({
      status: 'replacement_advised',
      resolution: '主板损坏，维修费超过设备现值一半',
    });
    expect(await noticesAbout(w, t.dispatcher.user.id, order.id)).toContainEqual({
      event: 'workOrder.replacementAdvised',
      params: { number: order.number },
    });
    const closed = await w.as((tx) => completeWorkOrder(tx, me, order.id, CUSTOMER_SIGNATURE));
    expect(closed.status).toBe('closed');
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.signatures.map((s) => s.purpose)).toEqual(['replacement']);
    expect(record.visits.map((v) => v.outcome)).toEqual(['advise_replacement']);
  });

  it('repairs anyway when the customer wants it, back to the confirmed fault', async () => {
    const me = w.t.technician;
    const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
    await driveTo(w, order.id, 'confirmed');
    await w.as((tx) => adviseReplacement(tx, me, order.id, { note: '建议更换' }));
    const again = await w.as((tx) =>
      repairAnyway(tx, w.t.dispatcher, order.id, { note: '客户坚持维修' }),
    );
    expect(again).toMatchObject({ status: 'confirmed', resolution: null });
    expect(again.allowedActions).toEqual([]);
  });
});

describe('clocks at the ends', () => {
  it('stops the clocks of a cancelled order, and meets them for a job solved by phone', async () => {
    const cancelled = await orderFor(w);
    await w.as((tx) => cancelWorkOrder(tx, w.t.dispatcher, cancelled.id, { reason: '重复报修' }));
    expect(await clockStates(w, cancelled.id)).toEqual({
      response: 'stopped',
      onSite: 'stopped',
      completion: 'stopped',
    });
    const byPhone = await orderFor(w);
    await w.as((tx) =>
      closeWorkOrder(tx, w.t.technician, byPhone.id, { resolution: '电话指导客户重启' }),
    );
    expect(Object.values(await clockStates(w, byPhone.id))).toEqual(['met', 'met', 'met']);
  });
});
