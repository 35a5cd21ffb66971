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

export function historyActionKey(action: string): string | undefined {
  const verb =
    action
      .split(/[.:/]/)
      .pop()
      ?.replace(/^work_?order_?/i, '')
      .toLowerCase() ?? '';
  return ACTION_STEMS[verb];
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
