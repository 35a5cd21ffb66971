import { and, eq, isNull } from 'drizzle-orm';
import { recordNotice, repairReturnNotices } from '../repair-returns';
import type { DemoStores } from './inventory-demo-stock';
import {
  bench,
  broughtIn,
  handOver,
  kept,
  readyToShip,
  register,
  takenBackOnSite,
  unit,
} from './returns-demo-steps';
import { back, chase, ship } from './returns-demo-vendor-steps';
import type { ReturnsWorld } from './returns-demo-world';

// Returns away at their vendors, or just back: chased on the cadence, one chase overdue, a
// customer told of a long repair and lent a loaner, and two ready to go back (one replaced by
// the vendor with a new unit). Times are local times of days before today (w.localTime).

/** 特急: the registration desk's only computer, on its way to the vendor and chased daily. */
async function urgentOnItsWay(w: ReturnsWorld) {
  const t = w.localTime;
  const pc = await broughtIn(w, {
    wish: { categories: ['PC'], warranty: 'in', device: 'ProDesk' },
    at: t(-4, '09:00'),
    contact: '挂号处 孙老师',
    fault: '电脑开机卡在 LOGO 界面，挂号处唯一一台，影响挂号',
    condition: '外观完好',
    items: unit('外观完好', '电源线 1 根'),
    urgent: true,
  });
  await readyToShip(w, pc, {
    testedAt: t(-4, '11:00'),
    technician: 'tech8',
    result: '主板 BIOS 芯片损坏，刷写失败，需原厂更换主板',
    expectedOn: 3,
    registeredAt: t(-4, '14:00'),
    shelf: 'A-08',
  });
  const vendor = w.vendorOf(pc.device);
  await ship(w, vendor, [pc], {
    packedAt: t(-4, '15:00'),
    dispatched: {
      at: t(-3, '09:40'),
      carrier: '顺丰速运',
      tracking: 'SF1402881207734',
      expectedOn: -1,
    },
  });
  await chase(w, pc, {
    at: t(-2, '10:00'),
    contact: vendor.contactName,
    answer: '快递已到分拨中心，明天派送，到货后优先检测',
  });
  await chase(w, pc, {
    at: t(-1, '10:30'),
    contact: vendor.contactName,
    answer: '包裹已签收，尚未分拣到维修部，承诺加急处理',
    promisedOn: 2,
  });
}

/**
 * Two computers at 联想 for three weeks: one's chase is five days overdue; the other came
 * back the day before yesterday — a new unit with a new serial number.
 */
async function overdueAndReplaced(w: ReturnsWorld) {
  const t = w.localTime;
  const wish = { categories: ['PC'], warranty: 'in' as const, device: '启天' };
  const overdue = await broughtIn(w, {
    wish,
    at: t(-23, '10:00'),
    contact: '吴医生',
    fault: '电脑开机无显示，主板报警长响',
    condition: '外观完好',
    items: unit('外观完好', '电源线 1 根'),
  });
  await readyToShip(w, overdue, {
    testedAt: t(-22, '10:00'),
    technician: 'tech8',
    result: '主板内存插槽供电异常，更换内存无效，需原厂更换主板',
    expectedOn: -11,
    registeredAt: t(-21, '10:00'),
    shelf: 'A-05',
  });
  const lenovo = w.vendorOf(overdue.device);
  await ship(w, lenovo, [overdue], {
    packedAt: t(-21, '14:00'),
    dispatched: { at: t(-20, '09:30'), carrier: '京东物流', tracking: 'JDVA20958817306' },
    arrived: { day: -18, by: '联想售后 陈工' },
  });
  await chase(w, overdue, {
    at: t(-12, '10:00'),
    contact: lenovo.contactName,
    answer: '主板缺货，已向总部调货',
    promisedOn: -5,
  });

  const replaced = await broughtIn(w, {
    wish,
    at: t(-14, '09:00'),
    contact: '高老师',
    fault: '电脑反复重启，硬盘灯常亮',
    condition: '外观完好',
    items: unit('外观完好', '电源线 1 根'),
  });
  await readyToShip(w, replaced, {
    testedAt: t(-14, '14:00'),
    technician: 'tech8',
    result: '主板与硬盘接口均有故障，整机不稳定，送原厂检测',
    expectedOn: -3,
    registeredAt: t(-13, '09:30'),
    shelf: 'A-06',
  });
  const vendor = w.vendorOf(replaced.device);
  await ship(w, vendor, [replaced], {
    packedAt: t(-13, '10:30'),
    dispatched: { at: t(-12, '09:30'), carrier: '京东物流', tracking: 'JDVA20971164520' },
    arrived: { day: -11, by: '联想售后 陈工' },
  });
  await chase(w, replaced, {
    at: t(-5, '10:00'),
    contact: vendor.contactName,
    answer: '整机故障，已申请换新，等待审批',
    promisedOn: -3,
  });
  await back(w, replaced, {
    at: t(-2, '14:00'),
    outcome: 'replaced',
    serial: `${replaced.device.serialNumber.slice(0, 3)}R${replaced.device.serialNumber.slice(-6)}`,
    note: '厂家换新整机，新机序列号已登记，旧机由厂家收回',
  });
}

