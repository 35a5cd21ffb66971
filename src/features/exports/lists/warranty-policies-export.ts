import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { warrantyPolicies } from '../../warranty';
import { defineExport } from '../define-export';
import type { Language } from '../../../platform/errors/app-error';
import { joinLabels, LABELS, labelOf } from '../export-labels';

const query = z.object({ includeCancelled: z.enum(['true', 'false']).optional() });

/** What a period makes free, as 配件、工时 / parts, labour. */
function covers(parts: boolean, labour: boolean, travel: boolean, l: Language): string {
  const free = (['parts', 'labour', 'travel'] as const).filter(
    (_, i) => [parts, labour, travel][i],
  );
  return free.length
    ? joinLabels(
        free.map((k) => labelOf(LABELS.coverage, k, l)),
        l,
      )
    : labelOf(LABELS.coverage, 'none', l);
}

export const warrantyPoliciesExport = defineExport({
  permission: 'policies.read',
  name: { zh: '保修政策', en: 'Warranty policies' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(warrantyPolicies.tenantId, ctx.tenantId)];
    if (filter.includeCancelled !== 'true') filters.push(isNull(warrantyPolicies.cancelledAt));
    return tx
      .select()
      .from(warrantyPolicies)
      .where(and(...filters))
      .orderBy(asc(warrantyPolicies.name))
      .limit(limit);
  },
  columns: [
    { zh: '名称', en: 'Name', width: 30, value: (r) => r.name },
    { zh: '包换期（天）', en: 'Replacement (days)', value: (r) => r.replacementDays },
    {
      zh: '包换期免费项目',
      en: 'Replacement covers',
      width: 20,
      value: (r, l) =>
        covers(r.replacementCoversParts, r.replacementCoversLabour, r.replacementCoversTravel, l),
    },
    { zh: '保修期（月）', en: 'Repair warranty (months)', value: (r) => r.repairMonths },
    {
      zh: '保修期免费项目',
      en: 'Repair warranty covers',
      width: 20,
      value: (r, l) => covers(r.repairCoversParts, r.repairCoversLabour, r.repairCoversTravel, l),
    },
    { zh: '备注', en: 'Note', width: 30, value: (r) => r.note },
    {
      zh: '状态',
      en: 'Status',
      value: (r, l) => labelOf(LABELS.active, r.cancelledAt === null, l),
    },
  ],
});
