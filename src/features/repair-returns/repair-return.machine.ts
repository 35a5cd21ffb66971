import type { Role } from '../accounts/roles';
import type { RepairReturnAction, RepairReturnStatus } from './repair-return.states';

export interface ReturnActor {
  userId: string;
  roles: readonly Role[];
}

export interface ReturnSubject {
  status: RepairReturnStatus;
  /** Charged to the customer and the quote not yet approved. */
  approvalNeeded?: boolean;
  /** The technician who handed the item over (the clerk who confirms must be someone else). */
  handedOverBy?: string | null;
}

export type ReturnRefusal =
  'INVALID_TRANSITION' | 'FORBIDDEN' | 'RETURN_QUOTE_REQUIRED' | 'HANDOVER_SAME_PERSON';

type Guard = (subject: ReturnSubject, actor: ReturnActor) => ReturnRefusal | null;

export interface ReturnTransition {
  action: RepairReturnAction;
  from: RepairReturnStatus;
  to: RepairReturnStatus;
  roles: readonly Role[];
  guard?: Guard;
}

/** Tests and hands over: the technicians, and the service manager standing in. */
const BENCH: readonly Role[] = ['technician', 'service_manager'];
/** Registers, ships, chases, receives back: the returns clerk and the service manager. */
const CLERK: readonly Role[] = ['returns_clerk', 'service_manager'];
/** Records the customer's answer to a quote, or gives the item back. */
const FRONT: readonly Role[] = ['returns_clerk', 'service_manager', 'dispatcher', 'technician'];

const approved: Guard = (s) => (s.approvalNeeded ? 'RETURN_QUOTE_REQUIRED' : null);
/** 双方确认: the handover is confirmed by a second person. */
const secondPerson: Guard = (s, actor) =>
  s.handedOverBy && s.handedOverBy === actor.userId ? 'HANDOVER_SAME_PERSON' : null;

const t = (
  action: RepairReturnAction,
  from: RepairReturnStatus,
  to: RepairReturnStatus,
  roles: readonly Role[],
  guard?: Guard,
): ReturnTransition => ({ action, from, to, roles, guard });

/** The repair-return state machine: every move the system allows, and no other. */
export const REPAIR_RETURN_TRANSITIONS: readonly ReturnTransition[] = [
  t('test', 'taken_back', 'tested', BENCH),
  // A test may be corrected until the item is handed over.
  t('test', 'tested', 'tested', BENCH),
  t('request_approval', 'tested', 'awaiting_approval', BENCH),
  t('approve_quote', 'awaiting_approval', 'tested', FRONT),
  t('decline_quote', 'awaiting_approval', 'ready_to_return', FRONT),
  t('hand_over', 'tested', 'handed_over', BENCH, approved),
  t('finish_in_house', 'tested', 'ready_to_return', [...BENCH, 'returns_clerk'], approved),
  t('register', 'handed_over', 'registered', CLERK, secondPerson),
  t('finish_in_house', 'registered', 'ready_to_return', CLERK),
  t('ship', 'registered', 'shipped', CLERK),
  t('confirm_arrival', 'shipped', 'at_vendor', CLERK),
  t('receive_back', 'shipped', 'ready_to_return', CLERK),
  t('receive_back', 'at_vendor', 'ready_to_return', CLERK),
  t('return_to_customer', 'ready_to_return', 'returned', FRONT),
];

/** The transition for this action, or why it is refused: the one check every move goes through. */
export function checkReturnTransition(
  subject: ReturnSubject,
  action: RepairReturnAction,
  actor: ReturnActor,
): ReturnTransition | ReturnRefusal {
  const transition = REPAIR_RETURN_TRANSITIONS.find(
    (x) => x.action === action && x.from === subject.status,
  );
  if (!transition) return 'INVALID_TRANSITION';
  if (!actor.roles.some((r) => transition.roles.includes(r))) return 'FORBIDDEN';
  return transition.guard?.(subject, actor) ?? transition;
}

export function allowedReturnActions(
  subject: ReturnSubject,
  actor: ReturnActor,
): RepairReturnAction[] {
  const actions = REPAIR_RETURN_TRANSITIONS.filter(
    (x) => typeof checkReturnTransition(subject, x.action, actor) === 'object',
  ).map((x) => x.action);
  return [...new Set(actions)];
}