/** 郑鹏's monitor: the vendor needs weeks, so the customer is to be told — not yet done. */
async function longRepairNotYetTold(w: ReturnsWorld) {
  const t = w.localTime;
  const monitor = await takenBackOnSite(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
    technician: 'tech5',
    caller: '马护士',
    fault: '监护仪无创血压测不出，气泵不工作',
    receivedAt: t(-6, '08:30'),
    visitAt: t(-6, '10:00'),
    confirmed: {
      fault: '无创血压气泵不启动',
      diagnosis: 'NIBP 模块气泵损坏，现场无备件，带回送厂',
    },
    items: unit('外壳完好', '血压袖带 1 个、电源线 1 根'),
    signer: '马丽',
  });
  await readyToShip(w, monitor, {
    testedAt: t(-5, '10:00'),
    technician: 'tech5',
    result: 'NIBP 模块气泵损坏，原厂备件需从深圳调货，预计三周以上',
    expectedOn: 20,
    registeredAt: t(-5, '15:00'),
    shelf: 'C-04',
  });
  await ship(w, w.vendorOf(monitor.device), [monitor], {
    packedAt: t(-4, '10:00'),
    dispatched: { at: t(-4, '15:00'), carrier: '顺丰速运', tracking: 'SF1402880412958' },
    arrived: { day: -2, by: '迈瑞售后 黄工' },
  });
}

/**
 * An ECG machine away for weeks: the customer was told at once and lent a loaner ECG, due
 * back three days ago; the vendor has been chased three times.
 */
async function toldAndLentALoaner(w: ReturnsWorld, stores: DemoStores) {
  const t = w.localTime;
  const ecg = await broughtIn(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
    at: t(-26, '09:00'),
    contact: '田主任',
    fault: '心电图机采集波形全是干扰，无法出报告',
    condition: '外观完好',
    items: unit('外观完好', '导联线 1 套、电源适配器 1 个'),
  });
  // Expected back more than 14 days after it came in: the customer is to be told at once.
  await bench(w, ecg, {
    at: t(-25, '10:00'),
    technician: 'tech4',
    result: '采集模块损坏，需返厂维修，周期约 3–4 周',
    expectedOn: -3,
  });
  await handOver(w, ecg, { at: t(-25, '10:30'), technician: 'tech4' });
  const [notice] = await w.tx
    .select({ id: repairReturnNotices.id })
    .from(repairReturnNotices)
    .where(and(eq(repairReturnNotices.repairReturnId, ecg.id), isNull(repairReturnNotices.doneAt)));
  kept(
    ecg,
    await recordNotice(w.tx, w.as('returns', t(-25, '14:00')), ecg.id, notice!.id, {
      channel: 'phone',
      message: `返修周期较长，预计 ${w.day(-3)} 前后返回，可借用备用心电图机`,
      customerAnswer: '同意等待，借用备用机',
      loanerOffered: true,
      loan: {
        loanerUnitId: stores.loanerId('BYJ-02'),
        dueOn: w.day(-3),
        conditionOut: '外观完好，附导联线一套',
      },
    }),
  );
  await register(w, ecg, { at: t(-24, '09:30'), shelf: 'C-05' });
  const vendor = w.vendorOf(ecg.device);
  await ship(w, vendor, [ecg], {
    packedAt: t(-24, '11:00'),
    dispatched: { at: t(-24, '15:00'), carrier: '顺丰速运', tracking: 'SF1402878953310' },
    arrived: { day: -22, by: '迈瑞售后 黄工' },
  });
  for (const [day, answer, promisedOn] of [
    [-17, '采集模块缺货，等待备件', -8],
    [-10, '备件仍在途，预计下周到货', -4],
    [-3, '备件已到，正在维修', 2],
  ] as const)
    await chase(w, ecg, { at: t(day, '11:00'), contact: vendor.contactName, answer, promisedOn });
}

/** Back from the vendor yesterday, repaired by the promised day: to go back to the customer. */
async function backRepaired(w: ReturnsWorld) {
  const t = w.localTime;
  const pc = await broughtIn(w, {
    wish: { categories: ['PC'], warranty: 'in', device: 'ProDesk' },
    at: t(-13, '09:30'),
    contact: '黄老师',
    fault: '电脑 USB 口全部失灵，键盘鼠标无反应',
    condition: '外观完好',
    items: unit('外观完好', '电源线 1 根'),
  });
  await readyToShip(w, pc, {
    testedAt: t(-13, '14:00'),
    technician: 'tech8',
    result: '主板 USB 控制器故障，需原厂维修',
    expectedOn: -3,
    registeredAt: t(-12, '09:30'),
    shelf: 'A-07',
  });
  const vendor = w.vendorOf(pc.device);
  await ship(w, vendor, [pc], {
    packedAt: t(-12, '10:30'),
    dispatched: { at: t(-12, '15:00'), carrier: '顺丰速运', tracking: 'SF1402879925167' },
    arrived: { day: -10, by: '惠普维修中心 刘工' },
  });
  await chase(w, pc, {
    at: t(-5, '10:00'),
    contact: vendor.contactName,
    answer: '已更换主板，测试中',
    promisedOn: -2,
  });
  await back(w, pc, { at: t(-1, '15:00'), outcome: 'repaired', note: '原厂更换主板，测试正常' });
}

/** Returns with (or back from) their vendors. */
export const VENDOR_RETURN_STORIES: ((w: ReturnsWorld, s: DemoStores) => Promise<void>)[] = [
  urgentOnItsWay,
  overdueAndReplaced,
  longRepairNotYetTold,
  toldAndLentALoaner,
  backRepaired,
];
