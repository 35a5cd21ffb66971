import { and, asc, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { customers } from '../../customers';
import { serviceContractAssets, serviceContracts } from '../../installed-base';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

const query = z.object({
  q: z.string().trim().max(64).optional(),
  includeCancelled: z.enum(['true', 'false']).optional(),
});

export const serviceContractsExport = defineExport({
  permission: 'assets.read',
  name: { zh: '服务合同', en: 'Service contracts' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(serviceContracts.tenantId, ctx.tenantId)];
    if (filter.includeCancelled !== 'true') filters.push(isNull(serviceContracts.cancelledAt));
    if (filter.q) {
      const like = containing(filter.q);
      filters.push(or(ilike(serviceContracts.number, like), ilike(customers.name, like)));
    }
    return tx
      .select({
        number: serviceContracts.number,
        customer: customers.name,
        startsOn: serviceContracts.startsOn,
        endsOn: serviceContracts.endsOn,
        parts: serviceContracts.coversParts,
        labour: serviceContracts.coversLabour,
        travel: serviceContracts.coversTravel,
        note: serviceContracts.note,
        cancelledAt: serviceContracts.cancelledAt,
        devices: count(serviceContractAssets.id),
      })
      .from(serviceContracts)
      .innerJoin(customers, eq(customers.id, serviceContracts.customerId))
      .leftJoin(serviceContractAssets, eq(serviceContractAssets.contractId, serviceContracts.id))
      .where(and(...filters))
      .groupBy(serviceContracts.id, customers.name)
      .orderBy(asc(serviceContracts.number))
      .limit(limit);
  },
  columns: [
    { zh: '合同编号', en: 'Number', width: 18, value: (r) => r.number },
    { zh: '客户', en: 'Customer', width: 28, value: (r) => r.customer },
    { zh: '开始日期', en: 'Starts on', value: (r) => r.startsOn },
    { zh: '结束日期', en: 'Ends on', value: (r) => r.endsOn },
    { zh: '含配件', en: 'Parts', value: (r, l) => labelOf(LABELS.yesNo, r.parts, l) },
    { zh: '含工时', en: 'Labour', value: (r, l) => labelOf(LABELS.yesNo, r.labour, l) },
    { zh: '含差旅', en: 'Travel', value: (r, l) => labelOf(LABELS.yesNo, r.travel, l) },
    { zh: '设备数', en: 'Devices', value: (r) => r.devices },
    { zh: '备注', en: 'Note', width: 30, value: (r) => r.note },
    {
      zh: '状态',
      en: 'Status',
      value: (r, l) => labelOf(LABELS.active, r.cancelledAt === null, l),
    },
  ],
});
