import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import type { App } from '../platform/http/app-types';
import { createJobRunner, type JobRunner } from '../platform/jobs';
import { notificationJobHandlers } from '../features/notifications';
import { slaJobHandlers } from '../features/sla';
import { repairReturnJobHandlers } from '../features/repair-returns';
import { inventoryJobHandlers } from '../features/inventory';

/**
 * The durable job runner of one server process: delivers notifications and fires the service
 * clocks' warnings and breaches. It polls, and a successful write request wakes it, so a
 * notification written by a request goes out within moments of the commit rather than at the
 * next poll. Stop it before closing the database.
 */
export function startJobRunner(app: App, db: Db, clock: Clock, pollMs = 2_000): JobRunner {
  const runner = createJobRunner({
    db,
    clock,
    handlers: [
      ...notificationJobHandlers(db, { clock }),
      ...slaJobHandlers(clock),
      ...repairReturnJobHandlers(clock),
      ...inventoryJobHandlers(clock),
    ],
    onError: (error, job) =>
      app.log.warn({ err: error, jobId: job?.id, kind: job?.kind }, 'job attempt failed'),
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) runner.wake();
  });
  runner.start(pollMs);
  return runner;
}
