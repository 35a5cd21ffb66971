import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, readInTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  callInput,
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { createTestAsset, createTestModel } from '../../../tests/support/installed-base';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { createHotlineCall } from '../hotline';
import { assignTechnician } from './assign-technician';
import { cancelWorkOrder } from './cancel-work-order';
import { closeWorkOrder } from './close-work-order';
import { createWorkOrder } from './create-work-order';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';
import { listWorkOrders } from './list-work-orders';
import { reassignTechnician } from './reassign-technician';
import { listWorkOrdersQuery } from './work-order.schemas';

let tdb: TestDatabase;
let t: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z'); // 10:00 in 银川
const db = () => tdb.database.db;
const as = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), t.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  t = await createTestTenant(db(), clock);
});
afterAll(() => tdb?.close());

describe('a hotline call to a closed work order', () => {
  it('runs the whole journey and keeps the history', async () => {
    const order = await createTestWorkOrder(db(), t);
    expect(order).toMatchObject({
      status: 'new',
      number: 'WO-20261128-0001',
      customer: { id: t.customer.id },
      technician: null,
    });
    expect(order.allowedActions.sort()).toEqual(['assign', 'cancel']);

    const assigned = await as((tx) =>
      assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.technician.user.id }),
    );
    expect(assigned).toMatchObject({
      status: 'assigned',
      technician: { id: t.technician.user.id, name: '维修一' },
    });

    const closed = await as((tx) =>
      closeWorkOrder(tx, t.technician, order.id, { resolution: '更换搓纸轮' }),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      resolution: '更换搓纸轮',
      allowedActions: [],
    });
    expect(closed.closedAt).toBe(clock.now().toISOString());

    const history = await as((tx) => getWorkOrderHistory(tx, t.dispatcher, order.id));
    expect(history.map((h) => [h.action, h.actor?.name, h.role])).toEqual([
      ['workOrder.create', '调度员', 'dispatcher'],
      ['workOrder.assign', '调度员', 'dispatcher'],
      ['workOrder.close', '维修一', 'technician'],
    ]);
    expect(history[2]).toMatchObject({
      before: { status: 'assigned' },
      after: { status: 'closed', resolution: '更换搓纸轮' },
    });
  });

  it('numbers orders per tenant and per local day', async () => {
    clock.set('2026-11-28T15:59:00Z'); // 23:59 in 银川
    const late = await createTestWorkOrder(db(), t);
    clock.set('2026-11-28T16:01:00Z'); // 00:01 the next day
    const next = await createTestWorkOrder(db(), t);
    expect(late.number).toMatch(/^WO-20261128-\d{4}$/);
    expect(next.number).toBe('WO-20261129-0001');
    const other = await createTestTenant(db(), clock, 'Other company');
    expect((await createTestWorkOrder(db(), other)).number).toBe('WO-20261129-0001');
    clock.set('2026-11-28T02:00:00Z');
  });

  it('reassigns with a reason and lets only the new technician close', async () => {
    const order = await createTestWorkOrder(db(), t, t.technician.user.id);
    await as((tx) =>
      reassignTechnician(tx, t.dispatcher, order.id, {
        technicianId: t.technician2.user.id,
        reason: '出差',
      }),
    );
    expect(
      await code(as((tx) => closeWorkOrder(tx, t.technician, order.id, { resolution: 'x' }))),
    ).toBe('NOT_FOUND');
    const closed = await as((tx) =>
      closeWorkOrder(tx, t.technician2, order.id, { resolution: '已修好' }),
    );
    expect(closed.status).toBe('closed');
    const history = await as((tx) => getWorkOrderHistory(tx, t.dispatcher, order.id));
    const reassign = history.find((h) => h.action === 'workOrder.reassign');
    expect(reassign?.before).toMatchObject({ technicianName: '维修一' });
    expect(reassign?.after).toMatchObject({ reason: '出差', technicianName: '维修二' });
  });

  it('cancels with a reason; a cancelled order is final', async () => {
    const order = await createTestWorkOrder(db(), t);
    const cancelled = await as((tx) =>
      cancelWorkOrder(tx, t.dispatcher, order.id, { reason: '重复报修' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '重复报修' });
    expect(
      await code(
        as((tx) =>
          assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.technician.user.id }),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('refuses moves the role may not make, and assigning to a non-technician', async () => {
    const order = await createTestWorkOrder(db(), t);
    expect(await code(as((tx) => cancelWorkOrder(tx, t.admin, order.id, { reason: 'x' })))).toBe(
      'FORBIDDEN',
    );
    expect(
      await code(
        as((tx) =>
          assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.dispatcher.user.id }),
        ),
      ),
    ).toBe('NOT_A_TECHNICIAN');
  });

  it('replies to a create with the order exactly as it reads back', async () => {
    // A device without a warranty policy: its cover is unknown, so the work waits for approval.
    const model = await createTestModel(db(), t.tenantId, { policy: null });
    const asset = await createTestAsset(db(), t.tenantId, {
      modelId: model.modelId,
      customerId: t.customer.id,
    });
    const inputs = [
      callInput(t),
      callInput(t, { departmentId: undefined, urgency: 'critical' }),
      callInput(t, { assetId: asset.id }),
    ];
    const replies = [];
    for (const input of inputs) {
      const call = await as((tx) => createHotlineCall(tx, t.dispatcher, input));
      const created = await as((tx) =>
        createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id }),
      );
      expect(created).toEqual(await as((tx) => getWorkOrder(tx, t.dispatcher, created.id)));
      replies.push(created);
    }
    const [plain, noDepartment, withDevice] = replies;
    expect(plain).toMatchObject({ approvalNeeded: true, asset: null, address: t.customer.address });
    expect(plain!.department?.id).toBe(t.customer.departments[0]!.id);
    expect(plain!.serviceClocks.map((c) => c.kind)).toEqual(['response', 'onSite', 'completion']);
    expect(noDepartment).toMatchObject({ department: null, urgency: 'critical' });
    expect(withDevice).toMatchObject({
      asset: { id: asset.id, modelCode: model.modelCode },
      warranty: { state: 'unknown' },
      approvalNeeded: true,
    });
  });

  it('makes one work order per call', async () => {
    const call = await as((tx) => createHotlineCall(tx, t.dispatcher, callInput(t)));
    await as((tx) => createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id }));
    expect(
      await code(as((tx) => createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id }))),
    ).toBe('ALREADY_HAS_WORK_ORDER');
    // Another tenant's desk cannot convert the call, nor learn that it exists.
    const other = await createTestTenant(db(), clock);
    const fresh = await as((tx) => createHotlineCall(tx, t.dispatcher, callInput(t)));
    expect(
      await code(
        inTenant(db(), other.tenantId, (tx) =>
          createWorkOrder(tx, other.dispatcher, { hotlineCallId: fresh.id }),
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('visibility and lists', () => {
  it('shows a technician only their own orders, in lists and by id', async () => {
    const mine = await createTestWorkOrder(db(), t, t.technician.user.id);
    const theirs = await createTestWorkOrder(db(), t, t.technician2.user.id);
    const query = listWorkOrdersQuery.parse({ pageSize: 100 });
    const list = await as((tx) => listWorkOrders(tx, t.technician, query));
    expect(list.items.every((o) => o.technician?.id === t.technician.user.id)).toBe(true);
    expect(list.items.map((o) => o.id)).toContain(mine.id);
    expect(await code(as((tx) => getWorkOrder(tx, t.technician, theirs.id)))).toBe('NOT_FOUND');
    expect(await code(as((tx) => getWorkOrderHistory(tx, t.technician, theirs.id)))).toBe(
      'NOT_FOUND',
    );
  });

  it('filters by status, technician, text and date, and sorts and pages on the server', async () => {
    const all = await as((tx) =>
      listWorkOrders(tx, t.dispatcher, listWorkOrdersQuery.parse({ pageSize: 100 })),
    );
    const assigned = await as((tx) =>
      listWorkOrders(
        tx,
        t.dispatcher,
        listWorkOrdersQuery.parse({ status: 'assigned', pageSize: 100 }),
      ),
    );
    expect(assigned.total).toBe(all.items.filter((o) => o.status === 'assigned').length);
    // A list row says what the order's detail says, to the millisecond and the next deadline.
    expect(all.items.length).toBeGreaterThan(5);
    for (const item of all.items.slice(0, 12)) {
      const detail = await as((tx) => getWorkOrder(tx, t.dispatcher, item.id));
      expect(detail).toMatchObject(item);
    }
    expect(all.items.some((o) => o.nextDeadline !== null)).toBe(true);
    expect(all.items.some((o) => o.department !== null && o.technician !== null)).toBe(true);
    const byTech = await as((tx) =>
      listWorkOrders(
        tx,
        t.dispatcher,
        listWorkOrdersQuery.parse({ technicianId: t.technician2.user.id }),
      ),
    );
    expect(byTech.items.every((o) => o.technician?.id === t.technician2.user.id)).toBe(true);
    const page2 = await as((tx) =>
      listWorkOrders(
        tx,
        t.dispatcher,
        listWorkOrdersQuery.parse({ pageSize: 2, page: 2, sort: 'number', order: 'asc' }),
      ),
    );
    const sorted = [...all.items]
      .sort((a, b) => (a.number < b.number ? -1 : 1))
      .slice(2, 4)
      .map((o) => o.number);
    expect(page2.items.map((o) => o.number)).toEqual(sorted);
    expect(page2.total).toBe(all.total);
    // A page past the end has no rows, and still the total; a filter nothing matches, none.
    const pastTheEnd = await as((tx) =>
      listWorkOrders(tx, t.dispatcher, listWorkOrdersQuery.parse({ pageSize: 100, page: 9 })),
    );
    expect(pastTheEnd).toEqual({ items: [], total: all.total });
    const nothing = await as((tx) =>
      listWorkOrders(tx, t.dispatcher, listWorkOrdersQuery.parse({ q: '没有这样的工单' })),
    );
    expect(nothing).toEqual({ items: [], total: 0 });
    const text = await as((tx) =>
      listWorkOrders(tx, t.dispatcher, listWorkOrdersQuery.parse({ q: 'WO-20261129' })),
    );
    expect(text.items.length).toBeGreaterThan(0);
    expect(text.items.every((o) => o.number.startsWith('WO-20261129'))).toBe(true);
    const day = await as((tx) =>
      listWorkOrders(
        tx,
        t.dispatcher,
        listWorkOrdersQuery.parse({ from: '2026-11-29', to: '2026-11-29' }),
      ),
    );
    expect(day.items.map((o) => o.number).every((n) => n.startsWith('WO-20261129'))).toBe(true);
    expect(day.total).toBeGreaterThan(0);
  });

  it('answers each request from its own values when a connection reuses a list statement', async () => {
    // Each shape of list is prepared once per connection; more rounds than the pool has
    // connections run it with other tenants', users' and filters' values on every one.
    const other = await createTestTenant(db(), clock, 'Other company');
    const ofOther = await createTestWorkOrder(db(), other, other.technician.user.id);
    // Reads, as a GET runs them: on PostgreSQL the plain shapes reuse one generic plan.
    const asUs = <T>(work: Parameters<typeof readInTenant<T>>[2]) =>
      readInTenant(db(), t.tenantId, work);
    const asOther = <T>(work: Parameters<typeof readInTenant<T>>[2]) =>
      readInTenant(db(), other.tenantId, work);
    const query = (filter: Record<string, string>) =>
      listWorkOrdersQuery.parse({ pageSize: 100, ...filter });
    const ids = (list: { items: { id: string }[] }) => list.items.map((o) => o.id).sort();
    const expected = {
      ours: ids(await as((tx) => listWorkOrders(tx, t.dispatcher, query({})))),
      mine: ids(await as((tx) => listWorkOrders(tx, t.technician, query({})))),
      assigned: ids(
        await as((tx) => listWorkOrders(tx, t.dispatcher, query({ status: 'assigned' }))),
      ),
    };
    // The other tenant's one order as its list shows it: its names read from its own rows.
    const otherDetail = await asOther((tx) => getWorkOrder(tx, other.dispatcher, ofOther.id));
    const [otherRow] = (await asOther((tx) => listWorkOrders(tx, other.dispatcher, query({}))))
      .items;
    expect(otherRow).toMatchObject({
      id: ofOther.id,
      customer: otherDetail.customer,
      department: otherDetail.department,
      technician: otherDetail.technician,
    });
    expect(otherRow!.technician?.id).toBe(other.technician.user.id);
    expect(otherRow!.customer.name).not.toBe('');
    expect(expected.mine.length).toBeLessThan(expected.ours.length);
    expect(expected.assigned.length).toBeLessThan(expected.ours.length);
    for (let round = 0; round < 12; round++) {
      const [ours, theirs, mine, technicians, assigned, closed] = await Promise.all([
        asUs((tx) => listWorkOrders(tx, t.dispatcher, query({}))),
        asOther((tx) => listWorkOrders(tx, other.dispatcher, query({}))),
        asUs((tx) => listWorkOrders(tx, t.technician, query({}))),
        asOther((tx) => listWorkOrders(tx, other.technician, query({}))),
        asUs((tx) => listWorkOrders(tx, t.dispatcher, query({ status: 'assigned' }))),
        asUs((tx) => listWorkOrders(tx, t.dispatcher, query({ status: 'closed,cancelled' }))),
      ]);
      expect(ids(ours)).toEqual(expected.ours);
      expect(theirs.items).toEqual([otherRow]);
      expect(ids(mine)).toEqual(expected.mine);
      expect(ids(technicians)).toEqual([ofOther.id]);
      expect(ids(assigned)).toEqual(expected.assigned);
      expect(closed.items.every((o) => ['closed', 'cancelled'].includes(o.status))).toBe(true);
    }
  });
});
