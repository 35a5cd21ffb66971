import type { Language } from '../../platform/errors/app-error';

type Labels = Record<string, { zh: string; en: string }>;

/** Names of enum values in both languages, for cells a person reads. */
export const LABELS = {
  workOrderStatus: {
    new: { zh: '待派工', en: 'New' },
    assigned: { zh: '已派工', en: 'Assigned' },
    closed: { zh: '已关闭', en: 'Closed' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  },
  urgency: {
    normal: { zh: '一般', en: 'Normal' },
    urgent: { zh: '紧急', en: 'Urgent' },
    critical: { zh: '特急', en: 'Critical' },
  },
  assetStatus: {
    in_service: { zh: '在用', en: 'In service' },
    under_repair: { zh: '维修中', en: 'Under repair' },
    loaned: { zh: '借出', en: 'On loan' },
    retired: { zh: '已报废', en: 'Retired' },
  },
  vendorKind: {
    manufacturer: { zh: '厂家', en: 'Manufacturer' },
    dealer: { zh: '上级经销商', en: 'Dealer' },
  },
  intakeChannel: {
    hotline: { zh: '电话', en: 'Hotline' },
    qr: { zh: '扫码报修', en: 'QR label' },
    walk_in: { zh: '送修', en: 'Walk-in' },
  },
  intakeStatus: {
    received: { zh: '待处理', en: 'Received' },
    converted: { zh: '已转工单', en: 'Converted' },
    merged: { zh: '已合并', en: 'Merged' },
    rejected: { zh: '已拒绝', en: 'Rejected' },
  },
  role: {
    admin: { zh: '管理员', en: 'Administrator' },
    general_manager: { zh: '总经理', en: 'General manager' },
    service_manager: { zh: '服务部经理', en: 'Service manager' },
    dispatcher: { zh: '调度员', en: 'Dispatcher' },
    technician: { zh: '维修人员', en: 'Technician' },
    returns_clerk: { zh: '返修人员', en: 'Returns clerk' },
    warehouse_keeper: { zh: '仓管', en: 'Warehouse keeper' },
    office: { zh: '办公室', en: 'Office' },
  },
  active: {
    true: { zh: '正常', en: 'Active' },
    false: { zh: '已作废', en: 'Cancelled' },
  },
  yesNo: {
    true: { zh: '是', en: 'yes' },
    false: { zh: '否', en: 'no' },
  },
  coverage: {
    parts: { zh: '配件', en: 'parts' },
    labour: { zh: '工时', en: 'labour' },
    travel: { zh: '差旅', en: 'travel' },
    none: { zh: '无', en: 'none' },
  },
  enabled: {
    true: { zh: '正常', en: 'Active' },
    false: { zh: '已停用', en: 'Disabled' },
  },
} satisfies Record<string, Labels>;

export function labelOf(labels: Labels, value: string | boolean, language: Language): string {
  return labels[String(value)]?.[language] ?? String(value);
}

/** Several values in one cell: 、 between Chinese words, a comma between English ones. */
export function joinLabels(values: readonly string[], language: Language): string {
  return values.join(language === 'zh' ? '、' : ', ');
}
