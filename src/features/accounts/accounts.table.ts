import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import type { PasswordPolicy } from './password-policy.rules';

export const tenants = pgTable('tenants', {
  id: id(),
  name: text('name').notNull(),
  hotline: text('hotline'),
  /** The short code in public links, such as /p/c/yinchuan-demo (the commitments page). */
  publicCode: text('public_code').unique('tenants_public_code_key'),
  timezone: text('timezone').notNull().default('Asia/Shanghai'),
  passwordPolicy: jsonb('password_policy').$type<PasswordPolicy>().notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    tenantId: tenantId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    phone: text('phone'),
    /** Where notifications are e-mailed; none when empty. */
    email: text('email'),
    roles: text('roles').array().notNull(),
    passwordHash: text('password_hash').notNull(),
    isDisabled: boolean('is_disabled').notNull().default(false),
    disabledReason: text('disabled_reason'),
    passwordChangedAt: at('password_changed_at').notNull().defaultNow(),
    lastLoginAt: at('last_login_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_tenant_idx').on(t.tenantId),
  ],
);

/**
 * Platform tables, looked up by a globally unique key before the tenant is known (login by
 * username, a request by its session token). They hold no business data, so row-level security
 * does not scope them; every business table is scoped.
 */
export const loginNames = pgTable('login_names', {
  username: text('username').primaryKey(), // lower-cased
  tenantId: tenantId(),
  userId: uuid('user_id').notNull(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a database reader cannot replay a session. */
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    revokedAt: at('revoked_at'),
    sourceIp: text('source_ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(), // lower-cased
    tenantId: uuid('tenant_id'),
    /** failed and succeeded sign-ins; unlocked when an admin resets the password. */
    outcome: text('outcome', { enum: ['failed', 'succeeded', 'unlocked'] }).notNull(),
    sourceIp: text('source_ip'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('login_attempts_username_at_idx').on(t.username, t.at)],
);
