import { ApiError, NetworkError } from '../../../../web/api/ApiError';
import { WORK_ORDER_TRANSITIONS } from '../../../work-orders/work-order.machine';
import type { WorkOrderAction, WorkOrderStatus } from '../../../work-orders/work-order.states';

/** The transitions a technician sends from the phone (each has its own POST route). */
export type TransitionStep = Exclude<WorkOrderAction, 'assign' | 'reassign' | 'cancel'>;
/** Everything else the phone records on a job. */
export type RecordStep = 'carRequest' | 'addPart' | 'removePart' | 'photo';
export type StepKind = TransitionStep | RecordStep;

const RECORD_STEPS: readonly StepKind[] = ['carRequest', 'addPart', 'removePart', 'photo'];

export const isTransitionStep = (kind: StepKind): kind is TransitionStep =>
  !RECORD_STEPS.includes(kind);

/**
 * One step as the phone keeps it until the server has it: the request, and the Idempotency-Key
 * made once with it. Every attempt sends the same key and body, so a step the server already
 * took (the answer was lost) is answered from its first result and happens once.
 */
export interface StepDraft {
  id: string;
  /** Drafts belong to the user who made them: the server scopes keys to the user. */
  userId: string;
  workOrderId: string;
  kind: StepKind;
  method: 'POST' | 'DELETE';
  /** Under /api. */
  path: string;
  body?: unknown;
  idempotencyKey: string;
  /** The order steps are sent in, per job. */
  seq: number;
  createdAt: string;
  /** queued: waiting for the network; failed: the server refused it, the user decides. */
  state: 'queued' | 'failed';
  attempts: number;
  error: { status: number; code: string; message: string } | null;
}

export interface StepInput {
  workOrderId: string;
  kind: StepKind;
  body?: unknown;
  /** For removePart: which part. */
  targetId?: string;
}

/** The route of each step: `start_travel` → POST /work-orders/:id/start-travel, and so on. */
export function requestOf(input: StepInput): Pick<StepDraft, 'method' | 'path'> {
  const base = `/work-orders/${input.workOrderId}`;
  switch (input.kind) {
    case 'carRequest':
      return { method: 'POST', path: `${base}/car-requests` };
    case 'addPart':
      return { method: 'POST', path: `${base}/parts` };
    case 'removePart':
      return { method: 'DELETE', path: `${base}/parts/${input.targetId ?? ''}` };
    case 'photo':
      return { method: 'POST', path: `${base}/photos` };
    default:
      return { method: 'POST', path: `${base}/${input.kind.replaceAll('_', '-')}` };
  }
}

export function newDraft(
  input: StepInput,
  made: { id: string; userId: string; key: string; seq: number; now: Date },
): StepDraft {
  return {
    id: made.id,
    userId: made.userId,
    workOrderId: input.workOrderId,
    kind: input.kind,
    ...requestOf(input),
    ...(input.body === undefined ? {} : { body: input.body }),
    idempotencyKey: made.key,
    seq: made.seq,
    createdAt: made.now.toISOString(),
    state: 'queued',
    attempts: 0,
    error: null,
  };
}

export const bySeq = (a: StepDraft, b: StepDraft) => a.seq - b.seq;

/** A job's drafts, oldest first. */
export function draftsOf(drafts: readonly StepDraft[], workOrderId: string): StepDraft[] {
  return drafts.filter((d) => d.workOrderId === workOrderId).sort(bySeq);
}

/**
 * What a failed attempt means. `retry`: the network (or a proxy in front of the server, or the
 * session) failed — nothing was decided, keep the draft queued and send it again later.
 * `done`: a removal whose target is already gone (an earlier attempt removed it, its answer
 * lost). `rejected`: the server answered and refused the step; the user fixes or discards it.
 */
export function failureKind(
  error: unknown,
  draft?: Pick<StepDraft, 'method'>,
): 'retry' | 'done' | 'rejected' {
  if (error instanceof NetworkError) return 'retry';
  if (error instanceof ApiError) {
    if (draft?.method === 'DELETE' && error.status === 404) return 'done';
    // 401: signed out meanwhile; after signing in again the same draft goes out unchanged.
    return [401, 408, 429, 502, 503, 504].includes(error.status) ? 'retry' : 'rejected';
  }
  return 'rejected';
}

/**
 * The job's status once its waiting steps are through: the server's status moved along the
 * transition table by each queued transition, in order, up to the first the server refused.
 */
export function projectedStatus(
  status: WorkOrderStatus,
  drafts: readonly StepDraft[],
): WorkOrderStatus {
  let current = status;
  for (const draft of [...drafts].sort(bySeq)) {
    if (draft.state === 'failed') break;
    if (!isTransitionStep(draft.kind)) continue;
    const move = WORK_ORDER_TRANSITIONS.find((t) => t.action === draft.kind && t.from === current);
    if (!move) break;
    current = move.to;
  }
  return current;
}
