import { type Clock } from '../platform/clock';
import { type Db, inTenant } from '../platform/db';
import { tenants } from '../features/accounts';
import { sealAuditChains } from '../features/audit';

/** Seals every tenant's audit chains now. */
export async function sealAllTenants(db: Db, clock: Clock): Promise<number> {
  let sealed = 0;
  for (const { id } of await db.select({ id: tenants.id }).from(tenants)) {
    // A seal holds at most 5,000 streams; keep going until the tenant is caught up.
    for (let n = -1; n !== 0;) {
      n = await inTenant(db, id, (tx) => sealAuditChains(tx, id, clock));
      sealed += n;
    }
  }
  return sealed;
}

/** Seals on an interval in the background; returns a stop function. */
export function sealPeriodically(
  db: Db,
  clock: Clock,
  everyMs: number,
  onError: (error: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sealAllTenants(db, clock)
      .catch(onError)
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
