import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { createHotlineCall } from './create-hotline-call';
import { getHotlineCall } from './get-hotline-call';
import {
  createHotlineCallBody,
  hotlineCallView,
  listHotlineCallsQuery,
} from './hotline-call.schemas';
import { listHotlineCalls } from './list-hotline-calls';

const tags = ['hotline'];

export function registerHotlineRoutes(app: App, { db }: { db: Db }): void {
  app.post(
    '/api/hotline-calls',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createHotlineCallBody,
        response: { 201: hotlineCallView },
      },
      config: { permission: 'hotline.create' },
    },
    async (request, reply) => {
      const call = await idempotentCreate(db, request, (tx, ctx) =>
        createHotlineCall(tx, ctx, request.body),
      );
      return reply.status(201).send(call);
    },
  );
  app.get(
    '/api/hotline-calls',
    {
      schema: {
        tags,
        querystring: listHotlineCallsQuery,
        response: { 200: z.object({ items: z.array(hotlineCallView), total: z.number() }) },
      },
      config: { permission: 'hotline.read' },
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listHotlineCalls(tx, ctx, request.query)),
  );
  app.get(
    '/api/hotline-calls/:id',
    {
      schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: hotlineCallView } },
      config: { permission: 'hotline.read' },
    },
    (request) => inTenantOf(db, request, (tx, ctx) => getHotlineCall(tx, ctx, request.params.id)),
  );
}
