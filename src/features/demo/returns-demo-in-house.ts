import { unit } from './returns-demo-steps';
import type { ReturnStory } from './returns-demo-story';

// Returns still in the building, one in each state before the vendor: brought in today, tested,
// waiting for the customer's yes to a quote, handed over, registered, packed. Today's steps are
// minutes before now; earlier days' are [days from today, local time].

/** Brought to the counter this morning: not yet tested. */
const broughtInToday: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['PC'], warranty: 'in', device: 'ProDesk' },
        at: -150,
        contact: '刘老师',
        fault: '电脑频繁死机，机箱内有异响',
        condition: '外观完好，机箱侧板螺丝缺 1 颗',
        items: unit('外观完好，机箱侧板螺丝缺 1 颗', '电源线 1 根'),
      },
    },
  ],
};

/** Brought in yesterday, tested this morning: a product fault, free, to go to the vendor. */
const testedToday: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['PRN'], warranty: 'in', device: '针式' },
        at: [-1, '15:30'],
        contact: '杨老师',
        fault: '打印字迹缺横线，打印头有异响',
        condition: '外观完好，色带随机',
        items: unit('外观完好', '色带架 1 个、电源线 1 根'),
      },
      tested: {
        at: -90,
        technician: 'tech8',
        result: '打印头断针 3 根，需厂家更换打印头',
        expectedOn: 6,
      },
    },
  ],
};

/** 孙伟 took a computer back two days ago: tea spilled into it, so the repair is charged. */
const quoteAwaitingTheCustomer: ReturnStory = {
  items: [
    {
      takenBack: {
        wish: { categories: ['PC'], warranty: 'in' },
        technician: 'tech2',
        caller: '周老师',
        fault: '电脑被茶水泼到后无法开机',
        receivedAt: [-2, '09:10'],
        visitAt: [-2, '14:00'],
        confirmed: {
          fault: '主机进水后无法开机',
          diagnosis: '茶水流入主机，主板疑似进水腐蚀，需带回检测',
        },
        items: unit('机箱顶部及前面板有水渍', '键盘 1 个（进水）'),
        signer: '周国栋',
      },
      tested: {
        at: [-1, '10:30'],
        technician: 'tech2',
        result: '主板进水腐蚀，供电电路烧毁，属人为损坏，需更换主板（收费）',
        cause: 'human_damage',
        quoteYuan: 1280,
        expectedOn: 9,
      },
    },
  ],
};

/** Tested yesterday and handed over today: the returns clerk has not yet registered it. */
const handedOverToday: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
        at: [-2, '10:20'],
        contact: '马护士',
        fault: '监护仪血氧一直显示 0，换探头无效',
        condition: '外观完好',
        items: unit('外观完好', '血氧探头 1 个、电源线 1 根'),
      },
      tested: {
        at: [-1, '15:00'],
        technician: 'tech5',
        result: '血氧模块无输出，需原厂更换血氧模块',
        expectedOn: 10,
      },
      handedOver: -60,
    },
  ],
};

/** Registered yesterday, its vendor known: waiting to be packed. */
const registeredYesterday: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['NET'], warranty: 'in' },
        at: [-3, '11:00'],
        contact: '陈工',
        fault: '交换机上联光口不通，更换光模块无效',
        condition: '外观完好',
        items: unit('外观完好', '电源线 1 根'),
      },
      tested: {
        at: [-2, '10:00'],
        technician: 'tech3',
        result: '上联 SFP 光口 PHY 芯片故障，需原厂维修',
        expectedOn: 8,
      },
      handedOver: [-2, '10:30'],
      registered: { at: [-1, '10:00'], shelf: 'D-02', withVendor: true },
    },
  ],
};

/** Packed this morning for its vendor; the courier has not collected the parcel yet. */
const packedToday: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
        at: [-4, '09:30'],
        contact: '何护士长',
        fault: '心电图机按键失灵，部分导联无波形',
        condition: '外观完好，按键面板有磨损',
        items: unit('外观完好，按键面板有磨损', '导联线 1 套'),
      },
      tested: {
        at: [-3, '14:00'],
        technician: 'tech4',
        result: '按键板排线断裂，前端放大板 V4/V5 通道无输出，需原厂维修',
        expectedOn: 9,
      },
      handedOver: [-3, '14:30'],
      registered: { at: [-2, '09:30'], shelf: 'C-03' },
    },
  ],
  shipped: { packedAt: -100 },
};

/** Returns before the vendor, one per state. */
export const IN_HOUSE_RETURN_STORIES: readonly ReturnStory[] = [
  broughtInToday,
  testedToday,
  quoteAwaitingTheCustomer,
  handedOverToday,
  registeredYesterday,
  packedToday,
];
