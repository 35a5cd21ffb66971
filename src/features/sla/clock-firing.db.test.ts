import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueJob, type JobHandler, jobs } from '../../platform/jobs';
import { notifications } from '../notifications/notifications.table';
import { clockWorldForFile, DAY, HOUR, START } from './clock-world.test-support';
import { slaJobHandlers } from './sla-job-handlers';
import { SLA_KINDS } from './sla-timers.table';
import { local } from './sla.test-support';

// The clocks' warnings and breaches firing: exactly once, across clock jumps, restarts,
// failures and racing runners.
const w = clockWorldForFile();
const { clock, db, as, newRunner, newOrder, timersOf, jobsOf, noticesOf, restart } = w;

describe('warnings and breaches across clock jumps and restarts', () => {
  it('fire exactly once each, to every dispatcher and service manager', async () => {
    const order = await newOrder();
    let runner = newRunner();
    await runner.runDue();
    expect((await jobsOf(order.id)).every((j) => j.state === 'pending')).toBe(true);

    // +2 hours (11:00): the response clock warned and breached; the w.others are not due.
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
        [`sla.warning ${kind}`, w.recipients],
        [`sla.breached ${kind}`, w.recipients],
      ]),
    );
    expect(notices).toEqual(expected);
    for (const user of w.others) expect(Object.values(notices).flat().includes(user)).toBe(false);
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

    await w.tdb.restart();
    clock.advance(HOUR); // past the retry's backoff
    const runner = newRunner();
    await runner.runDue();
    await runner.runDue();
    await runner.stop();
    expect((await timersOf(order.id)).response!.warnedAt).toEqual(clock.now());
    expect((await noticesOf(order.number))['sla.warning response']).toEqual(w.recipients);
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
    for (const users of Object.values(notices)) expect(users).toEqual(w.recipients);
  });

  it('armed for an instant its clock no longer has does nothing', async () => {
    const order = await newOrder();
    const { response } = await timersOf(order.id);
    await as((tx) =>
      enqueueJob(tx, {
        tenantId: w.t.tenantId,
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
