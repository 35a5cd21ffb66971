import { z } from 'zod';

export const departmentView = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
});
export const contactView = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string(),
  title: z.string().nullable(),
  departmentId: z.uuid().nullable(),
});
export const customerView = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  isCancelled: z.boolean(),
  departments: z.array(departmentView),
  contacts: z.array(contactView),
  createdAt: z.string(),
});
export type CustomerView = z.infer<typeof customerView>;

const phone = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[0-9+\-() ]+$/, 'digits, +, -, (), space');

/** The site's coordinates (WGS-84): both or neither. */
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const createCustomerBody = z.object({
  name: z.string().trim().min(1).max(120),
  phone: phone.optional(),
  address: z.string().trim().max(200).optional(),
  lat: latitude.optional(),
  lng: longitude.optional(),
  departments: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
});
export type CreateCustomerBody = z.infer<typeof createCustomerBody>;

export const updateCustomerBody = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  phone: phone.nullable().optional(),
  address: z.string().trim().max(200).nullable().optional(),
  lat: latitude.nullable().optional(),
  lng: longitude.nullable().optional(),
});

export const cancelCustomerBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const addDepartmentBody = z.object({
  name: z.string().trim().min(1).max(60),
  phone: phone.optional(),
});
export const addContactBody = z.object({
  name: z.string().trim().min(1).max(60),
  phone,
  title: z.string().trim().max(60).optional(),
  departmentId: z.uuid().optional(),
});

/** `q` matches the customer's name, its phone, or any contact's name or phone. */
export const listCustomersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export { phone as phoneSchema };
