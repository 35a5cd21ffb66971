import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelWarrantyPolicy } from './cancel-warranty-policy';
import { createWarrantyPolicy } from './create-warranty-policy';
import { listWarrantyPolicies } from './list-warranty-policies';
import { findPolicy, toPolicyView } from './policy-view';
import { updateWarrantyPolicy } from './update-warranty-policy';
import {
  cancelWarrantyPolicyBody,
  createWarrantyPolicyBody,
  listWarrantyPoliciesQuery,
  updateWarrantyPolicyBody,
  warrantyPolicyView,
} from './warranty.schemas';

const idParams = z.object({ id: z.uuid() });
const tags = ['warranty'];
const read = { permission: 'policies.read' as const };
const manage = { permission: 'policies.manage' as const };

export function registerWarrantyRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/warranty-policies',
    {
      schema: {
        tags,
        querystring: listWarrantyPoliciesQuery,
        response: { 200: z.array(warrantyPolicyView) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listWarrantyPolicies(tx, ctx, request.query)),
  );
  app.get(
    '/api/warranty-policies/:id',
    { schema: { tags, params: idParams, response: { 200: warrantyPolicyView } }, config: read },
    (request) =>
      inTenantOf(db, request, async (tx, ctx) =>
        toPolicyView(await findPolicy(tx, ctx.tenantId, request.params.id)),
      ),
  );
  app.post(
    '/api/warranty-policies',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createWarrantyPolicyBody,
        response: { 201: warrantyPolicyView },
      },
      config: manage,
    },
    async (request, reply) => {
      const policy = await idempotentCreate(db, request, (tx, ctx) =>
        createWarrantyPolicy(tx, ctx, request.body),
      );
      return reply.status(201).send(policy);
    },
  );
  app.patch(
    '/api/warranty-policies/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateWarrantyPolicyBody,
        response: { 200: warrantyPolicyView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateWarrantyPolicy(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/warranty-policies/:id/cancel',
    {
      schema: {
        tags,
        params: idParams,
        body: cancelWarrantyPolicyBody,
        response: { 200: warrantyPolicyView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        cancelWarrantyPolicy(tx, ctx, request.params.id, request.body),
      ),
  );
}
