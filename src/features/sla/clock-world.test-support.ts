import { asc, eq, inArray, sql } from 'drizzle-orm';
import { inTenant, type Tx } from '../../platform/db';
import { createJobRunner, type JobHandler, type JobRunner, jobs } from '../../platform/jobs';
import {
  createTestTenant,
  createTestUser,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { businessSchedule } from '../commitments/business-time.rules';
import { DEFAULT_BUSINESS_HOURS } from '../commitments/default-commitments';
import { notifications } from '../notifications/notifications.table';
import { slaJobHandlers } from './sla-job-handlers';
import { slaTimers } from './sla-timers.table';
import { createClockedOrder } from './sla.test-support';

// Tuesday 2026-12-01 09:00 in Shanghai; the test tenant keeps the default commitments and hours
// (Mon–Fri 08:30–12:00, 13:30–17:30) and no calendar overrides. A normal order in the first
// zone: response 30 min (warn 09:24, due 09:30), on site 240 (warn 13:42, due 14:30),
// completion 900 (warn Wed 15:00, due Thu 09:00).
export const START = '2026-12-01T01:00:00Z';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const schedule = businessSchedule(DEFAULT_BUSINESS_HOURS, [], 'Asia/Shanghai');

/**
 * A restartable database for one test file, with a tenant whose dispatchers and service
 * manager (`recipients`) get the clocks' notices and whose other users (`others`) must not,
 * and the helpers the clock tests read the clocks, jobs and notices with.
 */
export function clockWorldForFile() {
  let t: TestTenant;
  let recipients: string[];
  let others: string[];
  const clock = manualClock(START);
  const file = testDatabaseForFile({
    restartable: true,
    setUp: async ({ db }) => {
      t = await createTestTenant(db, clock);
      const make = (username: string, roles: ('dispatcher' | 'service_manager')[]) =>
        createTestUser(db, t, { username, displayName: username, roles });
      const desk2 = await make(`desk2-${t.suffix}`, ['dispatcher']);
      const manager = await make(`manager-${t.suffix}`, ['service_manager']);
      recipients = [t.dispatcher.user.id, desk2.user.id, manager.user.id].sort();
      others = [t.admin.user.id, t.technician.user.id, t.technician2.user.id];
    },
  });
  const db = () => file.db;
  const as = <T>(work: (tx: Tx) => Promise<T>) => inTenant(db(), t.tenantId, work);
  const newRunner = (handlers: JobHandler[] = slaJobHandlers(clock)) =>
    createJobRunner({ db: db(), clock, handlers });

  async function timersOf(orderId: string) {
    const rows = await as((tx) =>
      tx.select().from(slaTimers).where(eq(slaTimers.workOrderId, orderId)),
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r]));
  }

  return {
    clock,
    db,
    as,
    newRunner,
    timersOf,
    get t() {
      return t;
    },
    get recipients() {
      return recipients;
    },
    get others() {
      return others;
    },
    get tdb() {
      return file.tdb;
    },
    /** A work order written at START with its clocks running from START. */
    newOrder() {
      clock.set(START);
      return createClockedOrder(db(), t, clock);
    },
    async jobsOf(orderId: string) {
      const ids = Object.values(await timersOf(orderId)).map((timer) => timer.id);
      return db()
        .select({ kind: jobs.kind, state: jobs.state, runAt: jobs.runAt, key: jobs.key })
        .from(jobs)
        .where(inArray(sql`${jobs.payload}->>'timerId'`, ids))
        .orderBy(asc(jobs.runAt), asc(jobs.kind), asc(jobs.createdAt));
    },
    /** The order's notifications as `event kind → user ids`, one entry per notification. */
    async noticesOf(number: string) {
      const rows = await as((tx) =>
        tx
          .select({
            userId: notifications.userId,
            event: notifications.event,
            params: notifications.params,
          })
          .from(notifications)
          .where(eq(sql`${notifications.params}->>'number'`, number)),
      );
      const byEvent: Record<string, string[]> = {};
      for (const row of rows) (byEvent[`${row.event} ${row.params.kind}`] ??= []).push(row.userId);
      for (const users of Object.values(byEvent)) users.sort();
      return byEvent;
    },
    /** A process restart: the runner stops, the database closes and reopens, a new runner. */
    async restart(runner: JobRunner) {
      await runner.stop();
      await file.tdb.restart();
      return newRunner();
    },
  };
}
