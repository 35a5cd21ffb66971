import type { Role } from '../accounts/roles';
import type { WorkOrderAction, WorkOrderStatus } from './work-order.states';

export interface TransitionActor {
  userId: string;
  roles: readonly Role[];
}

export interface TransitionSubject {
  status: WorkOrderStatus;
  technicianId: string | null;
}

/** A guard returns why a move is refused for this actor and order, or null when it is allowed. */
type Guard = (order: TransitionSubject, actor: TransitionActor) => 'FORBIDDEN' | null;

export interface Transition {
  action: WorkOrderAction;
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  roles: readonly Role[];
  guard?: Guard;
}

const DESK: readonly Role[] = ['dispatcher', 'service_manager'];

/** A technician may act only on orders assigned to them; the desk may act on any. */
const assignedTechnicianOrDesk: Guard = (order, actor) =>
  actor.roles.some((r) => DESK.includes(r)) || order.technicianId === actor.userId
    ? null
    : 'FORBIDDEN';

/** The work-order state machine: every move the system allows, and no other. */
export const WORK_ORDER_TRANSITIONS: readonly Transition[] = [
  { action: 'assign', from: 'new', to: 'assigned', roles: DESK },
  { action: 'reassign', from: 'assigned', to: 'assigned', roles: DESK },
  {
    action: 'close',
    from: 'assigned',
    to: 'closed',
    roles: [...DESK, 'technician'],
    guard: assignedTechnicianOrDesk,
  },
  { action: 'cancel', from: 'new', to: 'cancelled', roles: DESK },
  { action: 'cancel', from: 'assigned', to: 'cancelled', roles: DESK },
];

export type TransitionRefusal = 'INVALID_TRANSITION' | 'FORBIDDEN';

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
    (t) => typeof checkTransition(order, t.action, actor) === 'object',
  ).map((t) => t.action);
  return [...new Set(actions)];
}
