/** The demo company's installed base: policies, brands, vendors and models per category. */
export const DEMO_POLICIES = [
  {
    key: 'standard',
    name: '标准保修（包换15天，保修1年）',
    replacementDays: 15,
    repairMonths: 12,
    repairCoversTravel: false,
  },
  {
    key: 'threeYears',
    name: '整机三年保修（包换7天）',
    replacementDays: 7,
    repairMonths: 36,
    repairCoversTravel: true,
  },
  {
    key: 'medical',
    name: '医疗设备保修（包换30天，保修2年）',
    replacementDays: 30,
    repairMonths: 24,
    repairCoversTravel: true,
  },
] as const;
export type DemoPolicyKey = (typeof DEMO_POLICIES)[number]['key'];

export const DEMO_VENDORS = [
  {
    key: 'lenovo',
    name: '联想（北京）有限公司售后服务部',
    kind: 'manufacturer',
    phone: '400-990-8888',
    address: '北京市海淀区西北旺东路10号院 联想全球研发中心 售后返修部',
  },
  {
    key: 'hp',
    name: '惠普中国客户服务中心',
    kind: 'manufacturer',
    phone: '400-820-2255',
    address: '上海市闵行区紫竹科学园区紫星路 惠普维修中心',
  },
  {
    key: 'huawei',
    name: '华为技术有限公司企业服务',
    kind: 'manufacturer',
    phone: '400-822-9999',
    address: '广东省深圳市龙岗区坂田华为基地 企业服务备件中心',
  },
  {
    key: 'mindray',
    name: '深圳迈瑞生物医疗电子股份有限公司',
    kind: 'manufacturer',
    phone: '400-700-5652',
    address: '广东省深圳市南山区高新技术产业园区科技南十二路 迈瑞大厦 客户服务部',
  },
  {
    key: 'xinyuan',
    name: '宁夏鑫源科技有限公司',
    kind: 'dealer',
    phone: '0951-6021888',
    address: '宁夏银川市金凤区北京中路 鑫源科技大厦 售后部',
  },
] as const;
type VendorKey = (typeof DEMO_VENDORS)[number]['key'];

export const DEMO_MODELS: {
  brand: string;
  code: string;
  name: string;
  category: string;
  vendor: VendorKey;
  policy: DemoPolicyKey;
  listPriceYuan: number;
  serialPrefix: string;
}[] = [
  {
    brand: '联想',
    code: 'M430',
    name: '启天M430 台式机',
    category: 'PC',
    vendor: 'lenovo',
    policy: 'threeYears',
    listPriceYuan: 4599,
    serialPrefix: 'PC0',
  },
  {
    brand: '惠普',
    code: 'ProDesk 400 G9',
    name: 'ProDesk 400 G9 台式机',
    category: 'PC',
    vendor: 'hp',
    policy: 'threeYears',
    listPriceYuan: 4299,
    serialPrefix: 'CN4',
  },
  {
    brand: '惠普',
    code: 'M404dn',
    name: 'LaserJet Pro M404dn 激光打印机',
    category: 'PRN',
    vendor: 'hp',
    policy: 'standard',
    listPriceYuan: 2399,
    serialPrefix: 'PHB',
  },
  {
    brand: '爱普生',
    code: 'LQ-630K',
    name: 'LQ-630K 针式打印机',
    category: 'PRN',
    vendor: 'xinyuan',
    policy: 'standard',
    listPriceYuan: 1599,
    serialPrefix: 'Q6K',
  },
  {
    brand: '华为',
    code: 'S5735-L24T4S-A',
    name: 'S5735 24口千兆交换机',
    category: 'NET',
    vendor: 'huawei',
    policy: 'threeYears',
    listPriceYuan: 3680,
    serialPrefix: '2102',
  },
  {
    brand: '迈瑞',
    code: 'BeneView T5',
    name: 'BeneView T5 病人监护仪',
    category: 'MED',
    vendor: 'mindray',
    policy: 'medical',
    listPriceYuan: 38000,
    serialPrefix: 'MR-T5',
  },
  {
    brand: '迈瑞',
    code: 'BeneHeart R12',
    name: 'BeneHeart R12 心电图机',
    category: 'MED',
    vendor: 'mindray',
    policy: 'medical',
    listPriceYuan: 26000,
    serialPrefix: 'MR-R12',
  },
  {
    brand: '海康威视',
    code: 'DS-2CD3T46',
    name: 'DS-2CD3T46 网络摄像机',
    category: 'CCTV',
    vendor: 'xinyuan',
    policy: 'standard',
    listPriceYuan: 899,
    serialPrefix: 'HK',
  },
  {
    brand: '华为',
    code: '2288H V5',
    name: 'FusionServer 2288H V5 服务器',
    category: 'SRV',
    vendor: 'huawei',
    policy: 'threeYears',
    listPriceYuan: 32000,
    serialPrefix: '2106',
  },
];
