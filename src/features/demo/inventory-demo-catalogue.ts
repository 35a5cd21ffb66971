/**
 * The demo company's spare parts (备品备件) for the models of its installed base, its stores and
 * its loaner units (备用机). Model codes are those of DEMO_MODELS.
 */
export const DEMO_PARTS = [
  { code: 'RM2-5425', name: '定影组件（M404 系列）', unit: '个', yuan: 380, models: ['M404dn'] },
  { code: 'CF276A', name: '硒鼓 CF276A', unit: '个', yuan: 450, models: ['M404dn'] },
  { code: 'RM2-5452', name: '搓纸轮', unit: '个', yuan: 65, models: ['M404dn'] },
  { code: 'S015583', name: '色带架 LQ-630K', unit: '个', yuan: 35, models: ['LQ-630K'] },
  { code: '5B20U53717', name: '主板（启天 M430）', unit: '块', yuan: 1200, models: ['M430'] },
  {
    code: 'KF426S15IB-8',
    name: '内存条 DDR4 8GB',
    unit: '根',
    yuan: 260,
    models: ['M430', 'ProDesk 400 G9'],
    serialTracked: true,
  },
  {
    code: 'SSD-512-NVME',
    name: '固态硬盘 512GB',
    unit: '块',
    yuan: 420,
    models: ['M430', 'ProDesk 400 G9'],
    serialTracked: true,
  },
  {
    code: '02311HAP',
    name: '服务器硬盘 1.2TB SAS',
    unit: '块',
    yuan: 1650,
    models: ['2288H V5'],
    serialTracked: true,
  },
  { code: '02312QPH', name: '千兆光模块 SFP', unit: '个', yuan: 220, models: ['S5735-L24T4S-A'] },
  {
    code: '115-034697',
    name: '电源适配器（心电图机）',
    unit: '个',
    yuan: 260,
    models: ['BeneHeart R12'],
  },
  { code: '0010-30-42738', name: '血氧探头', unit: '个', yuan: 680, models: ['BeneView T5'] },
  {
    code: '009-004728',
    name: '心电导联线（10 导）',
    unit: '套',
    yuan: 520,
    models: ['BeneHeart R12'],
  },
] as const;
export type DemoPartCode = (typeof DEMO_PARTS)[number]['code'];

/** Parts received from suppliers into the central store: how many, and from whom. */
export const DEMO_RECEIPTS: { code: DemoPartCode; quantity: number; supplier: string }[] = [
  { code: 'RM2-5425', quantity: 4, supplier: '惠普授权服务商 宁夏华信' },
  { code: 'CF276A', quantity: 12, supplier: '惠普授权服务商 宁夏华信' },
  { code: 'RM2-5452', quantity: 10, supplier: '惠普授权服务商 宁夏华信' },
  { code: 'S015583', quantity: 40, supplier: '宁夏鑫源科技有限公司' },
  { code: '5B20U53717', quantity: 2, supplier: '联想服务备件中心' },
  { code: 'KF426S15IB-8', quantity: 8, supplier: '联想服务备件中心' },
  { code: 'SSD-512-NVME', quantity: 4, supplier: '联想服务备件中心' },
  { code: '02311HAP', quantity: 3, supplier: '华为企业备件中心' },
  { code: '02312QPH', quantity: 8, supplier: '华为企业备件中心' },
  { code: '115-034697', quantity: 5, supplier: '迈瑞西北备件库' },
  { code: '0010-30-42738', quantity: 5, supplier: '迈瑞西北备件库' },
  { code: '009-004728', quantity: 4, supplier: '迈瑞西北备件库' },
];

/** The serial numbers of a serial-tracked part's received units: deterministic, unique. */
export function demoSerials(code: DemoPartCode, quantity: number): string[] {
  const prefix = code.replace(/[^A-Z0-9]/g, '').slice(0, 6);
  return Array.from({ length: quantity }, (_, i) => `${prefix}-26${String(4101 + i * 37)}`);
}

/** What each technician carries in the van (by login), moved from the central store. */
export const DEMO_VAN_STOCK: { login: string; code: DemoPartCode; quantity: number }[] = [
  { login: 'technician', code: 'RM2-5452', quantity: 2 },
  { login: 'technician', code: 'CF276A', quantity: 2 },
  { login: 'technician', code: 'S015583', quantity: 3 },
  { login: 'tech2', code: 'KF426S15IB-8', quantity: 2 },
  { login: 'tech2', code: 'SSD-512-NVME', quantity: 1 },
  { login: 'tech2', code: 'S015583', quantity: 2 },
  { login: 'tech3', code: '02312QPH', quantity: 2 },
  { login: 'tech4', code: '009-004728', quantity: 1 },
  { login: 'tech5', code: '0010-30-42738', quantity: 1 },
  { login: 'tech7', code: '0010-30-42738', quantity: 1 },
  { login: 'tech8', code: 'S015583', quantity: 2 },
];

/** The outlet's shelf, stocked from the central store. */
export const DEMO_OUTLET_STOCK: { code: DemoPartCode; quantity: number }[] = [
  { code: 'CF276A', quantity: 3 },
  { code: 'S015583', quantity: 10 },
  { code: 'RM2-5452', quantity: 3 },
  { code: 'RM2-5425', quantity: 1 },
];

/** Reorder points (再订货点) in the central store; the SpO2 probes end at theirs. */
export const DEMO_REORDER_LEVELS: { code: DemoPartCode; level: number }[] = [
  { code: 'CF276A', level: 4 },
  { code: 'RM2-5425', level: 2 },
  { code: 'KF426S15IB-8', level: 3 },
  { code: 'S015583', level: 10 },
  { code: '0010-30-42738', level: 3 },
];

/** Loaner units (备用机) kept in the central store, by model code. */
export const DEMO_LOANERS = [
  { code: 'BYJ-01', model: 'BeneView T5', serialNumber: 'MR-T5-LN2401', note: '监护仪备用机' },
  { code: 'BYJ-02', model: 'BeneHeart R12', serialNumber: 'MR-R12-LN2402', note: '心电图机备用机' },
  {
    code: 'BYJ-03',
    model: 'M430',
    serialNumber: 'PC0LN24031',
    note: '台式机备用机，已装 HIS 客户端',
  },
  { code: 'BYJ-04', model: 'M404dn', serialNumber: 'PHBLN24041', note: '激光打印机备用机' },
] as const;
export type DemoLoanerCode = (typeof DEMO_LOANERS)[number]['code'];
