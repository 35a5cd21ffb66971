import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelCategory } from './cancel-category';
import {
  cancelCategoryBody,
  categoryView,
  createCategoryBody,
  listCategoriesQuery,
  updateCategoryBody,
} from './catalog.schemas';
import { createCategory } from './create-category';
import { listCategories } from './list-categories';
import { updateCategory } from './update-category';

const idParams = z.object({ id: z.uuid() });
const tags = ['catalog'];
/** Reference data every signed-in screen may label things with. */
const read = { signedIn: true };
const manage = { permission: 'catalog.manage' as const };

export function registerCatalogRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/product-categories',
    {
      schema: { tags, querystring: listCategoriesQuery, response: { 200: z.array(categoryView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listCategories(tx, ctx, request.query)),
  );
  app.post(
    '/api/product-categories',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createCategoryBody,
        response: { 201: categoryView },
      },
      config: manage,
    },
    async (request, reply) => {
      const category = await idempotentCreate(db, request, (tx, ctx) =>
        createCategory(tx, ctx, request.body),
      );
      return reply.status(201).send(category);
    },
  );
  app.patch(
    '/api/product-categories/:id',
    {
      schema: { tags, params: idParams, body: updateCategoryBody, response: { 200: categoryView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateCategory(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/product-categories/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelCategoryBody, response: { 200: categoryView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        cancelCategory(tx, ctx, request.params.id, request.body),
      ),
  );
}
