/** A stock level before and after one movement, with its reorder point (再订货点). */
export interface LevelChange {
  warehouseId: string;
  before: number;
  after: number;
  reorderLevel: number | null;
}

/**
 * The warehouse keeper is alerted once when a level falls to or below its reorder point: the
 * movement that crosses it alerts, the ones after it (still at or below) do not.
 */
export const crossedReorderLevel = (change: LevelChange): boolean =>
  change.reorderLevel !== null &&
  change.after <= change.reorderLevel &&
  change.before > change.reorderLevel;

/** At or below the reorder point (a level without one never is). */
export const isBelowReorder = (quantity: number, reorderLevel: number | null): boolean =>
  reorderLevel !== null && quantity <= reorderLevel;
