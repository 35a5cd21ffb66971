import { and, asc, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { assets } from '../installed-base';
import { serviceRequests } from '../intake';
import { PUBLIC_LIMITS } from './public-limits';
import { waitSeconds } from './rate-limiter';

/** A 429 that tells the client when to come back (the Retry-After header). */
export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', { retryAfter: retryAfterSeconds });
}

/**
 * Refuses a QR report when the device already had too many recently. Counts the rows in the
 * database, so the limit holds across processes; the device's row is locked first, so two
 * reports arriving together are counted one after the other.
 */
export async function checkDeviceLimits(
  tx: Tx,
  tenantId: string,
  assetId: string,
  now: Date,
): Promise<void> {
  await tx
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)))
    .for('update');
  const longest = Math.max(...PUBLIC_LIMITS.deviceReports.map((l) => l.windowMs));
  const rows = await tx
    .select({ createdAt: serviceRequests.createdAt })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.tenantId, tenantId),
        eq(serviceRequests.assetId, assetId),
        eq(serviceRequests.channel, 'qr'),
        gt(serviceRequests.createdAt, new Date(now.getTime() - longest)),
      ),
    )
    .orderBy(asc(serviceRequests.createdAt));
  const hits = rows.map((r) => r.createdAt.getTime());
  const wait = Math.max(
    ...PUBLIC_LIMITS.deviceReports.map((limit) => waitSeconds(hits, now.getTime(), limit)),
  );
  if (wait > 0) throw rateLimited(wait);
}
