import { asc, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant, type Tx } from '../../platform/db';
import {
  createJobRunner,
  enqueueJob,
  type JobHandler,
  type JobRunner,
  jobs,
} from '../../platform/jobs';
import {
  createTestTenant,
  createTestUser,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { businessMinutesBetween, businessSchedule } from '../commitments/business-time.rules';
import { DEFAULT_BUSINESS_HOURS } from '../commitments/default-commitments';
import { notifications } from '../notifications/notifications.table';
import { getServiceClocks } from './get-service-clocks';
import { meetServiceClock } from './meet-service-clock';
import { pauseServiceClocks } from './pause-service-clocks';
import { resumeServiceClocks } from './resume-service-clocks';
import { slaJobHandlers } from './sla-job-handlers';
import { SLA_KINDS, slaTimers } from './sla-timers.table';
import { createClockedOrder, local } from './sla.test-support';
import { stopServiceClocks } from './stop-service-clocks';

// Tuesday 2026-12-01 09:00 in Shanghai; the test tenant keeps the default commitments and hours
// (Mon–Fri 08:30–12:00, 13:30–17:30) and no calendar overrides. A normal order in the first
// zone: response 30 min (warn 09:24, due 09:30), on site 240 (warn 13:42, due 14:30),
// completion 900 (warn Wed 15:00, due Thu 09:00).
const START = '2026-12-01T01:00:00Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const schedule = businessSchedule(DEFAULT_BUSINESS_HOURS, [], 'Asia/Shanghai');

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

/** A work order written at START with its clocks running from START. */
async function newOrder() {
  clock.set(START);
  return createClockedOrder(db(), t, clock);
}

async function timersOf(orderId: string) {
  const rows = await as((tx) =>
    tx.select().from(slaTimers).where(eq(slaTimers.workOrderId, orderId)),
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r]));
}

async function jobsOf(orderId: string) {
  const ids = Object.values(await timersOf(orderId)).map((timer) => timer.id);
  return db()
    .select({ kind: jobs.kind, state: jobs.state, runAt: jobs.runAt, key: jobs.key })
    .from(jobs)
    .where(inArray(sql`${jobs.payload}->>'timerId'`, ids))
    .orderBy(asc(jobs.runAt), asc(jobs.kind), asc(jobs.createdAt));
}

/** The order's notifications as `event kind → user ids`, one entry per notification. */
async function noticesOf(number: string) {
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
}

const restart = async (runner: JobRunner) => {
  await runner.stop();
  await file.tdb.restart();
  return newRunner();
};

describe('a started order', () => {
  it('has three running clocks with deadlines in business time and two jobs each', async () => {
    const order = await newOrder();
    const timers = await timersOf(order.id);
    expect(Object.keys(timers).sort()).toEqual([...SLA_KINDS].sort());
    expect(timers.response).toMatchObject({
      state: 'running',
      limitMinutes: 30,
      subjectLabel: order.number,
      startedAt: new Date(START),
      warnAt: local('2026-12-01T09:24:00'),
      dueAt: local('2026-12-01T09:30:00'),
      warnedAt: null,
      breachedAt: null,
    });
    expect(timers.onSite).toMatchObject({
      limitMinutes: 240,
      warnAt: local('2026-12-01T13:42:00'),
      dueAt: local('2026-12-01T14:30:00'),
    });
    expect(timers.completion).toMatchObject({
      limitMinutes: 900,
      warnAt: local('2026-12-02T15:00:00'),
      dueAt: local('2026-12-03T09:00:00'),
    });
    const pending = await jobsOf(order.id);
    expect(pending.map((j) => [j.kind, j.state, j.runAt.toISOString()])).toEqual([
      ['sla.warn', 'pending', local('2026-12-01T09:24:00').toISOString()],
      ['sla.breach', 'pending', local('2026-12-01T09:30:00').toISOString()],
      ['sla.warn', 'pending', local('2026-12-01T13:42:00').toISOString()],
      ['sla.breach', 'pending', local('2026-12-01T14:30:00').toISOString()],
      ['sla.warn', 'pending', local('2026-12-02T15:00:00').toISOString()],
      ['sla.breach', 'pending', local('2026-12-03T09:00:00').toISOString()],
    ]);
    expect(pending[0]!.key).toBe(`sla:${timers.response!.id}:warn`);

    const views = await as((tx) => getServiceClocks(tx, t.dispatcher, [order.id]));
    expect(views.get(order.id)!.map((v) => [v.kind, v.state, v.breached])).toEqual([
      ['response', 'running', false],
      ['onSite', 'running', false],
      ['completion', 'running', false],
    ]);
  });
});

