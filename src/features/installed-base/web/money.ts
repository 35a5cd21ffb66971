/** Money is integer fen on the wire; people read and type yuan with two decimals. */
export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export const centsToYuan = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? null : cents / 100;

export const yuanToCents = (yuan: number | null | undefined) =>
  yuan === null || yuan === undefined ? null : Math.round(yuan * 100);
