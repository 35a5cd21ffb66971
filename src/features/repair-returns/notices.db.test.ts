import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestModel } from '../../../tests/support/installed-base';
import { DEFAULT_COMMITMENTS, updateCommitments } from '../commitments';
import { loanerUnits, loans, warehouses } from '../inventory/inventory.table';
import { code } from '../work-orders/on-site.test-fixtures';
import { DAY, followUpWorldForFile, HOUR, START } from './follow-up.test-support';
import { listOpenNotices } from './list-open-notices';
import { recordNotice } from './record-notice';
import { repairReturnNotices, repairReturns } from './repair-returns.table';
import { endNoticeRule, watchNoticeRule } from './return-timers';

// The 14-day rule (返修超过14天应向客户说明情况): a notice task falls due when the expected return
// is more than the notice days after take-back, or when that many days pass without the item
// back — with an injected clock, across restarts, once.
const w = followUpWorldForFile();
const { clock, as, newRunner, restart, notifiedAbout, jobsOf } = w;
const at = (ms: number) => new Date(Date.parse(START) + ms);
const clerks = () => [w.p.clerk.user.id, w.p.clerk2.user.id].sort();
const NOTICE = 'repairReturn.noticeDue';

const noticesOf = (id: string) =>
  as((tx) =>
    tx
      .select({
        reason: repairReturnNotices.reason,
        dueAt: repairReturnNotices.dueAt,
        doneAt: repairReturnNotices.doneAt,
      })
      .from(repairReturnNotices)
      .where(eq(repairReturnNotices.repairReturnId, id))
      .orderBy(repairReturnNotices.dueAt),
  );

/** The technician's test sets the expected return; the step then calls the notice rule. */
const tested = (id: string, expectedReturnOn: string) =>
  as(async (tx) => {
    await tx
      .update(repairReturns)
      .set({ status: 'tested', expectedReturnOn, coverage: 'repair', cause: 'product_fault' })
      .where(eq(repairReturns.id, id));
    await watchNoticeRule(tx, w.p.t.tenantId, clock, id);
  });

/** Back from the vendor (or repaired in house): the step ends the rule. */
const back = (id: string, endRule = true) =>
  as(async (tx) => {
    await tx
      .update(repairReturns)
      .set({ status: 'ready_to_return', backAt: clock.now(), outcome: 'repaired' })
      .where(eq(repairReturns.id, id));
    if (endRule) await endNoticeRule(tx, w.p.t.tenantId, id);
  });

describe('an expected return past the notice days', () => {
  it('makes a notice due at once, to the returns clerks, once', async () => {
    clock.set(START); // taken 2026-12-01 in 银川: 14 days on is 12-15
    const inTime = await w.newReturn();
    const late = await w.newReturn();
    await tested(inTime.id, '2026-12-15');
    clock.advance(HOUR);
    await tested(late.id, '2026-12-16');
    expect(await noticesOf(inTime.id)).toEqual([]);
    expect(await noticesOf(late.id)).toEqual([
      { reason: 'expected_late', dueAt: clock.now(), doneAt: null },
    ]);
    expect(await notifiedAbout(late.number)).toEqual({ [NOTICE]: clerks() });
    expect(await notifiedAbout(inTime.number)).toEqual({});

    // The test corrected, later still: still one task, one notice.
    await tested(late.id, '2026-12-30');
    expect(await noticesOf(late.id)).toHaveLength(1);
    expect(await notifiedAbout(late.number)).toEqual({ [NOTICE]: clerks() });
    // The "not back in 14 days" timer stays armed once, from take-back.
    const pending = (await jobsOf(late.id)).filter((j) => j.state === 'pending');
    expect(pending.map((j) => [j.kind, j.runAt])).toEqual([[NOTICE, at(14 * DAY)]]);
  });

  it('counts the days from the local day of take-back', async () => {
    // 2026-12-01 23:30 in 银川 is still the 1st there (15:30 UTC).
    clock.set('2026-12-01T15:30:00Z');
    const evening = await w.newReturn();
    await tested(evening.id, '2026-12-16');
    expect((await noticesOf(evening.id)).map((n) => n.reason)).toEqual(['expected_late']);
    clock.set('2026-12-01T16:30:00Z'); // 00:30 on the 2nd
    const night = await w.newReturn();
    await tested(night.id, '2026-12-16');
    expect(await noticesOf(night.id)).toEqual([]);
  });
});