describe('warnings and breaches across clock jumps and restarts', () => {
  it('fire exactly once each, to every dispatcher and service manager', async () => {
    const order = await newOrder();
    let runner = newRunner();
    await runner.runDue();
    expect((await jobsOf(order.id)).every((j) => j.state === 'pending')).toBe(true);

    // +2 hours (11:00): the response clock warned and breached; the others are not due.
    clock.advance(2 * HOUR);
    await runner.runDue();
    await runner.runDue();
    let timers = await timersOf(order.id);
    const firstFired = new Date(clock.now());
    expect(timers.response).toMatchObject({
      state: 'running', // a breach is a flag: the clock runs on until it is met
      warnedAt: firstFired,
      breachedAt: firstFired,
    });
    expect(timers.onSite).toMatchObject({ warnedAt: null, breachedAt: null });
    expect(Object.keys(await noticesOf(order.number)).sort()).toEqual([
      'sla.breached response',
      'sla.warning response',
    ]);

    // A process restart, then +2 days (Thursday 11:00): everything else is due.
    runner = await restart(runner);
    clock.advance(2 * DAY);
    await runner.runDue();
    timers = await timersOf(order.id);
    const secondFired = new Date(clock.now());
    for (const kind of ['onSite', 'completion'] as const)
      expect(timers[kind]).toMatchObject({ warnedAt: secondFired, breachedAt: secondFired });

    // Another restart, then +30 days: nothing fires again.
    runner = await restart(runner);
    clock.advance(30 * DAY);
    await runner.runDue();
    await runner.stop();
    timers = await timersOf(order.id);
    expect(timers.response).toMatchObject({ warnedAt: firstFired, breachedAt: firstFired });
    expect(timers.completion).toMatchObject({ warnedAt: secondFired, breachedAt: secondFired });
    expect((await jobsOf(order.id)).map((j) => j.state)).toEqual(Array(6).fill('done'));

    const notices = await noticesOf(order.number);
    const expected = Object.fromEntries(
      SLA_KINDS.flatMap((kind) => [
        [`sla.warning ${kind}`, recipients],
        [`sla.breached ${kind}`, recipients],
      ]),
    );
    expect(notices).toEqual(expected);
    for (const user of others) expect(Object.values(notices).flat().includes(user)).toBe(false);
    const [one] = await as((tx) =>
      tx
        .select()
        .from(notifications)
        .where(eq(sql`${notifications.params}->>'number'`, order.number))
        .limit(1),
    );
    expect(one).toMatchObject({ link: `/work-orders/${order.id}` });
  });

  it('leave nothing behind when a run fails midway, and fire once on the retry', async () => {
    const order = await newOrder();
    const crashing = slaJobHandlers(clock).map((h): JobHandler => ({
      kind: h.kind,
      inTransaction: async (tx, job) => {
        if ('inTransaction' in h) await h.inTransaction(tx, job);
        throw new Error('the process died');
      },
    }));
    clock.set(local('2026-12-01T09:25:00').toISOString()); // the response warning is due
    const failing = newRunner(crashing);
    await failing.runDue();
    await failing.stop();
    expect((await timersOf(order.id)).response).toMatchObject({ warnedAt: null });
    expect(await noticesOf(order.number)).toEqual({});
    const [warn] = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.key, `sla:${(await timersOf(order.id)).response!.id}:warn`));
    expect(warn).toMatchObject({ state: 'pending', attempts: 1, lastError: 'the process died' });

    await file.tdb.restart();
    clock.advance(HOUR); // past the retry's backoff
    const runner = newRunner();
    await runner.runDue();
    await runner.runDue();
    await runner.stop();
    expect((await timersOf(order.id)).response!.warnedAt).toEqual(clock.now());
    expect((await noticesOf(order.number))['sla.warning response']).toEqual(recipients);
  });
});

