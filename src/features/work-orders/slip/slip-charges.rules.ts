import type { QuoteLine, QuoteView } from '../../fees/fees.schemas';
import type { SlipPart, SlipView } from './slip.schemas';

type Charges = SlipView['charges'];

function totalsOf(lines: readonly QuoteLine[]): Charges['totals'] {
  const sum = (k: 'amountCents' | 'coveredCents' | 'chargedCents') =>
    lines.reduce((s, l) => s + l[k], 0);
  return {
    grossCents: sum('amountCents'),
    coveredCents: sum('coveredCents'),
    chargedCents: sum('chargedCents'),
  };
}

/** A part's line: quantity × unit price, all of it free when the part is covered. */
export function partLine(part: SlipPart): QuoteLine {
  return {
    kind: 'part',
    description: `${part.name} × ${part.quantity}`,
    amountCents: part.amountCents,
    coveredCents: part.covered ? part.amountCents : 0,
    chargedCents: part.covered ? 0 : part.amountCents,
  };
}

/**
 * What the slip charges. The quote is the price the customer was asked to accept, so when the
 * order has one its lines stand (parts are priced inside it); without a quote only the parts
 * used can cost anything. A declined quote is still shown with its decision: what was offered.
 */
export function slipCharges(
  quote: Pick<QuoteView, 'lines'> | null,
  decision: Charges['decision'],
  parts: readonly SlipPart[],
): Charges {
  const lines = quote ? quote.lines : parts.map(partLine);
  return {
    source: quote ? 'quote' : 'parts',
    decision: quote ? decision : null,
    lines: [...lines],
    totals: totalsOf(lines),
  };
}
