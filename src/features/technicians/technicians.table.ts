import {
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';

/** What dispatch needs to know about a technician beyond their account. */
export const technicianProfiles = pgTable('technician_profiles', {
  userId: uuid('user_id').primaryKey(),
  tenantId: tenantId(),
  baseLabel: text('base_label'),
  baseLat: doublePrecision('base_lat'),
  baseLng: doublePrecision('base_lng'),
  /** Shift as minutes after local midnight, e.g. 510 = 08:30. */
  shiftStart: integer('shift_start').notNull().default(510),
  shiftEnd: integer('shift_end').notNull().default(1050),
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  workDays: integer('work_days').array().notNull().default([1, 2, 3, 4, 5]),
  lastLat: doublePrecision('last_lat'),
  lastLng: doublePrecision('last_lng'),
  lastSeenAt: at('last_seen_at'),
  updatedAt: updatedAt(),
});

/** Skill in a product category: 1 basic, 2 skilled, 3 expert. */
export const technicianSkills = pgTable(
  'technician_skills',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    level: integer('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.categoryId] })],
);

export const technicianCertificates = pgTable(
  'technician_certificates',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    name: text('name').notNull(),
    number: text('number'),
    expiresOn: date('expires_on').notNull(),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [index('technician_certificates_user_idx').on(t.tenantId, t.userId)],
);

export const technicianDaysOff = pgTable(
  'technician_days_off',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    day: date('day').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
