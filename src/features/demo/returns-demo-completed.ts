import { lendLoaner, returnLoan } from '../inventory';
import { finishInHouse, takeInGoodParts } from '../repair-returns';
import type { DemoStores } from './inventory-demo-stock';
import { bench, broughtIn, kept, readyToShip, unit } from './returns-demo-steps';
import { back, chase, giveBack, ship } from './returns-demo-vendor-steps';
import type { ReturnsWorld } from './returns-demo-world';

// Returns finished weeks ago, for the vendors' turnaround and on-time share: each went to its
// vendor, was chased, came back and went back to the customer against a signature. Times are
// local times of days before today (w.localTime).

/**
 * Two laser printers to 惠普: one back by the promised day, one two days late — its department
 * worked on a loaner printer meanwhile, given back with it.
 */
async function printersToHp(w: ReturnsWorld, stores: DemoStores) {
  const t = w.localTime;
  const wish = { categories: ['PRN'], warranty: 'in' as const, device: 'LaserJet' };
  const fuser = await broughtIn(w, {
    wish,
    at: t(-58, '09:20'),
    contact: '王老师',
    fault: '打印出来的字一擦就掉，打印时有焦糊味',
    condition: '外观完好，出纸口有轻微划痕，硒鼓随机',
    items: unit('外观完好，出纸口有轻微划痕', '硒鼓 1 个、电源线 1 根'),
  });
  const board = await broughtIn(w, {
    wish,
    at: t(-57, '09:40'),
    contact: '李老师',
    fault: '开机报 50.4 错误，无法打印',
    condition: '外观完好',
    items: unit('外观完好，无硒鼓', '电源线 1 根'),
  });
  // The department cannot do without a printer: a loaner until theirs is back.
  const loaner = stores.loanerId('BYJ-04');
  await lendLoaner(w.tx, w.as('returns', t(-57, '10:00')), loaner, {
    customerId: board.device.customerId,
    repairReturnId: board.id,
    dueOn: w.day(-43),
    conditionOut: '外观完好，附电源线、USB 线',
  });
  for (const [rr, result, at] of [
    [fuser, '定影组件加热异常，定影温度不足，需原厂更换定影组件', '14:00'],
    [board, '电源板输出不稳，开机报 50.4，需原厂维修', '15:30'],
  ] as const)
    await readyToShip(w, rr, {
      testedAt: t(-57, at),
      technician: 'tech8',
      result,
      expectedOn: -46,
      registeredAt: t(-56, '10:00'),
      shelf: 'B-02',
    });
  const hp = w.vendorOf(fuser.device);
  await ship(w, hp, [fuser, board], {
    packedAt: t(-56, '14:00'),
    dispatched: { at: t(-56, '16:00'), carrier: '顺丰速运', tracking: 'SF1402875539621' },
    arrived: { day: -54, by: '惠普维修中心 刘工' },
  });
  for (const rr of [fuser, board])
    await chase(w, rr, {
      at: t(-50, '10:00'),
      contact: hp.contactName,
      answer: '已更换部件，正在做老化测试，本周内寄回',
      promisedOn: -47,
    });
  await back(w, fuser, { at: t(-47, '15:00'), outcome: 'repaired', note: '原厂更换定影组件' });
  // The spare toner sent along came back unused: into the central store, labelled.
  await takeInGoodParts(w.tx, w.as('returns', t(-47, '15:30')), fuser.id, {
    warehouseId: stores.centralId,
    lines: [{ partId: stores.partId('CF276A'), quantity: 1 }],
  });
  await giveBack(w, fuser, { at: t(-46, '10:00'), signer: '王晓丽' });
  await back(w, board, { at: t(-45, '11:00'), outcome: 'repaired', note: '原厂更换电源板' });
  await giveBack(w, board, { at: t(-44, '10:30'), signer: '李红梅' });
  await returnLoan(w.tx, w.as('returns', t(-44, '10:40')), loaner, {
    conditionBack: '外观完好，打印计数 1,236 张',
  });
}

