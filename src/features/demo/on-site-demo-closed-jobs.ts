import { createQuote, quoteBody } from '../fees';
import {
  addPart,
  addPhoto,
  approveQuote,
  completeWorkOrder,
  requestQuoteApproval,
  resolveWorkOrder,
} from '../work-orders';
import { signaturePngFor, testPagePhoto } from './demo-pictures';
import { openJob, visit } from './on-site-demo-steps';
import type { OnSiteWorld } from './on-site-demo-world';

// Story times are minutes from the working day's now (negative: earlier); the steps of earlier
// days are at local times (w.localTime).

/** 赵志强, two days ago: a printer in warranty, parts covered, a photo of the test page. */
async function closedPrinterRepair(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PRN'], warranty: 'in' },
    technician: 'technician',
    caller: '王老师',
    fault: '打印机进纸时有咔咔声，经常卡纸',
    receivedAt: w.localTime(-2, '08:30'),
  });
  const visitAt = w.localTime(-2, '10:30');
  await visit(w, job, {
    contacted: w.localTime(-2, '08:55'),
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 25, mode: 'public_transport' },
    arrived: { at: visitAt + 5, costCents: 200 },
    confirmed: {
      at: visitAt + 15,
      fault: '搓纸轮磨损打滑导致卡纸',
      diagnosis: '搓纸轮表面磨损，分离垫老化，纸道有碎纸屑',
    },
  });
  await addPart(w.tx, job.tech(visitAt + 40), job.id, {
    name: '搓纸轮',
    partNumber: 'RM2-5452',
    quantity: 1,
    unitPriceCents: 6_500,
    covered: true,
  });
  await addPart(w.tx, job.tech(visitAt + 41), job.id, {
    name: '分离垫',
    partNumber: 'RM2-5397',
    quantity: 1,
    unitPriceCents: 3_500,
    covered: true,
  });
  await addPhoto(w.tx, job.tech(visitAt + 50), job.id, {
    dataUrl: testPagePhoto(),
    caption: '维修后打印测试页',
  });
  await resolveWorkOrder(w.tx, job.tech(visitAt + 52), job.id, {
    workDone: '更换搓纸轮和分离垫，清洁纸道，连续打印 50 页无卡纸',
  });
  await completeWorkOrder(w.tx, job.tech(visitAt + 55), job.id, {
    signerName: '王晓梅',
    signaturePng: signaturePngFor('王晓梅'),
  });
}

/** 孙伟, earlier today: a computer out of warranty; the quote signed, then repaired. */
async function closedPaidRepair(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PC'], warranty: 'expired' },
    technician: 'tech2',
    caller: '李主任',
    fault: '电脑运行很慢，经常蓝屏死机',
    receivedAt: w.localTime(-1, '16:05'),
  });
  await visit(w, job, {
    contacted: w.localTime(-1, '16:40'),
    window: w.slot(-150, 120),
    travel: { at: -150, mode: 'public_transport' },
    arrived: { at: -135, costCents: 200 },
    confirmed: {
      at: -125,
      fault: '内存条故障导致蓝屏',
      diagnosis: '内存检测报错，一根 4GB 内存条损坏；设备已过保修期，按收费标准收费',
    },
  });
  const memory = { name: '内存条 DDR4 8GB', unitPriceCents: 26_000, quantity: 1 };
  const quote = await createQuote(
    w.tx,
    job.tech(w.today(-120)),
    quoteBody.parse({
      assetId: job.device.id,
      categoryId: job.device.categoryId,
      level: 2,
      travel: { zone: job.device.zone ?? 'city' },
      parts: [memory],
      workOrderId: job.id,
    }),
  );
  await requestQuoteApproval(w.tx, job.tech(-119), job.id, { quoteId: quote.id! });
  await approveQuote(w.tx, job.tech(-110), job.id, {
    method: 'signature',
    signerName: '李建华',
    signaturePng: signaturePngFor('李建华'),
  });
  await addPart(w.tx, job.tech(-100), job.id, { ...memory, covered: false });
  await resolveWorkOrder(w.tx, job.tech(-85), job.id, {
    workDone: '更换 8GB 内存条，内存检测通过，连续运行 30 分钟无蓝屏',
  });
  await completeWorkOrder(w.tx, job.tech(-80), job.id, {
    signerName: '李建华',
    signaturePng: signaturePngFor('李建华'),
  });
}

/** 郑鹏, yesterday: a patient monitor in warranty, cuff and tubing replaced. */
async function closedMonitorRepair(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
    technician: 'tech5',
    caller: '马护士',
    fault: '监护仪测无创血压时报漏气，测不出结果',
    receivedAt: w.localTime(-1, '09:05'),
  });
  const visitAt = w.localTime(-1, '14:00');
  await visit(w, job, {
    contacted: w.localTime(-1, '09:20'),
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 20, mode: 'public_transport' },
    arrived: { at: visitAt + 10, costCents: 200 },
    confirmed: {
      at: visitAt + 20,
      fault: '血压袖带老化漏气，气管接头松动',
      diagnosis: '袖带气囊有裂口，NIBP 气管接头密封圈老化',
    },
  });
  await addPart(w.tx, job.tech(visitAt + 40), job.id, {
    name: '血压袖带（成人）',
    partNumber: '115-002482-00',
    quantity: 1,
    unitPriceCents: 18_000,
    covered: true,
  });
  await addPart(w.tx, job.tech(visitAt + 41), job.id, {
    name: 'NIBP 延长气管',
    partNumber: '509B-30-06259',
    quantity: 1,
    unitPriceCents: 4_500,
    covered: true,
  });
  await resolveWorkOrder(w.tx, job.tech(visitAt + 60), job.id, {
    workDone: '更换血压袖带和延长气管，气密性测试合格，连续测量 5 次结果正常',
  });
  await completeWorkOrder(w.tx, job.tech(visitAt + 65), job.id, {
    signerName: '马丽',
    signaturePng: signaturePngFor('马丽'),
  });
}

/** Jobs carried to a signed, closed order: their slips are worth printing. */
export const CLOSED_JOB_STORIES = [closedPrinterRepair, closedPaidRepair, closedMonitorRepair];
