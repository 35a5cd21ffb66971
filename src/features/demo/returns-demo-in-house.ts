import type { DemoStores } from './inventory-demo-stock';
import {
  bench,
  broughtIn,
  handOver,
  readyToShip,
  register,
  takenBackOnSite,
  unit,
} from './returns-demo-steps';
import { ship } from './returns-demo-vendor-steps';
import type { ReturnsWorld } from './returns-demo-world';

// Returns still in the building, one in each state before the vendor: brought in today, tested,
// waiting for the customer's yes to a quote, handed over, registered, packed. Today's steps are
// minutes before now; earlier days' at local times (w.localTime).

/** Brought to the counter this morning: not yet tested. */
async function broughtInToday(w: ReturnsWorld) {
  await broughtIn(w, {
    wish: { categories: ['PC'], warranty: 'in', device: 'ProDesk' },
    at: -150,
    contact: '刘老师',
    fault: '电脑频繁死机，机箱内有异响',
    condition: '外观完好，机箱侧板螺丝缺 1 颗',
    items: unit('外观完好，机箱侧板螺丝缺 1 颗', '电源线 1 根'),
  });
}

/** Brought in yesterday, tested this morning: a product fault, free, to go to the vendor. */
async function testedToday(w: ReturnsWorld) {
  const printer = await broughtIn(w, {
    wish: { categories: ['PRN'], warranty: 'in', device: '针式' },
    at: w.localTime(-1, '15:30'),
    contact: '杨老师',
    fault: '打印字迹缺横线，打印头有异响',
    condition: '外观完好，色带随机',
    items: unit('外观完好', '色带架 1 个、电源线 1 根'),
  });
  await bench(w, printer, {
    at: -90,
    technician: 'tech8',
    result: '打印头断针 3 根，需厂家更换打印头',
    expectedOn: 6,
  });
}

/** 孙伟 took a computer back two days ago: tea spilled into it, so the repair is charged. */
async function quoteAwaitingTheCustomer(w: ReturnsWorld) {
  const pc = await takenBackOnSite(w, {
    wish: { categories: ['PC'], warranty: 'in' },
    technician: 'tech2',
    caller: '周老师',
    fault: '电脑被茶水泼到后无法开机',
    receivedAt: w.localTime(-2, '09:10'),
    visitAt: w.localTime(-2, '14:00'),
    confirmed: {
      fault: '主机进水后无法开机',
      diagnosis: '茶水流入主机，主板疑似进水腐蚀，需带回检测',
    },
    items: unit('机箱顶部及前面板有水渍', '键盘 1 个（进水）'),
    signer: '周国栋',
  });
  await bench(w, pc, {
    at: w.localTime(-1, '10:30'),
    technician: 'tech2',
    result: '主板进水腐蚀，供电电路烧毁，属人为损坏，需更换主板（收费）',
    cause: 'human_damage',
    quoteYuan: 1280,
    expectedOn: 9,
  });
}

/** Tested yesterday and handed over today: the returns clerk has not yet registered it. */
async function handedOverToday(w: ReturnsWorld) {
  const monitor = await broughtIn(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
    at: w.localTime(-2, '10:20'),
    contact: '马护士',
    fault: '监护仪血氧一直显示 0，换探头无效',
    condition: '外观完好',
    items: unit('外观完好', '血氧探头 1 个、电源线 1 根'),
  });
  await bench(w, monitor, {
    at: w.localTime(-1, '15:00'),
    technician: 'tech5',
    result: '血氧模块无输出，需原厂更换血氧模块',
    expectedOn: 10,
  });
  await handOver(w, monitor, { at: -60, technician: 'tech5' });
}

/** Registered yesterday, its vendor known: waiting to be packed. */
async function registeredYesterday(w: ReturnsWorld) {
  const sw = await broughtIn(w, {
    wish: { categories: ['NET'], warranty: 'in' },
    at: w.localTime(-3, '11:00'),
    contact: '陈工',
    fault: '交换机上联光口不通，更换光模块无效',
    condition: '外观完好',
    items: unit('外观完好', '电源线 1 根'),
  });
  await bench(w, sw, {
    at: w.localTime(-2, '10:00'),
    technician: 'tech3',
    result: '上联 SFP 光口 PHY 芯片故障，需原厂维修',
    expectedOn: 8,
  });
  await handOver(w, sw, { at: w.localTime(-2, '10:30'), technician: 'tech3' });
  await register(w, sw, { at: w.localTime(-1, '10:00'), shelf: 'D-02', withVendor: true });
}

/** Packed this morning for its vendor; the courier has not collected the parcel yet. */
async function packedToday(w: ReturnsWorld, _stores: DemoStores) {
  const ecg = await broughtIn(w, {
    wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
    at: w.localTime(-4, '09:30'),
    contact: '何护士长',
    fault: '心电图机按键失灵，部分导联无波形',
    condition: '外观完好，按键面板有磨损',
    items: unit('外观完好，按键面板有磨损', '导联线 1 套'),
  });
  await readyToShip(w, ecg, {
    testedAt: w.localTime(-3, '14:00'),
    technician: 'tech4',
    result: '按键板排线断裂，前端放大板 V4/V5 通道无输出，需原厂维修',
    expectedOn: 9,
    registeredAt: w.localTime(-2, '09:30'),
    shelf: 'C-03',
  });
  await ship(w, w.vendorOf(ecg.device), [ecg], { packedAt: -100 });
}

/** Returns before the vendor, one per state. */
export const IN_HOUSE_RETURN_STORIES: ((w: ReturnsWorld, s: DemoStores) => Promise<void>)[] = [
  broughtInToday,
  testedToday,
  quoteAwaitingTheCustomer,
  handedOverToday,
  registeredYesterday,
  packedToday,
];
