import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { warrantyStatusView } from '../warranty/warranty.schemas';
import {
  assetDetail,
  assetHistory,
  assetView,
  createAssetBody,
  listAssetsQuery,
  lookupAssetsQuery,
  updateAssetBody,
  warrantyQuery,
} from './asset.schemas';
import { getAssetWarranty } from './asset-warranty';
import { pageOf } from './common.schemas';
import { createAsset } from './create-asset';
import { getAsset } from './get-asset';
import { getAssetHistory } from './get-asset-history';
import { listAssets } from './list-assets';
import { lookupAssets } from './lookup-assets';
import { updateAsset } from './update-asset';

const idParams = z.object({ id: z.uuid() });
const tags = ['installed base'];
const read = { permission: 'assets.read' as const };
const manage = { permission: 'assets.manage' as const };

export function registerAssetRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/assets',
    {
      schema: { tags, querystring: listAssetsQuery, response: { 200: pageOf(assetView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listAssets(tx, ctx, request.query)),
  );
  // For the intake screens: find the unit by the serial on its nameplate.
  app.get(
    '/api/assets/lookup',
    {
      schema: { tags, querystring: lookupAssetsQuery, response: { 200: z.array(assetView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => lookupAssets(tx, ctx, request.query.serial)),
  );
  app.get(
    '/api/assets/:id',
    { schema: { tags, params: idParams, response: { 200: assetDetail } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getAsset(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/assets/:id/history',
    { schema: { tags, params: idParams, response: { 200: assetHistory } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getAssetHistory(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/assets/:id/warranty',
    {
      schema: {
        tags,
        params: idParams,
        querystring: warrantyQuery,
        response: { 200: warrantyStatusView },
      },
      config: read,
    },
    (request) =>
      inTenantOf(db, request, async (tx, ctx) => {
        const on = request.query.on ?? localDay(ctx.clock.now(), ctx.tenantTimezone);
        const status = await getAssetWarranty(tx, ctx.tenantId, request.params.id, on);
        if (!status) throw new AppError('NOT_FOUND');
        return status;
      }),
  );
  app.post(
    '/api/assets',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createAssetBody,
        response: { 201: assetView },
      },
      config: manage,
    },
    async (request, reply) => {
      const asset = await idempotentCreate(db, request, (tx, ctx) =>
        createAsset(tx, ctx, request.body),
      );
      return reply.status(201).send(asset);
    },
  );
  app.patch(
    '/api/assets/:id',
    {
      schema: { tags, params: idParams, body: updateAssetBody, response: { 200: assetView } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => updateAsset(tx, ctx, request.params.id, request.body)),
  );
}
