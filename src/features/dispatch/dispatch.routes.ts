import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { applyDayPlan } from './apply-day-plan';
import {
  boardQuery,
  boardView,
  moveBody,
  planRecordView,
  proposePlanBody,
  recommendationView,
} from './dispatch.schemas';
import { getDispatchBoard } from './get-dispatch-board';
import { moveOnBoard } from './move-on-board';
import { proposeDayPlan } from './propose-day-plan';
import { recommendForOrder } from './recommend-for-order';

const tags = ['dispatch'];
const read = { permission: 'dispatch.read' as const };
const plan = { permission: 'dispatch.plan' as const };
const idParams = z.object({ id: z.uuid() });

export function registerDispatchRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/dispatch/board',
    { schema: { tags, querystring: boardQuery, response: { 200: boardView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getDispatchBoard(tx, ctx, request.query.day)),
  );
  app.post(
    '/api/dispatch/plans',
    { schema: { tags, body: proposePlanBody, response: { 201: planRecordView } }, config: plan },
    async (request, reply) => {
      const record = await proposeDayPlan(db, request.ctx, request.body);
      return reply.status(201).send(record);
    },
  );
  app.post(
    '/api/dispatch/plans/:id/apply',
    { schema: { tags, params: idParams, response: { 200: boardView } }, config: plan },
    (request) =>
      inTenantOf(db, request, async (tx, ctx) => {
        const { day } = await applyDayPlan(tx, ctx, request.params.id);
        return getDispatchBoard(tx, ctx, day);
      }),
  );
  app.post(
    '/api/dispatch/board/move',
    { schema: { tags, body: moveBody, response: { 200: boardView } }, config: plan },
    (request) => inTenantOf(db, request, (tx, ctx) => moveOnBoard(tx, ctx, request.body)),
  );
  app.get(
    '/api/work-orders/:id/recommendations',
    {
      schema: { tags, params: idParams, response: { 200: z.array(recommendationView) } },
      config: { permission: 'workOrders.assign' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => recommendForOrder(tx, ctx, request.params.id)),
  );
}
