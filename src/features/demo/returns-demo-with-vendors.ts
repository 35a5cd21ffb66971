import { unit } from './returns-demo-steps';
import type { ReturnStory } from './returns-demo-story';

// Returns away at their vendors, or just back: chased on the cadence, one chase overdue, a
// customer told of a long repair and lent a loaner, and two ready to go back (one replaced by
// the vendor with a new unit). Times are [days from today, local time].

const PRODESK = { categories: ['PC'], warranty: 'in', device: 'ProDesk' } as const;
const QITIAN = { categories: ['PC'], warranty: 'in', device: '启天' } as const;

/** 特急: the registration desk's only computer, on its way to the vendor and chased daily. */
const urgentOnItsWay: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: PRODESK,
        at: [-4, '09:00'],
        contact: '挂号处 孙老师',
        fault: '电脑开机卡在 LOGO 界面，挂号处唯一一台，影响挂号',
        condition: '外观完好',
        items: unit('外观完好', '电源线 1 根'),
        urgent: true,
      },
      tested: {
        at: [-4, '11:00'],
        technician: 'tech8',
        result: '主板 BIOS 芯片损坏，刷写失败，需原厂更换主板',
        expectedOn: 3,
      },
      handedOver: [-4, '11:30'],
      registered: { at: [-4, '14:00'], shelf: 'A-08' },
    },
  ],
  shipped: {
    packedAt: [-4, '15:00'],
    dispatched: {
      at: [-3, '09:40'],
      carrier: '顺丰速运',
      tracking: 'SF1402881207734',
      expectedOn: -1,
    },
  },
  chases: [
    { at: [-2, '10:00'], answer: '快递已到分拨中心，明天派送，到货后优先检测' },
    { at: [-1, '10:30'], answer: '包裹已签收，尚未分拣到维修部，承诺加急处理', promisedOn: 2 },
  ],
};

/** A computer at 联想 for three weeks, its chase five days overdue. */
const overdueAtLenovo: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: QITIAN,
        at: [-23, '10:00'],
        contact: '吴医生',
        fault: '电脑开机无显示，主板报警长响',
        condition: '外观完好',
        items: unit('外观完好', '电源线 1 根'),
      },
      tested: {
        at: [-22, '10:00'],
        technician: 'tech8',
        result: '主板内存插槽供电异常，更换内存无效，需原厂更换主板',
        expectedOn: -11,
      },
      handedOver: [-22, '10:30'],
      registered: { at: [-21, '10:00'], shelf: 'A-05' },
    },
  ],
  shipped: {
    packedAt: [-21, '14:00'],
    dispatched: { at: [-20, '09:30'], carrier: '京东物流', tracking: 'JDVA20958817306' },
    arrived: { day: -18, by: '联想售后 陈工' },
  },
  chases: [{ at: [-12, '10:00'], answer: '主板缺货，已向总部调货', promisedOn: -5 }],
};

/** Another computer at 联想: back the day before yesterday, a new unit with a new serial number. */
const replacedByLenovo: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: QITIAN,
        at: [-14, '09:00'],
        contact: '高老师',
        fault: '电脑反复重启，硬盘灯常亮',
        condition: '外观完好',
        items: unit('外观完好', '电源线 1 根'),
      },
      tested: {
        at: [-14, '14:00'],
        technician: 'tech8',
        result: '主板与硬盘接口均有故障，整机不稳定，送原厂检测',
        expectedOn: -3,
      },
      handedOver: [-14, '14:30'],
      registered: { at: [-13, '09:30'], shelf: 'A-06' },
      back: {
        at: [-2, '14:00'],
        outcome: 'replaced',
        serial: (old) => `${old.slice(0, 3)}R${old.slice(-6)}`,
        note: '厂家换新整机，新机序列号已登记，旧机由厂家收回',
      },
    },
  ],
  shipped: {
    packedAt: [-13, '10:30'],
    dispatched: { at: [-12, '09:30'], carrier: '京东物流', tracking: 'JDVA20971164520' },
    arrived: { day: -11, by: '联想售后 陈工' },
  },
  chases: [{ at: [-5, '10:00'], answer: '整机故障，已申请换新，等待审批', promisedOn: -3 }],
};

