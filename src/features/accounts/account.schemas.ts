import { z } from 'zod';
import { ROLES } from './roles';

export const roleSchema = z.enum(ROLES);
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash, underscore');

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const sessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  tenantId: z.uuid(),
  tenantName: z.string(),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** Where notifications are e-mailed; optional. */
export const userEmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: '邮箱地址无效 / Not a valid e-mail address' }));

export const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  isDisabled: z.boolean(),
  disabledReason: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const createUserBody = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(64),
  phone: z.string().trim().max(32).optional(),
  email: userEmailSchema.optional(),
  roles: z.array(roleSchema).min(1),
  password: z.string().min(1).max(256),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  phone: z.string().trim().max(32).nullable().optional(),
  email: userEmailSchema.nullable().optional(),
  roles: z.array(roleSchema).min(1).optional(),
});

export const disableUserBody = z.object({ reason: z.string().trim().min(1).max(500) });
export const resetPasswordBody = z.object({ newPassword: z.string().min(1).max(256) });
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const listUsersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: roleSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const technicianView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  phone: z.string().nullable(),
  openOrders: z.number().int(),
});
export type TechnicianView = z.infer<typeof technicianView>;

export const passwordPolicyView = z.object({
  minLength: z.number().int(),
  minClasses: z.number().int(),
});

/** Never below the 等级保护 level-2 defaults (8 characters of 3 classes). */
export const passwordPolicyBody = z.object({
  minLength: z.number().int().min(8).max(64),
  minClasses: z.number().int().min(3).max(4),
});
