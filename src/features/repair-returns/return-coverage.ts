import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { getAssetWarranty } from '../installed-base';
import type { ChaseCoverage } from './repair-return.states';
import { coverageFromWarranty } from './return-coverage.rules';

/**
 * The warranty the item is under when tested: the device's on file today (包换 / 保修 / none),
 * else what the technician states. Neither: RETURN_COVERAGE_MISSING.
 */
export async function coverageOfReturn(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>,
  assetId: string | null,
  stated: ChaseCoverage | undefined,
): Promise<ChaseCoverage> {
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  const warranty = assetId ? await getAssetWarranty(db, ctx.tenantId, assetId, today) : null;
  const coverage = coverageFromWarranty(warranty?.state ?? null) ?? stated;
  if (!coverage) throw new AppError('RETURN_COVERAGE_MISSING');
  return coverage;
}
