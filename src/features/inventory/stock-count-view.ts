import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { users } from '../accounts/accounts.table';
import type { StockCountListItem, StockCountView } from './inventory.schemas';
import { parts, stockCountLines, stockCounts, warehouses } from './inventory.table';

export type StockCountRow = typeof stockCounts.$inferSelect;
const creator = alias(users, 'count_creator');
const poster = alias(users, 'count_poster');

/** Counts by id without their lines, with line totals, in the order of `ids`. */
export async function stockCountListItems(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<StockCountListItem[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      count: stockCounts,
      warehouseName: warehouses.name,
      createdByName: creator.displayName,
      postedByName: poster.displayName,
      lineCount: sql<number>`(SELECT count(*) FROM stock_count_lines l WHERE l.count_id = ${stockCounts.id})::int`,
      countedCount: sql<number>`(SELECT count(l.counted_quantity) FROM stock_count_lines l WHERE l.count_id = ${stockCounts.id})::int`,
      differences: sql<number>`(SELECT count(*) FROM stock_count_lines l WHERE l.count_id = ${stockCounts.id} AND l.counted_quantity <> l.expected_quantity)::int`,
    })
    .from(stockCounts)
    .innerJoin(warehouses, eq(warehouses.id, stockCounts.warehouseId))
    .innerJoin(creator, eq(creator.id, stockCounts.createdBy))
    .leftJoin(poster, eq(poster.id, stockCounts.postedBy))
    .where(and(eq(stockCounts.tenantId, tenantId), inArray(stockCounts.id, ids)));
  const byId = new Map(rows.map((r) => [r.count.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const c = r.count;
    return [
      {
        id: c.id,
        number: c.number,
        warehouse: { id: c.warehouseId, name: r.warehouseName },
        status: c.status,
        note: c.note,
        createdBy: { id: c.createdBy, name: r.createdByName },
        createdAt: c.createdAt.toISOString(),
        postedBy: c.postedBy ? { id: c.postedBy, name: r.postedByName ?? '' } : null,
        postedAt: c.postedAt?.toISOString() ?? null,
        version: c.version,
        lineCount: Number(r.lineCount),
        countedCount: Number(r.countedCount),
        differences: Number(r.differences),
      },
    ];
  });
}

/** One count with its lines by part code. */
export async function getStockCount(
  db: Queryable,
  tenantId: string,
  countId: string,
): Promise<StockCountView> {
  const [item] = await stockCountListItems(db, tenantId, [countId]);
  if (!item) throw new AppError('NOT_FOUND');
  const lines = await db
    .select({ line: stockCountLines, part: parts })
    .from(stockCountLines)
    .innerJoin(parts, eq(parts.id, stockCountLines.partId))
    .where(and(eq(stockCountLines.tenantId, tenantId), eq(stockCountLines.countId, countId)))
    .orderBy(asc(parts.code), asc(parts.id));
  const { lineCount: _l, countedCount: _c, differences: _d, ...count } = item;
  return {
    ...count,
    lines: lines.map(({ line, part }) => ({
      part: { id: part.id, code: part.code, name: part.name, unit: part.unit },
      expectedQuantity: line.expectedQuantity,
      countedQuantity: line.countedQuantity,
      difference:
        line.countedQuantity === null ? null : line.countedQuantity - line.expectedQuantity,
    })),
  };
}

/** Locks an open count at the version read: CONFLICT when stale, INVALID_TRANSITION unless open. */
export async function openCountForUpdate(
  db: Queryable,
  tenantId: string,
  countId: string,
  version: number,
): Promise<StockCountRow> {
  const [row] = await db
    .select()
    .from(stockCounts)
    .where(and(eq(stockCounts.tenantId, tenantId), eq(stockCounts.id, countId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== version) throw new AppError('CONFLICT');
  if (row.status !== 'open') throw new AppError('INVALID_TRANSITION');
  return row;
}
