import { and, asc, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { customers, departments } from '../../customers';
import { assets } from '../../installed-base';
import { listServiceRequestsQuery, serviceRequests } from '../../intake';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;

/**
 * The intake queue's filters, parsed by its own schema (received requests unless a status is
 * given). Its list use case computes warranty and duplicates per row, which an export of up to
 * 100,000 rows does not need, so the rows are read here with the same filters.
 */
export const serviceRequestsExport = defineExport({
  permission: 'intake.read',
  name: { zh: '服务请求', en: 'Service requests' },
  query: listServiceRequestsQuery.omit({ page: true, pageSize: true }),
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [
      eq(serviceRequests.tenantId, ctx.tenantId),
      inArray(serviceRequests.status, filter.status),
    ];
    if (filter.channel) filters.push(eq(serviceRequests.channel, filter.channel));
    if (filter.customerId) filters.push(eq(serviceRequests.customerId, filter.customerId));
    if (filter.from) {
      filters.push(gte(serviceRequests.createdAt, dayStart(filter.from, ctx.tenantTimezone)));
    }
    if (filter.to) {
      const end = sql`${dayStart(filter.to, ctx.tenantTimezone)} + interval '1 day'`;
      filters.push(lt(serviceRequests.createdAt, end));
    }
    if (filter.q) {
      const like = containing(filter.q);
      filters.push(
        or(
          ilike(serviceRequests.number, like),
          ilike(serviceRequests.contactName, like),
          ilike(serviceRequests.contactPhone, like),
          ilike(serviceRequests.faultDescription, like),
          ilike(serviceRequests.deviceDescription, like),
          ilike(assets.serialNumber, like),
        ),
      );
    }
    const direction = filter.order === 'asc' ? asc : desc;
    return tx
      .select({
        number: serviceRequests.number,
        channel: serviceRequests.channel,
        status: serviceRequests.status,
        urgency: serviceRequests.urgency,
        customer: customers.name,
        department: departments.name,
        contactName: serviceRequests.contactName,
        contactPhone: serviceRequests.contactPhone,
        device: serviceRequests.deviceDescription,
        fault: serviceRequests.faultDescription,
        rejectReason: serviceRequests.rejectReason,
        createdAt: serviceRequests.createdAt,
      })
      .from(serviceRequests)
      .innerJoin(customers, eq(customers.id, serviceRequests.customerId))
      .leftJoin(departments, eq(departments.id, serviceRequests.departmentId))
      .leftJoin(assets, eq(assets.id, serviceRequests.assetId))
      .where(and(...filters))
      .orderBy(direction(serviceRequests.createdAt), direction(serviceRequests.id))
      .limit(limit);
  },
  columns: [
    { zh: '编号', en: 'Number', value: (r) => r.number },
    { zh: '渠道', en: 'Channel', value: (r, l) => labelOf(LABELS.intakeChannel, r.channel, l) },
    { zh: '状态', en: 'Status', value: (r, l) => labelOf(LABELS.intakeStatus, r.status, l) },
    { zh: '紧急程度', en: 'Urgency', value: (r, l) => labelOf(LABELS.urgency, r.urgency, l) },
    { zh: '客户', en: 'Customer', width: 28, value: (r) => r.customer },
    { zh: '科室', en: 'Department', value: (r) => r.department },
    { zh: '联系人', en: 'Contact', value: (r) => r.contactName },
    { zh: '联系电话', en: 'Contact phone', value: (r) => r.contactPhone },
    { zh: '设备', en: 'Device', width: 24, value: (r) => r.device },
    { zh: '故障描述', en: 'Fault', width: 40, value: (r) => r.fault },
    { zh: '拒绝原因', en: 'Reject reason', width: 24, value: (r) => r.rejectReason },
    { zh: '提交时间', en: 'Received at', kind: 'datetime', value: (r) => r.createdAt },
  ],
});
