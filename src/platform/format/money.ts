/** Money is integer fen on the wire; people read and type yuan with two decimals. */
export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  // Integer arithmetic all the way: no floating point between fen and the text.
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Typed yuan as whole fen; 0.29 × 100 is 28.999…, so the binary error is rounded away first. */
export function yuanToCents(yuan: number): number;
export function yuanToCents(yuan: number | null | undefined): number | null;
export function yuanToCents(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  return Math.round(Number((yuan * 100).toFixed(6)));
}

export function centsToYuan(cents: number): number;
export function centsToYuan(cents: number | null | undefined): number | null;
export function centsToYuan(cents: number | null | undefined): number | null {
  return cents === null || cents === undefined ? null : cents / 100;
}
