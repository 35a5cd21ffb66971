import type { z } from 'zod';
import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  BoardView,
  PlanRecordView,
  ProposePlanBody,
  moveBody,
  recommendationView,
} from '../../dispatch.schemas';

export type MoveBody = z.infer<typeof moveBody>;
export type Recommendation = z.infer<typeof recommendationView>;
export type PlanRequest = Partial<ProposePlanBody> & { day: string };

export const dispatchApi = {
  board: (day: string, signal?: AbortSignal) =>
    apiRequest<BoardView>('/dispatch/board', { query: { day }, signal }),
  /** Runs the optimiser on the server; answers after about `timeLimitSeconds`. */
  propose: (body: PlanRequest) =>
    apiRequest<PlanRecordView>('/dispatch/plans', { method: 'POST', body }),
  apply: (planId: string) =>
    apiRequest<BoardView>(`/dispatch/plans/${planId}/apply`, { method: 'POST' }),
  move: (body: MoveBody) => apiRequest<BoardView>('/dispatch/board/move', { method: 'POST', body }),
  recommendations: (workOrderId: string) =>
    apiRequest<Recommendation[]>(`/work-orders/${workOrderId}/recommendations`),
};
