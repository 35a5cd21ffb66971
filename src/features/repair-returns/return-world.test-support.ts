import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { manualClock } from '../../../tests/support/factories';
import { notifications } from '../notifications/notifications.table';
import { code, onSiteWorldForFile, type OnSiteWorld } from '../work-orders/on-site.test-fixtures';

/**
 * For a test file of the return's steps and shipments: a clock at 2026-11-28 10:00 in 银川 and a
 * fresh on-site world on it (a printer in its 包换期, one out of warranty, a returns clerk, a
 * service manager), and `codeOf`, the error code a step fails with in that world ('ok' when it
 * succeeds).
 */
export function returnWorldForFile() {
  const clock = manualClock('2026-11-28T02:00:00Z');
  const w = onSiteWorldForFile(clock);
  const codeOf = (step: (tx: Tx) => Promise<unknown>) => code(w.as(step));
  return { clock, w, codeOf };
}

/** The in-app notices a user got about this return: their events, oldest first. */
export async function noticesAbout(world: OnSiteWorld, userId: string, id: string) {
  return world.as((tx) =>
    tx
      .select({ event: notifications.event, params: notifications.params })
      .from(notifications)
      .where(
        and(
          eq(notifications.tenantId, world.t.tenantId),
          eq(notifications.userId, userId),
          eq(notifications.link, `/repair-returns/${id}`),
        ),
      )
      .orderBy(asc(notifications.createdAt), asc(notifications.id)),
  );
}
