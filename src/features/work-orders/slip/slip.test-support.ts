import { blankCanvas, toPngDataUrl } from '../../../platform/files';
import type { SlipView } from './slip.schemas';

/**
 * A signature as the phone's canvas sends it: an RGBA PNG data URL, transparent with a dark
 * stroke (a diagonal, shifted by `seed` so two signatures differ).
 */
export function signaturePng(seed = 0, width = 120, height = 40): string {
  const canvas = blankCanvas(width, height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (Math.abs(((x + seed) % width) / 3 - y) < 1.5)
        canvas.rgba.set([0x10, 0x10, 0x40, 0xff], (y * width + x) * 4);
  return toPngDataUrl(canvas);
}

/** A closed out-of-warranty order with every part of the slip filled. */
export function sampleSlipView(overrides: Partial<SlipView> = {}): SlipView {
  return {
    generatedAt: '2026-11-30T06:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    company: { name: '银川医疗设备服务有限公司', hotline: '0951-6000000' },
    order: {
      id: '00000000-0000-4000-8000-000000000001',
      number: 'WO-20261128-0007',
      status: 'closed',
      urgency: 'urgent',
      technician: '维修一',
      createdAt: '2026-11-28T02:00:00.000Z',
      window: { start: '2026-11-28T06:00:00.000Z', end: '2026-11-28T08:00:00.000Z' },
      contactedAt: '2026-11-28T02:20:00.000Z',
      arrivedAt: '2026-11-28T06:30:00.000Z',
      resolvedAt: '2026-11-28T08:00:00.000Z',
      closedAt: '2026-11-28T08:10:00.000Z',
    },
    customer: {
      name: '银川市第一人民医院',
      department: '放射科',
      contactName: '王护士',
      contactPhone: '0951-5551234',
      address: '银川市兴庆区胜利街 2 号',
    },
    device: {
      description: '惠普打印机',
      modelCode: 'M404',
      modelName: 'LaserJet M404',
      serialNumber: 'CNB1234',
    },
    warranty: {
      state: 'expired',
      startsOn: '2024-01-01',
      replacementEndsOn: '2024-01-16',
      repairEndsOn: '2025-01-01',
      contractNumber: null,
      contractEndsOn: null,
      coverage: { parts: false, labour: false, travel: false },
    },
    reportedFault: '卡纸',
    confirmedFault: '进纸时卡纸，搓纸轮磨损',
    diagnosis: '搓纸轮老化打滑',
    workDone: '更换搓纸轮，清洁纸道，试打 20 张正常',
    outcome: 'resolve',
    revisitReason: null,
    visits: [
      {
        seq: 1,
        technician: '维修一',
        travelMode: 'taxi',
        travelCostCents: 3_600,
        travelStartedAt: '2026-11-28T06:00:00.000Z',
        arrivedAt: '2026-11-28T06:30:00.000Z',
        leftAt: '2026-11-28T08:00:00.000Z',
        outcome: 'resolve',
      },
    ],
    parts: [
      {
        name: '搓纸轮',
        partNumber: 'RM2-5452',
        quantity: 2,
        unitPriceCents: 4_500,
        amountCents: 9_000,
        covered: false,
      },
    ],
    charges: {
      source: 'quote',
      decision: 'approved',
      lines: [
        {
          kind: 'labour',
          description: '打印机 2级',
          amountCents: 8_000,
          coveredCents: 0,
          chargedCents: 8_000,
        },
        {
          kind: 'part',
          description: '搓纸轮 × 2',
          amountCents: 10_350,
          coveredCents: 0,
          chargedCents: 10_350,
        },
      ],
      totals: { grossCents: 18_350, coveredCents: 0, chargedCents: 18_350 },
    },
    takenBack: null,
    signatures: [
      {
        purpose: 'quote',
        method: 'verbal',
        signerName: '李主任',
        givenAt: '2026-11-28T07:00:00.000Z',
        recordedBy: '调度员',
        imagePng: null,
      },
      {
        purpose: 'completion',
        method: 'signature',
        signerName: '王护士',
        givenAt: '2026-11-28T08:10:00.000Z',
        recordedBy: '维修一',
        imagePng: signaturePng(),
      },
    ],
    commitments: {
      promises: ['接到报修后 30 分钟内响应', '以上时限均按工作时间计算，法定节假日顺延'],
      zoneName: '市区',
      responseMinutes: 30,
      onSiteMinutes: 120,
      completionMinutes: 480,
      customerNoticeDays: 14,
    },
    ...overrides,
  };
}
