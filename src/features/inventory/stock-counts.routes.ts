import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelStockCount } from './cancel-stock-count';
import { createStockCount } from './create-stock-count';
import { enterStockCountLines } from './enter-stock-count-lines';
import { idParams, manage, pageOf } from './inventory-route-helpers';
import {
  createStockCountBody,
  listStockCountsQuery,
  stockCountLinesBody,
  stockCountListItem,
  stockCountVersionBody,
  stockCountView,
} from './inventory.schemas';
import { listStockCounts } from './list-stock-counts';
import { postStockCount } from './post-stock-count';
import { getStockCount } from './stock-count-view';

const tags = ['inventory: stock counts'];

/** 盘点: the warehouse keeper's stock counts, whose differences post as adjustments. */
export function registerStockCountRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/stock-counts',
    {
      schema: {
        tags,
        querystring: listStockCountsQuery,
        response: { 200: pageOf(stockCountListItem) },
      },
      config: manage,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listStockCounts(tx, ctx, request.query)),
  );
  app.get(
    '/api/stock-counts/:id',
    { schema: { tags, params: idParams, response: { 200: stockCountView } }, config: manage },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getStockCount(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/stock-counts',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createStockCountBody,
        response: { 201: stockCountView },
      },
      config: manage,
    },
    async (request, reply) => {
      const count = await idempotentCreate(db, request, (tx, ctx) =>
        createStockCount(tx, ctx, request.body),
      );
      return reply.status(201).send(count);
    },
  );
  app.put(
    '/api/stock-counts/:id/lines',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: stockCountLinesBody,
        response: { 200: stockCountView },
      },
      config: manage,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        enterStockCountLines(tx, ctx, request.params.id, request.body),
      ),
  );
  for (const [step, run] of [
    ['post', postStockCount],
    ['cancel', cancelStockCount],
  ] as const)
    app.post(
      `/api/stock-counts/:id/${step}`,
      {
        schema: {
          tags,
          params: idParams,
          headers: idempotencyHeaders,
          body: stockCountVersionBody,
          response: { 200: stockCountView },
        },
        config: manage,
      },
      (request) =>
        idempotentCreate(db, request, (tx, ctx) => run(tx, ctx, request.params.id, request.body)),
    );
}
