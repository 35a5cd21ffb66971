import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { code } from '../work-orders/on-site.test-fixtures';
import { DAY, followUpWorldForFile, START } from './follow-up.test-support';
import { getReturnsBoard } from './get-returns-board';
import { getVendorPerformance } from './get-vendor-performance';
import { recordChase } from './record-chase';
import { repairReturns } from './repair-returns.table';
import { watchNoticeRule } from './return-timers';

// The returns board (by state, by vendor, overdue chases, notices due, days away) and vendor
// performance (mean turnaround, share back by the promised date), read at one moment.
const w = followUpWorldForFile();
const { clock, as } = w;
const at = (days: number) => new Date(Date.parse(START) + days * DAY);
const NOW = at(20); // 2026-12-21 10:00 in 银川
type Rr = { id: string; number: string };
const rr: Record<string, Rr> = {};

beforeAll(async () => {
  const { vendorA, vendorB } = w.p;
  // With the vendors now: A has one 20 days away (chase overdue) and one 2 days away; B one
  // urgent item 15 days away (chase overdue).
  clock.set(START);
  rr.a1 = await w.ship({ status: 'at_vendor', coverage: 'repair' });
  clock.set(at(5).toISOString());
  rr.b1 = await w.ship({ status: 'at_vendor', vendorId: vendorB.id, urgent: true });
  clock.set(at(18).toISOString());
  rr.a2 = await w.ship({ coverage: 'replacement' });

  // Back from the vendors earlier: A in 10 days (after its promise) and in 4 days (before);
  // B refused after 30 days; one repaired in house (never shipped); one back over a year ago.
  const backFrom = (vendorId: string, shipped: number, back: number) => ({
    vendorId,
    shippedAt: at(shipped),
    backAt: at(back),
  });
  clock.set(START);
  rr.p1 = await w.newReturn({
    status: 'returned',
    ...backFrom(vendorA.id, -30, -20),
    promisedOn: '2026-11-10',
    outcome: 'repaired',
  });
  rr.p2 = await w.newReturn({
    status: 'ready_to_return',
    ...backFrom(vendorA.id, -30, -26),
    promisedOn: '2026-11-06',
    outcome: 'replaced',
  });
  rr.p3 = await w.newReturn({
    status: 'returned',
    ...backFrom(vendorB.id, -40, -10),
    outcome: 'refused',
  });
  rr.inHouse = await w.newReturn({ status: 'returned', backAt: at(-3), outcome: 'repaired' });
  rr.old = await w.newReturn({
    status: 'returned',
    ...backFrom(vendorA.id, -420, -410),
    outcome: 'repaired',
  });

  // At the bench: one just taken back, one whose expected return is a month away (a notice
  // due at once), one registered.
  clock.set(at(19).toISOString());
  rr.t1 = await w.newReturn();
  rr.late = await w.newReturn();
  await as(async (tx) => {
    await tx
      .update(repairReturns)
      .set({ status: 'tested', expectedReturnOn: '2027-01-20', coverage: 'repair' })
      .where(eq(repairReturns.id, rr.late!.id));
    await watchNoticeRule(tx, w.p.t.tenantId, clock, rr.late!.id);
  });
  rr.r1 = await w.newReturn({ status: 'registered' });
  clock.set(NOW.toISOString());
});

describe('the returns board', () => {
  it('counts by state, sums up each vendor, and lists what needs doing', async () => {
    const board = await as((tx) => getReturnsBoard(tx, w.p.clerk));
    expect(board.byStatus).toEqual([
      { status: 'taken_back', count: 1 },
      { status: 'tested', count: 1 },
      { status: 'awaiting_approval', count: 0 },
      { status: 'handed_over', count: 0 },
      { status: 'registered', count: 1 },
      { status: 'shipped', count: 1 },
      { status: 'at_vendor', count: 2 },
      { status: 'ready_to_return', count: 1 },
      { status: 'returned', count: 4 },
    ]);
    expect(board.byVendor).toEqual([
      { vendor: w.p.vendorA, withVendor: 2, oldestDays: 20, chaseOverdue: 1 },
      { vendor: w.p.vendorB, withVendor: 1, oldestDays: 15, chaseOverdue: 1 },
    ]);
    // Overdue chases, the longest overdue first: B's urgent item was due on day 6, A's on day 7.
    expect(board.overdueChases.map((r) => [r.number, r.chaseOverdue])).toEqual([
      [rr.b1!.number, true],
      [rr.a1!.number, true],
    ]);
    // Away the longest first, with the days away.
    expect(board.withVendors.map((r) => [r.number, r.daysAtVendor, r.vendor?.name])).toEqual([
      [rr.a1!.number, 20, w.p.vendorA.name],
      [rr.b1!.number, 15, w.p.vendorB.name],
      [rr.a2!.number, 2, w.p.vendorA.name],
    ]);
    expect(board.noticesDue.map((n) => [n.repairReturn.number, n.notice.reason])).toEqual([
      [rr.late!.number, 'expected_late'],
    ]);
  });

  it('drops a chase from the overdue list once it is made', async () => {
    await as((tx) =>
      recordChase(tx, w.p.clerk, rr.a1!.id, { contactName: '李工', answer: '本周寄回' }),
    );
    const board = await as((tx) => getReturnsBoard(tx, w.p.clerk));
    expect(board.overdueChases.map((r) => r.number)).toEqual([rr.b1!.number]);
    expect(board.byVendor.map((v) => [v.vendor.name, v.chaseOverdue])).toEqual([
      [w.p.vendorA.name, 0],
      [w.p.vendorB.name, 1],
    ]);
  });
});

describe('vendor performance', () => {
  it('gives each vendor its turnaround and punctuality over the last year', async () => {
    const view = await as((tx) => getVendorPerformance(tx, w.p.clerk, {}));
    expect([view.from, view.to]).toEqual(['2025-12-22', '2026-12-21']);
    expect(view.rows).toEqual([
      {
        vendor: w.p.vendorA,
        returned: 2,
        meanTurnaroundDays: 7,
        onTimeShare: 0.5,
        refused: 0,
        open: 2,
      },
      {
        vendor: w.p.vendorB,
        returned: 1,
        meanTurnaroundDays: 30,
        onTimeShare: null,
        refused: 1,
        open: 1,
      },
    ]);
  });

  it('takes the local days asked for, and keeps vendors with items away in the list', async () => {
    // p1 came back on 2026-11-11 (10:00 in 银川); p2 on 11-05, p3 on 11-21.
    const view = await as((tx) =>
      getVendorPerformance(tx, w.p.clerk, { from: '2026-11-11', to: '2026-11-11' }),
    );
    expect(view.rows).toEqual([
      expect.objectContaining({ vendor: w.p.vendorA, returned: 1, meanTurnaroundDays: 10 }),
      {
        vendor: w.p.vendorB,
        returned: 0,
        meanTurnaroundDays: null,
        onTimeShare: null,
        refused: 0,
        open: 1,
      },
    ]);
    expect(view.rows[0]!.onTimeShare).toBe(0);
    expect(
      await code(
        as((tx) => getVendorPerformance(tx, w.p.clerk, { from: '2026-12-02', to: '2026-12-01' })),
      ),
    ).toBe('VALIDATION_FAILED');
  });
});
