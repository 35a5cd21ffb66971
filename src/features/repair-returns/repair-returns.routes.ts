import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { page } from '../work-orders/work-order.schemas';
import { getRepairReturn } from './get-repair-return';
import { listRepairReturns } from './list-repair-returns';
import {
  listRepairReturnsQuery,
  repairReturnListItem,
  repairReturnView,
} from './repair-return.schemas';

const tags = ['repair returns'];
const read = { permission: 'repairReturns.read' as const };

/** Reads for the returns clerk; the returns workflow (issue 5) adds its steps here. */
export function registerRepairReturnRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/repair-returns',
    {
      schema: {
        tags,
        querystring: listRepairReturnsQuery,
        response: { 200: page(repairReturnListItem) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listRepairReturns(tx, ctx, request.query)),
  );
  app.get(
    '/api/repair-returns/:id',
    {
      schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: repairReturnView } },
      config: read,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => getRepairReturn(tx, ctx.tenantId, request.params.id)),
  );
}
