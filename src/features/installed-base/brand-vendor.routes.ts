import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import {
  brandBody,
  brandView,
  listBrandsQuery,
  listVendorsQuery,
  vendorBody,
  vendorView,
} from './brand-vendor.schemas';
import { cancelBrand } from './cancel-brand';
import { cancelVendor } from './cancel-vendor';
import { cancelBody, pageOf } from './common.schemas';
import { createBrand } from './create-brand';
import { createVendor } from './create-vendor';
import { listBrands } from './list-brands';
import { listVendors } from './list-vendors';
import { updateBrand } from './update-brand';
import { updateVendor } from './update-vendor';
import { getVendor } from './vendor-view';

const idParams = z.object({ id: z.uuid() });
const tags = ['installed base'];
const read = { permission: 'assets.read' as const };
const manage = { permission: 'assets.manage' as const };

export function registerBrandVendorRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/brands',
    {
      schema: { tags, querystring: listBrandsQuery, response: { 200: pageOf(brandView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listBrands(tx, ctx, request.query)),
  );
  app.post(
    '/api/brands',
    {
      schema: { tags, headers: idempotencyHeaders, body: brandBody, response: { 201: brandView } },
      config: manage,
    },
    async (request, reply) => {
      const brand = await idempotentCreate(db, request, (tx, ctx) =>
        createBrand(tx, ctx, request.body),
      );
      return reply.status(201).send(brand);
    },
  );
  app.patch(
    '/api/brands/:id',
    {
      schema: { tags, params: idParams, body: brandBody, response: { 200: brandView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => updateBrand(tx, ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/brands/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelBody, response: { 200: brandView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => cancelBrand(tx, ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/vendors',
    {
      schema: { tags, querystring: listVendorsQuery, response: { 200: pageOf(vendorView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listVendors(tx, ctx, request.query)),
  );
  app.get(
    '/api/vendors/:id',
    { schema: { tags, params: idParams, response: { 200: vendorView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getVendor(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/vendors',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: vendorBody,
        response: { 201: vendorView },
      },
      config: manage,
    },
    async (request, reply) => {
      const vendor = await idempotentCreate(db, request, (tx, ctx) =>
        createVendor(tx, ctx, request.body),
      );
      return reply.status(201).send(vendor);
    },
  );
  app.patch(
    '/api/vendors/:id',
    {
      schema: { tags, params: idParams, body: vendorBody, response: { 200: vendorView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => updateVendor(tx, ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/vendors/:id/cancel',
    {
      schema: { tags, params: idParams, body: cancelBody, response: { 200: vendorView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => cancelVendor(tx, ctx, request.params.id, request.body)),
  );
}
