/** Work-order states for the foundation; the on-site workflow extends this list. */
export const WORK_ORDER_STATES = ['new', 'assigned', 'closed', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATES)[number];

export const WORK_ORDER_ACTIONS = ['assign', 'reassign', 'close', 'cancel'] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];