/** 郑鹏's monitor: the vendor needs weeks, so the customer is to be told — not yet done. */
const longRepairNotYetTold: ReturnStory = {
  items: [
    {
      takenBack: {
        wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
        technician: 'tech5',
        caller: '马护士',
        fault: '监护仪无创血压测不出，气泵不工作',
        receivedAt: [-6, '08:30'],
        visitAt: [-6, '10:00'],
        confirmed: {
          fault: '无创血压气泵不启动',
          diagnosis: 'NIBP 模块气泵损坏，现场无备件，带回送厂',
        },
        items: unit('外壳完好', '血压袖带 1 个、电源线 1 根'),
        signer: '马丽',
      },
      tested: {
        at: [-5, '10:00'],
        technician: 'tech5',
        result: 'NIBP 模块气泵损坏，原厂备件需从深圳调货，预计三周以上',
        expectedOn: 20,
      },
      handedOver: [-5, '10:30'],
      registered: { at: [-5, '15:00'], shelf: 'C-04' },
    },
  ],
  shipped: {
    packedAt: [-4, '10:00'],
    dispatched: { at: [-4, '15:00'], carrier: '顺丰速运', tracking: 'SF1402880412958' },
    arrived: { day: -2, by: '迈瑞售后 黄工' },
  },
};

/**
 * An ECG machine away for weeks: the customer was told at once and lent a loaner ECG, due
 * back three days ago; the vendor has been chased three times.
 */
const toldAndLentALoaner: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
        at: [-26, '09:00'],
        contact: '田主任',
        fault: '心电图机采集波形全是干扰，无法出报告',
        condition: '外观完好',
        items: unit('外观完好', '导联线 1 套、电源适配器 1 个'),
      },
      // Expected back more than 14 days after it came in: the customer is to be told at once.
      tested: {
        at: [-25, '10:00'],
        technician: 'tech4',
        result: '采集模块损坏，需返厂维修，周期约 3–4 周',
        expectedOn: -3,
      },
      handedOver: [-25, '10:30'],
      told: {
        at: [-25, '14:00'],
        channel: 'phone',
        message: (expectedOn) => `返修周期较长，预计 ${expectedOn} 前后返回，可借用备用心电图机`,
        customerAnswer: '同意等待，借用备用机',
        loaner: { unit: 'BYJ-02', dueOn: -3, conditionOut: '外观完好，附导联线一套' },
      },
      registered: { at: [-24, '09:30'], shelf: 'C-05' },
    },
  ],
  shipped: {
    packedAt: [-24, '11:00'],
    dispatched: { at: [-24, '15:00'], carrier: '顺丰速运', tracking: 'SF1402878953310' },
    arrived: { day: -22, by: '迈瑞售后 黄工' },
  },
  chases: [
    { at: [-17, '11:00'], answer: '采集模块缺货，等待备件', promisedOn: -8 },
    { at: [-10, '11:00'], answer: '备件仍在途，预计下周到货', promisedOn: -4 },
    { at: [-3, '11:00'], answer: '备件已到，正在维修', promisedOn: 2 },
  ],
};

/** Back from the vendor yesterday, repaired by the promised day: to go back to the customer. */
const backRepaired: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: PRODESK,
        at: [-13, '09:30'],
        contact: '黄老师',
        fault: '电脑 USB 口全部失灵，键盘鼠标无反应',
        condition: '外观完好',
        items: unit('外观完好', '电源线 1 根'),
      },
      tested: {
        at: [-13, '14:00'],
        technician: 'tech8',
        result: '主板 USB 控制器故障，需原厂维修',
        expectedOn: -3,
      },
      handedOver: [-13, '14:30'],
      registered: { at: [-12, '09:30'], shelf: 'A-07' },
      back: { at: [-1, '15:00'], outcome: 'repaired', note: '原厂更换主板，测试正常' },
    },
  ],
  shipped: {
    packedAt: [-12, '10:30'],
    dispatched: { at: [-12, '15:00'], carrier: '顺丰速运', tracking: 'SF1402879925167' },
    arrived: { day: -10, by: '惠普维修中心 刘工' },
  },
  chases: [{ at: [-5, '10:00'], answer: '已更换主板，测试中', promisedOn: -2 }],
};

/** Returns with (or back from) their vendors. */
export const VENDOR_RETURN_STORIES: readonly ReturnStory[] = [
  urgentOnItsWay,
  overdueAtLenovo,
  replacedByLenovo,
  longRepairNotYetTold,
  toldAndLentALoaner,
  backRepaired,
];
