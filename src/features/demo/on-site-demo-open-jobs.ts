import { createQuote, quoteBody } from '../fees';
import {
  addPart,
  requestCar,
  requestQuoteApproval,
  rescheduleVisit,
  resolveWorkOrder,
  scheduleRevisit,
  scheduleVisit,
  takeBackItem,
} from '../work-orders';
import { signaturePngFor } from './demo-pictures';
import { openJob, visit } from './on-site-demo-steps';
import type { OnSiteWorld } from './on-site-demo-world';

// Story times are minutes from the working day's now (negative: earlier); the steps of earlier
// days are at local times (w.localTime).

/** 赵志强 (login technician): booked for later today; the ward asked to move the first slot. */
async function scheduledLaterToday(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PRN'], warranty: 'in' },
    technician: 'technician',
    caller: '王老师',
    fault: '打印机频繁卡纸，面板提示 13.A 卡纸错误，每打印几张就要取纸',
    receivedAt: -150,
  });
  await visit(w, job, { contacted: -120, window: w.slot(30, 60) });
  // Later today while the working day leaves room; else first thing tomorrow.
  const later = 150 <= w.localTime(0, '16:00') ? 150 : w.localTime(1, '09:30');
  await rescheduleVisit(w.tx, job.tech(-60), job.id, {
    ...w.slot(later, 120),
    reason: '科室门诊高峰，护士长要求改到晚些时候上门',
  });
}

/** 孙伟: an urgent call (from the emergency department when it has a computer); by taxi. */
async function enRouteByTaxi(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PC'], warranty: 'in', departments: ['急诊科'] },
    technician: 'tech2',
    caller: '刘老师',
    fault: '电脑蓝屏后无法进入系统，HIS 登录不了，科室业务停摆',
    receivedAt: -75,
    urgency: 'urgent',
  });
  await visit(w, job, {
    contacted: -62,
    window: w.slot(-30, 90),
    travel: { at: -20, mode: 'taxi', reason: '科室业务中断，打车尽快到场' },
  });
}

/** 赵志强: on site now, the arrival checklist ticked, the fault not yet confirmed. */
async function onSiteNow(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PC'], warranty: 'in' },
    technician: 'technician',
    caller: '张医生',
    fault: '电脑开机后反复重启，进不了 Windows',
    receivedAt: w.localTime(-1, '15:10'),
  });
  await visit(w, job, {
    contacted: w.localTime(-1, '15:40'),
    window: w.slot(-30, 90),
    travel: { at: -45, mode: 'public_transport' },
    arrived: { at: -25, costCents: 200 },
  });
}

/** 赵志强, first job today: a printer out of warranty; the quote waits for the head. */
async function awaitingQuoteApproval(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PRN'], warranty: 'expired' },
    technician: 'technician',
    caller: '杨老师',
    fault: '打印出来的纸上有黑色竖条，打印时有异响',
    receivedAt: w.localTime(-1, '14:20'),
  });
  await visit(w, job, {
    contacted: w.localTime(-1, '14:50'),
    window: w.slot(-150, 90),
    travel: { at: -150, mode: 'public_transport' },
    arrived: { at: -135, costCents: 200 },
    confirmed: {
      at: -125,
      fault: '定影组件老化，打印有黑色竖条并伴有异响',
      diagnosis: '定影膜磨损、加热组件老化，需更换定影组件；设备已过保修期，按收费标准报价',
    },
  });
  const quote = await createQuote(
    w.tx,
    job.tech(w.today(-120)),
    quoteBody.parse({
      assetId: job.device.id,
      categoryId: job.device.categoryId,
      level: 2,
      travel: { zone: job.device.zone ?? 'city' },
      parts: [{ name: '定影组件', unitPriceCents: 38_000, quantity: 1 }],
      workOrderId: job.id,
    }),
  );
  await requestQuoteApproval(w.tx, job.tech(-118), job.id, { quoteId: quote.id! });
}

