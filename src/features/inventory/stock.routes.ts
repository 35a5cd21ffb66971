import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { adjustStock } from './adjust-stock';
import { manage, pageOf, read } from './inventory-route-helpers';
import {
  adjustBody,
  listMovementsQuery,
  listStockQuery,
  movementView,
  receiveBody,
  reorderLevelBody,
  stockRow,
  transferBody,
} from './inventory.schemas';
import { listMovements } from './list-movements';
import { listStock } from './list-stock';
import { receiveStock } from './receive-stock';
import { setReorderLevel } from './set-reorder-level';
import { transferStock } from './transfer-stock';

const tags = ['inventory: stock'];

/**
 * Stock levels, the movement ledger, and the warehouse keeper's movements. Each movement takes
 * an Idempotency-Key: a retried receipt is answered again and received once.
 */
export function registerStockRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/stock',
    {
      schema: { tags, querystring: listStockQuery, response: { 200: pageOf(stockRow) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listStock(tx, ctx, request.query)),
  );
  app.get(
    '/api/stock/movements',
    {
      schema: { tags, querystring: listMovementsQuery, response: { 200: pageOf(movementView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listMovements(tx, ctx, request.query)),
  );
  const movement = { tags, headers: idempotencyHeaders };
  app.post(
    '/api/stock/receive',
    { schema: { ...movement, body: receiveBody, response: { 200: stockRow } }, config: manage },
    (request) => idempotentCreate(db, request, (tx, ctx) => receiveStock(tx, ctx, request.body)),
  );
  app.post(
    '/api/stock/transfer',
    {
      schema: { ...movement, body: transferBody, response: { 200: z.array(stockRow) } },
      config: manage,
    },
    (request) => idempotentCreate(db, request, (tx, ctx) => transferStock(tx, ctx, request.body)),
  );
  app.post(
    '/api/stock/adjust',
    { schema: { ...movement, body: adjustBody, response: { 200: stockRow } }, config: manage },
    (request) => idempotentCreate(db, request, (tx, ctx) => adjustStock(tx, ctx, request.body)),
  );
  app.put(
    '/api/stock/reorder-level',
    {
      schema: { ...movement, body: reorderLevelBody, response: { 200: stockRow } },
      config: manage,
    },
    (request) => idempotentCreate(db, request, (tx, ctx) => setReorderLevel(tx, ctx, request.body)),
  );
}
