import { describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText } from '../../../platform/pdf/pdf-text';
import { renderSlipPdf } from './render-slip-pdf';
import { slipView } from './slip.schemas';
import { sampleSlipView, signaturePng } from './slip.test-support';

/** The text of each copy: each starts with the company name at the top of its first page. */
function copiesOf(text: string, companyName: string): string[] {
  return text.split(companyName).slice(1);
}

// Rendering loads the 8 MB font on the first document: seconds on a busy machine.
describe('the slip PDF', { timeout: 30_000 }, () => {
  it('prints both copies with every field, in Chinese', async () => {
    const view = slipView.parse(sampleSlipView());
    const pdf = await renderSlipPdf(view);
    const text = await pdfText(pdf);
    const pages = await pdfPageCount(pdf);
    expect(pages % 2).toBe(0);
    const copies = copiesOf(text, '银川医疗设备服务有限公司');
    expect(copies).toHaveLength(2);
    for (const [index, heading] of ['客户联', '调度联'].entries()) {
      const copy = copies[index]!;
      expect(copy).toContain(heading);
      expect(copy).toContain(`服务处理单 WO-20261128-0007 · ${heading} 第 1 页`);
      for (const expected of [
        '服务处理单',
        '服务热线 0951-6000000',
        'WO-20261128-0007',
        '银川市第一人民医院',
        '放射科',
        'LaserJet M404',
        'CNB1234',
        '已过保',
        '进纸时卡纸，搓纸轮磨损',
        '搓纸轮老化打滑',
        '更换搓纸轮，清洁纸道，试打 20 张正常',
        '现场修复',
        '出租车',
        '2026-11-28 14:30',
        'RM2-5452',
        '¥45.00',
        '¥90.00',
        '应收合计：¥183.50',
        '客户已同意报价',
        '李主任',
        '口头同意（调度员 记录）',
        '王护士',
        '接到报修后 30 分钟内响应',
        '本单（紧急，市区）：30 分钟内响应，2 小时内到达现场，8 小时内完成',
        `第 1 页 / 共 ${pages / 2} 页`,
      ]) {
        expect(copy, `${heading}: ${expected}`).toContain(expected);
      }
    }
  });

  it('lists taken-back items with the return number, and charges parts when there is no quote', async () => {
    const view = sampleSlipView({
      outcome: 'take_back',
      takenBack: {
        repairReturnId: '00000000-0000-4000-8000-000000000002',
        number: 'RR-20261128-0001',
        items: [
          {
            description: '打印机主机',
            serialNumber: 'CNB1234',
            condition: '外壳完好',
            accessories: '电源线',
          },
        ],
      },
      charges: {
        source: 'parts',
        decision: null,
        lines: [
          {
            kind: 'part',
            description: '定影膜 × 1',
            amountCents: 12_000,
            coveredCents: 12_000,
            chargedCents: 0,
          },
        ],
        totals: { grossCents: 12_000, coveredCents: 12_000, chargedCents: 0 },
      },
      signatures: [
        {
          purpose: 'take_back',
          method: 'signature',
          signerName: '赵科长',
          givenAt: '2026-11-28T08:10:00.000Z',
          recordedBy: '维修一',
          imagePng: signaturePng(7),
        },
      ],
    });
    const text = await pdfText(await renderSlipPdf(view));
    for (const expected of [
      '带回物品（返修单号 RR-20261128-0001）',
      '打印机主机',
      '外壳完好',
      '电源线',
      '未报价，按使用配件计费',
      '应收合计：¥0.00',
      '确认带回物品',
      '赵科长',
    ])
      expect(text).toContain(expected);
  });
});
