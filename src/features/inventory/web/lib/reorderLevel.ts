/** A typed reorder level: blank clears it; otherwise a whole number from 0. */
export function parseReorderLevel(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,6}$/.test(trimmed)) return 'invalid';
  const level = Number(trimmed);
  return level <= 100_000 ? level : 'invalid';
}
