import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf, technicianView } from '../accounts';
import { addPart } from './add-part';
import { addPhoto } from './add-photo';
import { listCarRequests } from './car-request-views';
import { decideCarRequest } from './decide-car-request';
import { getOnSite } from './get-on-site';
import { getOrderImage } from './get-order-image';
import { getServiceSettings } from './get-service-settings';
import { listHandOverCandidates } from './list-hand-over-candidates';
import {
  carDecisionBody,
  carRequestBody,
  carRequestListItem,
  listCarRequestsQuery,
  onSiteView,
  partBody,
  partView,
  photoBody,
  photoView,
  serviceSettingsBody,
  serviceSettingsView,
} from './on-site.schemas';
import { removePart } from './remove-part';
import { requestCar } from './request-car';
import { updateServiceSettings } from './update-service-settings';

const idParams = z.object({ id: z.uuid() });
const tags = ['work orders: on site'];
const onSite = { permission: 'workOrders.onSite' as const };
const read = { permission: 'workOrders.read' as const };

/** A photo's data URL is up to 8.4 MB (6 MiB of image); every other body stays under 1 MB. */
const PHOTO_BODY_LIMIT = 8_500_000;

/**
 * What is recorded on the job besides its moves: the on-site view, parts, photos, the images of
 * photos and signatures, car requests and the tenant's on-site settings.
 */
export function registerOnSiteRecordRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/work-orders/:id/on-site',
    { schema: { tags, params: idParams, response: { 200: onSiteView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getOnSite(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/work-orders/:id/hand-over-candidates',
    {
      schema: { tags, params: idParams, response: { 200: z.array(technicianView) } },
      config: onSite,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => listHandOverCandidates(tx, ctx, request.params.id)),
  );
  app.post(
    '/api/work-orders/:id/parts',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: partBody,
        response: { 201: partView },
      },
      config: onSite,
    },
    async (request, reply) => {
      const part = await idempotentCreate(db, request, (tx, ctx) =>
        addPart(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(part);
    },
  );
  // The phone replays a removal it made offline with its Idempotency-Key: answered again, once.
  app.delete(
    '/api/work-orders/:id/parts/:partId',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), partId: z.uuid() }),
        headers: idempotencyHeaders,
        response: { 200: partView },
      },
      config: onSite,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        removePart(tx, ctx, request.params.id, request.params.partId),
      ),
  );
  app.post(
    '/api/work-orders/:id/photos',
    {
      bodyLimit: PHOTO_BODY_LIMIT,
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: photoBody,
        response: { 201: photoView },
      },
      config: onSite,
    },
    async (request, reply) => {
      const photo = await idempotentCreate(db, request, (tx, ctx) =>
        addPhoto(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(photo);
    },
  );
  for (const kind of ['photo', 'signature'] as const)
    app.get(
      `/api/work-orders/:id/${kind}s/:imageId`,
      {
        schema: { tags, params: z.object({ id: z.uuid(), imageId: z.uuid() }) },
        config: read,
        // After the app-wide no-store on /api: an image never changes, so the signed-in
        // browser may keep it, but no shared cache may.
        onSend: async (_request, reply) => {
          if (reply.statusCode === 200) void reply.header('Cache-Control', 'private, max-age=3600');
        },
      },
      async (request, reply) => {
        const file = await inTenantOf(db, request, (tx, ctx) =>
          getOrderImage(tx, ctx, request.params.id, kind, request.params.imageId),
        );
        // The type was judged from the bytes at upload; nosniff keeps the browser to it.
        return reply
          .header('Content-Type', file.contentType)
          .header('Content-Disposition', 'inline')
          .header('X-Content-Type-Options', 'nosniff')
          .send(file.data);
      },
    );
  app.post(
    '/api/work-orders/:id/car-requests',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: carRequestBody,
        response: { 201: carRequestListItem },
      },
      config: onSite,
    },
    async (request, reply) => {
      const created = await idempotentCreate(db, request, (tx, ctx) =>
        requestCar(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(created);
    },
  );
  const approveCar = { permission: 'workOrders.approveCar' as const };
  app.get(
    '/api/car-requests',
    {
      schema: {
        tags,
        querystring: listCarRequestsQuery,
        response: { 200: z.array(carRequestListItem) },
      },
      config: approveCar,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => listCarRequests(tx, ctx.tenantId, request.query)),
  );
  app.post(
    '/api/car-requests/:id/decide',
    {
      schema: {
        tags,
        params: idParams,
        body: carDecisionBody,
        response: { 200: carRequestListItem },
      },
      config: approveCar,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        decideCarRequest(tx, ctx, request.params.id, request.body),
      ),
  );
  app.get(
    '/api/service-settings',
    {
      schema: { tags: ['policies'], response: { 200: serviceSettingsView } },
      config: { permission: 'policies.read' },
    },
    (request) => inTenantOf(db, request, (tx, ctx) => getServiceSettings(tx, ctx.tenantId)),
  );
  app.put(
    '/api/service-settings',
    {
      schema: {
        tags: ['policies'],
        body: serviceSettingsBody,
        response: { 200: serviceSettingsView },
      },
      config: { permission: 'policies.manage' },
    },
    (request) => inTenantOf(db, request, (tx, ctx) => updateServiceSettings(tx, ctx, request.body)),
  );
}
