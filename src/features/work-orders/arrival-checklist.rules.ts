import type { ChecklistTick } from './on-site.table';

/**
 * The items of the tenant's arrival checklist (appearance, badge, shoe covers …) that the
 * technician did not tick. Items are matched by their text; extra ticks are ignored.
 */
export function uncheckedItems(
  checklist: readonly string[],
  ticks: readonly ChecklistTick[],
): string[] {
  const ticked = new Set(ticks.filter((t) => t.checked).map((t) => t.item.trim()));
  return checklist.filter((item) => !ticked.has(item.trim()));
}
