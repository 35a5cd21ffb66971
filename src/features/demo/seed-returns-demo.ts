import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { COMPLETED_RETURN_STORIES, COMPLETED_RETURNS } from './returns-demo-completed';
import { IN_HOUSE_RETURN_STORIES } from './returns-demo-in-house';
import { playStory } from './returns-demo-story';
import { VENDOR_RETURN_STORIES } from './returns-demo-with-vendors';
import { openReturnsWorld } from './returns-demo-world';
import type { InventoryDemo } from './seed-inventory-demo';
import type { DemoAsset } from './seed-installed-base-demo';

/** How many returns the stories make, by the state they are left in. */
export const RETURNS_DEMO_STATES = {
  taken_back: 1,
  tested: 1,
  awaiting_approval: 1,
  handed_over: 1,
  registered: 2,
  shipped: 1,
  at_vendor: 3,
  ready_to_return: 2,
  returned: COMPLETED_RETURNS,
} as const;
export const RETURNS_DEMO_RETURNS = Object.values(RETURNS_DEMO_STATES).reduce<number>(
  (a, b) => a + b,
  0,
);
/** Work orders still "taken back": each closes when its item goes back to the customer. */
export const RETURNS_DEMO_OPEN_ORDERS = RETURNS_DEMO_RETURNS - RETURNS_DEMO_STATES.returned;
/** Returns taken back on site, each from a hotline call's work order; the others are walk-ins. */
export const RETURNS_DEMO_HOTLINE_ORDERS = 2;

/**
 * Repair returns (返修) in use, over the last two months, through the real use cases: walk-ins
 * and take-backs in every state — tested, a quote waiting, handed over, registered, packed,
 * shipped and chased, at the vendor with a chase overdue, a long repair with its customer
 * notice open, another told and lent a loaner, back repaired or replaced — and finished ones
 * at three vendors with their turnaround and promised dates, given back against signatures.
 * The timers they arm (chases, 14-day notices, the loan) fire when the server runs its jobs.
 */
export async function seedReturnsDemo(
  db: Db,
  clock: Clock,
  tenantId: string,
  installed: readonly DemoAsset[],
  inventory: InventoryDemo,
): Promise<void> {
  const world = await openReturnsWorld(db, clock, tenantId, installed, inventory.usedDevices);
  for (const story of [
    ...COMPLETED_RETURN_STORIES,
    ...VENDOR_RETURN_STORIES,
    ...IN_HOUSE_RETURN_STORIES,
  ])
    await world.run((w) => playStory(w, inventory, story));
}
