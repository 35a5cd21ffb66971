import type { ImportColumn } from './import-column';

export type CustomerColumn =
  'code' | 'name' | 'phone' | 'address' | 'zone' | 'lat' | 'lng' | 'department';

export const CUSTOMER_COLUMNS: readonly ImportColumn<CustomerColumn>[] = [
  {
    key: 'code',
    zh: '客户编码',
    en: 'Customer code',
    example: 'YC-001',
    noteZh: '选填。重新导入时按编码匹配已有客户并更新；未填编码时按客户名称完全匹配。',
    noteEn:
      'Optional. A re-import updates the customer with this code; without a code, the exact name.',
  },
  {
    key: 'name',
    zh: '客户名称',
    en: 'Customer name',
    required: true,
    example: '银川市第一人民医院',
    noteZh: '必填，最多 120 字。',
    noteEn: 'Required, up to 120 characters.',
  },
  {
    key: 'phone',
    zh: '电话',
    en: 'Phone',
    example: '0951-1234567',
    noteZh: '选填，数字、+、-、括号和空格。',
    noteEn: 'Optional: digits, +, -, brackets and spaces.',
  },
  {
    key: 'address',
    zh: '地址',
    en: 'Address',
    example: '银川市兴庆区利群西街2号',
    noteZh: '选填，最多 200 字。',
    noteEn: 'Optional, up to 200 characters.',
  },
  {
    key: 'zone',
    zh: '服务区域',
    en: 'Zone',
    example: '市区',
    noteZh: '选填，如 市区、郊县：决定服务时限和交通费。',
    noteEn: 'Optional, e.g. 市区 (city) or 郊县 (county): sets time limits and travel fees.',
  },
  {
    key: 'lat',
    zh: '纬度',
    en: 'Latitude',
    example: 38.4872,
    noteZh: '选填，-90 至 90（WGS-84），须与经度同时填写。',
    noteEn: 'Optional, -90 to 90 (WGS-84), together with the longitude.',
  },
  {
    key: 'lng',
    zh: '经度',
    en: 'Longitude',
    example: 106.2309,
    noteZh: '选填，-180 至 180（WGS-84），须与纬度同时填写。',
    noteEn: 'Optional, -180 to 180 (WGS-84), together with the latitude.',
  },
  {
    key: 'department',
    zh: '科室',
    en: 'Department',
    example: '放射科',
    noteZh: '选填。该科室不存在时新建；一个客户有多个科室时，可在多行中重复该客户，每行一个科室。',
    noteEn:
      'Optional. Created when missing; repeat the customer on several rows for several departments.',
  },
];
