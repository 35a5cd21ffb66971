import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { businessMinutesBetween } from '../commitments/business-time.rules';
import { updateServiceSettings } from '../work-orders/update-service-settings';
import { clockWorldForFile, DAY, HOUR, schedule, START } from './clock-world.test-support';
import { getServiceClocks } from './get-service-clocks';
import { meetServiceClock } from './meet-service-clock';
import { pauseServiceClocks } from './pause-service-clocks';
import { resumeServiceClocks } from './resume-service-clocks';
import { SLA_KINDS } from './sla-timers.table';
import { planServiceClocks, serviceClockWrites } from './plan-service-clocks';
import { local } from './sla.test-support';
import { stopServiceClocks } from './stop-service-clocks';

// Starting, meeting, pausing and stopping the clocks; their firing is in clock-firing.db.test.ts.
const w = clockWorldForFile();
const { clock, as, newRunner, newOrder, timersOf, jobsOf, noticesOf, restart } = w;

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

    const views = await as((tx) => getServiceClocks(tx, w.t.dispatcher, [order.id]));
    expect(views.get(order.id)!.map((v) => [v.kind, v.state, v.breached])).toEqual([
      ['response', 'running', false],
      ['onSite', 'running', false],
      ['completion', 'running', false],
    ]);
  });

  it('starts once: a second start is refused and arms nothing more', async () => {
    const order = await newOrder();
    const subject = {
      workOrderId: order.id,
      number: order.number,
      urgency: 'urgent' as const,
      zone: null,
    };
    const again = as(async (tx) => {
      const planned = await planServiceClocks(tx, w.t.dispatcher, subject, clock.now());
      await tx
        .with(...serviceClockWrites(tx, planned))
        .select({ one: sql`1` })
        .from(sql`(select 1) as one`);
    });
    // Refused by the one-clock-of-a-kind-per-order index, not by anything else going wrong.
    const refusal = await again.then(
      () => 'started again',
      (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
    );
    expect(refusal).toMatch(/sla_timers_order_kind_key/);
    expect((await timersOf(order.id)).response).toMatchObject({ limitMinutes: 30 });
    expect(await jobsOf(order.id)).toHaveLength(6);
  });

  it('warns at the share the tenant set, from the next order on', async () => {
    const before = await newOrder();
    expect((await timersOf(before.id)).response!.warnAt).toEqual(local('2026-12-01T09:24:00'));
    const setWarnPercent = (slaWarnPercent: number, version: number) =>
      as((tx) =>
        updateServiceSettings(tx, w.t.admin, {
          arrivalChecklist: [],
          replacementThresholdPercent: 50,
          slaWarnPercent,
          version,
        }),
      );
    await setWarnPercent(50, 0);
    const after = await newOrder();
    expect((await timersOf(after.id)).response).toMatchObject({
      limitMinutes: 30,
      warnAt: local('2026-12-01T09:15:00'),
      dueAt: local('2026-12-01T09:30:00'),
    });
    // Back to the default share for the other tests of this file.
    await setWarnPercent(80, 1);
    expect((await timersOf((await newOrder()).id)).response!.warnAt).toEqual(
      local('2026-12-01T09:24:00'),
    );
  });
});

describe('meeting a clock', () => {
  it('before its warning cancels both jobs, and nothing fires', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:10:00').toISOString());
    await as((tx) => meetServiceClock(tx, w.t.technician, order.id, 'response'));
    let timers = await timersOf(order.id);
    expect(timers.response).toMatchObject({ state: 'met', metAt: clock.now(), version: 2 });
    expect(timers.onSite).toMatchObject({ state: 'running' });

    // Meeting it again changes nothing.
    clock.advance(HOUR);
    await as((tx) => meetServiceClock(tx, w.t.technician, order.id, 'response'));
    expect((await timersOf(order.id)).response).toMatchObject({
      metAt: local('2026-12-01T09:10:00'),
      version: 2,
    });

    // Completing meets the clocks still open (on site here).
    await as((tx) => meetServiceClock(tx, w.t.technician, order.id, 'completion'));
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
    const views = (await as((tx) => getServiceClocks(tx, w.t.dispatcher, [order.id]))).get(
      order.id,
    );
    expect(views!.every((v) => v.state === 'met' && !v.breached)).toBe(true);
  });

  it('late marks it breached in the views', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:31:00').toISOString());
    await as((tx) => meetServiceClock(tx, w.t.technician, order.id, 'response'));
    const views = (await as((tx) => getServiceClocks(tx, w.t.dispatcher, [order.id]))).get(
      order.id,
    );
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
    await as((tx) => pauseServiceClocks(tx, w.t.technician, order.id));
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

    await as((tx) => resumeServiceClocks(tx, w.t.technician, order.id));
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
      'sla.warning response': w.recipients,
      'sla.breached response': w.recipients,
    });
  });

  it('keeps a deadline that had passed, and the breach, when paused late', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T11:00:00').toISOString());
    let runner = newRunner();
    await runner.runDue();
    const breached = await timersOf(order.id);
    expect(breached.response!.breachedAt).toEqual(clock.now());
    await as((tx) => pauseServiceClocks(tx, w.t.technician, order.id));
    clock.set(local('2026-12-01T11:30:00').toISOString());
    await as((tx) => resumeServiceClocks(tx, w.t.technician, order.id));
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
      expect(notices[`sla.warning ${kind}`]).toEqual(w.recipients);
      expect(notices[`sla.breached ${kind}`]).toEqual(w.recipients);
    }
  });
});

describe('cancelling the order', () => {
  it('stops the clocks, and nothing fires', async () => {
    const order = await newOrder();
    clock.set(local('2026-12-01T09:05:00').toISOString());
    await as((tx) => stopServiceClocks(tx, w.t.dispatcher, order.id));
    await as((tx) => meetServiceClock(tx, w.t.technician, order.id, 'completion')); // no-op now
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
