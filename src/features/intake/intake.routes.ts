import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { getServiceRequestDetail } from './get-service-request-detail';
import { listServiceRequests } from './list-service-requests';
import { mergeServiceRequest } from './merge-service-request';
import { recordWalkIn } from './record-walk-in';
import { rejectServiceRequest } from './reject-service-request';
import {
  listServiceRequestsQuery,
  mergeBody,
  rejectBody,
  serviceRequestDetail,
  serviceRequestListItem,
  walkInBody,
  walkInResult,
} from './service-request.schemas';

const idParams = z.object({ id: z.uuid() });
const tags = ['intake'];
const read = { permission: 'intake.read' as const };
const decide = { permission: 'intake.decide' as const };

export function registerIntakeRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/service-requests',
    {
      schema: {
        tags,
        querystring: listServiceRequestsQuery,
        response: {
          200: z.object({ items: z.array(serviceRequestListItem), total: z.number().int() }),
        },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listServiceRequests(tx, ctx, request.query)),
  );
  app.get(
    '/api/service-requests/:id',
    { schema: { tags, params: idParams, response: { 200: serviceRequestDetail } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getServiceRequestDetail(tx, ctx, request.params.id)),
  );
  app.post(
    '/api/service-requests/walk-in',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: walkInBody,
        response: { 201: walkInResult },
      },
      config: { permission: 'intake.walkIn' },
    },
    async (request, reply) => {
      const result = await idempotentCreate(db, request, (tx, ctx) =>
        recordWalkIn(tx, ctx, request.body),
      );
      return reply.status(201).send(result);
    },
  );
  app.post(
    '/api/service-requests/:id/merge',
    {
      schema: { tags, params: idParams, body: mergeBody, response: { 200: serviceRequestDetail } },
      config: decide,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        mergeServiceRequest(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/service-requests/:id/reject',
    {
      schema: { tags, params: idParams, body: rejectBody, response: { 200: serviceRequestDetail } },
      config: decide,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        rejectServiceRequest(tx, ctx, request.params.id, request.body),
      ),
  );
}
