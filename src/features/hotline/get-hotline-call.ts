import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import type { HotlineCallView } from './hotline-call.schemas';
import { selectHotlineCalls } from './hotline-call-view';

export async function getHotlineCall(
  db: Queryable,
  ctx: RequestContext,
  id: string,
): Promise<HotlineCallView> {
  const [call] = await selectHotlineCalls(db, ctx.tenantId, { id, limit: 1, offset: 0 });
  if (!call) throw new AppError('NOT_FOUND');
  return call;
}