describe('a job', () => {
  it('fires once when two runners race for it', async () => {
    const order = await newOrder();
    clock.advance(30 * DAY);
    const runners = [newRunner(), newRunner()];
    await Promise.all(runners.map((r) => r.runDue()));
    await Promise.all(runners.map((r) => r.stop()));
    const notices = await noticesOf(order.number);
    expect(Object.keys(notices)).toHaveLength(6);
    for (const users of Object.values(notices)) expect(users).toEqual(recipients);
  });

  it('armed for an instant its clock no longer has does nothing', async () => {
    const order = await newOrder();
    const { response } = await timersOf(order.id);
    await as((tx) =>
      enqueueJob(tx, {
        tenantId: t.tenantId,
        kind: 'sla.breach',
        runAt: new Date(START),
        payload: { timerId: response!.id, at: local('2026-12-01T09:00:00').toISOString() },
      }),
    );
    clock.set(local('2026-12-01T09:20:00').toISOString()); // before the warning
    const runner = newRunner();
    await runner.runDue();
    await runner.stop();
    expect((await timersOf(order.id)).response).toMatchObject({ breachedAt: null, version: 1 });
    expect(await noticesOf(order.number)).toEqual({});
  });
});

describe('meeting a clock', () => {
  it('before its warning cancels both jobs, and nothing fires', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:10:00').toISOString());
    await as((tx) => meetServiceClock(tx, t.technician, order.id, 'response'));
    let timers = await timersOf(order.id);
    expect(timers.response).toMatchObject({ state: 'met', metAt: clock.now(), version: 2 });
    expect(timers.onSite).toMatchObject({ state: 'running' });

    // Meeting it again changes nothing.
    clock.advance(HOUR);
    await as((tx) => meetServiceClock(tx, t.technician, order.id, 'response'));
    expect((await timersOf(order.id)).response).toMatchObject({
      metAt: local('2026-12-01T09:10:00'),
      version: 2,
    });

    // Completing meets the clocks still open (on site here).
    await as((tx) => meetServiceClock(tx, t.technician, order.id, 'completion'));
    timers = await timersOf(order.id);
    for (const kind of SLA_KINDS) expect(timers[kind]!.state).toBe('met');
    expect(timers.onSite!.metAt).toEqual(clock.now());

    clock.advance(30 * DAY);
    const runner = newRunner();
    await runner.runDue();
    await runner.stop();
    expect((await jobsOf(order.id)).map((j) => j.state)).toEqual(Array(6).fill('cancelled'));
    timers = await timersOf(order.id);
    for (const kind of SLA_KINDS)
      expect(timers[kind]).toMatchObject({ warnedAt: null, breachedAt: null });
    expect(await noticesOf(order.number)).toEqual({});
    const views = (await as((tx) => getServiceClocks(tx, t.dispatcher, [order.id]))).get(order.id);
    expect(views!.every((v) => v.state === 'met' && !v.breached)).toBe(true);
  });

  it('late marks it breached in the views', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:31:00').toISOString());
    await as((tx) => meetServiceClock(tx, t.technician, order.id, 'response'));
    const views = (await as((tx) => getServiceClocks(tx, t.dispatcher, [order.id]))).get(order.id);
    expect(views!.find((v) => v.kind === 'response')).toMatchObject({
      state: 'met',
      breachedAt: null, // met before the runner got to it
      breached: true,
    });
  });
});

