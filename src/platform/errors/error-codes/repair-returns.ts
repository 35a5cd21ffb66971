import type { ErrorEntry } from './error-entry';

/** Repair returns (返修): tests, handover, shipments to vendors and notices. */
export const REPAIR_RETURN_ERRORS = {
  RETURN_QUOTE_REQUIRED: {
    status: 409,
    zh: '须由客户付费的返修（人为损坏或保修期外），须先经客户确认报价',
    en: 'Charged repairs (human damage or out of warranty) need the customer to approve the quote first',
  },
  RETURN_QUOTE_MISSING: {
    status: 422,
    zh: '人为损坏或保修期外的物品须填写报价金额',
    en: 'A quote is required for human damage or out-of-warranty items',
  },
  RETURN_COVERAGE_MISSING: {
    status: 422,
    zh: '该物品没有设备档案（或保修状态未知），请填写保修情况',
    en: 'No device (or no known warranty) is on file for this item: state its warranty',
  },
  HANDOVER_SAME_PERSON: {
    status: 409,
    zh: '交接须由另一人确认：交出物品的人不能自己登记接收',
    en: 'The handover must be confirmed by someone else than the person who handed over',
  },
  REPLACEMENT_SERIAL_REQUIRED: {
    status: 422,
    zh: '厂家换新须填写新机序列号',
    en: 'A replaced item needs the new serial number',
  },
  VENDOR_REASON_REQUIRED: {
    status: 422,
    zh: '厂家拒修须填写厂家给出的原因',
    en: "A refusal needs the vendor's reason",
  },
  SHIPMENT_VENDOR_MISMATCH: {
    status: 409,
    zh: '一个发运单只能装运发往同一厂家的返修物品',
    en: 'One shipment carries items for one vendor only',
  },
  SHIP_TO_ADDRESS_MISSING: {
    status: 422,
    zh: '该厂家没有登记地址，请填写收货地址',
    en: 'The vendor has no address on file; enter the address to ship to',
  },
  SHIPMENT_EMPTY: {
    status: 409,
    zh: '发运单中还没有物品',
    en: 'The shipment has no items yet',
  },
  SHIPMENT_NOT_PACKING: {
    status: 409,
    zh: '发运单已发出，不能再更改物品',
    en: 'The shipment has left; its items can no longer change',
  },
  RETURN_ALREADY_PACKED: {
    status: 409,
    zh: '该返修物品已装入另一个发运单',
    en: 'This item is already packed in another shipment',
  },
  NOTICE_ALREADY_DONE: {
    status: 409,
    zh: '该客户告知已记录',
    en: 'This customer notice has already been recorded',
  },
} as const satisfies Record<string, ErrorEntry>;
