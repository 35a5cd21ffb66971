import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { cancelServiceContract } from './cancel-service-contract';
import { cancelBody, pageOf } from './common.schemas';
import { createServiceContract } from './create-service-contract';
import { listServiceContracts } from './list-service-contracts';
import {
  listServiceContractsQuery,
  serviceContractBody,
  serviceContractView,
} from './service-contract.schemas';
import { getServiceContract } from './service-contract-view';
import { updateServiceContract } from './update-service-contract';

const idParams = z.object({ id: z.uuid() });
const tags = ['installed base'];
const read = { permission: 'assets.read' as const };
const manage = { permission: 'assets.manage' as const };

export function registerServiceContractRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/service-contracts',
    {
      schema: {
        tags,
        querystring: listServiceContractsQuery,
        response: { 200: pageOf(serviceContractView) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listServiceContracts(tx, ctx, request.query)),
  );
  app.get(
    '/api/service-contracts/:id',
    { schema: { tags, params: idParams, response: { 200: serviceContractView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getServiceContract(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/service-contracts',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: serviceContractBody,
        response: { 201: serviceContractView },
      },
      config: manage,
    },
    async (request, reply) => {
      const contract = await idempotentCreate(db, request, (tx, ctx) =>
        createServiceContract(tx, ctx, request.body),
      );
      return reply.status(201).send(contract);
    },
  );
  app.patch(
    '/api/service-contracts/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: serviceContractBody,
        response: { 200: serviceContractView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateServiceContract(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/service-contracts/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelBody, response: { 200: serviceContractView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        cancelServiceContract(tx, ctx, request.params.id, request.body),
      ),
  );
}
