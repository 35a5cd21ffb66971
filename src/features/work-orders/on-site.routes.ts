import { z } from 'zod';
import type { Db, Tx } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, type RequestContext } from '../accounts';
import { adviseReplacement } from './advise-replacement';
import { approveQuote } from './approve-quote';
import { arriveOnSite } from './arrive-on-site';
import { completeWorkOrder } from './complete-work-order';
import { confirmFault } from './confirm-fault';
import { declineQuote } from './decline-quote';
import { handOverWorkOrder } from './hand-over-work-order';
import {
  adviseReplacementBody,
  approveQuoteBody,
  arriveBody,
  completeBody,
  confirmBody,
  declineQuoteBody,
  handOverBody,
  repairAnywayBody,
  requestApprovalBody,
  rescheduleBody,
  resolveBody,
  revisitBody,
  scheduleBody,
  startTravelBody,
  takeBackBody,
} from './on-site.schemas';
import { repairAnyway } from './repair-anyway';
import { requestQuoteApproval } from './request-quote-approval';
import { rescheduleVisit } from './reschedule-visit';
import { resolveWorkOrder } from './resolve-work-order';
import { scheduleRevisit } from './schedule-revisit';
import { scheduleVisit } from './schedule-visit';
import { startTravel } from './start-travel';
import { takeBackItem } from './take-back-item';
import { workOrderDetail, type WorkOrderDetail } from './work-order.schemas';

const idParams = z.object({ id: z.uuid() });
const tags = ['work orders: on site'];

type Step<B extends z.ZodType> = (
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<B>,
) => Promise<WorkOrderDetail>;

/**
 * The on-site steps, each `POST /api/work-orders/:id/<step>` answering with the order as it is
 * now. The phone keeps a step made offline and sends it again with the same Idempotency-Key:
 * a replay gets the first answer and changes nothing. The transition table narrows each step
 * to the assigned technician or the desk.
 */
export function registerOnSiteStepRoutes(app: App, { db }: { db: Db }): void {
  const step = <B extends z.ZodType>(path: string, body: B, run: Step<B>) =>
    app.post(
      `/api/work-orders/:id/${path}`,
      {
        schema: {
          tags,
          params: idParams,
          headers: idempotencyHeaders,
          body,
          response: { 200: workOrderDetail },
        },
        config: { permission: 'workOrders.onSite' },
      },
      (request) =>
        idempotentCreate(db, request, (tx, ctx) =>
          run(tx, ctx, request.params.id, request.body as z.infer<B>),
        ),
    );
  step('schedule', scheduleBody, scheduleVisit);
  step('reschedule', rescheduleBody, rescheduleVisit);
  step('start-travel', startTravelBody, startTravel);
  step('arrive', arriveBody, arriveOnSite);
  step('confirm', confirmBody, confirmFault);
  step('request-approval', requestApprovalBody, requestQuoteApproval);
  step('approve-quote', approveQuoteBody, approveQuote);
  step('decline-quote', declineQuoteBody, declineQuote);
  step('resolve', resolveBody, resolveWorkOrder);
  step('take-back', takeBackBody, takeBackItem);
  step('revisit', revisitBody, scheduleRevisit);
  step('hand-over', handOverBody, handOverWorkOrder);
  step('advise-replacement', adviseReplacementBody, adviseReplacement);
  step('repair-anyway', repairAnywayBody, repairAnyway);
  step('complete', completeBody, completeWorkOrder);
}