/** 赵志强, second job: repaired; the department head signs when back from the ward round. */
async function resolvedAwaitingSignature(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['PC'], warranty: 'in' },
    technician: 'technician',
    caller: '马老师',
    fault: '电脑连不上 HIS 系统，网络图标显示感叹号',
    receivedAt: w.localTime(-1, '16:30'),
  });
  await visit(w, job, {
    contacted: w.localTime(-1, '17:00'),
    window: w.slot(-110, 90),
    travel: { at: -110, mode: 'public_transport' },
    arrived: { at: -95, costCents: 200 },
    confirmed: {
      at: -85,
      fault: '网卡驱动异常，网线水晶头氧化接触不良',
      diagnosis: '系统更新后网卡驱动损坏；墙插到电脑的网线水晶头氧化',
    },
  });
  await addPart(w.tx, job.tech(-80), job.id, {
    name: '网线水晶头',
    partNumber: 'RJ45-CAT6',
    quantity: 2,
    unitPriceCents: 200,
    covered: true,
  });
  await resolveWorkOrder(w.tx, job.tech(-65), job.id, {
    workDone: '重装网卡驱动，重新压制网线水晶头，HIS 登录、挂号及打印均正常',
  });
}

/** 吴磊: the ECG machine went back to the workshop, with its adapter, signed for. */
async function takenBack(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
    technician: 'tech4',
    caller: '马护士长',
    fault: '心电图机开机自检报 E03 错误，无法采集心电',
    receivedAt: w.localTime(-1, '11:15'),
  });
  await visit(w, job, {
    contacted: w.localTime(-1, '13:40'),
    window: w.slot(-150, 120),
    travel: { at: -150, mode: 'public_transport' },
    arrived: { at: -120, costCents: 200 },
    confirmed: {
      at: -105,
      fault: '开机自检报 E03，采集板无响应',
      diagnosis: '主板采集模块故障，现场无法修复，需带回维修中心检测',
    },
  });
  await takeBackItem(w.tx, job.tech(-85), job.id, {
    items: [
      {
        description: '心电图机主机',
        serialNumber: job.device.serialNumber,
        condition: '外壳完好，屏幕无划痕；开机自检报 E03',
        accessories: '导联线 1 套、内置电池 1 块',
      },
      {
        description: '电源适配器',
        condition: '外观完好，线缆无破损',
        accessories: '电源线 1 根',
      },
    ],
    signerName: '马秀兰',
    signaturePng: signaturePngFor('马秀兰'),
  });
}

/** 陈刚, yesterday: the SpO2 module is on order; the clocks wait with the customer. */
async function awaitingPartsRevisit(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
    technician: 'tech7',
    caller: '丁医生',
    fault: '监护仪血氧读数一直为零，换了探头也没有用',
    receivedAt: w.localTime(-1, '08:20'),
  });
  const visitAt = w.localTime(-1, '10:00');
  await visit(w, job, {
    contacted: w.localTime(-1, '08:45'),
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 25, mode: 'public_transport' },
    arrived: { at: visitAt + 5, costCents: 200 },
    confirmed: {
      at: visitAt + 25,
      fault: '血氧模块无输出，更换探头后仍无读数',
      diagnosis: 'SpO2 模块损坏，需更换模块；库存无货',
    },
  });
  await scheduleRevisit(w.tx, job.tech(visitAt + 40), job.id, {
    reason: 'parts',
    note: '血氧模块已向迈瑞订货，预计三个工作日到货，到货后预约上门更换',
  });
}

/** 周海军: a site far out of town tomorrow; the company car is asked for, not yet decided. */
async function companyCarRequested(w: OnSiteWorld) {
  const job = await openJob(w, {
    wish: { categories: ['NET', 'CCTV'], warranty: 'in', zones: ['remote', 'county'] },
    technician: 'tech3',
    caller: '赵主任',
    fault: '网络设备指示灯异常，科室多台终端时断时续掉线',
    receivedAt: -90,
  });
  await scheduleVisit(w.tx, job.tech(-70), job.id, {
    ...w.slot(w.localTime(1, '09:30'), 120),
    warrantyTold: true,
    chargesTold: true,
    note: '明早上门，客户安排信息科人员陪同',
  });
  await requestCar(w.tx, job.tech(-65), job.id, {
    reason: `${job.device.customerName}路程较远，需携带备用设备和工具箱，申请公司用车`,
  });
}

/** Jobs still open, in every on-site state: today's work of 赵志强 and his colleagues. */
export const OPEN_JOB_STORIES = [
  scheduledLaterToday,
  enRouteByTaxi,
  onSiteNow,
  awaitingQuoteApproval,
  resolvedAwaitingSignature,
  takenBack,
  awaitingPartsRevisit,
  companyCarRequested,
];
