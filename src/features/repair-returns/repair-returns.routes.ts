import { z } from 'zod';
import type { Db, Tx } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf, type RequestContext } from '../accounts';
import type { Permission } from '../accounts/roles';
import { page } from '../work-orders/work-order.schemas';
import { approveReturnQuote } from './approve-return-quote';
import { declineReturnQuote } from './decline-return-quote';
import { finishInHouse } from './finish-in-house';
import { registerFollowUpRoutes } from './follow-up.routes';
import { getRepairReturn } from './get-repair-return';
import { getReturnSignature } from './get-return-signature';
import { handOverReturn } from './hand-over-return';
import { listRepairReturns } from './list-repair-returns';
import { receiveBack } from './receive-back';
import { registerReturn } from './register-return';
import {
  finishInHouseBody,
  handOverReturnBody,
  listRepairReturnsQuery,
  receiveBackBody,
  registerReturnBody,
  repairReturnListItem,
  repairReturnView,
  type RepairReturnView,
  returnApproveQuoteBody,
  returnDeclineQuoteBody,
  returnToCustomerBody,
  testBody,
  walkInReturnBody,
} from './repair-return.schemas';
import { returnToCustomer } from './return-to-customer';
import { registerShipmentRoutes } from './shipments.routes';
import { testRepairReturn } from './test-repair-return';
import { walkInReturn } from './walk-in-return';

const tags = ['repair returns'];
const idParams = z.object({ id: z.uuid() });
const read = { permission: 'repairReturns.read' as const };

type Step<B extends z.ZodType> = (
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<B>,
) => Promise<RepairReturnView>;

/**
 * The returns workflow: the list and the 返修单, the walk-in, and each step as
 * `POST /api/repair-returns/:id/<step>` answering with the return as it is now. A step carries
 * the version read (409 when stale) and takes an Idempotency-Key (a replay changes nothing).
 */
export function registerRepairReturnRoutes(app: App, { db }: { db: Db }): void {
  registerShipmentRoutes(app, { db });
  registerFollowUpRoutes(app, { db });
  app.get(
    '/api/repair-returns',
    {
      schema: {
        tags,
        querystring: listRepairReturnsQuery,
        response: { 200: page(repairReturnListItem) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listRepairReturns(tx, ctx, request.query)),
  );
  app.get(
    '/api/repair-returns/:id',
    {
      schema: { tags, params: idParams, response: { 200: repairReturnView } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => getRepairReturn(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/repair-returns/:id/return-signature',
    {
      schema: { tags, params: idParams },
      config: read,
      // An image never changes: the signed-in browser may keep it, no shared cache may.
      onSend: async (_request, reply) => {
        if (reply.statusCode === 200) void reply.header('Cache-Control', 'private, max-age=3600');
      },
    },
    async (request, reply) => {
      const file = await inTenantOf(db, request, (tx, ctx) =>
        getReturnSignature(tx, ctx.tenantId, request.params.id),
      );
      return reply
        .header('Content-Type', file.contentType)
        .header('Content-Disposition', 'inline')
        .header('X-Content-Type-Options', 'nosniff')
        .send(file.data);
    },
  );
  app.post(
    '/api/repair-returns/walk-in',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: walkInReturnBody,
        response: { 201: repairReturnView },
      },
      config: { permission: 'repairReturns.work' },
    },
    async (request, reply) => {
      const created = await idempotentCreate(db, request, (tx, ctx) =>
        walkInReturn(tx, ctx, request.body),
      );
      return reply.status(201).send(created);
    },
  );

  const step = <B extends z.ZodType>(path: string, permission: Permission, body: B, run: Step<B>) =>
    app.post(
      `/api/repair-returns/:id/${path}`,
      {
        schema: {
          tags,
          params: idParams,
          headers: idempotencyHeaders,
          body,
          response: { 200: repairReturnView },
        },
        config: { permission },
      },
      (request) =>
        idempotentCreate(db, request, (tx, ctx) =>
          run(tx, ctx, request.params.id, request.body as z.infer<B>),
        ),
    );
  step('test', 'repairReturns.work', testBody, testRepairReturn);
  step('approve-quote', 'repairReturns.work', returnApproveQuoteBody, approveReturnQuote);
  step('decline-quote', 'repairReturns.work', returnDeclineQuoteBody, declineReturnQuote);
  step('hand-over', 'repairReturns.work', handOverReturnBody, handOverReturn);
  step('register', 'repairReturns.ship', registerReturnBody, registerReturn);
  step('finish-in-house', 'repairReturns.work', finishInHouseBody, finishInHouse);
  step('receive-back', 'repairReturns.ship', receiveBackBody, receiveBack);
  step('return-to-customer', 'repairReturns.work', returnToCustomerBody, returnToCustomer);
}
