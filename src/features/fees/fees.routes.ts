import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { createFeeStandardDraft } from './create-fee-standard-draft';
import { createQuote } from './create-quote';
import { readStandard } from './fee-standard-view';
import {
  feeStandardOnQuery,
  feeStandardSummary,
  feeStandardView,
  publishFeeStandardBody,
  quoteBody,
  quoteView,
  updateFeeStandardBody,
} from './fees.schemas';
import { getFeeStandardInEffect } from './get-fee-standard-in-effect';
import { listFeeStandards } from './list-fee-standards';
import { previewQuote } from './preview-quote';
import { publishFeeStandard } from './publish-fee-standard';
import { getQuote } from './quote-view';
import { updateFeeStandard } from './update-fee-standard';

const idParams = z.object({ id: z.uuid() });
const read = { permission: 'policies.read' as const };
const manage = { permission: 'policies.manage' as const };
const quote = { permission: 'quotes.create' as const };

function registerFeeStandardRoutes(app: App, db: Db): void {
  const tags = ['fee standard'];
  app.get(
    '/api/fee-standards',
    { schema: { tags, response: { 200: z.array(feeStandardSummary) } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => listFeeStandards(tx, ctx)),
  );
  app.get(
    '/api/fee-standards/in-effect',
    {
      schema: { tags, querystring: feeStandardOnQuery, response: { 200: feeStandardView } },
      config: read,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getFeeStandardInEffect(tx, ctx, request.query.on)),
  );
  app.get(
    '/api/fee-standards/:id',
    { schema: { tags, params: idParams, response: { 200: feeStandardView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => readStandard(tx, ctx, request.params.id)),
  );
  app.post(
    '/api/fee-standards',
    {
      schema: { tags, headers: idempotencyHeaders, response: { 201: feeStandardView } },
      config: manage,
    },
    async (request, reply) => {
      const draft = await idempotentCreate(db, request, (tx, ctx) =>
        createFeeStandardDraft(tx, ctx),
      );
      return reply.status(201).send(draft);
    },
  );
  app.patch(
    '/api/fee-standards/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateFeeStandardBody,
        response: { 200: feeStandardView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        updateFeeStandard(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/fee-standards/:id/publish',
    {
      schema: {
        tags,
        params: idParams,
        body: publishFeeStandardBody,
        response: { 200: feeStandardView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        publishFeeStandard(tx, ctx, request.params.id, request.body),
      ),
  );
}

function registerQuoteRoutes(app: App, db: Db): void {
  const tags = ['quotes'];
  app.post(
    '/api/quotes/preview',
    { schema: { tags, body: quoteBody, response: { 200: quoteView } }, config: quote },
    (request) => inTenantOf(db, request, (tx, ctx) => previewQuote(tx, ctx, request.body)),
  );
  app.post(
    '/api/quotes',
    {
      schema: { tags, headers: idempotencyHeaders, body: quoteBody, response: { 201: quoteView } },
      config: quote,
    },
    async (request, reply) => {
      const made = await idempotentCreate(db, request, (tx, ctx) =>
        createQuote(tx, ctx, request.body),
      );
      return reply.status(201).send(made);
    },
  );
  // Whoever may read the fee standard may read what was priced with it.
  app.get(
    '/api/quotes/:id',
    { schema: { tags, params: idParams, response: { 200: quoteView } }, config: read },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getQuote(tx, ctx.tenantId, request.params.id)),
  );
}

export function registerFeeRoutes(app: App, { db }: { db: Db }): void {
  registerFeeStandardRoutes(app, db);
  registerQuoteRoutes(app, db);
}
