import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { addContact } from './add-contact';
import { addDepartment } from './add-department';
import { createCustomer } from './create-customer';
import {
  addContactBody,
  addDepartmentBody,
  cancelCustomerBody,
  createCustomerBody,
  customerView,
  listCustomersQuery,
  updateCustomerBody,
} from './customer.schemas';
import { listCustomers } from './list-customers';
import { getCustomer } from './load-customer';
import { updateCustomer } from './update-customer';

const idParams = z.object({ id: z.uuid() });
const tags = ['customers'];
const read = { permission: 'customers.read' as const };
const write = { permission: 'customers.write' as const };

export function registerCustomerRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/customers',
    {
      schema: {
        tags,
        querystring: listCustomersQuery,
        response: { 200: z.object({ items: z.array(customerView), total: z.number() }) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listCustomers(tx, ctx, request.query)),
  );
  app.get(
    '/api/customers/:id',
    { schema: { tags, params: idParams, response: { 200: customerView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getCustomer(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/customers',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createCustomerBody,
        response: { 201: customerView },
      },
      config: write,
    },
    async (request, reply) => {
      const customer = await idempotentCreate(db, request, (tx, ctx) =>
        createCustomer(tx, ctx, request.body),
      );
      return reply.status(201).send(customer);
    },
  );
  app.patch(
    '/api/customers/:id',
    {
      schema: { tags, params: idParams, body: updateCustomerBody, response: { 200: customerView } },
      config: write,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateCustomer(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/customers/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelCustomerBody, response: { 200: customerView } },
      config: write,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateCustomer(tx, ctx, request.params.id, { cancelReason: request.body.reason }),
      ),
  );
  app.post(
    '/api/customers/:id/departments',
    {
      schema: { tags, params: idParams, body: addDepartmentBody, response: { 200: customerView } },
      config: write,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => addDepartment(tx, ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/customers/:id/contacts',
    {
      schema: { tags, params: idParams, body: addContactBody, response: { 200: customerView } },
      config: write,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => addContact(tx, ctx, request.params.id, request.body)),
  );
}