describe('notice days without the item back', () => {
  it('make a notice due across restarts, unless the item came back first', async () => {
    clock.set(START);
    const away = await w.newReturn({ status: 'registered' });
    const backEarly = await w.newReturn({ status: 'handed_over' });
    const backUnended = await w.newReturn({ status: 'registered' });
    clock.advance(DAY);
    const later = await w.newReturn();
    let runner = newRunner();

    clock.set(at(10 * DAY).toISOString());
    await back(backEarly.id);
    await back(backUnended.id, false); // its timer still runs, and must find it back
    await runner.runDue();
    runner = await restart(runner);
    clock.set(at(14 * DAY - 60_000).toISOString());
    await runner.runDue();
    for (const rr of [away, later, backEarly, backUnended])
      expect(await noticesOf(rr.id)).toEqual([]);

    clock.set(at(14 * DAY + 60_000).toISOString());
    await runner.runDue();
    expect(await noticesOf(away.id)).toEqual([
      { reason: 'overdue', dueAt: at(14 * DAY), doneAt: null },
    ]);
    expect(await notifiedAbout(away.number)).toEqual({ [NOTICE]: clerks() });
    expect(await noticesOf(later.id)).toEqual([]);

    runner = await restart(runner);
    clock.set(at(15 * DAY + 60_000).toISOString());
    await runner.runDue();
    expect(await noticesOf(later.id)).toEqual([
      { reason: 'overdue', dueAt: at(15 * DAY), doneAt: null },
    ]);

    runner = await restart(runner);
    clock.set(at(60 * DAY).toISOString());
    await runner.runDue();
    await runner.stop();
    for (const rr of [away, later]) {
      expect(await noticesOf(rr.id)).toHaveLength(1);
      expect(await notifiedAbout(rr.number)).toEqual({ [NOTICE]: clerks() });
    }
    for (const rr of [backEarly, backUnended]) {
      expect(await noticesOf(rr.id)).toEqual([]);
      expect(await notifiedAbout(rr.number)).toEqual({});
    }
    expect((await jobsOf(backEarly.id)).map((j) => j.state)).toEqual(['cancelled']);
    expect((await jobsOf(backUnended.id)).map((j) => j.state)).toEqual(['done']);

    // Watching again (a corrected test) does not arm a second "not back" notice.
    await as((tx) => watchNoticeRule(tx, w.p.t.tenantId, clock, away.id));
    expect((await jobsOf(away.id)).map((j) => j.state)).toEqual(['done']);
  });

  it("follow the tenant's notice days", async () => {
    clock.set(START);
    await as((tx) =>
      updateCommitments(tx, w.p.t.admin, {
        version: 0,
        content: { ...DEFAULT_COMMITMENTS, customerNoticeDays: 7 },
      }),
    );
    const rr = await w.newReturn();
    await tested(rr.id, '2026-12-09'); // 8 days: late under a 7-day rule
    expect((await noticesOf(rr.id)).map((n) => n.reason)).toEqual(['expected_late']);
    clock.set(at(7 * DAY + 60_000).toISOString());
    await w.tick();
    expect(await noticesOf(rr.id)).toEqual([
      { reason: 'expected_late', dueAt: at(0), doneAt: null },
      { reason: 'overdue', dueAt: at(7 * DAY), doneAt: null },
    ]);
    // Both notices are tasks of their own, each told once.
    expect(await notifiedAbout(rr.number)).toEqual({
      [NOTICE]: [...clerks(), ...clerks()].sort(),
    });
    await as((tx) =>
      updateCommitments(tx, w.p.t.admin, { version: 1, content: DEFAULT_COMMITMENTS }),
    );
  });
});