/** A monitor and an ECG machine brought in, both to 迈瑞. */
async function medicalToMindray(w: ReturnsWorld) {
  const t = w.localTime;
  const monitor = await broughtIn(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
    at: t(-43, '14:00'),
    contact: '丁医生',
    fault: '监护仪开机后黑屏，报警灯一直闪',
    condition: '外壳完好，屏幕无划痕',
    items: unit('外壳完好，屏幕无划痕', '血氧探头 1 个、血压袖带 1 个、电源线 1 根'),
  });
  const ecg = await broughtIn(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
    at: t(-42, '09:30'),
    contact: '马护士长',
    fault: '心电图机打印走纸不动，热敏打印头无输出',
    condition: '外观完好，导联线随机',
    items: unit('外观完好', '导联线 1 套、电源适配器 1 个'),
  });
  await readyToShip(w, monitor, {
    testedAt: t(-42, '10:00'),
    technician: 'tech7',
    result: '主控板电源管理芯片损坏，需原厂更换主控板',
    expectedOn: -31,
    registeredAt: t(-41, '10:00'),
    shelf: 'C-01',
  });
  await readyToShip(w, ecg, {
    testedAt: t(-42, '11:00'),
    technician: 'tech4',
    result: '打印机构电机驱动故障，热敏头无输出，需原厂维修',
    expectedOn: -30,
    registeredAt: t(-41, '10:10'),
    shelf: 'C-02',
  });
  const mindray = w.vendorOf(monitor.device);
  await ship(w, mindray, [monitor, ecg], {
    packedAt: t(-41, '14:00'),
    dispatched: { at: t(-41, '15:00'), carrier: '顺丰速运', tracking: 'SF1402876610385' },
    arrived: { day: -39, by: '迈瑞售后 黄工' },
  });
  for (const rr of [monitor, ecg])
    await chase(w, rr, {
      at: t(-34, '10:00'),
      contact: mindray.contactName,
      answer: '备件已到，维修中，预计一周内修复寄回',
      promisedOn: -31,
    });
  await back(w, monitor, { at: t(-31, '16:00'), outcome: 'repaired', note: '原厂更换主控板' });
  await giveBack(w, monitor, { at: t(-30, '10:00'), signer: '丁玉梅' });
  await back(w, ecg, { at: t(-29, '15:00'), outcome: 'repaired', note: '更换打印机构电机' });
  await giveBack(w, ecg, { at: t(-28, '09:30'), signer: '马秀兰' });
}

/** A switch struck by lightning: 华为 refused it under warranty; it went back unrepaired. */
async function switchRefusedByHuawei(w: ReturnsWorld) {
  const t = w.localTime;
  const sw = await broughtIn(w, {
    wish: { categories: ['NET'], warranty: 'in' },
    at: t(-27, '10:30'),
    contact: '赵工',
    fault: '雷雨后交换机多个端口不亮，整机频繁重启',
    condition: '外壳有轻微烧灼痕迹',
    items: unit('外壳背板有轻微烧灼痕迹', '电源线 1 根、挂耳 1 对'),
  });
  await readyToShip(w, sw, {
    testedAt: t(-26, '10:00'),
    technician: 'tech3',
    result: '电源模块及 8 个端口芯片损坏，疑似雷击，送厂家鉴定',
    expectedOn: -14,
    registeredAt: t(-25, '09:30'),
    shelf: 'D-01',
  });
  const huawei = w.vendorOf(sw.device);
  await ship(w, huawei, [sw], {
    packedAt: t(-25, '11:00'),
    dispatched: { at: t(-25, '15:00'), carrier: '德邦快递', tracking: 'DPK300918726455' },
    arrived: { day: -23, by: '华为备件中心 周工' },
  });
  await chase(w, sw, {
    at: t(-18, '10:00'),
    contact: huawei.contactName,
    answer: '初检为雷击损坏，等待最终鉴定结论',
    promisedOn: -15,
  });
  await back(w, sw, {
    at: t(-16, '14:30'),
    outcome: 'refused',
    note: '厂家鉴定为雷击导致电源模块及端口芯片损坏，不属保修范围，原样退回',
  });
  await giveBack(w, sw, {
    at: t(-15, '10:00'),
    signer: '赵文斌',
    note: '客户知悉厂家拒保结论，设备原样退回，另行采购',
  });
}

/** A dot-matrix printer with no fault found on the bench: given back the next day. */
async function noFaultInHouse(w: ReturnsWorld) {
  const t = w.localTime;
  const printer = await broughtIn(w, {
    wish: { categories: ['PRN'], warranty: 'in', device: '针式' },
    at: t(-12, '15:00'),
    contact: '杨老师',
    fault: '打印发票时偶尔缺字',
    condition: '外观完好，色带随机',
    items: unit('外观完好', '色带架 1 个'),
  });
  await bench(w, printer, {
    at: t(-11, '10:00'),
    technician: 'tech8',
    result: '连续打印 3 小时未复现缺字；清洁打印头、更换客户自带色带后打印正常',
    cause: 'no_fault_found',
    expectedOn: -10,
  });
  kept(
    printer,
    await finishInHouse(w.tx, w.as('tech8', t(-11, '10:30')), printer.id, {
      version: printer.version,
      outcome: 'no_fault_found',
      note: '未发现故障，已清洁打印头，建议定期更换色带',
    }),
  );
  await giveBack(w, printer, { at: t(-10, '09:30'), signer: '杨晓燕' });
}

/** Stories that end with the item back with its customer. */
export const COMPLETED_RETURN_STORIES: ((w: ReturnsWorld, s: DemoStores) => Promise<void>)[] = [
  printersToHp,
  medicalToMindray,
  switchRefusedByHuawei,
  noFaultInHouse,
];
export const COMPLETED_RETURNS = 6;
