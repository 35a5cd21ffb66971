import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db, Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { App } from '../../platform/http/app-types';
import { renderPdfInWorker, type TDocumentDefinitions } from '../../platform/pdf';
import { idempotencyHeaders, idempotentCreate, inTenantOf, type RequestContext } from '../accounts';
import { page } from '../work-orders/work-order.schemas';
import { addShipmentItems, removeShipmentItem } from './change-shipment-items';
import { confirmShipmentArrival } from './confirm-shipment-arrival';
import { createShipment } from './create-shipment';
import { dispatchShipment } from './dispatch-shipment';
import { getShipment } from './get-shipment';
import { goodPartsLabelsDocument } from './good-parts-labels-document';
import { listShipments } from './list-shipments';
import { packingListDocument } from './packing-list-document';
import { goodPartsBody, goodPartsLabelsQuery, goodPartsResult } from './repair-return.schemas';
import {
  confirmArrivalBody,
  createShipmentBody,
  dispatchShipmentBody,
  listShipmentsQuery,
  shipmentItemsBody,
  shipmentListItem,
  shipmentView,
  type ShipmentView,
} from './shipment.schemas';
import { returnLabelsDocument } from './return-labels-document';
import { loadGoodPartLabels, loadReturnLabels, loadShippingDocument } from './shipment-documents';
import { shippingLabelDocument } from './shipping-label-document';
import { takeInGoodParts } from './take-in-good-parts';

const idParams = z.object({ id: z.uuid() });
const tags = ['repair returns: shipments'];
const read = { permission: 'repairReturns.read' as const };
const ship = { permission: 'repairReturns.ship' as const };

type Step<B extends z.ZodType> = (
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<B>,
) => Promise<ShipmentView>;

/** Opens in the browser's viewer (to print); the name carries the number for a save. */
async function sendPdf(
  reply: FastifyReply,
  doc: TDocumentDefinitions,
  name: { ascii: string; full: string },
) {
  // Drawn after the commit, on the PDF worker: no transaction waits on the rendering.
  const pdf = await renderPdfInWorker(doc);
  return reply
    .type('application/pdf')
    .header(
      'content-disposition',
      `inline; filename="${name.ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(`${name.full}.pdf`)}`,
    )
    .send(pdf);
}

/**
 * Shipments to vendors (封装运输): pack registered returns for one vendor, print the shipping
 * label and the packing list, dispatch, confirm arrival; the item labels of a return; good parts
 * left over taken into stock, and their labels. Writes take an Idempotency-Key.
 */
export function registerShipmentRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/shipments',
    {
      schema: {
        tags,
        querystring: listShipmentsQuery,
        response: { 200: page(shipmentListItem) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listShipments(tx, ctx, request.query)),
  );
  app.get(
    '/api/shipments/:id',
    { schema: { tags, params: idParams, response: { 200: shipmentView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getShipment(tx, ctx.tenantId, request.params.id)),
  );
  app.post(
    '/api/shipments',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: createShipmentBody,
        response: { 201: shipmentView },
      },
      config: ship,
    },
    async (request, reply) => {
      const created = await idempotentCreate(db, request, (tx, ctx) =>
        createShipment(tx, ctx, request.body),
      );
      return reply.status(201).send(created);
    },
  );
  const step = <B extends z.ZodType>(path: string, body: B, run: Step<B>) =>
    app.post(
      `/api/shipments/:id/${path}`,
      {
        schema: {
          tags,
          params: idParams,
          headers: idempotencyHeaders,
          body,
          response: { 200: shipmentView },
        },
        config: ship,
      },
      (request) =>
        idempotentCreate(db, request, (tx, ctx) =>
          run(tx, ctx, request.params.id, request.body as z.infer<B>),
        ),
    );
  step('items', shipmentItemsBody, addShipmentItems);
  step('dispatch', dispatchShipmentBody, dispatchShipment);
  step('confirm-arrival', confirmArrivalBody, confirmShipmentArrival);
  app.delete(
    '/api/shipments/:id/items/:repairReturnId',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), repairReturnId: z.uuid() }),
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        headers: idempotencyHeaders,
        response: { 200: shipmentView },
      },
      config: ship,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        removeShipmentItem(
          tx,
          ctx,
          request.params.id,
          request.params.repairReturnId,
          request.query.version,
        ),
      ),
  );

  const pdfSchema = (description: string) => ({
    tags,
    params: idParams,
    description,
    produces: ['application/pdf'],
  });
  app.get(
    '/api/shipments/:id/label.pdf',
    { schema: pdfSchema('运输标签: the shipping label, 100 × 150 mm.'), config: read },
    async (request, reply) => {
      const data = await inTenantOf(db, request, (tx, ctx) =>
        loadShippingDocument(tx, ctx, request.params.id),
      );
      const number = data.shipment.number;
      return sendPdf(reply, shippingLabelDocument(data), {
        ascii: `${number}-label`,
        full: `运输标签-${number}`,
      });
    },
  );
  app.get(
    '/api/shipments/:id/packing-list.pdf',
    { schema: pdfSchema('随货清单: the packing list, A4 landscape.'), config: read },
    async (request, reply) => {
      const data = await inTenantOf(db, request, (tx, ctx) =>
        loadShippingDocument(tx, ctx, request.params.id),
      );
      const number = data.shipment.number;
      return sendPdf(reply, packingListDocument(data), {
        ascii: `${number}-packing-list`,
        full: `随货清单-${number}`,
      });
    },
  );
  app.get(
    '/api/repair-returns/:id/labels.pdf',
    {
      schema: pdfSchema('One label per item taken back, 100 × 60 mm, with barcode and QR code.'),
      config: read,
    },
    async (request, reply) => {
      const data = await inTenantOf(db, request, (tx, ctx) =>
        loadReturnLabels(tx, ctx, request.params.id),
      );
      return sendPdf(reply, returnLabelsDocument(data), {
        ascii: `${data.number}-labels`,
        full: `返修物品标签-${data.number}`,
      });
    },
  );

  // Read for anyone who may read returns; the use case lets the returns clerk and the
  // warehouse keeper (repairReturns.ship or inventory.manage) take parts in.
  app.post(
    '/api/repair-returns/:id/good-parts',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: goodPartsBody,
        response: { 201: goodPartsResult },
      },
      config: read,
    },
    async (request, reply) => {
      const result = await idempotentCreate(db, request, (tx, ctx) =>
        takeInGoodParts(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  );
  app.get(
    '/api/repair-returns/:id/good-parts/labels.pdf',
    {
      schema: {
        ...pdfSchema('Labels of good parts taken into stock from the return, 70 × 40 mm.'),
        querystring: goodPartsLabelsQuery,
      },
      config: read,
    },
    async (request, reply) => {
      const labels = await inTenantOf(db, request, (tx, ctx) =>
        loadGoodPartLabels(tx, ctx, request.params.id, request.query.movementIds),
      );
      if (labels.length === 0) throw new AppError('NOT_FOUND');
      return sendPdf(reply, goodPartsLabelsDocument(labels), {
        ascii: 'good-parts-labels',
        full: `良品备件标签-${labels[0]!.repairReturnNumber}`,
      });
    },
  );
}
