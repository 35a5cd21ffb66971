import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { getSlaSummary } from './get-sla-summary';
import { listOpenClocks } from './list-open-clocks';
import { listOpenClocksQuery, openClockItem, slaSummary } from './sla.schemas';

const tags = ['sla'];
const read = { permission: 'sla.read' as const };

export function registerSlaRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/sla/clocks',
    {
      schema: {
        tags,
        querystring: listOpenClocksQuery,
        response: { 200: z.object({ items: z.array(openClockItem), total: z.number().int() }) },
      },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listOpenClocks(tx, ctx, request.query)),
  );
  app.get(
    '/api/sla/summary',
    { schema: { tags, response: { 200: slaSummary } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getSlaSummary(tx, ctx)),
  );
}
