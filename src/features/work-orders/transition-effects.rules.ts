import type { SlaKind } from '../sla/sla-timers.table';
import type { RevisitReason, WorkOrderAction } from './work-order.states';

export type ClockEffect =
  { op: 'meet'; kind: SlaKind } | { op: 'pause' } | { op: 'resume' } | { op: 'stop' };

/** Come back another day because of these: the wait is the customer's or the parts', not ours. */
const PAUSING_REVISITS: readonly RevisitReason[] = ['customer_unavailable', 'parts'];

/**
 * What a move does to the order's service clocks (response = customer contacted; on site;
 * completion). Waiting for the customer's approval, or for the customer or parts on another
 * day, pauses them until the wait ends.
 */
export function clockEffects(
  action: WorkOrderAction,
  revisitReason?: string | null,
): ClockEffect[] {
  switch (action) {
    case 'schedule':
      // A time agreed ends any wait (a revisit, also one reassigned meanwhile): paused clocks
      // count on; resuming running ones, or meeting a met one, changes nothing.
      return [{ op: 'meet', kind: 'response' }, { op: 'resume' }];
    case 'arrive':
      return [{ op: 'meet', kind: 'onSite' }];
    case 'request_approval':
      return [{ op: 'pause' }];
    case 'approve_quote':
    case 'decline_quote':
      return [{ op: 'resume' }];
    case 'revisit':
      return PAUSING_REVISITS.includes(revisitReason as RevisitReason) ? [{ op: 'pause' }] : [];
    case 'take_back':
    case 'complete':
      return [{ op: 'meet', kind: 'completion' }];
    // 送修 taken in (served at the counter; the repair return carries on), or solved over the
    // phone: the customer was answered and the job is done; no visit is due.
    case 'take_in':
    case 'close':
      return [{ op: 'meet', kind: 'response' }, { op: 'meet', kind: 'completion' }, { op: 'stop' }];
    case 'cancel':
      return [{ op: 'stop' }];
    default:
      return [];
  }
}

/** The outcomes that end the technician's open visit (its leftAt and outcome). */
const VISIT_OUTCOMES: readonly WorkOrderAction[] = [
  'resolve',
  'take_back',
  'revisit',
  'hand_over',
  'advise_replacement',
  'decline_quote',
];

export function endsVisit(action: WorkOrderAction): boolean {
  return VISIT_OUTCOMES.includes(action);
}
