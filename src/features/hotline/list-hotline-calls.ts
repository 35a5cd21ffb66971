import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { HotlineCallView, listHotlineCallsQuery } from './hotline-call.schemas';
import { selectHotlineCalls } from './hotline-call-view';
import { hotlineCalls } from './hotline-calls.table';

export async function listHotlineCalls(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listHotlineCallsQuery>,
): Promise<{ items: HotlineCallView[]; total: number }> {
  const hasWorkOrder = query.hasWorkOrder === undefined ? undefined : query.hasWorkOrder === 'true';
  const [items, [total]] = await Promise.all([
    selectHotlineCalls(tx, ctx.tenantId, {
      hasWorkOrder,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    tx
      .select({ n: count() })
      .from(hotlineCalls)
      .where(
        and(
          eq(hotlineCalls.tenantId, ctx.tenantId),
          hasWorkOrder === undefined
            ? undefined
            : hasWorkOrder
              ? isNotNull(hotlineCalls.workOrderId)
              : isNull(hotlineCalls.workOrderId),
        ),
      ),
  ]);
  return { items, total: total?.n ?? 0 };
}
