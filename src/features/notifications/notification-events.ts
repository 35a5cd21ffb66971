import type { Role } from '../accounts/roles';

/**
 * Every event the system notifies about, with the parameters its text needs. In-app texts are
 * rendered from i18n (`notifications.events.<event>`); e-mail and robot texts on the server.
 */
export interface NotificationEventParams {
  /** A service clock passed its warning share (`kind`: response | onSite | completion). */
  'sla.warning': { number: string; kind: string; dueAt: string };
  'sla.breached': { number: string; kind: string; dueAt: string };
  'workOrder.assigned': { number: string; customer: string };
  /** The customer was not free: a new time, with the reason. */
  'workOrder.rescheduled': { number: string; start: string; reason: string };
  'workOrder.carRequested': { number: string; technician: string; reason: string };
  'workOrder.carDecided': { number: string; decision: 'approved' | 'declined' };
  'workOrder.handedOver': { number: string; from: string; to: string; reason: string };
  'workOrder.revisit': { number: string; reason: string };
  'workOrder.quoteAwaiting': { number: string; amount: string };
  'workOrder.replacementAdvised': { number: string };
  'workOrder.takenBack': { number: string; returnNumber: string };
  /** Human damage: the repair return's quote awaits the customer. */
  'repairReturn.quoteAwaiting': { number: string; amount: string };
  /** A technician handed an item over; the returns clerk is to confirm and register it. */
  'repairReturn.handedOver': { number: string; technician: string };
  /** A chase of the vendor fell due (to the returns clerks). */
  'repairReturn.chaseDue': { number: string; vendor: string };
  /** A chase is a day overdue (to the service managers). */
  'repairReturn.chaseOverdue': { number: string; vendor: string; dueAt: string };
  /** 14-day rule: the customer must be told about the return's delay. */
  'repairReturn.noticeDue': { number: string; customer: string };
  /** Back from the vendor (or not sent): ready to go back to the customer. */
  'repairReturn.ready': { number: string; customer: string };
  /** A part in a warehouse fell to or below its reorder level. */
  'inventory.belowReorder': {
    part: string;
    warehouse: string;
    quantity: number;
    reorderLevel: number;
  };
  /** A loaner unit is past its due date. */
  'loan.overdue': { code: string; customer: string; dueOn: string };
}
export type NotificationEvent = keyof NotificationEventParams;

export const NOTIFICATION_EVENTS = [
  'sla.warning',
  'sla.breached',
  'workOrder.assigned',
  'workOrder.rescheduled',
  'workOrder.carRequested',
  'workOrder.carDecided',
  'workOrder.handedOver',
  'workOrder.revisit',
  'workOrder.quoteAwaiting',
  'workOrder.replacementAdvised',
  'workOrder.takenBack',
  'repairReturn.quoteAwaiting',
  'repairReturn.handedOver',
  'repairReturn.chaseDue',
  'repairReturn.chaseOverdue',
  'repairReturn.noticeDue',
  'repairReturn.ready',
  'inventory.belowReorder',
  'loan.overdue',
] as const satisfies readonly NotificationEvent[];

/** Where a notice goes outside the app: e-mail, a 企业微信 or a 钉钉 group robot. */
export const OUTBOX_CHANNELS = ['email', 'wecom', 'dingtalk'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** One notice: an event, its parameters, who gets it, and what it opens in the app. */
export interface Notice<E extends NotificationEvent = NotificationEvent> {
  event: E;
  params: NotificationEventParams[E];
  /** Every active user holding one of these roles, and these users. */
  to: { roles?: readonly Role[]; userIds?: readonly string[] };
  /** An app path, e.g. `/work-orders/<id>`. */
  link?: string;
}
