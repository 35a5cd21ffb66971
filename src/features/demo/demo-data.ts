/** The demo company in 银川: names and places a Chinese service desk would recognise. */
export const DEMO_COMPANY = { name: '银川智联医疗设备服务有限公司', hotline: '0951-5123456' };
export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_STAFF = [
  { username: 'gm', displayName: '马建国', roles: ['general_manager'] },
  { username: 'manager', displayName: '王丽娟', roles: ['service_manager'] },
  { username: 'dispatcher', displayName: '李晓燕', roles: ['dispatcher'] },
  { username: 'returns', displayName: '张海涛', roles: ['returns_clerk'] },
  { username: 'warehouse', displayName: '刘明', roles: ['warehouse_keeper'] },
  { username: 'office', displayName: '杨雪', roles: ['office'] },
] as const;

export const DEMO_TECHNICIANS = [
  '赵志强',
  '孙伟',
  '周海军',
  '吴磊',
  '郑鹏',
  '冯涛',
  '陈刚',
  '褚文博',
  '卫东',
  '蒋勇',
];

export const DEMO_CUSTOMERS: {
  name: string;
  lat: number;
  lng: number;
  address: string;
  phone: string;
  departments: string[];
}[] = [
  {
    name: '宁夏医科大学总医院',
    lat: 38.4846,
    lng: 106.2766,
    address: '银川市兴庆区胜利街804号',
    phone: '0951-6743000',
    departments: ['放射科', '检验科', '信息科', '心内科', '手术室'],
  },
  {
    name: '宁夏回族自治区人民医院',
    lat: 38.4978,
    lng: 106.2195,
    address: '银川市金凤区正源北街301号',
    phone: '0951-5920000',
    departments: ['放射科', '超声科', '急诊科', '信息科'],
  },
  {
    name: '银川市第一人民医院',
    lat: 38.4709,
    lng: 106.2861,
    address: '银川市兴庆区利民街2号',
    phone: '0951-6192000',
    departments: ['检验科', '内镜中心', '信息科', '药剂科'],
  },
  {
    name: '银川市第二人民医院',
    lat: 38.4731,
    lng: 106.3027,
    address: '银川市兴庆区文化东街684号',
    phone: '0951-6019000',
    departments: ['放射科', '口腔科', '信息科'],
  },
  {
    name: '银川市中医医院',
    lat: 38.4668,
    lng: 106.3093,
    address: '银川市兴庆区黄河东路',
    phone: '0951-5051000',
    departments: ['针灸科', '检验科', '信息科'],
  },
  {
    name: '宁夏回族自治区妇幼保健院',
    lat: 38.4911,
    lng: 106.2327,
    address: '银川市金凤区北京中路',
    phone: '0951-5021000',
    departments: ['产科', '新生儿科', '超声科'],
  },
  {
    name: '宁夏回族自治区中医医院',
    lat: 38.5026,
    lng: 106.1433,
    address: '银川市西夏区北京西路',
    phone: '0951-5026000',
    departments: ['放射科', '检验科', '康复科'],
  },
  {
    name: '银川市第三人民医院',
    lat: 38.4952,
    lng: 106.1367,
    address: '银川市西夏区',
    phone: '0951-2066000',
    departments: ['检验科', '信息科'],
  },
  {
    name: '宁夏眼科医院',
    lat: 38.4868,
    lng: 106.2412,
    address: '银川市金凤区',
    phone: '0951-5036000',
    departments: ['眼科门诊', '手术室'],
  },
  {
    name: '银川市口腔医院',
    lat: 38.4683,
    lng: 106.2921,
    address: '银川市兴庆区',
    phone: '0951-6023000',
    departments: ['口腔科', '放射科'],
  },
  {
    name: '银川市妇幼保健院',
    lat: 38.4599,
    lng: 106.2968,
    address: '银川市兴庆区',
    phone: '0951-6035000',
    departments: ['儿科', '超声科'],
  },
  {
    name: '兴庆区人民医院',
    lat: 38.4547,
    lng: 106.3162,
    address: '银川市兴庆区',
    phone: '0951-4101000',
    departments: ['检验科', '放射科'],
  },
  {
    name: '金凤区人民医院',
    lat: 38.4739,
    lng: 106.2263,
    address: '银川市金凤区',
    phone: '0951-5101000',
    departments: ['检验科', '信息科'],
  },
  {
    name: '西夏区人民医院',
    lat: 38.4897,
    lng: 106.1561,
    address: '银川市西夏区',
    phone: '0951-2101000',
    departments: ['放射科', '急诊科'],
  },
  {
    name: '永宁县人民医院',
    lat: 38.2775,
    lng: 106.253,
    address: '银川市永宁县',
    phone: '0951-8011000',
    departments: ['检验科', '放射科'],
  },
  {
    name: '贺兰县人民医院',
    lat: 38.5545,
    lng: 106.3497,
    address: '银川市贺兰县',
    phone: '0951-8061000',
    departments: ['检验科', '超声科'],
  },
  {
    name: '灵武市人民医院',
    lat: 38.1027,
    lng: 106.34,
    address: '灵武市',
    phone: '0951-4021000',
    departments: ['放射科', '信息科'],
  },
  {
    name: '宁夏第五人民医院',
    lat: 39.0144,
    lng: 106.3841,
    address: '石嘴山市大武口区',
    phone: '0952-2011000',
    departments: ['检验科', '手术室'],
  },
  {
    name: '银川一中',
    lat: 38.4778,
    lng: 106.2824,
    address: '银川市兴庆区',
    phone: '0951-6021000',
    departments: ['教务处', '信息中心'],
  },
  {
    name: '宁夏大学',
    lat: 38.4985,
    lng: 106.16,
    address: '银川市西夏区贺兰山西路489号',
    phone: '0951-2061000',
    departments: ['网络信息中心', '实验室管理处'],
  },
];

