import type { StockCountView } from '../../inventory.schemas';

type Line = StockCountView['lines'][number];

/** Counted quantities typed on the screen but not saved yet, by part id; null clears one. */
export type CountEdits = Readonly<Record<string, number | null>>;

/** A line as the screen shows it: the typed quantity over the saved one. */
export function countedOf(line: Line, edits: CountEdits): number | null {
  return line.part.id in edits ? (edits[line.part.id] ?? null) : line.countedQuantity;
}

/** counted − expected, once counted. */
export function differenceOf(line: Line, edits: CountEdits): number | null {
  const counted = countedOf(line, edits);
  return counted === null ? null : counted - line.expectedQuantity;
}

/** What to save: every line with a counted quantity (the API takes only counted lines). */
export function linesToSave(lines: readonly Line[], edits: CountEdits) {
  return lines.flatMap((line) => {
    const counted = countedOf(line, edits);
    return counted === null ? [] : [{ partId: line.part.id, countedQuantity: counted }];
  });
}

/** Whether anything typed differs from what the server holds. */
export function hasUnsavedEdits(lines: readonly Line[], edits: CountEdits): boolean {
  return lines.some((line) => countedOf(line, edits) !== line.countedQuantity);
}

/** Lines still without a count, and lines whose count differs from the book. */
export function countSummary(lines: readonly Line[], edits: CountEdits) {
  let uncounted = 0;
  let differing = 0;
  for (const line of lines) {
    const difference = differenceOf(line, edits);
    if (difference === null) uncounted++;
    else if (difference !== 0) differing++;
  }
  return { uncounted, differing };
}
