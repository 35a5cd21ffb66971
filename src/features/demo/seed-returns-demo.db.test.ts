import { count, eq, inArray, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createJobRunner } from '../../platform/jobs';
import { manualClock } from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { assets } from '../installed-base';
import { inventoryJobHandlers, listLoans } from '../inventory';
import { notificationJobHandlers, notifications } from '../notifications';
import {
  getRepairReturn,
  getReturnsBoard,
  getVendorPerformance,
  repairReturnJobHandlers,
  repairReturnNotices,
  repairReturns,
  repairReturnShipments,
  type RepairReturnStatus,
} from '../repair-returns';
import { slaJobHandlers } from '../sla';
import { workOrders } from '../work-orders';
import { demoReader } from './returns-demo-test-support';
import { seedDemo } from './seed-demo';
import {
  RETURNS_DEMO_HOTLINE_ORDERS,
  RETURNS_DEMO_RETURNS,
  RETURNS_DEMO_STATES,
} from './seed-returns-demo';

const DAY = 86_400_000;
// Friday 10:00 in 银川: the stories' "now".
const clock = manualClock('2026-11-27T02:00:00Z');
let tenantId = '';
const file = testDatabaseForFile({
  setUp: async ({ db }) => {
    ({ tenantId } = await seedDemo(db, clock, { workOrders: 0 }));
  },
});
const { inDemo, signedIn } = demoReader(
  () => file.db,
  () => tenantId,
  clock,
);

const returnsIn = (...statuses: RepairReturnStatus[]) =>
  inDemo((tx) =>
    tx
      .select({ id: repairReturns.id, workOrderId: repairReturns.workOrderId })
      .from(repairReturns)
      .where(inArray(repairReturns.status, statuses))
      .orderBy(repairReturns.number),
  );
const viewsOf = async (ids: readonly { id: string }[]) => {
  const clerk = await signedIn('returns');
  return Promise.all(ids.map(({ id }) => inDemo((tx) => getRepairReturn(tx, clerk, id))));
};

