import type { ErrorEntry } from './error-entry';

/** Master data: customers, product categories, the installed base, warranty policies and commitments. */
export const MASTER_DATA_ERRORS = {
  DEPARTMENT_MISMATCH: {
    status: 422,
    zh: '科室不属于该客户',
    en: 'The department does not belong to this customer',
  },
  CATEGORY_CODE_TAKEN: {
    status: 409,
    zh: '该类别编码已被使用',
    en: 'This category code is already taken',
  },
  CATEGORY_CANCELLED: {
    status: 422,
    zh: '该产品类别已作废',
    en: 'This product category is cancelled',
  },
  BRAND_NAME_TAKEN: { status: 409, zh: '该品牌名称已存在', en: 'A brand with this name exists' },
  VENDOR_NAME_TAKEN: {
    status: 409,
    zh: '该厂家/经销商名称已存在',
    en: 'A vendor with this name exists',
  },
  MODEL_CODE_TAKEN: {
    status: 409,
    zh: '该品牌下已有相同型号编码',
    en: 'This brand already has a model with this code',
  },
  ASSET_SERIAL_TAKEN: {
    status: 409,
    zh: '该型号下已有相同序列号的设备',
    en: 'A unit of this model with this serial number is already registered',
  },
  CONTRACT_NUMBER_TAKEN: {
    status: 409,
    zh: '该服务合同编号已存在',
    en: 'A service contract with this number exists',
  },
  ASSET_CUSTOMER_MISMATCH: {
    status: 422,
    zh: '合同中的设备必须属于该合同的客户',
    en: "A contract's assets must belong to its customer",
  },
  WARRANTY_POLICY_NAME_TAKEN: {
    status: 409,
    zh: '该保修政策名称已被使用',
    en: 'This warranty policy name is already taken',
  },
  WARRANTY_POLICY_CANCELLED: {
    status: 422,
    zh: '该保修政策已作废，不能修改',
    en: 'This warranty policy is cancelled and cannot be changed',
  },
  PUBLIC_CODE_TAKEN: {
    status: 409,
    zh: '该公开页代码已被其他公司使用',
    en: 'This public page code is already taken',
  },
  NO_DEFAULT_CALENDAR: {
    status: 422,
    zh: '没有 {year} 年的默认节假日数据，请手动添加',
    en: 'There are no default holidays for {year}; add the days by hand',
  },
  UNKNOWN_ZONE: {
    status: 422,
    zh: '服务区域不存在',
    en: 'No such service zone',
  },
} as const satisfies Record<string, ErrorEntry>;
