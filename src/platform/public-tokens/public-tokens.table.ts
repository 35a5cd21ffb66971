import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from '../db/columns';

/**
 * Capability tokens for the public pages (a device's QR label, a report's tracking link).
 * A platform table without row-level security: it is read by the token before the tenant is
 * known, and holds nothing but the pointer. Tokens carry at least 128 random bits.
 */
export const publicTokens = pgTable(
  'public_tokens',
  {
    token: text('token').primaryKey(),
    kind: text('kind', { enum: ['asset', 'tracking'] }).notNull(),
    tenantId: uuid('tenant_id').notNull(),
    targetId: uuid('target_id').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('public_tokens_target_idx').on(t.tenantId, t.targetId)],
);
