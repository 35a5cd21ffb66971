import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelPart } from './cancel-part';
import { createPart } from './create-part';
import { idParams, manage, pageOf, read } from './inventory-route-helpers';
import {
  cancelPartBody,
  catalogPartView,
  listPartsQuery,
  partBody,
  updatePartBody,
} from './inventory.schemas';
import { listParts } from './list-parts';
import { getPart } from './part-view';
import { updatePart } from './update-part';

const tags = ['inventory: parts'];

/** The parts catalogue (备件): read with inventory.read, change with inventory.manage. */
export function registerPartRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/parts',
    {
      schema: { tags, querystring: listPartsQuery, response: { 200: pageOf(catalogPartView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listParts(tx, ctx, request.query)),
  );
  app.get(
    '/api/parts/:id',
    { schema: { tags, params: idParams, response: { 200: catalogPartView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getPart(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/parts',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: partBody,
        response: { 201: catalogPartView },
      },
      config: manage,
    },
    async (request, reply) => {
      const part = await idempotentCreate(db, request, (tx, ctx) =>
        createPart(tx, ctx, request.body),
      );
      return reply.status(201).send(part);
    },
  );
  app.put(
    '/api/parts/:id',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: updatePartBody,
        response: { 200: catalogPartView },
      },
      config: manage,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        updatePart(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/parts/:id/cancel',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: cancelPartBody,
        response: { 200: catalogPartView },
      },
      config: manage,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        cancelPart(tx, ctx, request.params.id, request.body),
      ),
  );
}
