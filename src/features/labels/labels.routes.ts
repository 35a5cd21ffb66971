import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { renderLabelSheet } from './label-sheet-pdf';
import {
  assetTokenUrlView,
  labelAssetView,
  listLabelAssetsQuery,
  printLabelSheetBody,
} from './labels.schemas';
import { listLabelAssets } from './list-label-assets';
import { printLabelSheet } from './print-label-sheet';
import { assetPageUrl, publicOrigin } from './public-url';
import { reissueAssetToken } from './reissue-asset-token';
import { revokeAssetToken } from './revoke-asset-token';

const idParams = z.object({ id: z.uuid() });
const tags = ['labels'];
const print = { permission: 'labels.print' as const };
const manage = { permission: 'labels.manage' as const };

export interface LabelRoutesDeps {
  db: Db;
  /** PUBLIC_BASE_URL: the origin printed in QR codes; the request's origin when absent. */
  publicBaseUrl?: string;
}

export function registerLabelRoutes(app: App, { db, publicBaseUrl }: LabelRoutesDeps): void {
  app.get(
    '/api/labels/assets',
    {
      schema: {
        tags,
        querystring: listLabelAssetsQuery,
        response: { 200: z.array(labelAssetView) },
      },
      config: print,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listLabelAssets(tx, ctx, request.query)),
  );
  app.post(
    '/api/labels/sheet',
    {
      schema: {
        tags,
        description: 'A4 sheet(s) of QR labels as application/pdf; issues missing tokens.',
        body: printLabelSheetBody,
      },
      config: print,
    },
    async (request, reply) => {
      const sheet = await inTenantOf(db, request, (tx, ctx) =>
        printLabelSheet(tx, ctx, request.body),
      );
      // Drawn after the commit: no transaction waits on the rendering.
      const origin = publicOrigin(request, publicBaseUrl);
      const pdf = await renderLabelSheet(sheet, (token) => assetPageUrl(origin, token));
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'inline; filename="qr-labels.pdf"')
        .send(pdf);
    },
  );
  app.post(
    '/api/assets/:id/token/reissue',
    { schema: { tags, params: idParams, response: { 200: assetTokenUrlView } }, config: manage },
    async (request) => {
      const token = await inTenantOf(db, request, (tx, ctx) =>
        reissueAssetToken(tx, ctx, request.params.id),
      );
      return { url: assetPageUrl(publicOrigin(request, publicBaseUrl), token) };
    },
  );
  app.post(
    '/api/assets/:id/token/revoke',
    { schema: { tags, params: idParams }, config: manage },
    async (request, reply) => {
      await inTenantOf(db, request, (tx, ctx) => revokeAssetToken(tx, ctx, request.params.id));
      return reply.status(204).send();
    },
  );
}
