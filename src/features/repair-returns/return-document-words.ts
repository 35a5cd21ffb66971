import type { ChaseCoverage } from './repair-return.states';

/**
 * The words of the returns' printed documents (labels, 运输标签, 随货清单). They print in
 * Chinese only: they travel with the parcel to Chinese vendors and carriers.
 */
export const returnDocumentWords = {
  returnLabel: '返修物品标签',
  item: '物品',
  serialNumber: '序列号',
  customer: '客户',
  takenOn: '带回日期',
  shippingLabel: '运输标签',
  from: '寄件方',
  to: '收件方',
  contact: '联系人',
  phone: '电话',
  shipmentNumber: '发运单号',
  parcelCount: '返修单 {{returns}} 份，物品 {{items}} 件',
  carrier: '承运商',
  trackingNumber: '运单号',
  shippedOn: '发运日期',
  notShippedYet: '（发运时填写）',
  packingList: '随货清单',
  vendor: '厂家',
  shipToAddress: '收货地址',
  printedAt: '打印时间',
  note: '备注',
  columns: {
    seq: '序号',
    returnNumber: '返修单号',
    item: '物品',
    serialNumber: '序列号',
    condition: '外观状况',
    accessories: '附件',
    fault: '故障 / 检测结果',
    coverage: '保修类别',
  },
  urgent: '特急',
  totals: '合计：返修单 {{returns}} 份，物品 {{items}} 件',
  signatures: ['发货人', '承运人', '收货人'],
  signature: '签字',
  date: '日期',
  goodPartLabel: '良品备件',
  partCode: '备件编码',
  fromReturn: '来自返修单',
  warehouse: '入库',
  none: '—',
  coverage: { replacement: '包换', repair: '保修', none: '保外' } satisfies Record<
    ChaseCoverage,
    string
  >,
};

/** A label has room for so much: longer text is cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
