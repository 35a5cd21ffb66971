import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { DEFAULT_SERVICE_SETTINGS, updateServiceSettings } from '../work-orders';
import { CLOSED_JOB_STORIES } from './on-site-demo-closed-jobs';
import { OPEN_JOB_STORIES } from './on-site-demo-open-jobs';
import { openOnSiteWorld } from './on-site-demo-world';
import type { DemoAsset } from './seed-installed-base-demo';

/** Each story opens one work order. */
const STORIES = [...OPEN_JOB_STORIES, ...CLOSED_JOB_STORIES];
export const ON_SITE_DEMO_ORDERS = STORIES.length;

/**
 * The on-site workflow in use: the service manager saves the arrival checklist, then work
 * orders on devices of the demo installed base are carried through the real use cases — so
 * their audit trails, service clocks, notices, quotes and repair returns are the real ones —
 * to every on-site state: booked for later today, en route by taxi, on site, waiting for the
 * quote's approval, taken back, resolved and waiting for the signature, waiting for parts,
 * a company-car request waiting for the dispatcher, and closed with parts and signatures.
 * Notification delivery stays off (no external hosts): the notices are in-app only.
 */
export async function seedOnSiteDemo(
  db: Db,
  clock: Clock,
  tenantId: string,
  installed: readonly DemoAsset[],
): Promise<void> {
  const world = await openOnSiteWorld(db, clock, tenantId, installed);
  await world.run((w) =>
    updateServiceSettings(w.tx, w.as('manager', -10 * 24 * 60), {
      ...DEFAULT_SERVICE_SETTINGS,
      version: 0,
    }),
  );
  for (const story of STORIES) await world.run(story);
}
