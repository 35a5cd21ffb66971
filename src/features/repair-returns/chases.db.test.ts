import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueJob } from '../../platform/jobs';
import { auditEvents } from '../audit/audit.table';
import { DEFAULT_COMMITMENTS, updateCommitments } from '../commitments';
import { code } from '../work-orders/on-site.test-fixtures';
import { DAY, followUpWorldForFile, HOUR, START } from './follow-up.test-support';
import { recordChase } from './record-chase';
import { repairReturns } from './repair-returns.table';
import { CHASE_DUE_JOB, stopChases } from './return-timers';

// Chases of items with the vendor (物品关注): due on the cadence of their cover, notified to the
// returns clerks, overdue a day later to the service managers — exactly once, across clock
// jumps and process restarts.
const w = followUpWorldForFile();
const { clock, as, newRunner, restart, notifiedAbout, jobsOf, returnRow } = w;
const at = (ms: number) => new Date(Date.parse(START) + ms);
const chase = { contactName: '惠普售后 李工', answer: '已在维修，下周寄回' };

const clerks = () => [w.p.clerk.user.id, w.p.clerk2.user.id].sort();
const managers = () => [w.p.manager.user.id];

describe('chases across clock jumps and restarts', () => {
  it('fall due on the cadence of the cover, and go overdue a day later, once each', async () => {
    clock.set(START);
    const replacement = await w.ship({ coverage: 'replacement' });
    const repair = await w.ship({ coverage: 'repair' });
    const urgent = await w.ship({ coverage: 'repair', urgent: true });
    const charged = await w.ship({ coverage: 'none' });
    const due = async (id: string) => (await returnRow(id)).nextChaseAt;
    expect(await due(replacement.id)).toEqual(at(2 * DAY));
    expect(await due(repair.id)).toEqual(at(7 * DAY));
    expect(await due(urgent.id)).toEqual(at(DAY));
    expect(await due(charged.id)).toEqual(at(7 * DAY));

    let runner = newRunner();
    await runner.runDue();
    expect(await notifiedAbout(urgent.number)).toEqual({});

    // A day on: the urgent item's chase is due, to the returns clerks.
    clock.set(at(DAY + 60_000).toISOString());
    await runner.runDue();
    expect(await notifiedAbout(urgent.number)).toEqual({ 'repairReturn.chaseDue': clerks() });
    expect(await notifiedAbout(replacement.number)).toEqual({});
    expect((await jobsOf(urgent.id)).map((j) => [j.kind, j.state, j.runAt])).toEqual([
      ['repairReturn.chaseDue', 'done', at(DAY)],
      ['repairReturn.chaseOverdue', 'pending', at(2 * DAY)],
    ]);

    // A restart changes nothing already done.
    runner = await restart(runner);
    await runner.runDue();
    expect(await notifiedAbout(urgent.number)).toEqual({ 'repairReturn.chaseDue': clerks() });

    // Two days on: nobody chased the urgent item (overdue, to the service manager); the
    // replacement item's chase is due.
    clock.set(at(2 * DAY + 60_000).toISOString());
    await runner.runDue();
    expect(await notifiedAbout(urgent.number)).toEqual({
      'repairReturn.chaseDue': clerks(),
      'repairReturn.chaseOverdue': managers(),
    });
    expect(await notifiedAbout(replacement.number)).toEqual({ 'repairReturn.chaseDue': clerks() });
    expect(await notifiedAbout(repair.number)).toEqual({});

    // Restart, then a week on: the repair and the charged items are due; the replacement
    // item overdue since day 3.
    runner = await restart(runner);
    clock.set(at(7 * DAY + 60_000).toISOString());
    await runner.runDue();
    for (const rr of [repair, charged])
      expect(await notifiedAbout(rr.number)).toEqual({ 'repairReturn.chaseDue': clerks() });
    expect(await notifiedAbout(replacement.number)).toEqual({
      'repairReturn.chaseDue': clerks(),
      'repairReturn.chaseOverdue': managers(),
    });

    // Restart, a month on: the week-late ones go overdue, and nothing fires twice.
    runner = await restart(runner);
    clock.set(at(40 * DAY).toISOString());
    await runner.runDue();
    await runner.runDue();
    await runner.stop();
    for (const rr of [replacement, repair, urgent, charged]) {
      expect(await notifiedAbout(rr.number)).toEqual({
        'repairReturn.chaseDue': clerks(),
        'repairReturn.chaseOverdue': managers(),
      });
      expect((await jobsOf(rr.id)).map((j) => j.state)).toEqual(['done', 'done']);
      // Still due (and overdue) until somebody chases: the board shows it.
      expect((await returnRow(rr.id)).nextChaseAt).not.toBeNull();
    }
    const everyone = [w.p.t.admin, w.p.t.dispatcher, w.p.t.technician, w.p.t.technician2];
    for (const rr of [replacement, urgent]) {
      const told = Object.values(await notifiedAbout(rr.number)).flat();
      for (const other of everyone) expect(told).not.toContain(other.user.id);
    }
  });

  it('follow the cadence of the commitments the tenant saved', async () => {
    clock.set(START);
    await as((tx) =>
      updateCommitments(tx, w.p.t.admin, {
        version: 0,
        content: {
          ...DEFAULT_COMMITMENTS,
          chaseCadenceDays: { replacement: 3, repair: 10, urgent: 2 },
        },
      }),
    );
    const replacement = await w.ship({ coverage: 'replacement' });
    const repair = await w.ship({ coverage: 'repair' });
    const urgent = await w.ship({ coverage: 'replacement', urgent: true });
    expect((await returnRow(replacement.id)).nextChaseAt).toEqual(at(3 * DAY));
    expect((await returnRow(repair.id)).nextChaseAt).toEqual(at(10 * DAY));
    expect((await returnRow(urgent.id)).nextChaseAt).toEqual(at(2 * DAY));
    await as((tx) =>
      updateCommitments(tx, w.p.t.admin, { version: 1, content: DEFAULT_COMMITMENTS }),
    );
  });
});

