import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { VendorView } from './brand-vendor.schemas';
import { vendorContacts, vendors } from './installed-base.table';

export type VendorRow = typeof vendors.$inferSelect;

/** Vendors with their live after-sales contacts, in the order given. */
export async function toVendorViews(
  db: Queryable,
  tenantId: string,
  rows: VendorRow[],
): Promise<VendorView[]> {
  const ids = rows.map((r) => r.id);
  const people = ids.length
    ? await db
        .select()
        .from(vendorContacts)
        .where(
          and(
            eq(vendorContacts.tenantId, tenantId),
            inArray(vendorContacts.vendorId, ids),
            isNull(vendorContacts.cancelledAt),
          ),
        )
        .orderBy(asc(vendorContacts.name), asc(vendorContacts.id))
    : [];
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    kind: v.kind,
    phone: v.phone,
    email: v.email,
    address: v.address,
    note: v.note,
    contacts: people
      .filter((p) => p.vendorId === v.id)
      .map((p) => ({ id: p.id, name: p.name, phone: p.phone, email: p.email, title: p.title })),
    isCancelled: v.cancelledAt !== null,
    createdAt: v.createdAt.toISOString(),
  }));
}

export async function getVendor(
  db: Queryable,
  tenantId: string,
  vendorId: string,
): Promise<VendorView> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.tenantId, tenantId), eq(vendors.id, vendorId)));
  if (!row) throw new AppError('NOT_FOUND');
  return (await toVendorViews(db, tenantId, [row]))[0]!;
}

export async function findVendorForUpdate(
  db: Queryable,
  tenantId: string,
  vendorId: string,
): Promise<VendorRow> {
  const [row] = await db
    .select()
    .from(vendors)
    .where(and(eq(vendors.tenantId, tenantId), eq(vendors.id, vendorId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function assertVendorNameFree(
  db: Queryable,
  tenantId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: vendors.id })
    .from(vendors)
    .where(and(eq(vendors.tenantId, tenantId), sql`lower(${vendors.name}) = lower(${name})`));
  if (taken && taken.id !== exceptId) throw new AppError('VENDOR_NAME_TAKEN');
}

/** What the audit trail keeps of a vendor and its contacts. */
export function auditedVendor(view: VendorView): Record<string, unknown> {
  const { id: _id, createdAt: _created, isCancelled: _cancelled, ...rest } = view;
  return rest;
}
