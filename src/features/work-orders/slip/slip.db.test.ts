import { beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../../platform/db';
import { pdfPageCount, pdfText } from '../../../platform/pdf/pdf-text';
import {
  createTestTenant,
  manualClock,
  type TestTenant,
} from '../../../../tests/support/factories';
import { testAppForFile } from '../../../../tests/support/file-setup';
import { signInAs } from '../../../../tests/support/sign-in';
import type { RequestContext } from '../../accounts';
import { updatePublicProfile } from '../../commitments';
import { createQuote } from '../../fees';
import { seedPrinter } from '../../fees/fees.test-fixtures';
import { addPart } from '../add-part';
import { approveQuote } from '../approve-quote';
import { arriveOnSite } from '../arrive-on-site';
import { completeWorkOrder } from '../complete-work-order';
import { confirmFault } from '../confirm-fault';
import { getServiceSettings } from '../get-service-settings';
import { orderFor, publishPrinterPrices } from '../on-site.test-fixtures';
import { requestQuoteApproval } from '../request-quote-approval';
import { resolveWorkOrder } from '../resolve-work-order';
import { scheduleVisit } from '../schedule-visit';
import { startTravel } from '../start-travel';
import { takeBackItem } from '../take-back-item';
import { getSlip } from './get-slip';
import { renderSlipPdf } from './render-slip-pdf';
import { signaturePng } from './slip.test-support';

const COMPANY = '银川医疗设备服务有限公司';
const HOTLINE = '0951-6000000';
const CONFIRMED = '进纸时卡纸，搓纸轮磨损打滑';
const DIAGNOSIS = '搓纸轮橡胶老化，分页器正常';
const WORK_DONE = '更换搓纸轮两只，清洁纸道，试打 20 张正常';

let t: TestTenant;
let printer: Awaited<ReturnType<typeof seedPrinter>>;
const clock = manualClock('2026-11-28T02:00:00Z'); // 10:00 in 银川
const as = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(file.db, t.tenantId, work);
const later = (minutes: number) => clock.advance(minutes * 60_000);

/** An order for the printer, from a hotline call, assigned to the first technician. */
const newOrder = () => orderFor({ t, as }, { assetId: printer.asset.id });

/** Contacted, travelled by taxi, arrived with the checklist ticked, fault confirmed. */
async function carryToConfirmed(id: string) {
  const tech = t.technician;
  const { arrivalChecklist } = await as((tx) => getServiceSettings(tx, t.tenantId));
  await as((tx) =>
    scheduleVisit(tx, tech, id, {
      start: '2026-11-28T06:00:00Z',
      end: '2026-11-28T08:00:00Z',
      warrantyTold: true,
      chargesTold: true,
    }),
  );
  clock.set('2026-11-28T06:00:00Z');
  await as((tx) => startTravel(tx, tech, id, { mode: 'taxi', reason: '科室急用' }));
  later(30);
  await as((tx) =>
    arriveOnSite(tx, tech, id, {
      checklist: arrivalChecklist.map((item) => ({ item, checked: true })),
      travelCostCents: 3_600,
    }),
  );
  later(20);
  await as((tx) => confirmFault(tx, tech, id, { confirmedFault: CONFIRMED, diagnosis: DIAGNOSIS }));
}

const file = testAppForFile(clock, async ({ db }) => {
  t = await createTestTenant(db, clock, COMPANY);
  await as((tx) => updatePublicProfile(tx, t.admin, { publicCode: null, hotline: HOTLINE }));
  // Installed in 2024 with a 12-month warranty: out of warranty now, so the customer pays.
  printer = await as((tx) => seedPrinter(tx, t, '2024-01-01'));
  await publishPrinterPrices({ t, as }, printer.category.id, 8_000);
});

describe('the slip of an order carried from assignment to signed completion', () => {
  let orderId: string;
  let number: string;

  beforeAll(async () => {
    clock.set('2026-11-28T02:00:00Z');
    const order = await newOrder();
    orderId = order.id;
    number = order.number;
    const tech: RequestContext = t.technician;
    await carryToConfirmed(orderId);
    await as((tx) =>
      addPart(tx, tech, orderId, {
        name: '搓纸轮',
        partNumber: 'RM2-5452',
        quantity: 2,
        unitPriceCents: 4_500,
        covered: false,
      }),
    );
    const quote = await as((tx) =>
      createQuote(tx, tech, {
        assetId: printer.asset.id,
        categoryId: printer.category.id,
        level: 2,
        travel: { zone: 'city' },
        parts: [{ name: '搓纸轮', unitPriceCents: 4_500, quantity: 2 }],
        inspection: false,
        workOrderId: orderId,
      }),
    );
    await as((tx) => requestQuoteApproval(tx, tech, orderId, { quoteId: quote.id! }));
    later(10);
    // The head of department said yes on the phone; the desk records it.
    await as((tx) =>
      approveQuote(tx, t.dispatcher, orderId, {
        method: 'verbal',
        signerName: '李主任',
        givenAt: clock.now().toISOString(),
      }),
    );
    later(60);
    await as((tx) => resolveWorkOrder(tx, tech, orderId, { workDone: WORK_DONE }));
    later(5);
    await as((tx) =>
      completeWorkOrder(tx, tech, orderId, { signerName: '王护士', signaturePng: signaturePng() }),
    );
  });

  it('gathers every field of the order into the slip view', async () => {
    const slip = await as((tx) => getSlip(tx, t.dispatcher, orderId));
    expect(slip).toMatchObject({
      timeZone: 'Asia/Shanghai',
      company: { name: COMPANY, hotline: HOTLINE },
      order: {
        number,
        status: 'closed',
        technician: '维修一',
        arrivedAt: '2026-11-28T06:30:00.000Z',
      },
      customer: { name: t.customer.name, department: '放射科', contactName: '王老师' },
      device: { serialNumber: 'CNB1234', modelCode: 'M404', modelName: 'LaserJet M404' },
      warranty: { state: 'expired' },
      reportedFault: '卡纸',
      confirmedFault: CONFIRMED,
      diagnosis: DIAGNOSIS,
      workDone: WORK_DONE,
      outcome: 'resolve',
      visits: [{ seq: 1, travelMode: 'taxi', travelCostCents: 3_600, outcome: 'resolve' }],
      parts: [{ name: '搓纸轮', quantity: 2, amountCents: 9_000, covered: false }],
      charges: { source: 'quote', decision: 'approved' },
      takenBack: null,
    });
    // Labour ¥80 + city call-out ¥30 + two rollers with the 15% markup ¥103.50.
    expect(slip.charges.totals.chargedCents).toBe(8_000 + 3_000 + 10_350);
    expect(slip.signatures.map((s) => [s.purpose, s.method, s.signerName])).toEqual([
      ['quote', 'verbal', '李主任'],
      ['completion', 'signature', '王护士'],
    ]);
    expect(slip.signatures[1]!.imagePng).toBe(signaturePng());
    expect(slip.commitments.promises.length).toBeGreaterThan(0);
  });

  it('prints both copies with every field, checked one by one in the PDF text', async () => {
    const slip = await as((tx) => getSlip(tx, t.dispatcher, orderId));
    const pdf = await renderSlipPdf(slip);
    const text = await pdfText(pdf);
    // The hotline heads each copy once (the customer's name contains the company's here).
    const copies = text.split(`服务热线 ${HOTLINE}`).slice(1);
    expect(copies).toHaveLength(2);
    expect((await pdfPageCount(pdf)) % 2).toBe(0);
    for (const [index, heading] of ['客户联', '调度联'].entries()) {
      const copy = copies[index]!;
      for (const expected of [
        heading,
        '服务处理单',
        number,
        t.customer.name,
        'CNB1234',
        '已过保',
        CONFIRMED,
        DIAGNOSIS,
        WORK_DONE,
        '搓纸轮 RM2-5452 2 ¥45.00 ¥90.00 否',
        '出租车 ¥36.00',
        '应收合计：¥213.50',
        '客户已同意报价',
        '李主任',
        '口头同意（调度员 记录）',
        '王护士',
        '维修一',
        slip.commitments.promises[0]!,
        `${heading} 第 1 页`,
      ])
        expect(copy, `${heading}: ${expected}`).toContain(expected);
    }
  });
});

describe('an item taken back', () => {
  it('lists the items with the repair return number', async () => {
    clock.set('2026-11-29T01:00:00Z');
    const order = await newOrder();
    await carryToConfirmed(order.id);
    await as((tx) =>
      takeBackItem(tx, t.technician, order.id, {
        items: [
          {
            description: '打印机主机',
            serialNumber: 'CNB1234',
            condition: '外壳完好，无划痕',
            accessories: '电源线一根',
          },
        ],
        signerName: '赵科长',
        signaturePng: signaturePng(5),
      }),
    );
    const slip = await as((tx) => getSlip(tx, t.technician, order.id));
    expect(slip.outcome).toBe('take_back');
    expect(slip.takenBack?.number).toMatch(/\S/);
    const text = await pdfText(await renderSlipPdf(slip));
    for (const expected of [
      `带回物品（返修单号 ${slip.takenBack!.number}）`,
      '打印机主机',
      '外壳完好，无划痕',
      '电源线一根',
      '确认带回物品',
      '赵科长',
    ])
      expect(text).toContain(expected);
  });
});

describe('GET /api/work-orders/:id/slip(.pdf)', () => {
  let orderId: string;
  const get = (cookie: string, url: string) =>
    file.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': 'zh-CN' } });

  beforeAll(async () => {
    orderId = (await newOrder()).id;
  });

  it('gives the desk and the assigned technician the slip, as JSON and as a PDF', async () => {
    const desk = await signInAs(file.app, t.usernames.dispatcher);
    const json = await get(desk, `/api/work-orders/${orderId}/slip`);
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ order: { id: orderId, status: 'assigned' } });
    const technician = await signInAs(file.app, t.usernames.technician);
    const pdf = await get(technician, `/api/work-orders/${orderId}/slip.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(
      encodeURIComponent(`服务处理单-${json.json<{ order: { number: string } }>().order.number}`),
    );
    expect(await pdfText(pdf.rawPayload)).toContain('客户联');
  });

  it("is not found for another technician's order, or an unknown order", async () => {
    const other = await signInAs(file.app, t.usernames.technician2);
    for (const url of [
      `/api/work-orders/${orderId}/slip`,
      `/api/work-orders/${orderId}/slip.pdf`,
    ]) {
      const response = await get(other, url);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND', message: '记录不存在' });
    }
    const desk = await signInAs(file.app, t.usernames.dispatcher);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const url of [`/api/work-orders/${unknown}/slip`, `/api/work-orders/${unknown}/slip.pdf`])
      expect((await get(desk, url)).statusCode).toBe(404);
  });
});