describe('seedDemo: repair returns in use', () => {
  it('leaves returns in every state, brought in at the counter or taken back on site', async () => {
    const rows = await inDemo((tx) =>
      tx
        .select({ status: repairReturns.status, source: repairReturns.source, n: count() })
        .from(repairReturns)
        .groupBy(repairReturns.status, repairReturns.source),
    );
    const byStatus: Record<string, number> = {};
    for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
    // The on-site demo's ECG machine is taken back too.
    expect(byStatus).toEqual({
      ...RETURNS_DEMO_STATES,
      taken_back: RETURNS_DEMO_STATES.taken_back + 1,
    });
    const takenBack = rows.filter((r) => r.source === 'take_back').reduce((a, r) => a + r.n, 0);
    expect(takenBack).toBe(RETURNS_DEMO_HOTLINE_ORDERS + 1);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(RETURNS_DEMO_RETURNS + 1);
  });

  it('shows on the board one chase days overdue, an open customer notice and the items away', async () => {
    const board = await inDemo((tx) => getReturnsBoard(tx, { tenantId, clock }));
    expect(board.overdueChases).toHaveLength(1);
    const [overdue] = board.overdueChases;
    expect(overdue).toMatchObject({ status: 'at_vendor', chaseOverdue: true });
    expect(new Date(overdue!.nextChaseAt!).getTime()).toBeLessThan(clock.now().getTime() - 2 * DAY);
    expect(board.byVendor.find((v) => v.vendor.id === overdue!.vendor!.id)?.chaseOverdue).toBe(1);
    expect(board.withVendors).toHaveLength(
      RETURNS_DEMO_STATES.shipped + RETURNS_DEMO_STATES.at_vendor,
    );
    expect(board.noticesDue.map((n) => [n.notice.reason, n.repairReturn.status])).toEqual([
      ['expected_late', 'at_vendor'],
    ]);
    const charged = await viewsOf(await returnsIn('awaiting_approval'));
    expect(charged[0]!.test).toMatchObject({ cause: 'human_damage', charged: true });
    expect(charged[0]!.test!.quoteCents).toBeGreaterThan(0);
  });

  it('chases the urgent one daily, and told the ECG customer and lent a loaner, now overdue', async () => {
    const [urgent] = await viewsOf(await returnsIn('shipped'));
    expect(urgent).toMatchObject({ urgent: true, chase: { cadenceDays: 1, overdue: false } });
    expect(urgent!.chases.map((c) => c.contactName)).toHaveLength(2);
    expect(urgent!.chase!.promisedOn).not.toBeNull();

    const told = await inDemo((tx) =>
      tx
        .select({ id: repairReturnNotices.repairReturnId })
        .from(repairReturnNotices)
        .where(isNotNull(repairReturnNotices.doneAt)),
    );
    expect(told).toHaveLength(1);
    const [lent] = await viewsOf(told);
    expect(lent!.status).toBe('at_vendor');
    expect(lent!.notices[0]).toMatchObject({ reason: 'expected_late', loanerOffered: true });
    expect(lent!.notices[0]!.loan).not.toBeNull();
    expect(lent!.chases).toHaveLength(3);
    const clerk = await signedIn('returns');
    const overdueLoans = await inDemo((tx) =>
      listLoans(tx, clerk, { open: undefined, overdue: true, page: 1, pageSize: 20 }),
    );
    expect(overdueLoans.items.map((l) => l.repairReturn?.id)).toEqual([lent!.id]);
  });

  it('has two back from their vendors, one replaced by a unit with a new serial number', async () => {
    const ready = await viewsOf(await returnsIn('ready_to_return'));
    expect(ready.map((r) => r.back?.outcome).sort()).toEqual(['repaired', 'replaced']);
    const replaced = ready.find((r) => r.back?.outcome === 'replaced')!;
    expect(replaced.back!.replacementSerial).not.toBe(replaced.asset!.serialNumber);
    const [old] = await inDemo((tx) =>
      tx.select().from(assets).where(eq(assets.id, replaced.asset!.id)),
    );
    expect(old).toMatchObject({
      status: 'retired',
      replacedById: replaced.back!.replacementAsset!.id,
    });
  });

  it('gave the finished ones back against signatures and closed their work orders', async () => {
    const returned = await returnsIn('returned');
    const views = await viewsOf(returned);
    for (const view of views) expect(view.returned?.signatureImageUrl).toBeTruthy();
    expect(new Set(views.map((v) => v.back?.outcome))).toEqual(
      new Set(['repaired', 'refused', 'no_fault_found']),
    );
    const orders = await inDemo((tx) =>
      tx
        .selectDistinct({ status: workOrders.status })
        .from(workOrders)
        .where(
          inArray(
            workOrders.id,
            returned.map((r) => r.workOrderId),
          ),
        ),
    );
    expect(orders).toEqual([{ status: 'closed' }]);
  });

  it('ships in parcels to the vendors, one still being packed', async () => {
    const shipments = await inDemo((tx) =>
      tx
        .select({ status: repairReturnShipments.status, n: count() })
        .from(repairReturnShipments)
        .groupBy(repairReturnShipments.status),
    );
    const byStatus = Object.fromEntries(shipments.map((s) => [s.status, s.n]));
    expect(byStatus).toMatchObject({ packing: 1, shipped: 1 });
    expect(byStatus.arrived).toBeGreaterThanOrEqual(5);
  });

  it('measures turnaround and on-time share at three vendors or more', async () => {
    const { rows } = await inDemo((tx) =>
      getVendorPerformance(tx, { tenantId, tenantTimezone: 'Asia/Shanghai', clock }, {}),
    );
    const measured = rows.filter((r) => r.returned > 0);
    expect(measured.length).toBeGreaterThanOrEqual(3);
    for (const row of measured) expect(row.meanTurnaroundDays).toBeGreaterThan(0);
    const shares = measured.map((r) => r.onTimeShare);
    expect(shares.some((s) => s !== null && s < 1)).toBe(true);
    expect(shares.some((s) => s === 1)).toBe(true);
    expect(rows.reduce((a, r) => a + r.refused, 0)).toBe(1);
  });

  it('arms timers that fire when the server runs its jobs: notices, overdue chase and loan', async () => {
    const runner = createJobRunner({
      db: file.db,
      clock,
      handlers: [
        ...notificationJobHandlers(file.db, { clock }),
        ...slaJobHandlers(clock),
        ...repairReturnJobHandlers(clock),
        ...inventoryJobHandlers(clock),
      ],
    });
    await runner.runDue();
    await runner.stop();
    const [overdueChase] = await returnsIn('at_vendor').then((rows) =>
      viewsOf(rows).then((views) => views.filter((v) => v.chase?.overdue)),
    );
    // Taken in 23 days ago and not back: the 14-day notice has fallen due.
    expect(overdueChase!.notices.map((n) => n.reason)).toEqual(['overdue']);
    const manager = await signedIn('manager');
    const clerk = await signedIn('returns');
    const events = async (userId: string) =>
      (
        await inDemo((tx) =>
          tx
            .select({ event: notifications.event })
            .from(notifications)
            .where(eq(notifications.userId, userId)),
        )
      ).map((n) => n.event);
    expect(await events(manager.user.id)).toContain('repairReturn.chaseOverdue');
    expect(await events(clerk.user.id)).toEqual(
      expect.arrayContaining(['repairReturn.chaseDue', 'repairReturn.noticeDue', 'loan.overdue']),
    );
  });
});
