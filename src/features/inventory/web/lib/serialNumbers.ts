/**
 * Serial numbers as people type or scan them: one per line (a scanner ends each with Enter),
 * or separated by commas, semicolons or blanks. Blanks around each are dropped.
 */
export function parseSerialNumbers(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[\s,，;；、]+/)
    .map((serial) => serial.trim())
    .filter((serial) => serial.length > 0);
}

export type SerialProblem =
  | { kind: 'count'; expected: number; actual: number }
  | { kind: 'duplicate'; serials: string[] }
  | { kind: 'tooLong'; serials: string[] };

const MAX_LENGTH = 100;

/**
 * What is wrong with the serials of a serial-tracked movement: at least one, one per unit moved
 * (when the quantity is given), each once, each at most 100 characters (the API's limit).
 * Empty when they are fine.
 */
export function serialProblems(serials: readonly string[], quantity?: number): SerialProblem[] {
  const problems: SerialProblem[] = [];
  const expected = quantity ?? Math.max(serials.length, 1);
  if (serials.length !== expected)
    problems.push({ kind: 'count', expected, actual: serials.length });
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const serial of serials) {
    if (seen.has(serial)) duplicates.add(serial);
    seen.add(serial);
  }
  if (duplicates.size > 0) problems.push({ kind: 'duplicate', serials: [...duplicates] });
  const tooLong = serials.filter((serial) => serial.length > MAX_LENGTH);
  if (tooLong.length > 0) problems.push({ kind: 'tooLong', serials: tooLong });
  return problems;
}
