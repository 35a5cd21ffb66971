import { and, asc, count, eq, exists, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { containing, sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { CatalogPartView, ListPartsQuery } from './inventory.schemas';
import { partModels, parts } from './inventory.table';
import { partViews } from './part-view';

/** The parts catalogue by code; `q` matches code or name, `modelId` the parts that fit it. */
export async function listParts(
  tx: Tx,
  ctx: RequestContext,
  query: ListPartsQuery,
): Promise<{ items: CatalogPartView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(parts.tenantId, ctx.tenantId)];
  if (!query.includeCancelled) filters.push(isNull(parts.cancelledAt));
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(parts.code, like), ilike(parts.name, like)));
  }
  if (query.modelId)
    filters.push(
      exists(
        tx
          .select({ id: partModels.id })
          .from(partModels)
          .where(
            and(
              eq(partModels.tenantId, ctx.tenantId),
              eq(partModels.partId, parts.id),
              eq(partModels.modelId, query.modelId),
            ),
          ),
      ),
    );
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: parts.id })
      .from(parts)
      .where(where)
      .orderBy(asc(parts.code), asc(parts.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(parts).where(where),
  );
  const items = await partViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
