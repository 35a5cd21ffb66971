import { z } from 'zod';
import { includeCancelledQuery, optionalText, pagingQuery } from './common.schemas';

export const brandView = z.object({
  id: z.uuid(),
  name: z.string(),
  isCancelled: z.boolean(),
  createdAt: z.string(),
});
export type BrandView = z.infer<typeof brandView>;

const name = z.string().trim().min(1).max(60);
export const brandBody = z.object({ name });
export type BrandBody = z.infer<typeof brandBody>;

export const listBrandsQuery = z.object({
  ...pagingQuery,
  includeCancelled: includeCancelledQuery,
});
export type ListBrandsQuery = z.infer<typeof listBrandsQuery>;

export const VENDOR_KINDS = ['manufacturer', 'dealer'] as const;
export type VendorKind = (typeof VENDOR_KINDS)[number];

const phone = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-() ]*$/, 'digits, +, -, (), space');
const email = z.union([z.literal(''), z.email().max(120)]);

export const vendorContactView = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  title: z.string().nullable(),
});
export type VendorContactView = z.infer<typeof vendorContactView>;

export const vendorView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(VENDOR_KINDS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  note: z.string().nullable(),
  contacts: z.array(vendorContactView),
  isCancelled: z.boolean(),
  createdAt: z.string(),
});
export type VendorView = z.infer<typeof vendorView>;

/** A contact with an id is kept (and edited); a live contact left out of the list is cancelled. */
export const vendorContactInput = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(60),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  title: optionalText(60),
});
export type VendorContactInput = z.infer<typeof vendorContactInput>;

export const vendorBody = z.object({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(VENDOR_KINDS),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  address: optionalText(200),
  note: optionalText(500),
  contacts: z.array(vendorContactInput).max(50).default([]),
});
export type VendorBody = z.infer<typeof vendorBody>;

export const listVendorsQuery = z.object({
  ...pagingQuery,
  kind: z.enum(VENDOR_KINDS).optional(),
  includeCancelled: includeCancelledQuery,
});
export type ListVendorsQuery = z.infer<typeof listVendorsQuery>;
