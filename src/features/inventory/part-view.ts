import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { sequentially } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { productModels } from '../installed-base/installed-base.table';
import type { PartRow } from './inventory-references';
import type { CatalogPartView } from './inventory.schemas';
import { partModels, parts, stockLevels } from './inventory.table';

/** Parts by id with their models and the quantity on hand everywhere, in the order of `ids`. */
export async function partViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<CatalogPartView[]> {
  if (ids.length === 0) return [];
  const [rows, models, totals] = await sequentially(
    db
      .select()
      .from(parts)
      .where(and(eq(parts.tenantId, tenantId), inArray(parts.id, ids))),
    db
      .select({
        partId: partModels.partId,
        id: productModels.id,
        code: productModels.code,
        name: productModels.name,
      })
      .from(partModels)
      .innerJoin(productModels, eq(productModels.id, partModels.modelId))
      .where(and(eq(partModels.tenantId, tenantId), inArray(partModels.partId, ids)))
      .orderBy(asc(productModels.code), asc(productModels.id)),
    db
      .select({
        partId: stockLevels.partId,
        quantity: sql<number>`coalesce(sum(${stockLevels.quantity}), 0)::int`,
      })
      .from(stockLevels)
      .where(and(eq(stockLevels.tenantId, tenantId), inArray(stockLevels.partId, ids)))
      .groupBy(stockLevels.partId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const totalOf = new Map(totals.map((t) => [t.partId, Number(t.quantity)]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    return [
      {
        id: p.id,
        code: p.code,
        name: p.name,
        unit: p.unit,
        serialTracked: p.serialTracked,
        priceCents: p.priceCents,
        note: p.note,
        models: models
          .filter((m) => m.partId === id)
          .map(({ id: modelId, code, name }) => ({ id: modelId, code, name })),
        totalQuantity: totalOf.get(id) ?? 0,
        cancelled: p.cancelledAt !== null,
        version: p.version,
      },
    ];
  });
}

export async function getPart(
  db: Queryable,
  tenantId: string,
  partId: string,
): Promise<CatalogPartView> {
  const [view] = await partViews(db, tenantId, [partId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** Locks the part for a change at the version the caller read (CONFLICT when stale). */
export async function findPartForUpdate(
  db: Queryable,
  tenantId: string,
  partId: string,
  version: number,
): Promise<PartRow> {
  const [row] = await db
    .select()
    .from(parts)
    .where(and(eq(parts.tenantId, tenantId), eq(parts.id, partId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== version) throw new AppError('CONFLICT');
  return row;
}

export async function assertPartCodeFree(
  db: Queryable,
  tenantId: string,
  code: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: parts.id })
    .from(parts)
    .where(and(eq(parts.tenantId, tenantId), eq(parts.code, code)));
  if (taken && taken.id !== exceptId) throw new AppError('PART_CODE_TAKEN');
}

export function auditedPart(row: PartRow, modelIds: readonly string[]): Record<string, unknown> {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    serialTracked: row.serialTracked,
    priceCents: row.priceCents,
    note: row.note,
    modelIds: [...modelIds].sort(),
  };
}
