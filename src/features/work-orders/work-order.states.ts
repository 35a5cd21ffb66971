/**
 * Work-order states. The on-site path: assigned → scheduled (customer contacted, time agreed)
 * → en_route → on_site → confirmed (the fault confirmed or corrected) → one outcome. Waiting
 * states (awaiting_approval, awaiting_revisit) pause the service clock.
 */
export const WORK_ORDER_STATES = [
  'new',
  'assigned',
  'scheduled',
  'en_route',
  'on_site',
  'confirmed',
  /** Out-of-warranty work waits for the customer's approval of the quote. */
  'awaiting_approval',
  /** Come back another day: waiting for the customer or for parts. */
  'awaiting_revisit',
  /** The repair costs too much against the item's value; replacement is advised. */
  'replacement_advised',
  /** Work done on site; waits for the customer's signature. */
  'resolved',
  /** The item was taken back (a repair-return record carries it on). */
  'taken_back',
  'closed',
  'cancelled',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATES)[number];

export const WORK_ORDER_ACTIONS = [
  'assign',
  'reassign',
  /** The technician contacted the customer and agreed a time (told warranty and charges). */
  'schedule',
  /** The customer is not free: a new time with the reason; the dispatcher is notified. */
  'reschedule',
  'start_travel',
  'arrive',
  'confirm',
  'request_approval',
  'approve_quote',
  'decline_quote',
  'resolve',
  'take_back',
  /** 送修: an item brought to the counter goes straight into a repair return. */
  'take_in',
  /** The repair return gave the item back to the customer: the order closes. */
  'return_item',
  'revisit',
  'hand_over',
  'advise_replacement',
  'repair_anyway',
  /** The customer signs on the technician's phone; the order closes. */
  'complete',
  /** Closed without a visit (solved over the phone). */
  'close',
  'cancel',
] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];

/** States in which the order's service clocks are paused (waiting on the customer or parts). */
export const PAUSED_STATES: readonly WorkOrderStatus[] = ['awaiting_approval', 'awaiting_revisit'];

export const TRAVEL_MODES = [
  'public_transport',
  'taxi',
  'motorbike_taxi',
  'company_car',
  'own',
] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const REVISIT_REASONS = ['customer_unavailable', 'parts', 'tools', 'other'] as const;
export type RevisitReason = (typeof REVISIT_REASONS)[number];
