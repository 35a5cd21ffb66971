import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { idempotencyHeaders, idempotentCreate, inTenantOf } from '../accounts';
import { getReturnsBoard } from './get-returns-board';
import { getVendorPerformance } from './get-vendor-performance';
import { listOpenNotices } from './list-open-notices';
import { recordChase } from './record-chase';
import { recordNotice } from './record-notice';
import { chaseBody, listNoticesQuery, noticeBody } from './follow-up.schemas';
import { repairReturnView } from './repair-return.schemas';
import {
  noticeDueItem,
  returnsBoardView,
  vendorPerformanceQuery,
  vendorPerformanceView,
} from './returns-board.schemas';

const tags = ['repair returns: follow-up'];
const read = { permission: 'repairReturns.read' as const };
const ship = { permission: 'repairReturns.ship' as const };

/**
 * Chases, 14-day customer notices, the returns board and vendor performance. The board, the
 * notices and vendor performance are static paths, which Fastify prefers to `:id`.
 */
export function registerFollowUpRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/repair-returns/board',
    { schema: { tags, response: { 200: returnsBoardView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getReturnsBoard(tx, ctx)),
  );
  app.get(
    '/api/repair-returns/notices',
    {
      schema: { tags, querystring: listNoticesQuery, response: { 200: z.array(noticeDueItem) } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listOpenNotices(tx, ctx, request.query)),
  );
  app.get(
    '/api/repair-returns/vendor-performance',
    {
      schema: {
        tags,
        querystring: vendorPerformanceQuery,
        response: { 200: vendorPerformanceView },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => getVendorPerformance(tx, ctx, request.query)),
  );
  app.post(
    '/api/repair-returns/:id/chases',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        headers: idempotencyHeaders,
        body: chaseBody,
        response: { 200: repairReturnView },
      },
      config: ship,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        recordChase(tx, ctx, request.params.id, request.body),
      ),
  );
  app.post(
    '/api/repair-returns/:id/notices/:noticeId',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), noticeId: z.uuid() }),
        headers: idempotencyHeaders,
        body: noticeBody,
        response: { 200: repairReturnView },
      },
      config: ship,
    },
    (request) =>
      idempotentCreate(db, request, (tx, ctx) =>
        recordNotice(tx, ctx, request.params.id, request.params.noticeId, request.body),
      ),
  );
}
