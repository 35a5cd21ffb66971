import type { WorkOrderStatus } from '../../work-order.states';

/** The states by phase of the job, for the list's filter: each state in exactly one group. */
export const STATUS_GROUPS = {
  desk: ['new', 'assigned', 'scheduled'],
  field: ['en_route', 'on_site', 'confirmed'],
  waiting: ['awaiting_approval', 'awaiting_revisit', 'replacement_advised'],
  signing: ['resolved'],
  done: ['taken_back', 'closed', 'cancelled'],
} as const satisfies Record<string, readonly WorkOrderStatus[]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;

/** Whether the selection is exactly one group (its quick filter shows as chosen). */
export function isGroupSelected(group: StatusGroup, selected: readonly WorkOrderStatus[] = []) {
  const states: readonly WorkOrderStatus[] = STATUS_GROUPS[group];
  return selected.length === states.length && states.every((s) => selected.includes(s));
}
