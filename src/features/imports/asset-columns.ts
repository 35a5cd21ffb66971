import type { ImportColumn } from './import-column';

export type AssetColumn =
  | 'serial'
  | 'brand'
  | 'modelCode'
  | 'modelName'
  | 'category'
  | 'customer'
  | 'department'
  | 'location'
  | 'purchasedOn'
  | 'installedOn'
  | 'warrantyPolicy'
  | 'purchasePrice'
  | 'lat'
  | 'lng'
  | 'note';

export const ASSET_COLUMNS: readonly ImportColumn<AssetColumn>[] = [
  {
    key: 'serial',
    zh: '序列号',
    en: 'Serial number',
    required: true,
    example: 'SN20260001',
    noteZh: '必填。同一型号下序列号唯一；重新导入时按 型号+序列号 更新已有设备。',
    noteEn: 'Required. Unique per model; a re-import updates the unit with this model and serial.',
  },
  {
    key: 'brand',
    zh: '品牌',
    en: 'Brand',
    required: true,
    example: '迈瑞',
    noteZh: '必填。品牌不存在时，若填写了型号名称和产品类别则自动新建。',
    noteEn: 'Required. Created when missing if the model name and category are given.',
  },
  {
    key: 'modelCode',
    zh: '型号编码',
    en: 'Model code',
    required: true,
    example: 'BeneView T5',
    noteZh: '必填。该品牌下的型号编码。',
    noteEn: "Required. The model's code within the brand.",
  },
  {
    key: 'modelName',
    zh: '型号名称',
    en: 'Model name',
    example: '病人监护仪 T5',
    noteZh: '型号不存在时必填（与产品类别一起用于新建型号）；型号已存在时忽略。',
    noteEn: 'Needed only to create a missing model (with the category); ignored otherwise.',
  },
  {
    key: 'category',
    zh: '产品类别',
    en: 'Category',
    example: 'MED',
    noteZh: '产品类别编码或名称；型号不存在时必填。',
    noteEn: 'Category code or name; needed to create a missing model.',
  },
  {
    key: 'customer',
    zh: '客户',
    en: 'Customer',
    required: true,
    example: 'YC-001',
    noteZh: '必填。客户编码或客户名称（须已存在，可先导入客户）。',
    noteEn: 'Required. Customer code or name (import customers first).',
  },
  {
    key: 'department',
    zh: '科室',
    en: 'Department',
    example: '放射科',
    noteZh: '选填。该客户下的科室名称，不存在时新建。',
    noteEn: 'Optional. A department of the customer; created when missing.',
  },
  {
    key: 'location',
    zh: '位置',
    en: 'Location',
    example: '门诊楼3层 护士站',
    noteZh: '选填，最多 200 字。',
    noteEn: 'Optional, up to 200 characters.',
  },
  {
    key: 'purchasedOn',
    zh: '购买日期',
    en: 'Purchased on',
    example: '2025-03-01',
    noteZh: '选填，日期格式 YYYY-MM-DD。',
    noteEn: 'Optional, a date (YYYY-MM-DD).',
  },
  {
    key: 'installedOn',
    zh: '安装日期',
    en: 'Installed on',
    example: '2025-03-05',
    noteZh: '选填，日期格式 YYYY-MM-DD；保修期从安装日期（或购买日期）起算。',
    noteEn: 'Optional, a date; warranty runs from installation (or purchase).',
  },
  {
    key: 'warrantyPolicy',
    zh: '保修政策',
    en: 'Warranty policy',
    example: '',
    noteZh: '选填。保修政策名称，覆盖型号的默认政策。',
    noteEn: "Optional. A warranty policy name; overrides the model's policy.",
  },
  {
    key: 'purchasePrice',
    zh: '购买价格(元)',
    en: 'Purchase price',
    example: 56800,
    noteZh: '选填，单位元，最多两位小数。',
    noteEn: 'Optional, in yuan, up to two decimals.',
  },
  {
    key: 'lat',
    zh: '纬度',
    en: 'Latitude',
    example: '',
    noteZh: '选填，-90 至 90（WGS-84），须与经度同时填写。',
    noteEn: 'Optional, -90 to 90 (WGS-84), with the longitude.',
  },
  {
    key: 'lng',
    zh: '经度',
    en: 'Longitude',
    example: '',
    noteZh: '选填，-180 至 180，须与纬度同时填写。',
    noteEn: 'Optional, -180 to 180, with the latitude.',
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Note',
    example: '',
    noteZh: '选填，最多 500 字。',
    noteEn: 'Optional, up to 500 characters.',
  },
];
