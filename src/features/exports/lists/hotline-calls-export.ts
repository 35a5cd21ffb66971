import { listHotlineCalls, listHotlineCallsQuery } from '../../hotline';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

/** The hotline list's own use case and filters. */
export const hotlineCallsExport = defineExport({
  permission: 'hotline.read',
  name: { zh: '电话派工记录', en: 'Hotline calls' },
  query: listHotlineCallsQuery.omit({ page: true, pageSize: true }),
  async load(tx, ctx, filter, limit) {
    const { items } = await listHotlineCalls(tx, ctx, { ...filter, page: 1, pageSize: limit });
    return items;
  },
  columns: [
    { zh: '来电时间', en: 'Received at', kind: 'datetime', value: (r) => r.receivedAt },
    { zh: '来电人', en: 'Caller', value: (r) => r.callerName },
    { zh: '来电电话', en: 'Caller phone', value: (r) => r.callerPhone },
    { zh: '客户', en: 'Customer', width: 28, value: (r) => r.customer.name },
    { zh: '科室', en: 'Department', value: (r) => r.department?.name },
    { zh: '设备', en: 'Device', width: 24, value: (r) => r.deviceDescription },
    { zh: '故障描述', en: 'Fault', width: 40, value: (r) => r.faultDescription },
    { zh: '紧急程度', en: 'Urgency', value: (r, l) => labelOf(LABELS.urgency, r.urgency, l) },
    { zh: '接听人', en: 'Received by', value: (r) => r.receivedBy.name },
    { zh: '派工单号', en: 'Work order', value: (r) => r.workOrderNumber },
  ],
});
