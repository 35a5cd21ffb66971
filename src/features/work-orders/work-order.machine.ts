import type { Role } from '../accounts/roles';
import type { WorkOrderAction, WorkOrderStatus } from './work-order.states';

export interface TransitionActor {
  userId: string;
  roles: readonly Role[];
}

export interface TransitionSubject {
  status: WorkOrderStatus;
  technicianId: string | null;
  /** Out-of-warranty work whose quote the customer has not approved: no repair yet. */
  approvalNeeded?: boolean;
}

export type TransitionRefusal = 'INVALID_TRANSITION' | 'FORBIDDEN' | 'QUOTE_APPROVAL_REQUIRED';

/** A guard returns why a move is refused for this actor and order, or null when it is allowed. */
type Guard = (order: TransitionSubject, actor: TransitionActor) => TransitionRefusal | null;

export interface Transition {
  action: WorkOrderAction;
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  roles: readonly Role[];
  guard?: Guard;
  /** Made by a repair-return step (送修 taken in, item given back), never from the order's own
   * action bar: left out of allowedActions. */
  byRepairReturn?: true;
}

const DESK: readonly Role[] = ['dispatcher', 'service_manager'];
const DESK_OR_FIELD: readonly Role[] = [...DESK, 'technician'];
const FIELD: readonly Role[] = ['technician'];
/** The counter and the returns clerk: items brought in and given back. */
const COUNTER: readonly Role[] = [...DESK, 'returns_clerk'];
const FRONT: readonly Role[] = [...COUNTER, 'technician'];

const isDesk = (actor: TransitionActor) => actor.roles.some((r) => DESK.includes(r));

/** A technician may act only on orders assigned to them; the desk may act on any. */
const assignedTechnicianOrDesk: Guard = (order, actor) =>
  isDesk(actor) || order.technicianId === actor.userId ? null : 'FORBIDDEN';

/** On-site steps are the assigned technician's own, whatever other roles they hold. */
const assignedTechnician: Guard = (order, actor) =>
  order.technicianId === actor.userId ? null : 'FORBIDDEN';

const repairAllowed: Guard = (order, actor) =>
  assignedTechnician(order, actor) ?? (order.approvalNeeded ? 'QUOTE_APPROVAL_REQUIRED' : null);

const desk = (action: WorkOrderAction, from: WorkOrderStatus, to: WorkOrderStatus) =>
  ({ action, from, to, roles: DESK }) satisfies Transition;
const deskOrOwn = (action: WorkOrderAction, from: WorkOrderStatus, to: WorkOrderStatus) =>
  ({
    action,
    from,
    to,
    roles: DESK_OR_FIELD,
    guard: assignedTechnicianOrDesk,
  }) satisfies Transition;
const own = (
  action: WorkOrderAction,
  from: WorkOrderStatus,
  to: WorkOrderStatus,
  guard = assignedTechnician,
) => ({ action, from, to, roles: FIELD, guard }) satisfies Transition;

/**
 * The work-order state machine: every move the system allows, and no other. The office books
 * and reassigns; the assigned technician travels, arrives, confirms and decides the outcome; the
 * customer's consent (quote approval, completion) is given on the technician's phone, and a
 * verbal quote approval may also be recorded by the desk.
 */
export const WORK_ORDER_TRANSITIONS: readonly Transition[] = [
  desk('assign', 'new', 'assigned'),
  desk('reassign', 'assigned', 'assigned'),
  desk('reassign', 'scheduled', 'assigned'),
  desk('reassign', 'awaiting_revisit', 'assigned'),
  deskOrOwn('schedule', 'assigned', 'scheduled'),
  deskOrOwn('schedule', 'awaiting_revisit', 'scheduled'),
  deskOrOwn('reschedule', 'scheduled', 'scheduled'),
  deskOrOwn('close', 'assigned', 'closed'),
  own('start_travel', 'scheduled', 'en_route'),
  own('arrive', 'en_route', 'on_site'),
  own('confirm', 'on_site', 'confirmed'),
  own('request_approval', 'confirmed', 'awaiting_approval'),
  deskOrOwn('approve_quote', 'awaiting_approval', 'confirmed'),
  deskOrOwn('decline_quote', 'awaiting_approval', 'resolved'),
  own('resolve', 'confirmed', 'resolved', repairAllowed),
  own('take_back', 'confirmed', 'taken_back'),
  { action: 'take_in', from: 'new', to: 'taken_back', roles: COUNTER, byRepairReturn: true },
  { action: 'return_item', from: 'taken_back', to: 'closed', roles: FRONT, byRepairReturn: true },
  own('revisit', 'confirmed', 'awaiting_revisit'),
  // The customer turns out not to be there (or calls off the visit on the way): another day,
  // without a fault to confirm first.
  own('revisit', 'en_route', 'awaiting_revisit'),
  own('revisit', 'on_site', 'awaiting_revisit'),
  own('hand_over', 'confirmed', 'assigned'),
  own('advise_replacement', 'confirmed', 'replacement_advised'),
  deskOrOwn('repair_anyway', 'replacement_advised', 'confirmed'),
  own('complete', 'resolved', 'closed'),
  // The customer declined by phone, or can't sign: the desk closes with the reason written.
  desk('close', 'resolved', 'closed'),
  own('complete', 'replacement_advised', 'closed'),
  desk('cancel', 'new', 'cancelled'),
  desk('cancel', 'assigned', 'cancelled'),
  desk('cancel', 'scheduled', 'cancelled'),
  desk('cancel', 'awaiting_revisit', 'cancelled'),
];

/** The transition for this action, or why it is refused: the one check every move goes through. */
export function checkTransition(
  order: TransitionSubject,
  action: WorkOrderAction,
  actor: TransitionActor,
): Transition | TransitionRefusal {
  const transition = WORK_ORDER_TRANSITIONS.find(
    (t) => t.action === action && t.from === order.status,
  );
  if (!transition) return 'INVALID_TRANSITION';
  if (!actor.roles.some((r) => transition.roles.includes(r))) return 'FORBIDDEN';
  return transition.guard?.(order, actor) ?? transition;
}

export function allowedActions(
  order: TransitionSubject,
  actor: TransitionActor,
): WorkOrderAction[] {
  const actions = WORK_ORDER_TRANSITIONS.filter(
    (t) => !t.byRepairReturn && typeof checkTransition(order, t.action, actor) === 'object',
  ).map((t) => t.action);
  return [...new Set(actions)];
}