/** Faults the desk hears every week, with the product category code of the device. */
export const DEMO_FAULTS: {
  device: string;
  category: string;
  fault: string;
  resolution: string;
}[] = [
  {
    device: '联想 ThinkCentre M920 台式机',
    category: 'PC',
    fault: '开机无显示，风扇转',
    resolution: '内存条松动，重新插拔后正常',
  },
  {
    device: '惠普 LaserJet Pro M404dn 打印机',
    category: 'PRN',
    fault: '卡纸频繁，打印有黑线',
    resolution: '更换定影膜并清洁搓纸轮',
  },
  {
    device: '爱普生 LQ-630K 针式打印机',
    category: 'PRN',
    fault: '打印字迹模糊',
    resolution: '更换色带，调整打印头间隙',
  },
  {
    device: '迈瑞 BC-5390 血液分析仪',
    category: 'MED',
    fault: '开机自检报错 E-03',
    resolution: '清洗管路，更换液路阀',
  },
  {
    device: '飞利浦 IntelliVue MX450 监护仪',
    category: 'MED',
    fault: '血氧探头无读数',
    resolution: '更换血氧探头延长线',
  },
  {
    device: '海康威视 DS-2CD 网络摄像机',
    category: 'CCTV',
    fault: '画面无信号',
    resolution: '交换机端口故障，改接后恢复',
  },
  {
    device: '华为 S5735 交换机',
    category: 'NET',
    fault: '科室网络时断时续',
    resolution: '网线水晶头氧化，重新压制',
  },
  {
    device: '戴尔 PowerEdge R740 服务器',
    category: 'SRV',
    fault: '硬盘告警灯亮',
    resolution: '更换故障硬盘并重建 RAID',
  },
  {
    device: '佳能 iR-ADV C3520 复印机',
    category: 'PRN',
    fault: '复印件有条纹',
    resolution: '清洁扫描玻璃与硒鼓',
  },
  {
    device: '理邦 SE-1200 心电图机',
    category: 'MED',
    fault: '导联脱落报警',
    resolution: '更换导联线',
  },
];
