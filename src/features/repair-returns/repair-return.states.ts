/**
 * Repair-return (返修) states: taken back → tested → (quote for human damage) → handed over by
 * the technician → registered by the returns clerk → shipped → at the vendor → ready to return
 * (back from the vendor, or not sent at all) → returned to the customer.
 */
export const REPAIR_RETURN_STATES = [
  /** Taken back from the customer, or brought to the counter (送修). */
  'taken_back',
  /** 检测: test results, cause, warranty and expected return date recorded. */
  'tested',
  /** Human damage (人为因素) is charged: the quote waits for the customer. */
  'awaiting_approval',
  /** The technician handed the item over; the returns clerk has not yet confirmed. */
  'handed_over',
  /** 登记备案: the returns clerk confirmed the handover and registered the item. */
  'registered',
  /** 封装运输: on its way to the vendor. */
  'shipped',
  /** Arrival at the vendor confirmed; chased on the cadence until it comes back. */
  'at_vendor',
  /** Back from the vendor (repaired, replaced or refused), or never sent: to go back. */
  'ready_to_return',
  /** Returned to the customer against a signature. */
  'returned',
] as const;
export type RepairReturnStatus = (typeof REPAIR_RETURN_STATES)[number];

export const REPAIR_RETURN_ACTIONS = [
  'test',
  /** Human damage: the quote goes to the customer. */
  'request_approval',
  'approve_quote',
  /** The customer won't pay: the item goes back unrepaired. */
  'decline_quote',
  'hand_over',
  /** The returns clerk confirms the handover and registers the item. */
  'register',
  /** Repaired in house, or no fault found: ready to go back without a vendor. */
  'finish_in_house',
  'ship',
  'confirm_arrival',
  /** Back from the vendor: repaired, replaced (new serial) or refused. */
  'receive_back',
  'return_to_customer',
] as const;
export type RepairReturnAction = (typeof REPAIR_RETURN_ACTIONS)[number];

export const RETURN_SOURCES = ['take_back', 'walk_in'] as const;
export type ReturnSource = (typeof RETURN_SOURCES)[number];

/** The cause the test found: it decides the warranty (human damage is charged). */
export const RETURN_CAUSES = ['product_fault', 'human_damage', 'no_fault_found'] as const;
export type ReturnCause = (typeof RETURN_CAUSES)[number];

/** The warranty an item is under when tested: 包换, 保修, or none (charged). */
export const CHASE_COVERAGES = ['replacement', 'repair', 'none'] as const;
export type ChaseCoverage = (typeof CHASE_COVERAGES)[number];

export const RETURN_OUTCOMES = [
  'repaired',
  /** The vendor sent a new unit: a new serial number, the asset links old → new. */
  'replaced',
  /** The vendor refused (out of its warranty, human damage …), with its reason. */
  'refused',
  'no_fault_found',
  /** The customer declined the quote. */
  'quote_declined',
] as const;
export type ReturnOutcome = (typeof RETURN_OUTCOMES)[number];

export const SHIPMENT_STATES = ['packing', 'shipped', 'arrived'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATES)[number];

export const NOTICE_REASONS = [
  /** The expected return date is more than the notice days after take-back. */
  'expected_late',
  /** The notice days passed and the item is not back. */
  'overdue',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

export const NOTICE_CHANNELS = ['phone', 'sms', 'email'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** While in these states the item is with (or on its way to) the vendor and is chased. */
export const CHASED_STATES: readonly RepairReturnStatus[] = ['shipped', 'at_vendor'];
/** Every state before the item is back: the 14-day rule watches these. */
export const OPEN_STATES: readonly RepairReturnStatus[] = REPAIR_RETURN_STATES.filter(
  (s) => s !== 'ready_to_return' && s !== 'returned',
);
