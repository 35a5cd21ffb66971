import type { RepairReturnView } from '../../repair-return.schemas';
import type { RepairReturnStatus } from '../../repair-return.states';

export type StepState = 'finish' | 'process' | 'wait' | 'error';

export interface ReturnStep {
  status: RepairReturnStatus;
  state: StepState;
}

type StepSubject = Pick<RepairReturnView, 'status' | 'shippedAt'> & {
  test: Pick<NonNullable<RepairReturnView['test']>, 'charged' | 'quoteApproved'> | null;
  handover: Pick<NonNullable<RepairReturnView['handover']>, 'registeredAt'> | null;
  back: Pick<NonNullable<RepairReturnView['back']>, 'outcome'> | null;
};

const VENDOR_LEG: readonly RepairReturnStatus[] = [
  'handed_over',
  'registered',
  'shipped',
  'at_vendor',
];

/**
 * The states this return passes through, for the header's steps: the quote only when the
 * item is charged; the vendor leg unless the item is back without ever having been shipped
 * (finished in house, or the quote declined), in which case only the steps it really took.
 */
export function stepPath(rr: StepSubject): RepairReturnStatus[] {
  const path: RepairReturnStatus[] = ['taken_back', 'tested'];
  if (rr.test?.charged) path.push('awaiting_approval');
  const isBack = rr.status === 'ready_to_return' || rr.status === 'returned';
  if (!isBack || rr.shippedAt) path.push(...VENDOR_LEG);
  else if (rr.back?.outcome !== 'quote_declined' && rr.handover) {
    path.push('handed_over');
    if (rr.handover.registeredAt) path.push('registered');
  }
  path.push('ready_to_return', 'returned');
  return path;
}

/**
 * Each step done, in progress or still ahead. The quote step is done once approved (the
 * return then goes back to `tested`, ready to hand over) and failed when declined.
 */
export function returnSteps(rr: StepSubject): ReturnStep[] {
  const path = stepPath(rr);
  const quoteDone = rr.test?.quoteApproved === true;
  let current = path.indexOf(rr.status);
  if (rr.status === 'tested' && quoteDone) current = path.indexOf('awaiting_approval') + 1;
  return path.map((status, index) => {
    if (status === 'awaiting_approval' && rr.test?.quoteApproved === false)
      return { status, state: 'error' };
    if (index < current || (index === current && rr.status === 'returned'))
      return { status, state: 'finish' };
    return { status, state: index === current ? 'process' : 'wait' };
  });
}
