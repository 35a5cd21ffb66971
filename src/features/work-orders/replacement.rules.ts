import type { QuoteLine } from '../fees/fees.schemas';

export interface ReplacementAdvice {
  suggested: boolean;
  thresholdPercent: number;
  repairCents: number | null;
  currentValueCents: number | null;
}

/** What the repair itself costs: every quoted line but the trip (travel is paid either way). */
export function repairCentsOf(lines: readonly Pick<QuoteLine, 'kind' | 'amountCents'>[]): number {
  return lines.filter((l) => l.kind !== 'travel').reduce((sum, l) => sum + l.amountCents, 0);
}

/**
 * 建议更换: replacement is proposed when the quoted repair (gross, before any warranty cover)
 * reaches the tenant's share of the item's current value (the model's list price). Without a
 * quote or a known value nothing is proposed.
 */
export function adviseReplacement(input: {
  repairCents: number | null;
  currentValueCents: number | null;
  thresholdPercent: number;
}): ReplacementAdvice {
  const { repairCents, currentValueCents, thresholdPercent } = input;
  const suggested =
    repairCents !== null &&
    currentValueCents !== null &&
    currentValueCents > 0 &&
    // Integer arithmetic: repair / value ≥ threshold / 100, without rounding.
    repairCents * 100 >= thresholdPercent * currentValueCents;
  return { suggested, thresholdPercent, repairCents, currentValueCents };
}
