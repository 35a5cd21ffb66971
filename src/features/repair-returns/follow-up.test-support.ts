import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { createJobRunner, type JobRunner, jobs } from '../../platform/jobs';
import {
  createTestTenant,
  createTestUser,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import type { RequestContext } from '../accounts';
import { vendors } from '../installed-base/installed-base.table';
import { notifications } from '../notifications/notifications.table';
import { repairReturnJobHandlers } from './repair-return-jobs';
import type { ChaseCoverage, RepairReturnStatus } from './repair-return.states';
import { repairReturnItems, repairReturns } from './repair-returns.table';
import { startChases, watchNoticeRule } from './return-timers';

/** Tuesday 2026-12-01 10:00 in 银川 (UTC+8). */
export const START = '2026-12-01T02:00:00Z';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface FollowUpPeople {
  t: TestTenant;
  /** Two returns clerks (get chase-due and notice-due notices) and a service manager. */
  clerk: RequestContext;
  clerk2: RequestContext;
  manager: RequestContext;
  vendorA: { id: string; name: string };
  vendorB: { id: string; name: string };
  /** The work order every test return hangs on. */
  workOrderId: string;
}

/** A company with two returns clerks, a service manager, two vendors and one work order. */
export async function setUpFollowUpPeople(db: Db, clock: Clock): Promise<FollowUpPeople> {
  const t = await createTestTenant(db, clock);
  const person = (key: string, displayName: string, roles: RequestContext['user']['roles']) =>
    createTestUser(db, t, { username: `${key}-${t.suffix}`, displayName, roles });
  const clerk = await person('clerk', '返修员', ['returns_clerk']);
  const clerk2 = await person('clerk2', '返修员二', ['returns_clerk']);
  const manager = await person('manager', '服务经理', ['service_manager']);
  const order = await createTestWorkOrder(db, t);
  const [vendorA, vendorB] = await inTenant(db, t.tenantId, (tx) =>
    tx
      .insert(vendors)
      .values([
        { tenantId: t.tenantId, name: '惠普售后', kind: 'manufacturer' as const },
        { tenantId: t.tenantId, name: '佳能经销', kind: 'dealer' as const },
      ])
      .returning({ id: vendors.id, name: vendors.name }),
  );
  return { t, clerk, clerk2, manager, vendorA: vendorA!, vendorB: vendorB!, workOrderId: order.id };
}

export interface TestReturn {
  status?: RepairReturnStatus;
  coverage?: ChaseCoverage | null;
  urgent?: boolean;
  vendorId?: string | null;
  /** Default: the clock's now. */
  takenAt?: Date;
  shippedAt?: Date | null;
  backAt?: Date | null;
  expectedReturnOn?: string | null;
  promisedOn?: string | null;
  outcome?: 'repaired' | 'replaced' | 'refused' | null;
  description?: string;
}

let sequence = 0;

/**
 * A repair return written directly in any state (the steps that lead there belong to other
 * files), with one item, on the world's work order.
 */
export async function insertReturn(
  tx: Tx,
  people: FollowUpPeople,
  clock: Clock,
  input: TestReturn = {},
): Promise<{ id: string; number: string }> {
  const { t } = people;
  sequence += 1;
  const number = `RR-TEST-${String(sequence).padStart(4, '0')}`;
  const now = clock.now();
  const [rr] = await tx
    .insert(repairReturns)
    .values({
      tenantId: t.tenantId,
      number,
      status: input.status ?? 'taken_back',
      workOrderId: people.workOrderId,
      customerId: t.customer.id,
      takenBy: t.technician.user.id,
      takenAt: input.takenAt ?? now,
      urgent: input.urgent ?? false,
      coverage: input.coverage ?? null,
      vendorId: input.vendorId ?? null,
      shippedAt: input.shippedAt ?? null,
      backAt: input.backAt ?? null,
      backBy: input.backAt ? people.clerk.user.id : null,
      outcome: input.outcome ?? null,
      expectedReturnOn: input.expectedReturnOn ?? null,
      promisedOn: input.promisedOn ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: repairReturns.id, number: repairReturns.number });
  await tx.insert(repairReturnItems).values({
    tenantId: t.tenantId,
    repairReturnId: rr!.id,
    seq: 1,
    description: input.description ?? '激光打印机',
    condition: '外观完好',
  });
  return rr!;
}

/**
 * A database for one test file (restartable: the timers must survive a process restart) with
 * the follow-up world, a manual clock, and helpers to ship returns, run the jobs and read the
 * notices that resulted.
 */
export function followUpWorldForFile() {
  const clock = manualClock(START);
  let people: FollowUpPeople;
  const file = testDatabaseForFile({
    restartable: true,
    setUp: async ({ db }) => {
      people = await setUpFollowUpPeople(db, clock);
    },
  });
  const db = () => file.db;
  const as = <T>(work: (tx: Tx) => Promise<T>) => inTenant(db(), people.t.tenantId, work);
  const newRunner = () =>
    createJobRunner({ db: db(), clock, handlers: repairReturnJobHandlers(clock) });

  /** Writes a return and, as the steps do, starts the timers its state calls for. */
  const newReturn = (input: TestReturn = {}) =>
    as(async (tx) => {
      const rr = await insertReturn(tx, people, clock, input);
      const status = input.status ?? 'taken_back';
      if (status === 'shipped' || status === 'at_vendor')
        await startChases(tx, people.t.tenantId, clock, [rr.id]);
      if (status !== 'ready_to_return' && status !== 'returned')
        await watchNoticeRule(tx, people.t.tenantId, clock, rr.id);
      return rr;
    });
  /**
   * Shipped now to vendor A (or as given) and chased from now, as the dispatch does; the 14-day
   * rule is left out, so only the chase timers run.
   */
  const ship = (input: TestReturn = {}) =>
    as(async (tx) => {
      const rr = await insertReturn(tx, people, clock, {
        status: 'shipped',
        vendorId: people.vendorA.id,
        shippedAt: clock.now(),
        ...input,
      });
      await startChases(tx, people.t.tenantId, clock, [rr.id]);
      return rr;
    });

  return {
    clock,
    db,
    as,
    newRunner,
    get p() {
      return people;
    },
    get tdb() {
      return file.tdb;
    },
    newReturn,
    ship,
    async returnRow(id: string) {
      const [row] = await as((tx) =>
        tx.select().from(repairReturns).where(eq(repairReturns.id, id)),
      );
      return row!;
    },
    /** The return's pending and finished jobs, oldest run time first. */
    async jobsOf(id: string) {
      return db()
        .select({ kind: jobs.kind, state: jobs.state, runAt: jobs.runAt })
        .from(jobs)
        .where(like(jobs.key, `repairReturn:${id}:%`))
        .orderBy(asc(jobs.runAt), asc(jobs.createdAt));
    },
    /** The notifications about a return number, as `event → user ids` (sorted; one per notice). */
    async notifiedAbout(number: string) {
      const rows = await as((tx) =>
        tx
          .select({ userId: notifications.userId, event: notifications.event })
          .from(notifications)
          .where(
            and(
              eq(notifications.tenantId, people.t.tenantId),
              eq(sql`${notifications.params}->>'number'`, number),
            ),
          ),
      );
      const byEvent: Record<string, string[]> = {};
      for (const row of rows) (byEvent[row.event] ??= []).push(row.userId);
      for (const users of Object.values(byEvent)) users.sort();
      return byEvent;
    },
    /** A process restart: the runner stops, the database closes and reopens, a new runner. */
    async restart(runner: JobRunner) {
      await runner.stop();
      await file.tdb.restart();
      return newRunner();
    },
    /** Runs the due jobs once, with a fresh runner, as a timer tick would. */
    async tick() {
      const runner = newRunner();
      await runner.runDue();
      await runner.stop();
    },
  };
}

export type FollowUpWorld = ReturnType<typeof followUpWorldForFile>;