describe('recording a chase', () => {
  it('re-arms the next chase a cadence from now, keeps the promise, and ends the overdue warning', async () => {
    clock.set(START);
    const rr = await w.ship({ coverage: 'repair', status: 'at_vendor' });
    clock.set(at(7 * DAY + HOUR).toISOString());
    await w.tick();
    expect(await notifiedAbout(rr.number)).toEqual({ 'repairReturn.chaseDue': clerks() });

    clock.advance(2 * HOUR);
    const chasedAt = clock.now();
    const view = await as((tx) =>
      recordChase(tx, w.p.clerk, rr.id, { ...chase, promisedOn: '2026-12-20' }),
    );
    expect(view.chase).toMatchObject({
      cadenceDays: 7,
      nextChaseAt: new Date(chasedAt.getTime() + 7 * DAY).toISOString(),
      lastChasedAt: chasedAt.toISOString(),
      promisedOn: '2026-12-20',
      overdue: false,
    });
    expect(view.chases).toEqual([
      expect.objectContaining({
        chasedAt: chasedAt.toISOString(),
        chasedBy: { id: w.p.clerk.user.id, name: '返修员' },
        contactName: chase.contactName,
        answer: chase.answer,
        promisedOn: '2026-12-20',
        dueAt: at(7 * DAY).toISOString(),
      }),
    ]);
    expect(view.version).toBe(2);
    expect((await jobsOf(rr.id)).map((j) => [j.kind, j.state])).toEqual([
      ['repairReturn.chaseDue', 'done'],
      ['repairReturn.chaseOverdue', 'cancelled'],
      ['repairReturn.chaseDue', 'pending'],
    ]);

    // Past the old overdue time: no overdue notice, the chase was made.
    clock.set(at(8 * DAY + 4 * HOUR).toISOString());
    await w.tick();
    expect(await notifiedAbout(rr.number)).toEqual({ 'repairReturn.chaseDue': clerks() });

    // A chase without a promise keeps the last promised date; an early chase re-arms too.
    clock.advance(HOUR);
    const again = await as((tx) => recordChase(tx, w.p.clerk2, rr.id, chase));
    expect(again.chase).toMatchObject({
      promisedOn: '2026-12-20',
      nextChaseAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
    });
    expect(again.chases.map((c) => c.promisedOn)).toEqual(['2026-12-20', null]);

    const events = await as((tx) =>
      tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(and(eq(auditEvents.objectId, rr.id), eq(auditEvents.action, 'repairReturn.chase'))),
    );
    expect(events.map((e) => e.actorId).sort()).toEqual(clerks());
  });

  it('is refused unless the item is shipped or at the vendor', async () => {
    clock.set(START);
    for (const status of ['registered', 'ready_to_return', 'returned'] as const) {
      const rr = await w.newReturn({ status, vendorId: w.p.vendorA.id });
      expect(await code(as((tx) => recordChase(tx, w.p.clerk, rr.id, chase)))).toBe(
        'INVALID_TRANSITION',
      );
    }
    expect(
      await code(
        as((tx) => recordChase(tx, w.p.clerk, '00000000-0000-4000-8000-000000000000', chase)),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('chase timers', () => {
  it('stop when the item is back: nothing falls due any more', async () => {
    clock.set(START);
    const rr = await w.ship({ coverage: 'replacement' });
    clock.set(at(2 * DAY + HOUR).toISOString());
    await w.tick();
    // Received back before anyone chased: the pending overdue warning goes too.
    await as(async (tx) => {
      await tx
        .update(repairReturns)
        .set({ status: 'ready_to_return', backAt: clock.now() })
        .where(eq(repairReturns.id, rr.id));
      await stopChases(tx, w.p.t.tenantId, [rr.id]);
    });
    expect((await returnRow(rr.id)).nextChaseAt).toBeNull();
    clock.set(at(30 * DAY).toISOString());
    await w.tick();
    expect(await notifiedAbout(rr.number)).toEqual({ 'repairReturn.chaseDue': clerks() });
    expect((await jobsOf(rr.id)).map((j) => j.state)).toEqual(['done', 'cancelled']);
  });

  it('armed for a time the return no longer has, or for a return no longer away, do nothing', async () => {
    clock.set(START);
    const moved = await w.ship({ coverage: 'repair' });
    const back = await w.ship({ coverage: 'repair' });
    const stale = (id: string) =>
      as((tx) =>
        enqueueJob(tx, {
          tenantId: w.p.t.tenantId,
          kind: CHASE_DUE_JOB,
          runAt: at(HOUR),
          payload: { repairReturnId: id, at: at(HOUR).toISOString() },
        }),
      );
    await stale(moved.id);
    // Back from the vendor without stopChases: the pending job finds it no longer away.
    await as((tx) =>
      tx
        .update(repairReturns)
        .set({ status: 'ready_to_return' })
        .where(eq(repairReturns.id, back.id)),
    );
    clock.set(at(7 * DAY + HOUR).toISOString());
    await w.tick();
    expect(await notifiedAbout(moved.number)).toEqual({ 'repairReturn.chaseDue': clerks() });
    expect(await notifiedAbout(back.number)).toEqual({});
    expect((await jobsOf(back.id)).map((j) => j.state)).toEqual(['done']);
  });

  it('fire once when two runners race for them', async () => {
    clock.set(START);
    const rr = await w.ship({ coverage: 'replacement' });
    clock.set(at(10 * DAY).toISOString());
    const runners = [newRunner(), newRunner()];
    await Promise.all(runners.map((r) => r.runDue()));
    await Promise.all(runners.map((r) => r.runDue()));
    await Promise.all(runners.map((r) => r.stop()));
    expect(await notifiedAbout(rr.number)).toEqual({
      'repairReturn.chaseDue': clerks(),
      'repairReturn.chaseOverdue': managers(),
    });
  });
});
