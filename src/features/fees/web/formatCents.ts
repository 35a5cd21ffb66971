/** Integer fen as ¥1,234.50; no floating point on the way. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** A yuan amount as whole fen; 0.29 × 100 is 28.999…, so round away the binary error first. */
export function yuanToCents(yuan: number): number {
  return Math.round(Number((yuan * 100).toFixed(6)));
}

export function centsToYuan(cents: number): number {
  return cents / 100;
}
