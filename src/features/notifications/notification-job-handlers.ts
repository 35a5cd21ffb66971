import { type Clock, systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { JobHandler } from '../../platform/jobs';
import { DELIVER_JOB } from './deliver-job';
import { deliverMessage, type DeliveryDeps } from './deliver-message';

/**
 * The job runner's handlers for notifications: delivery is an `outside` effect (SMTP, HTTP),
 * so a message goes out at least once; every attempt is recorded.
 */
export function notificationJobHandlers(
  db: Db,
  options: { clock?: Clock; signingTime?: () => number } = {},
): JobHandler[] {
  const deps: DeliveryDeps = {
    clock: options.clock ?? systemClock,
    signingTime: options.signingTime ?? (() => Date.now()),
  };
  return [{ kind: DELIVER_JOB, outside: (job) => deliverMessage(db, job, deps) }];
}
