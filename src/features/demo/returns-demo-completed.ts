import { unit } from './returns-demo-steps';
import type { ReturnStory } from './returns-demo-story';

// Returns finished weeks ago, for the vendors' turnaround and on-time share: each went to its
// vendor, was chased, came back and went back to the customer against a signature. Times are
// [days from today, local time].

const LASER_PRINTER = { categories: ['PRN'], warranty: 'in', device: 'LaserJet' } as const;

/**
 * Two laser printers to 惠普: one back by the promised day, one two days late — its department
 * worked on a loaner printer meanwhile, given back with it.
 */
const printersToHp: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: LASER_PRINTER,
        at: [-58, '09:20'],
        contact: '王老师',
        fault: '打印出来的字一擦就掉，打印时有焦糊味',
        condition: '外观完好，出纸口有轻微划痕，硒鼓随机',
        items: unit('外观完好，出纸口有轻微划痕', '硒鼓 1 个、电源线 1 根'),
      },
      tested: {
        at: [-57, '14:00'],
        technician: 'tech8',
        result: '定影组件加热异常，定影温度不足，需原厂更换定影组件',
        expectedOn: -46,
      },
      handedOver: [-57, '14:30'],
      registered: { at: [-56, '10:00'], shelf: 'B-02' },
      back: { at: [-47, '15:00'], outcome: 'repaired', note: '原厂更换定影组件' },
      // The spare toner sent along came back unused: into the central store, labelled.
      unusedParts: { at: [-47, '15:30'], part: 'CF276A', quantity: 1 },
      givenBack: { at: [-46, '10:00'], signer: '王晓丽' },
    },
    {
      broughtIn: {
        wish: LASER_PRINTER,
        at: [-57, '09:40'],
        contact: '李老师',
        fault: '开机报 50.4 错误，无法打印',
        condition: '外观完好',
        items: unit('外观完好，无硒鼓', '电源线 1 根'),
      },
      // The department cannot do without a printer: a loaner until theirs is back.
      loaner: {
        unit: 'BYJ-04',
        at: [-57, '10:00'],
        dueOn: -43,
        conditionOut: '外观完好，附电源线、USB 线',
        returned: { at: [-44, '10:40'], condition: '外观完好，打印计数 1,236 张' },
      },
      tested: {
        at: [-57, '15:30'],
        technician: 'tech8',
        result: '电源板输出不稳，开机报 50.4，需原厂维修',
        expectedOn: -46,
      },
      handedOver: [-57, '16:00'],
      registered: { at: [-56, '10:00'], shelf: 'B-02' },
      back: { at: [-45, '11:00'], outcome: 'repaired', note: '原厂更换电源板' },
      givenBack: { at: [-44, '10:30'], signer: '李红梅' },
    },
  ],
  shipped: {
    packedAt: [-56, '14:00'],
    dispatched: { at: [-56, '16:00'], carrier: '顺丰速运', tracking: 'SF1402875539621' },
    arrived: { day: -54, by: '惠普维修中心 刘工' },
  },
  chases: [
    { at: [-50, '10:00'], answer: '已更换部件，正在做老化测试，本周内寄回', promisedOn: -47 },
  ],
};

