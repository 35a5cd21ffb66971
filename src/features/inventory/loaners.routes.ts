import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { createLoaner } from './create-loaner';
import { idParams, manageLoaners, pageOf, read } from './inventory-route-helpers';
import {
  lendBody,
  listLoanersQuery,
  listLoansQuery,
  loanerBody,
  loanerView,
  loanView,
  retireLoanerBody,
  returnLoanBody,
} from './inventory.schemas';
import { lendLoaner } from './lend-loaner';
import { listLoaners } from './list-loaners';
import { listLoans } from './list-loans';
import { getLoaner } from './loaner-view';
import { retireLoaner } from './retire-loaner';
import { returnLoan } from './return-loan';

const tags = ['inventory: loaners'];

/** 备用机: loaner units, lent to customers while their own item is away. */
export function registerLoanerRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/loaners',
    {
      schema: { tags, querystring: listLoanersQuery, response: { 200: pageOf(loanerView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listLoaners(tx, ctx, request.query)),
  );
  app.get(
    '/api/loaners/:id',
    { schema: { tags, params: idParams, response: { 200: loanerView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getLoaner(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/loans',
    {
      schema: { tags, querystring: listLoansQuery, response: { 200: pageOf(loanView) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listLoans(tx, ctx, request.query)),
  );
  app.post(
    '/api/loaners',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        body: loanerBody,
        response: { 201: loanerView },
      },
      config: manageLoaners,
    },
    async (request, reply) => {
      const loaner = await idempotentCreate(db, request, (tx, ctx) =>
        createLoaner(tx, ctx, request.body),
      );
      return reply.status(201).send(loaner);
    },
  );
  app.post(
    '/api/loaners/:id/lend',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: lendBody,
        response: { 200: loanerView },
      },
      config: manageLoaners,
    },
    (request) =>
      idempotentCreate(db, request, async (tx, ctx) => {
        await lendLoaner(tx, ctx, request.params.id, request.body);
        return getLoaner(tx, ctx, request.params.id);
      }),
  );
  app.post(
    '/api/loaners/:id/return',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: returnLoanBody,
        response: { 200: loanerView },
      },
      config: manageLoaners,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        returnLoan(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/loaners/:id/retire',
    {
      schema: {
        tags,
        params: idParams,
        headers: idempotencyHeaders,
        body: retireLoanerBody,
        response: { 200: loanerView },
      },
      config: manageLoaners,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        retireLoaner(tx, ctx, request.params.id, request.body),
      ),
  );
}
