import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { coverageView } from '../warranty';
import { level, partInput, quoteLine, travelInput, type QuoteView } from './fees.schemas';
import { quotes } from './fees.table';

/** What a quote row keeps in `input`: what was priced, and the warranty applied on the day. */
export const storedQuoteInput = z.object({
  day: z.string(),
  categoryId: z.uuid(),
  level,
  travel: travelInput.nullable(),
  parts: z.array(partInput),
  inspection: z.boolean(),
  warrantyState: z.string(),
  coverage: coverageView,
});
export type StoredQuoteInput = z.infer<typeof storedQuoteInput>;

export function toQuoteView(row: typeof quotes.$inferSelect): QuoteView {
  const input = storedQuoteInput.parse(row.input);
  const lines = z.array(quoteLine).parse(row.lines);
  const sum = (k: 'amountCents' | 'coveredCents' | 'chargedCents') =>
    lines.reduce((s, l) => s + l[k], 0);
  return {
    id: row.id,
    feeStandardId: row.feeStandardId,
    feeStandardVersion: row.feeStandardVersion,
    assetId: row.assetId,
    serviceRequestId: row.serviceRequestId,
    workOrderId: row.workOrderId,
    categoryId: input.categoryId,
    level: input.level,
    warrantyState: input.warrantyState,
    coverage: input.coverage,
    lines,
    totals: {
      grossCents: sum('amountCents'),
      coveredCents: sum('coveredCents'),
      chargedCents: sum('chargedCents'),
    },
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getQuote(
  db: Queryable,
  tenantId: string,
  quoteId: string,
): Promise<QuoteView> {
  const [row] = await db
    .select()
    .from(quotes)
    .where(and(eq(quotes.tenantId, tenantId), eq(quotes.id, quoteId)));
  if (!row) throw new AppError('NOT_FOUND');
  return toQuoteView(row);
}
