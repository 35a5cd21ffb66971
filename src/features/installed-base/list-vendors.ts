import { and, asc, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListVendorsQuery, VendorView } from './brand-vendor.schemas';
import { vendors } from './installed-base.table';
import { containing } from '../../platform/db';
import { toVendorViews } from './vendor-view';

/** Vendors by name; `q` matches the name or phone. */
export async function listVendors(
  tx: Tx,
  ctx: RequestContext,
  query: ListVendorsQuery,
): Promise<{ items: VendorView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(vendors.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(vendors.cancelledAt));
  if (query.kind) filters.push(eq(vendors.kind, query.kind));
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(vendors.name, like), ilike(vendors.phone, like)));
  }
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select()
      .from(vendors)
      .where(where)
      .orderBy(asc(vendors.name), asc(vendors.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(vendors).where(where),
  );
  return { items: await toVendorViews(tx, ctx.tenantId, rows), total: total?.n ?? 0 };
}
