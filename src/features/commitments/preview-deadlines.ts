import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import type { DeadlinePreview, DeadlinePreviewQuery } from './commitments.schemas';
import { deadlinesFor } from './deadline.rules';
import { loadBusinessCalendar } from './load-business-calendar';
import { loadCommitments } from './load-commitments';

/** The three deadlines a request made at `from` (default now) would get: to check the rules. */
export async function previewDeadlines(
  tx: Tx,
  ctx: RequestContext,
  query: DeadlinePreviewQuery,
): Promise<DeadlinePreview> {
  const { content } = await loadCommitments(tx, ctx.tenantId);
  if (!content.zones.some((z) => z.code === query.zone)) throw new AppError('UNKNOWN_ZONE');
  const from = query.from ? new Date(query.from) : ctx.clock.now();
  const calendar = await loadBusinessCalendar(tx, ctx.tenantId, ctx.tenantTimezone, from);
  const all = deadlinesFor(content, calendar, query, from);
  const out = (k: keyof typeof all) => ({
    limitMinutes: all[k].limitMinutes,
    deadline: all[k].deadline.toISOString(),
  });
  return {
    from: from.toISOString(),
    timeZone: ctx.tenantTimezone,
    response: out('response'),
    onSite: out('onSite'),
    completion: out('completion'),
  };
}
