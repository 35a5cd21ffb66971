/**
 * A ledger row's quantity as the reader wants it: into a warehouse +n, out of one −n, and a
 * transfer (out of one, into another) plain n, its direction in the from/to columns.
 */
export function signedQuantity(movement: {
  quantity: number;
  from: unknown | null;
  to: unknown | null;
}): string {
  if (movement.from && !movement.to) return `-${movement.quantity}`;
  if (movement.to && !movement.from) return `+${movement.quantity}`;
  return String(movement.quantity);
}
