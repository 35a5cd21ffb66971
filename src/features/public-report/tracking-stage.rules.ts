/** What the reporter sees of their request's progress; nothing about who works on it. */
export const TRACKING_STAGES = [
  'received',
  'dispatched',
  'on_the_way',
  'done',
  'rejected',
  'cancelled',
] as const;
export type TrackingStage = (typeof TRACKING_STAGES)[number];

// Work-order statuses past dispatch and before completion: someone is coming or working on it.
// The on-site workflow adds these; any status not listed in either set reads as dispatched,
// the one thing every existing work order certainly is.
const UNDER_WAY = new Set([
  'en_route',
  'arrived',
  'on_site',
  'in_progress',
  'problem_confirmed',
  'diagnosing',
  'repairing',
  'awaiting_parts',
  'waiting_parts',
  'paused',
  'awaiting_customer',
]);
const DONE = new Set(['closed', 'resolved', 'completed', 'done', 'verified', 'signed_off']);

/** The public stage of a request, given the work order it became (if any). */
export function trackingStageOf(
  requestStatus: string,
  workOrderStatus: string | null,
): TrackingStage {
  if (requestStatus === 'rejected') return 'rejected';
  if (workOrderStatus === null) return 'received';
  if (workOrderStatus === 'cancelled') return 'cancelled';
  if (DONE.has(workOrderStatus)) return 'done';
  if (UNDER_WAY.has(workOrderStatus)) return 'on_the_way';
  return 'dispatched';
}

export interface TrackingTimes {
  receivedAt: Date;
  dispatchedAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
}

export interface TrackingStep {
  stage: TrackingStage;
  /** When the stage was reached, if known; null when not reached or not recorded. */
  at: string | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * The steps the tracking page draws: the normal path ends in done; a rejected request ends
 * after received, a cancelled order after dispatched. The time a technician set off is not
 * recorded yet, so that step has no time.
 */
export function trackingSteps(stage: TrackingStage, times: TrackingTimes): TrackingStep[] {
  const received = { stage: 'received' as const, at: iso(times.receivedAt) };
  if (stage === 'rejected') return [received, { stage, at: iso(times.decidedAt) }];
  const dispatched = {
    stage: 'dispatched' as const,
    at: stage === 'received' ? null : iso(times.dispatchedAt),
  };
  if (stage === 'cancelled') return [received, dispatched, { stage, at: iso(times.cancelledAt) }];
  return [
    received,
    dispatched,
    { stage: 'on_the_way', at: null },
    { stage: 'done', at: stage === 'done' ? iso(times.closedAt) : null },
  ];
}
