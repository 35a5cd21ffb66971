import type { WorkOrderAction, WorkOrderStatus } from '../../../work-orders/work-order.states';
import type { TransitionStep } from '../outbox/stepDraft';

/** The office's moves; the phone never offers them. */
const DESK_ONLY: readonly WorkOrderAction[] = ['assign', 'reassign', 'cancel'];

/** The step a technician would take next in each state, best first. */
const NEXT: Partial<Record<WorkOrderStatus, readonly TransitionStep[]>> = {
  assigned: ['schedule'],
  awaiting_revisit: ['schedule'],
  scheduled: ['start_travel'],
  en_route: ['arrive'],
  on_site: ['confirm'],
  confirmed: ['resolve', 'request_approval'],
  awaiting_approval: ['approve_quote'],
  replacement_advised: ['complete'],
  resolved: ['complete'],
};

export interface StepChoice {
  /** The one big button. */
  primary: TransitionStep | null;
  /** The other allowed steps, in the transition table's order. */
  secondary: TransitionStep[];
}

/**
 * The job page's buttons from the allowed actions: one primary step and the rest secondary. Out
 * of warranty the quote comes first; when the repair costs too much against the item's value,
 * advising replacement does.
 */
export function chooseSteps(
  status: WorkOrderStatus,
  allowed: readonly WorkOrderAction[],
  hints: { approvalNeeded: boolean; replacementSuggested: boolean },
): StepChoice {
  const steps = allowed.filter((a): a is TransitionStep => !DESK_ONLY.includes(a));
  let preferred = NEXT[status] ?? [];
  if (status === 'confirmed' && hints.approvalNeeded) preferred = ['request_approval'];
  if (status === 'confirmed' && hints.replacementSuggested) {
    preferred = ['advise_replacement', ...preferred];
  }
  const primary = preferred.find((step) => steps.includes(step)) ?? null;
  return { primary, secondary: steps.filter((step) => step !== primary) };
}