describe('pausing the clocks', () => {
  it('holds every deadline while paused and moves it by exactly the paused business time', async () => {
    const order = await newOrder();
    const before = await timersOf(order.id);
    const pausedAt = local('2026-12-01T09:10:00');
    clock.set(pausedAt.toISOString());
    await as((tx) => pauseServiceClocks(tx, t.technician, order.id));
    let timers = await timersOf(order.id);
    for (const kind of SLA_KINDS) expect(timers[kind]).toMatchObject({ state: 'paused', pausedAt });
    expect((await jobsOf(order.id)).map((j) => j.state)).toEqual(Array(6).fill('cancelled'));

    // +30 days: no warning or breach while paused.
    clock.advance(30 * DAY);
    let runner = newRunner();
    await runner.runDue();
    timers = await timersOf(order.id);
    for (const kind of SLA_KINDS)
      expect(timers[kind]).toMatchObject({ state: 'paused', warnedAt: null, breachedAt: null });
    expect(await noticesOf(order.number)).toEqual({});

    await as((tx) => resumeServiceClocks(tx, t.technician, order.id));
    const resumedAt = clock.now();
    const paused = businessMinutesBetween(schedule, pausedAt, resumedAt);
    expect(paused).toBe(410 + 21 * 450 + 40); // Dec 1 from 09:10, 21 full days, Dec 31 to 09:10
    timers = await timersOf(order.id);
    for (const kind of SLA_KINDS) {
      const timer = timers[kind]!;
      expect(timer).toMatchObject({ state: 'running', pausedAt: null, pausedMinutes: paused });
      expect(businessMinutesBetween(schedule, before[kind]!.dueAt, timer.dueAt)).toBe(paused);
      expect(businessMinutesBetween(schedule, before[kind]!.warnAt, timer.warnAt)).toBe(paused);
    }
    expect(timers.response!.dueAt).toEqual(local('2026-12-31T09:30:00'));
    const armed = (await jobsOf(order.id)).filter((j) => j.state === 'pending');
    expect(armed.map((j) => j.runAt.toISOString()).sort()).toEqual(
      SLA_KINDS.flatMap((k) => [timers[k]!.warnAt, timers[k]!.dueAt])
        .map((d) => d.toISOString())
        .sort(),
    );

    // The moved deadline fires once, at its new time, across a restart.
    runner = await restart(runner);
    await runner.runDue();
    expect((await timersOf(order.id)).response!.breachedAt).toBeNull();
    clock.advance(2 * HOUR);
    await runner.runDue();
    runner = await restart(runner);
    await runner.runDue();
    await runner.stop();
    timers = await timersOf(order.id);
    expect(timers.response).toMatchObject({ warnedAt: clock.now(), breachedAt: clock.now() });
    expect(timers.onSite).toMatchObject({ warnedAt: null, breachedAt: null });
    expect(await noticesOf(order.number)).toEqual({
      'sla.warning response': recipients,
      'sla.breached response': recipients,
    });
  });

  it('keeps a deadline that had passed, and the breach, when paused late', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T11:00:00').toISOString());
    let runner = newRunner();
    await runner.runDue();
    const breached = await timersOf(order.id);
    expect(breached.response!.breachedAt).toEqual(clock.now());
    await as((tx) => pauseServiceClocks(tx, t.technician, order.id));
    clock.set(local('2026-12-01T11:30:00').toISOString());
    await as((tx) => resumeServiceClocks(tx, t.technician, order.id));
    const timers = await timersOf(order.id);
    expect(timers.response).toMatchObject({
      state: 'running',
      dueAt: breached.response!.dueAt,
      breachedAt: breached.response!.breachedAt,
      pausedMinutes: 30,
    });
    expect(timers.onSite!.dueAt).toEqual(local('2026-12-01T15:00:00'));
    runner = await restart(runner);
    clock.advance(30 * DAY);
    await runner.runDue();
    await runner.stop();
    const notices = await noticesOf(order.number);
    for (const kind of SLA_KINDS) {
      expect(notices[`sla.warning ${kind}`]).toEqual(recipients);
      expect(notices[`sla.breached ${kind}`]).toEqual(recipients);
    }
  });
});

describe('cancelling the order', () => {
  it('stops the clocks, and nothing fires', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:05:00').toISOString());
    await as((tx) => stopServiceClocks(tx, t.dispatcher, order.id));
    await as((tx) => meetServiceClock(tx, t.technician, order.id, 'completion')); // no-op now
    clock.advance(30 * DAY);
    const runner = newRunner();
    await runner.runDue();
    await runner.stop();
    const timers = await timersOf(order.id);
    for (const kind of SLA_KINDS)
      expect(timers[kind]).toMatchObject({
        state: 'stopped',
        metAt: null,
        warnedAt: null,
        breachedAt: null,
      });
    expect((await jobsOf(order.id)).map((j) => j.state)).toEqual(Array(6).fill('cancelled'));
    expect(await noticesOf(order.number)).toEqual({});
  });
});
