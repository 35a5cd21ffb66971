import { listWorkOrders, listWorkOrdersQuery } from '../../work-orders';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

/**
 * The work-order list's own use case and filters, so the export holds exactly what the screen
 * lists: a technician (workOrders.read without readAll) gets only the orders assigned to them.
 */
export const workOrdersExport = defineExport({
  permission: 'workOrders.read',
  name: { zh: '派工单', en: 'Work orders' },
  query: listWorkOrdersQuery.omit({ page: true, pageSize: true }),
  async load(tx, ctx, filter, limit) {
    const { items } = await listWorkOrders(tx, ctx, { ...filter, page: 1, pageSize: limit });
    return items;
  },
  columns: [
    { zh: '工单号', en: 'Number', value: (r) => r.number },
    { zh: '状态', en: 'Status', value: (r, l) => labelOf(LABELS.workOrderStatus, r.status, l) },
    { zh: '紧急程度', en: 'Urgency', value: (r, l) => labelOf(LABELS.urgency, r.urgency, l) },
    { zh: '客户', en: 'Customer', width: 28, value: (r) => r.customer.name },
    { zh: '科室', en: 'Department', value: (r) => r.department?.name },
    { zh: '故障描述', en: 'Fault', width: 40, value: (r) => r.faultDescription },
    { zh: '联系电话', en: 'Contact phone', value: (r) => r.contactPhone },
    { zh: '维修人员', en: 'Technician', value: (r) => r.technician?.name },
    { zh: '计划上门时间', en: 'Planned start', kind: 'datetime', value: (r) => r.plannedStart },
    { zh: '创建时间', en: 'Created at', kind: 'datetime', value: (r) => r.createdAt },
    { zh: '更新时间', en: 'Updated at', kind: 'datetime', value: (r) => r.updatedAt },
  ],
});
