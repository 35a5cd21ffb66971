import { z } from 'zod';

// The fields the repair-return schemas are built from; the feature's index does not export them.

/** A named reference shown next to an id. */
export const ref = z.object({ id: z.uuid(), name: z.string() });
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const isoDate = z.iso.date();