/** A monitor and an ECG machine brought in, both to 迈瑞. */
const medicalToMindray: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['MED'], warranty: 'in', device: '监护仪' },
        at: [-43, '14:00'],
        contact: '丁医生',
        fault: '监护仪开机后黑屏，报警灯一直闪',
        condition: '外壳完好，屏幕无划痕',
        items: unit('外壳完好，屏幕无划痕', '血氧探头 1 个、血压袖带 1 个、电源线 1 根'),
      },
      tested: {
        at: [-42, '10:00'],
        technician: 'tech7',
        result: '主控板电源管理芯片损坏，需原厂更换主控板',
        expectedOn: -31,
      },
      handedOver: [-42, '10:30'],
      registered: { at: [-41, '10:00'], shelf: 'C-01' },
      back: { at: [-31, '16:00'], outcome: 'repaired', note: '原厂更换主控板' },
      givenBack: { at: [-30, '10:00'], signer: '丁玉梅' },
    },
    {
      broughtIn: {
        wish: { categories: ['MED'], warranty: 'in', device: '心电图机' },
        at: [-42, '09:30'],
        contact: '马护士长',
        fault: '心电图机打印走纸不动，热敏打印头无输出',
        condition: '外观完好，导联线随机',
        items: unit('外观完好', '导联线 1 套、电源适配器 1 个'),
      },
      tested: {
        at: [-42, '11:00'],
        technician: 'tech4',
        result: '打印机构电机驱动故障，热敏头无输出，需原厂维修',
        expectedOn: -30,
      },
      handedOver: [-42, '11:30'],
      registered: { at: [-41, '10:10'], shelf: 'C-02' },
      back: { at: [-29, '15:00'], outcome: 'repaired', note: '更换打印机构电机' },
      givenBack: { at: [-28, '09:30'], signer: '马秀兰' },
    },
  ],
  shipped: {
    packedAt: [-41, '14:00'],
    dispatched: { at: [-41, '15:00'], carrier: '顺丰速运', tracking: 'SF1402876610385' },
    arrived: { day: -39, by: '迈瑞售后 黄工' },
  },
  chases: [{ at: [-34, '10:00'], answer: '备件已到，维修中，预计一周内修复寄回', promisedOn: -31 }],
};

/** A switch struck by lightning: 华为 refused it under warranty; it went back unrepaired. */
const switchRefusedByHuawei: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['NET'], warranty: 'in' },
        at: [-27, '10:30'],
        contact: '赵工',
        fault: '雷雨后交换机多个端口不亮，整机频繁重启',
        condition: '外壳有轻微烧灼痕迹',
        items: unit('外壳背板有轻微烧灼痕迹', '电源线 1 根、挂耳 1 对'),
      },
      tested: {
        at: [-26, '10:00'],
        technician: 'tech3',
        result: '电源模块及 8 个端口芯片损坏，疑似雷击，送厂家鉴定',
        expectedOn: -14,
      },
      handedOver: [-26, '10:30'],
      registered: { at: [-25, '09:30'], shelf: 'D-01' },
      back: {
        at: [-16, '14:30'],
        outcome: 'refused',
        note: '厂家鉴定为雷击导致电源模块及端口芯片损坏，不属保修范围，原样退回',
      },
      givenBack: {
        at: [-15, '10:00'],
        signer: '赵文斌',
        note: '客户知悉厂家拒保结论，设备原样退回，另行采购',
      },
    },
  ],
  shipped: {
    packedAt: [-25, '11:00'],
    dispatched: { at: [-25, '15:00'], carrier: '德邦快递', tracking: 'DPK300918726455' },
    arrived: { day: -23, by: '华为备件中心 周工' },
  },
  chases: [{ at: [-18, '10:00'], answer: '初检为雷击损坏，等待最终鉴定结论', promisedOn: -15 }],
};

/** A dot-matrix printer with no fault found on the bench: given back the next day. */
const noFaultInHouse: ReturnStory = {
  items: [
    {
      broughtIn: {
        wish: { categories: ['PRN'], warranty: 'in', device: '针式' },
        at: [-12, '15:00'],
        contact: '杨老师',
        fault: '打印发票时偶尔缺字',
        condition: '外观完好，色带随机',
        items: unit('外观完好', '色带架 1 个'),
      },
      tested: {
        at: [-11, '10:00'],
        technician: 'tech8',
        result: '连续打印 3 小时未复现缺字；清洁打印头、更换客户自带色带后打印正常',
        cause: 'no_fault_found',
        expectedOn: -10,
      },
      finishedInHouse: {
        at: [-11, '10:30'],
        outcome: 'no_fault_found',
        note: '未发现故障，已清洁打印头，建议定期更换色带',
      },
      givenBack: { at: [-10, '09:30'], signer: '杨晓燕' },
    },
  ],
};

/** Stories that end with the item back with its customer. */
export const COMPLETED_RETURN_STORIES: readonly ReturnStory[] = [
  printersToHp,
  medicalToMindray,
  switchRefusedByHuawei,
  noFaultInHouse,
];
export const COMPLETED_RETURNS = 6;
