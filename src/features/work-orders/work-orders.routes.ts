import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf, technicianView } from '../accounts';
import { assignTechnician } from './assign-technician';
import { cancelWorkOrder } from './cancel-work-order';
import { closeWorkOrder } from './close-work-order';
import { createWorkOrder } from './create-work-order';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';
import { listWorkOrders } from './list-work-orders';
import { reassignTechnician } from './reassign-technician';
import { setAppointment } from './set-appointment';
import { listTechnicians } from './list-technicians';
import { registerOnSiteRecordRoutes } from './on-site-records.routes';
import { registerOnSiteStepRoutes } from './on-site.routes';
import {
  appointmentBody,
  assignBody,
  cancelBody,
  closeBody,
  createWorkOrderBody,
  historyEntry,
  listWorkOrdersQuery,
  page,
  reassignBody,
  workOrderDetail,
  workOrderListItem,
} from './work-order.schemas';

const idParams = z.object({ id: z.uuid() });
const tags = ['work orders'];

export function registerWorkOrderRoutes(app: App, { db }: { db: Db }): void {
  app.post(
    '/api/work-orders',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createWorkOrderBody,
        response: { 201: workOrderDetail },
      },
      config: { permission: 'workOrders.create' },
    },
    async (request, reply) => {
      const order = await idempotentCreate(db, request, (tx, ctx) =>
        createWorkOrder(tx, ctx, request.body),
      );
      return reply.status(201).send(order);
    },
  );
  // The office roles see every order, a technician only their own (visibility.ts).
  const read = { permission: 'workOrders.read' as const };
  app.get(
    '/api/work-orders',
    {
      schema: {
        tags,
        querystring: listWorkOrdersQuery,
        response: { 200: page(workOrderListItem) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listWorkOrders(tx, ctx, request.query)),
  );
  app.get(
    '/api/work-orders/:id',
    { schema: { tags, params: idParams, response: { 200: workOrderDetail } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getWorkOrder(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/work-orders/:id/history',
    { schema: { tags, params: idParams, response: { 200: z.array(historyEntry) } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getWorkOrderHistory(tx, ctx, request.params.id)),
  );
  app.post(
    '/api/work-orders/:id/assign',
    {
      schema: { tags, params: idParams, body: assignBody, response: { 200: workOrderDetail } },
      config: { permission: 'workOrders.assign' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        assignTechnician(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/work-orders/:id/reassign',
    {
      schema: { tags, params: idParams, body: reassignBody, response: { 200: workOrderDetail } },
      config: { permission: 'workOrders.assign' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        reassignTechnician(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/work-orders/:id/close',
    {
      schema: { tags, params: idParams, body: closeBody, response: { 200: workOrderDetail } },
      config: { permission: 'workOrders.close' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        closeWorkOrder(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/work-orders/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelBody, response: { 200: workOrderDetail } },
      config: { permission: 'workOrders.cancel' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        cancelWorkOrder(tx, ctx, request.params.id, request.body),
      ),
  );
  app.get(
    '/api/technicians',
    {
      schema: { tags, response: { 200: z.array(technicianView) } },
      config: { permission: 'technicians.read' },
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listTechnicians(tx, ctx.tenantId)),
  );
  app.put(
    '/api/work-orders/:id/appointment',
    {
      schema: { tags, params: idParams, body: appointmentBody, response: { 200: workOrderDetail } },
      config: { permission: 'workOrders.assign' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        setAppointment(tx, ctx, request.params.id, request.body),
      ),
  );
  registerOnSiteStepRoutes(app, { db });
  registerOnSiteRecordRoutes(app, { db });
}
