import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId } from '../db/columns';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Uploaded files (photos of faults, signatures), kept in the database: outside any web root,
 * shared by every app process, and served only through routes that check who asks.
 */
export const files = pgTable(
  'files',
  {
    id: id(),
    tenantId: tenantId(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('files_owner_idx').on(t.tenantId, t.ownerType, t.ownerId)],
);
