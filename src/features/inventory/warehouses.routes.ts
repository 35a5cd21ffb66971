import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelWarehouse } from './cancel-warehouse';
import { createWarehouse } from './create-warehouse';
import { idParams, manage, read } from './inventory-route-helpers';
import {
  cancelWarehouseBody,
  listWarehousesQuery,
  warehouseBody,
  warehouseView,
} from './inventory.schemas';
import { getMyVan, listWarehouses } from './list-warehouses';
import { updateWarehouse } from './update-warehouse';
import { getWarehouse } from './warehouse-view';

const tags = ['inventory: warehouses'];

/** Warehouses: the central store, outlets and technicians' vans. */
export function registerWarehouseRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/warehouses',
    {
      schema: {
        tags,
        querystring: listWarehousesQuery,
        response: { 200: z.array(warehouseView) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listWarehouses(tx, ctx, request.query)),
  );
  // The signed-in technician's van (404 without one): the phone's "my stock".
  app.get(
    '/api/warehouses/mine',
    { schema: { tags, response: { 200: warehouseView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getMyVan(tx, ctx)),
  );
  app.get(
    '/api/warehouses/:id',
    { schema: { tags, params: idParams, response: { 200: warehouseView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getWarehouse(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/warehouses',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: warehouseBody,
        response: { 201: warehouseView },
      },
      config: manage,
    },
    async (request, reply) => {
      const warehouse = await idempotentCreate(db, request, (tx, ctx) =>
        createWarehouse(tx, ctx, request.body),
      );
      return reply.status(201).send(warehouse);
    },
  );
  app.put(
    '/api/warehouses/:id',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: warehouseBody,
        response: { 200: warehouseView },
      },
      config: manage,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        updateWarehouse(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/warehouses/:id/cancel',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: cancelWarehouseBody,
        response: { 200: warehouseView },
      },
      config: manage,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        cancelWarehouse(tx, ctx, request.params.id, request.body),
      ),
  );
}
