import { aliasedTable, and, desc, eq, lte } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import { users, type RequestContext } from '../accounts';
import { feeStandardContent, type FeeStandardSummary, type FeeStandardView } from './fees.schemas';
import { feeStandards } from './fees.table';

export type FeeStandardRow = typeof feeStandards.$inferSelect;

/** The tenant's calendar day now: what "today" means for effective dates. */
export const todayOf = (ctx: RequestContext) => localDay(ctx.clock.now(), ctx.tenantTimezone);

const creator = aliasedTable(users, 'creator');
const publisher = aliasedTable(users, 'publisher');

/** Versions with the names of who made and published them, newest first. */
export function selectStandards(db: Queryable, tenantId: string) {
  return db
    .select({
      row: feeStandards,
      createdByName: creator.displayName,
      publishedByName: publisher.displayName,
    })
    .from(feeStandards)
    .innerJoin(creator, eq(creator.id, feeStandards.createdBy))
    .leftJoin(publisher, eq(publisher.id, feeStandards.publishedBy))
    .where(eq(feeStandards.tenantId, tenantId))
    .orderBy(desc(feeStandards.version))
    .$dynamic();
}
interface NamedRow {
  row: FeeStandardRow;
  createdByName: string;
  publishedByName: string | null;
}

export function toSummary(named: NamedRow, inEffectId: string | null): FeeStandardSummary {
  const { row } = named;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    note: row.note,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedByName: named.publishedByName,
    createdByName: named.createdByName,
    createdAt: row.createdAt.toISOString(),
    isInEffect: row.id === inEffectId,
  };
}

export function toView(named: NamedRow, inEffectId: string | null): FeeStandardView {
  return { ...toSummary(named, inEffectId), content: feeStandardContent.parse(named.row.content) };
}

/** The newest published version with effectiveFrom on or before the day, or null. */
export async function standardInEffect(
  db: Queryable,
  tenantId: string,
  day: string,
): Promise<FeeStandardRow | null> {
  const [row] = await db
    .select()
    .from(feeStandards)
    .where(
      and(
        eq(feeStandards.tenantId, tenantId),
        eq(feeStandards.status, 'published'),
        lte(feeStandards.effectiveFrom, day),
      ),
    )
    .orderBy(desc(feeStandards.version))
    .limit(1);
  return row ?? null;
}

/** One version with names, as the page shows it; NOT_FOUND for another tenant's id. */
export async function readStandard(
  db: Queryable,
  ctx: RequestContext,
  standardId: string,
): Promise<FeeStandardView> {
  const [named] = await selectStandards(db, ctx.tenantId).where(
    and(eq(feeStandards.tenantId, ctx.tenantId), eq(feeStandards.id, standardId)),
  );
  if (!named) throw new AppError('NOT_FOUND');
  const inEffect = await standardInEffect(db, ctx.tenantId, todayOf(ctx));
  return toView(named, inEffect?.id ?? null);
}

/** A version of the tenant locked for a change, NOT_FOUND otherwise. */
export async function lockStandard(
  db: Queryable,
  tenantId: string,
  standardId: string,
): Promise<FeeStandardRow> {
  const [row] = await db
    .select()
    .from(feeStandards)
    .where(and(eq(feeStandards.tenantId, tenantId), eq(feeStandards.id, standardId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** What the audit trail keeps of a version. */
export function auditedStandard(row: FeeStandardRow): Record<string, unknown> {
  return {
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    note: row.note,
    content: row.content,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
  };
}