describe('recording a notice', () => {
  const told = {
    channel: 'phone' as const,
    message: '厂家维修需三周，预计 12 月 22 日寄回',
    customerAnswer: '同意等待，需要备用机',
    loanerOffered: true,
  };

  async function dueNotice() {
    clock.set(START);
    const rr = await w.newReturn();
    await tested(rr.id, '2026-12-31');
    const [notice] = await as((tx) =>
      tx
        .select({ id: repairReturnNotices.id })
        .from(repairReturnNotices)
        .where(eq(repairReturnNotices.repairReturnId, rr.id)),
    );
    return { rr, noticeId: notice!.id };
  }

  it('keeps how, what and the answer, once; the notice leaves the open list', async () => {
    const { rr, noticeId } = await dueNotice();
    const ctx = w.p.clerk;
    const open = () => as((tx) => listOpenNotices(tx, ctx, { open: true }));
    expect((await open()).map((n) => n.notice.id)).toContain(noticeId);
    const listed = (await open()).find((n) => n.notice.id === noticeId)!;
    expect(listed.repairReturn).toMatchObject({ id: rr.id, number: rr.number, noticeDue: true });

    clock.advance(HOUR);
    const view = await as((tx) =>
      recordNotice(tx, ctx, rr.id, noticeId, { ...told, loanerOffered: false }),
    );
    expect(view.notices).toEqual([
      expect.objectContaining({
        id: noticeId,
        reason: 'expected_late',
        doneAt: clock.now().toISOString(),
        doneBy: { id: ctx.user.id, name: '返修员' },
        channel: 'phone',
        message: told.message,
        customerAnswer: told.customerAnswer,
        loanerOffered: false,
        loan: null,
      }),
    ]);
    expect((await open()).map((n) => n.notice.id)).not.toContain(noticeId);
    const all = await as((tx) => listOpenNotices(tx, ctx, { open: false }));
    expect(all.find((n) => n.notice.id === noticeId)?.notice.doneAt).toBe(
      clock.now().toISOString(),
    );

    expect(await code(as((tx) => recordNotice(tx, ctx, rr.id, noticeId, told)))).toBe(
      'NOTICE_ALREADY_DONE',
    );
    const other = await w.newReturn();
    expect(await code(as((tx) => recordNotice(tx, ctx, other.id, noticeId, told)))).toBe(
      'NOT_FOUND',
    );
  });

  it('lends a loaner when the customer takes one', async () => {
    const { rr, noticeId } = await dueNotice();
    const { modelId } = await createTestModel(w.db(), w.p.t.tenantId);
    const unit = await as(async (tx) => {
      const [store] = await tx
        .insert(warehouses)
        .values({ tenantId: w.p.t.tenantId, code: 'WH1', name: '总仓', kind: 'central' })
        .returning({ id: warehouses.id });
      const [made] = await tx
        .insert(loanerUnits)
        .values({
          tenantId: w.p.t.tenantId,
          code: 'BY-001',
          modelId,
          serialNumber: 'LOAN0001',
          warehouseId: store!.id,
        })
        .returning({ id: loanerUnits.id });
      return made!;
    });
    const loan = { loanerUnitId: unit.id, dueOn: '2026-12-31', conditionOut: '完好' };
    const view = await as((tx) =>
      recordNotice(tx, w.p.clerk, rr.id, noticeId, { ...told, loanerOffered: false, loan }),
    );
    expect(view.notices[0]).toMatchObject({
      loanerOffered: true,
      loan: { loanerCode: 'BY-001', dueOn: '2026-12-31' },
    });
    const [lent] = await as((tx) => tx.select().from(loans).where(eq(loans.loanerUnitId, unit.id)));
    expect(lent).toMatchObject({
      customerId: w.p.t.customer.id,
      repairReturnId: rr.id,
      lentBy: w.p.clerk.user.id,
      returnedAt: null,
    });
    expect(view.loans.map((l) => l.id)).toEqual([lent!.id]);

    // The unit is out: a second notice cannot lend it again, and records nothing.
    const second = await dueNotice();
    expect(
      await code(
        as((tx) => recordNotice(tx, w.p.clerk, second.rr.id, second.noticeId, { ...told, loan })),
      ),
    ).toBe('LOANER_NOT_AVAILABLE');
    expect((await noticesOf(second.rr.id))[0]!.doneAt).toBeNull();
  });
});
