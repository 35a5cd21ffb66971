import { AppError } from '../../platform/errors/app-error';
import type { Coverage } from '../warranty/warranty.rules';
import type { FeeStandardContent, Level, PartInput, QuoteLine, TravelInput } from './fees.schemas';

export interface QuoteInput {
  content: FeeStandardContent;
  categoryId: string;
  /** Shown on the labour line; the id when not given. */
  categoryName?: string;
  level: Level;
  /** Null for a walk-in (送修): no travel line. */
  travel: TravelInput | null;
  parts: readonly PartInput[];
  /** Add the standard's 检测费, when it has one. */
  inspection: boolean;
  /** What the warranty makes free, from warrantyStatusOn. */
  coverage: Coverage;
}

export interface QuoteTotals {
  grossCents: number;
  coveredCents: number;
  chargedCents: number;
}

export interface PricedQuote {
  lines: QuoteLine[];
  totals: QuoteTotals;
}

/** The largest total a quote may reach: what its integer column holds (¥21,474,836.47). */
export const MAX_QUOTE_CENTS = 2_147_483_647;

function assertWholeNonNegative(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('VALIDATION_FAILED');
}

/** a × (100 + percent) / 100, rounded half up, in integers only (no float drift). */
function withMarkup(amountCents: number, percent: number): number {
  const scaled = amountCents * (100 + percent) + 50;
  return (scaled - (scaled % 100)) / 100;
}

function line(
  kind: QuoteLine['kind'],
  description: string,
  amountCents: number,
  isCovered: boolean,
): QuoteLine {
  const coveredCents = isCovered ? amountCents : 0;
  return { kind, description, amountCents, coveredCents, chargedCents: amountCents - coveredCents };
}

function labourCents(input: QuoteInput): number {
  const row = input.content.labour.find(
    (r) => r.categoryId === input.categoryId && r.level === input.level,
  );
  return row?.amountCents ?? input.content.defaultLabourCents[String(input.level) as '1'];
}

function travelLine(input: QuoteInput): QuoteLine | null {
  const { travel } = input;
  if (!travel) return null;
  const rule = input.content.travel;
  if (rule.mode === 'zone') {
    if (!('zone' in travel)) throw new AppError('QUOTE_ZONE_REQUIRED');
    const zone = rule.zones.find((z) => z.zone === travel.zone);
    if (!zone) throw new AppError('QUOTE_ZONE_UNKNOWN', { zone: travel.zone });
    return line('travel', zone.zone, zone.amountCents, input.coverage.travel);
  }
  if (!('distanceKm' in travel)) throw new AppError('QUOTE_DISTANCE_REQUIRED');
  if (!(travel.distanceKm >= 0)) throw new AppError('VALIDATION_FAILED');
  // Every started kilometre past the free ones is charged.
  const billableKm = Math.max(0, Math.ceil(travel.distanceKm) - rule.freeKm);
  const amount = rule.baseCents + billableKm * rule.perKmCents;
  return line('travel', `${travel.distanceKm} km`, amount, input.coverage.travel);
}

/**
 * Prices a job from one fee standard and applies the warranty: a covered line is free, the rest
 * is charged. Labour by category × level (else the level's default), travel by zone or by
 * distance, parts at their price plus the standard's markup. 检测费 counts as labour.
 */
export function priceQuote(input: QuoteInput): PricedQuote {
  for (const part of input.parts) {
    assertWholeNonNegative(part.unitPriceCents);
    assertWholeNonNegative(part.quantity);
  }
  const { content, coverage } = input;
  const lines: QuoteLine[] = [
    line('labour', input.categoryName ?? input.categoryId, labourCents(input), coverage.labour),
  ];
  if (input.inspection && content.inspectionCents !== null)
    lines.push(line('inspection', '', content.inspectionCents, coverage.labour));
  const travel = travelLine(input);
  if (travel) lines.push(travel);
  for (const part of input.parts) {
    const amount = withMarkup(part.unitPriceCents * part.quantity, content.partsMarkupPercent);
    lines.push(line('part', `${part.name} × ${part.quantity}`, amount, coverage.parts));
  }
  const totals = lines.reduce<QuoteTotals>(
    (sum, l) => ({
      grossCents: sum.grossCents + l.amountCents,
      coveredCents: sum.coveredCents + l.coveredCents,
      chargedCents: sum.chargedCents + l.chargedCents,
    }),
    { grossCents: 0, coveredCents: 0, chargedCents: 0 },
  );
  if (totals.grossCents > MAX_QUOTE_CENTS) throw new AppError('QUOTE_TOO_LARGE');
  return { lines, totals };
}
