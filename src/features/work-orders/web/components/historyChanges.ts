import { WORK_ORDER_ACTIONS, type WorkOrderAction } from '../../work-order.states';

/** The history's action names, reduced to the verbs we translate ("work_order.assigned" → "assigned"). */
const ACTION_STEMS: Record<string, string> = {
  create: 'created',
  created: 'created',
  assign: 'assigned',
  assigned: 'assigned',
  reassign: 'reassigned',
  reassigned: 'reassigned',
  close: 'closed',
  closed: 'closed',
  cancel: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  update: 'updated',
  updated: 'updated',
};

const verbOf = (action: string) =>
  action
    .split(/[.:/]/)
    .pop()
    ?.replace(/^work_?order_?/i, '') ?? '';

export function historyActionKey(action: string): string | undefined {
  return ACTION_STEMS[verbOf(action).toLowerCase()];
}

/** Records kept beside a transition (parts, photos, the company car): named in workOrders.event. */
export const HISTORY_EVENTS = [
  'addPart',
  'removePart',
  'addPhoto',
  'requestCar',
  'decideCar',
  'appointment',
  'plan',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

/**
 * What to call an entry the history module has no word for: an on-site step by its action's
 * name (workOrder.start_travel → start_travel), or a record kept beside it (workOrder.addPart).
 */
export function historyLabelOf(
  action: string,
): { kind: 'action'; key: WorkOrderAction } | { kind: 'event'; key: HistoryEvent } | undefined {
  const verb = verbOf(action);
  const step = WORK_ORDER_ACTIONS.find((a) => a === verb);
  if (step) return { kind: 'action', key: step };
  const event = HISTORY_EVENTS.find((e) => e === verb);
  return event ? { kind: 'event', key: event } : undefined;
}

/** Bookkeeping that means nothing to a reader of the history. */
const HIDDEN = new Set([
  'id',
  'version',
  'tenantId',
  'createdAt',
  'updatedAt',
  'hotlineCallId',
  'customerId',
  'departmentId',
]);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** False when there is no old value worth showing: none recorded, or it was empty. */
  hasBefore: boolean;
}

/** The fields an event changed; an `xId` is left out when the event also names `x` or `xName`. */
export function historyChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const has = (key: string) => keys.includes(key);
  return keys
    .filter((key) => !HIDDEN.has(key))
    .filter(
      (key) => !(key.endsWith('Id') && (has(key.slice(0, -2)) || has(`${key.slice(0, -2)}Name`))),
    )
    .map((field) => ({
      field,
      before: before?.[field] ?? null,
      after: after?.[field] ?? null,
      hasBefore: before?.[field] !== undefined && before[field] !== null,
    }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
