import type { ErrorEntry } from './error-entry';

/** Spare parts (备品备件): parts, warehouses, stock, stock counts and loaners. */
export const INVENTORY_ERRORS = {
  PART_CODE_TAKEN: { status: 409, zh: '备件编码已存在', en: 'This part code is already in use' },
  WAREHOUSE_CODE_TAKEN: {
    status: 409,
    zh: '仓库编码已存在',
    en: 'This warehouse code is already in use',
  },
  VAN_TAKEN: {
    status: 409,
    zh: '该维修人员已有随车库',
    en: 'This technician already has a van warehouse',
  },
  NO_VAN_WAREHOUSE: {
    status: 409,
    zh: '该维修人员还没有随车库，请先由仓管建立',
    en: 'This technician has no van warehouse yet; ask the warehouse keeper to set one up',
  },
  INSUFFICIENT_STOCK: {
    status: 409,
    zh: '库存不足',
    en: 'Not enough stock',
  },
  SERIAL_REQUIRED: {
    status: 422,
    zh: '按序列号管理的备件须逐一填写序列号，数量与序列号个数一致',
    en: 'Serial-tracked parts need one serial number per unit',
  },
  SERIAL_NOT_IN_STOCK: {
    status: 409,
    zh: '该序列号不在此仓库的库存中',
    en: 'This serial number is not in stock in this warehouse',
  },
  SERIAL_ALREADY_IN_STOCK: {
    status: 409,
    zh: '该序列号已在库存中',
    en: 'This serial number is already in stock',
  },
  SAME_WAREHOUSE: {
    status: 422,
    zh: '调出与调入仓库不能相同',
    en: 'The source and destination warehouses must differ',
  },
  STOCK_COUNT_INCOMPLETE: {
    status: 409,
    zh: '盘点还有未录入实盘数量的备件',
    en: 'Some lines of the stock count have no counted quantity yet',
  },
  LOANER_NOT_AVAILABLE: {
    status: 409,
    zh: '该备用机当前不可借出',
    en: 'This loaner unit is not available',
  },
  LOANER_CODE_TAKEN: {
    status: 409,
    zh: '备用机编号已存在',
    en: 'This loaner code is already in use',
  },
  LOANER_SERIAL_TAKEN: {
    status: 409,
    zh: '该型号下已有相同序列号的备用机',
    en: 'A loaner of this model with this serial number is already registered',
  },
  WAREHOUSE_NOT_EMPTY: {
    status: 409,
    zh: '仓库中还有库存或备用机，不能作废',
    en: 'The warehouse still holds stock or loaner units and cannot be cancelled',
  },
  SERIAL_TRACKING_LOCKED: {
    status: 409,
    zh: '该备件已有出入库记录，不能更改是否按序列号管理',
    en: 'This part has stock movements; whether it is serial-tracked can no longer change',
  },
} as const satisfies Record<string, ErrorEntry>;
