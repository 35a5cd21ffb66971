import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { vendors } from '../installed-base/installed-base.table';
import { addDays } from './notice-rule.rules';
import type { VendorPerformanceView } from './returns-board.schemas';
import { CHASED_STATES } from './repair-return.states';
import { repairReturns } from './repair-returns.table';
import { vendorFigures } from './vendor-performance.rules';

/** The period when none is asked for: the year up to today. */
const DEFAULT_DAYS = 365;

/**
 * 厂家返修表现: per vendor, the returns back from it in the period (local days `from`–`to`),
 * their mean turnaround from shipping and the share back by the vendor's promised date, the
 * refusals, and how many are with it now. Returns never shipped (repaired in house) don't count.
 */
export async function getVendorPerformance(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>,
  query: { from?: string; to?: string },
): Promise<VendorPerformanceView> {
  const timeZone = ctx.tenantTimezone;
  const to = query.to ?? localDay(ctx.clock.now(), timeZone);
  const from = query.from ?? addDays(to, 1 - DEFAULT_DAYS);
  if (from > to) throw new AppError('VALIDATION_FAILED');
  const tenant = eq(repairReturns.tenantId, ctx.tenantId);
  const backOn = sql<string>`to_char(${repairReturns.backAt} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  const back = await db
    .select({
      vendorId: repairReturns.vendorId,
      shippedAt: repairReturns.shippedAt,
      backAt: repairReturns.backAt,
      backOn,
      promisedOn: repairReturns.promisedOn,
      outcome: repairReturns.outcome,
    })
    .from(repairReturns)
    .where(
      and(
        tenant,
        isNotNull(repairReturns.vendorId),
        isNotNull(repairReturns.shippedAt),
        isNotNull(repairReturns.backAt),
        sql`${backOn} BETWEEN ${from} AND ${to}`,
      ),
    )
    .orderBy(asc(repairReturns.backAt));
  const open = await db
    .select({ vendorId: repairReturns.vendorId, count: count() })
    .from(repairReturns)
    .where(
      and(
        tenant,
        isNotNull(repairReturns.vendorId),
        inArray(repairReturns.status, [...CHASED_STATES]),
      ),
    )
    .groupBy(repairReturns.vendorId);

  const figures = vendorFigures(
    back.map((r) => ({ ...r, vendorId: r.vendorId!, shippedAt: r.shippedAt!, backAt: r.backAt! })),
  );
  const openOf = new Map(open.map((o) => [o.vendorId!, o.count]));
  const vendorIds = [...new Set([...figures.map((f) => f.vendorId), ...openOf.keys()])];
  const names =
    vendorIds.length === 0
      ? []
      : await db
          .select({ id: vendors.id, name: vendors.name })
          .from(vendors)
          .where(and(eq(vendors.tenantId, ctx.tenantId), inArray(vendors.id, vendorIds)));
  const nameOf = new Map(names.map((v) => [v.id, v.name]));
  const figuresOf = new Map(figures.map((f) => [f.vendorId, f]));
  const rows = vendorIds.map((id) => {
    const f = figuresOf.get(id);
    return {
      vendor: { id, name: nameOf.get(id) ?? '' },
      returned: f?.returned ?? 0,
      meanTurnaroundDays: f?.meanTurnaroundDays ?? null,
      onTimeShare: f?.onTimeShare ?? null,
      refused: f?.refused ?? 0,
      open: openOf.get(id) ?? 0,
    };
  });
  rows.sort((a, b) => a.vendor.name.localeCompare(b.vendor.name, 'zh-CN'));
  return { from, to, rows };
}
