import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelProductModel } from './cancel-product-model';
import { cancelBody, pageOf } from './common.schemas';
import { createProductModel } from './create-product-model';
import { listProductModels } from './list-product-models';
import {
  listProductModelsQuery,
  productModelBody,
  productModelView,
} from './product-model.schemas';
import { getProductModel } from './product-model-view';
import { updateProductModel } from './update-product-model';

const idParams = z.object({ id: z.uuid() });
const tags = ['installed base'];
const read = { permission: 'assets.read' as const };
const manage = { permission: 'assets.manage' as const };

export function registerProductModelRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/product-models',
    {
      schema: {
        tags,
        querystring: listProductModelsQuery,
        response: { 200: pageOf(productModelView) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listProductModels(tx, ctx, request.query)),
  );
  app.get(
    '/api/product-models/:id',
    { schema: { tags, params: idParams, response: { 200: productModelView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getProductModel(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/product-models',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: productModelBody,
        response: { 201: productModelView },
      },
      config: manage,
    },
    async (request, reply) => {
      const model = await idempotentCreate(db, request, (tx, ctx) =>
        createProductModel(tx, ctx, request.body),
      );
      return reply.status(201).send(model);
    },
  );
  app.patch(
    '/api/product-models/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: productModelBody,
        response: { 200: productModelView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateProductModel(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/product-models/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelBody, response: { 200: productModelView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        cancelProductModel(tx, ctx, request.params.id, request.body),
      ),
  );
}
