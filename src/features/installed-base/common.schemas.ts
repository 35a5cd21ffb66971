import { z } from 'zod';

/** A named reference shown next to an id. */
export const ref = z.object({ id: z.uuid(), name: z.string() });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const pagingQuery = {
  q: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
export const includeCancelledQuery = z.enum(['true', 'false']).default('false');

/** An optional free text: blank means "none". */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const cancelBody = z.object({ reason: z.string().trim().min(1).max(500) });
export type CancelBody = z.infer<typeof cancelBody>;

export const isoDay = z.iso.date();
/** Integer fen (分); at most ¥100,000,000. */
export const cents = z.number().int().min(0).max(10_000_000_000);
