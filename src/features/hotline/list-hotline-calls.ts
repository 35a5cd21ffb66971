import { count } from 'drizzle-orm';
import type { z } from 'zod';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { HotlineCallView, listHotlineCallsQuery } from './hotline-call.schemas';
import { hotlineCallFilter, selectHotlineCalls } from './hotline-call-view';
import { hotlineCalls } from './hotline-calls.table';

export async function listHotlineCalls(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listHotlineCallsQuery>,
): Promise<{ items: HotlineCallView[]; total: number }> {
  const filter = {
    hasWorkOrder: query.hasWorkOrder === undefined ? undefined : query.hasWorkOrder === 'true',
    from: query.from,
    to: query.to,
    timeZone: ctx.tenantTimezone,
  };
  const [items, [total]] = await sequentially(
    selectHotlineCalls(tx, ctx.tenantId, {
      ...filter,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    tx.select({ n: count() }).from(hotlineCalls).where(hotlineCallFilter(ctx.tenantId, filter)),
  );
  return { items, total: total?.n ?? 0 };
}
