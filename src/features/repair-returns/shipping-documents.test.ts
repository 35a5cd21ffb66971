import { describe, expect, it } from 'vitest';
import { renderPdfInWorker } from '../../platform/pdf';
import { canvasesOf, readCode128 } from '../../platform/pdf/code128.test-support';
import { pdfPageCount, pdfText } from '../../platform/pdf/pdf-text';
import { packingListDocument } from './packing-list-document';
import { sampleShipment, sampleShippingData } from './return-documents.test-support';
import { shippingLabelDocument } from './shipping-label-document';

const dispatched = sampleShippingData({
  shipment: sampleShipment({
    status: 'shipped',
    carrier: '顺丰速运',
    trackingNumber: 'SF1234567890',
    shippedAt: '2026-11-28T16:10:00.000Z',
    shippedBy: { id: '00000000-0000-4000-8000-000000000004', name: '返修员' },
  }),
});

// Rendering loads the 8 MB font on the first document: seconds on a busy machine.
describe('the shipping label (运输标签)', { timeout: 30_000 }, () => {
  it('prints from, to, contact, the shipment number with its barcode, and the count', async () => {
    const doc = shippingLabelDocument(sampleShippingData());
    const pdf = await renderPdfInWorker(doc);
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    for (const expected of [
      '运输标签',
      '寄件方',
      '银川医疗设备服务有限公司',
      '银川市金凤区北京中路 168 号',
      '电话 0951-6000000',
      '收件方',
      '惠普（中国）售后服务中心',
      '北京市朝阳区建国路 112 号惠普大厦',
      '联系人 刘工',
      '电话 010-65640000',
      '发运单号 SH-20261128-0003',
      '返修单 2 份，物品 3 件',
      '承运商 （发运时填写）',
      '运单号 （发运时填写）',
    ])
      expect(text, expected).toContain(expected);
    expect(canvasesOf(doc.content).map(readCode128)).toEqual(['SH-20261128-0003']);
  });

  it('prints the carrier, tracking number and day once dispatched; the vendor phone without a contact', async () => {
    const text = await pdfText(
      await renderPdfInWorker(
        shippingLabelDocument({
          ...dispatched,
          shipment: { ...dispatched.shipment, contact: null },
          sender: { name: '银川医疗设备服务有限公司', address: null, phone: null },
        }),
      ),
    );
    for (const expected of [
      '承运商 顺丰速运',
      '运单号 SF1234567890',
      '发运日期 2026-11-29',
      '电话 400-810-3888',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('联系人');
    expect(text).not.toContain('发运时填写');
  });
});

describe('the packing list (随货清单)', { timeout: 30_000 }, () => {
  it('lists every item with its return, condition, accessories, fault and warranty, the totals and sign lines', async () => {
    const text = await pdfText(await renderPdfInWorker(packingListDocument(dispatched)));
    for (const expected of [
      '随货清单',
      '发运单号 SH-20261128-0003',
      '打印时间 2026-11-28 14:30',
      '银川医疗设备服务有限公司',
      '惠普（中国）售后服务中心',
      '北京市朝阳区建国路 112 号惠普大厦',
      '刘工',
      '顺丰速运',
      'SF1234567890',
      '易碎，轻放',
      '返修单号',
      '外观状况',
      '故障 / 检测结果',
      '保修类别',
      'RR-20261120-0001',
      'LaserJet M404 打印机',
      'CNB1234',
      '外壳完好',
      '电源线',
      '定影组件加热异常',
      '包换（特急）',
      '硒鼓',
      '有划痕',
      'RR-20261121-0004',
      '扫描仪 ScanJet',
      'SJ-998',
      'USB 线',
      '人为进液，主板腐蚀',
      '保外',
      '合计：返修单 2 份，物品 3 件',
      '发货人签字',
      '承运人签字',
      '收货人签字',
    ])
      expect(text, expected).toContain(expected);
  });

  it('repeats its header on every page of a long list', async () => {
    const many = sampleShipment({
      items: Array.from({ length: 40 }, (_, i) => ({
        ...sampleShipment().items[1]!,
        repairReturnId: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
        number: `RR-20261121-${String(i + 1).padStart(4, '0')}`,
      })),
    });
    const pdf = await renderPdfInWorker(packingListDocument({ ...dispatched, shipment: many }));
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = await pdfText(pdf);
    expect(text.split('返修单号').length - 1).toBe(pages);
    expect(text).toContain('RR-20261121-0040');
    expect(text).toContain('合计：返修单 40 份，物品 40 件');
  });
});
