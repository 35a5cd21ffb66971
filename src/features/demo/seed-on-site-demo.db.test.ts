import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, type Tx } from '../../platform/db';
import { manualClock } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { type RequestContext, type Role, users } from '../accounts';
import { notifications } from '../notifications';
import { repairReturnOfWorkOrder, repairReturns } from '../repair-returns';
import { getServiceClocks } from '../sla';
import {
  getOnSite,
  getServiceSettings,
  getSlip,
  listCarRequests,
  listWorkOrders,
  workOrders,
  workOrderSignatures,
} from '../work-orders';
import { DEMO_COMPANY } from './demo-data';
import { seedDemo } from './seed-demo';
import { INVENTORY_DEMO_ORDERS } from './seed-inventory-demo';
import { ON_SITE_DEMO_ORDERS } from './seed-on-site-demo';
import { RETURNS_DEMO_OPEN_ORDERS } from './seed-returns-demo';

let tdb: TestDatabase;
let tenantId: string;
// Made at 03:30 on a Saturday in 银川: the stories fall on Friday's working day, and the quotes
// on Saturday's, the first day of the demo's fee standard (seed-demo.db.test seeds at 10:00).
const clock = manualClock('2026-11-27T19:30:00Z');

beforeAll(async () => {
  tdb = await openTestDatabase();
  ({ tenantId } = await seedDemo(tdb.database.db, clock, { workOrders: 12 }));
});
afterAll(() => tdb?.close());

const inDemo = <T>(work: (tx: Tx) => Promise<T>) => inTenant(tdb.database.db, tenantId, work);

/** A demo user (by login) signed in now. */
async function signedIn(login: string): Promise<RequestContext> {
  const [user] = await inDemo((tx) =>
    tx
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        roles: users.roles,
      })
      .from(users)
      .where(eq(users.username, login)),
  );
  return {
    tenantId,
    tenantName: DEMO_COMPANY.name,
    tenantTimezone: 'Asia/Shanghai',
    user: { ...user!, roles: user!.roles as Role[] },
    sessionId: 'test',
    sourceIp: null,
    clock,
  };
}

const ordersIn = (status: (typeof workOrders.$inferSelect)['status']) =>
  inDemo((tx) =>
    tx
      .select({ id: workOrders.id, number: workOrders.number })
      .from(workOrders)
      .where(eq(workOrders.status, status)),
  );

/** Closed orders the customer signed for on the phone (the bulk demo closes without one). */
const signedClosedOrders = () =>
  inDemo((tx) =>
    tx
      .selectDistinct({ id: workOrders.id })
      .from(workOrders)
      .innerJoin(workOrderSignatures, eq(workOrderSignatures.workOrderId, workOrders.id))
      .where(and(eq(workOrders.status, 'closed'), eq(workOrderSignatures.purpose, 'completion'))),
  );

describe('seedDemo: the on-site workflow in use', () => {
  it('has orders in every on-site state, and signed closed ones', async () => {
    const [row] = await inDemo((tx) =>
      tx
        .select({ n: count() })
        .from(workOrders)
        .where(
          inArray(workOrders.status, [
            'scheduled',
            'en_route',
            'on_site',
            'awaiting_approval',
            'taken_back',
            'resolved',
            'awaiting_revisit',
          ]),
        ),
    );
    // The returns demo's orders wait in "taken back" until their items go back.
    expect(row!.n).toBe(ON_SITE_DEMO_ORDERS - 3 + RETURNS_DEMO_OPEN_ORDERS);
    for (const status of ['en_route', 'on_site', 'awaiting_approval'] as const)
      expect(await ordersIn(status), status).toHaveLength(1);
    expect(await ordersIn('taken_back')).toHaveLength(1 + RETURNS_DEMO_OPEN_ORDERS);
    expect(await ordersIn('scheduled')).toHaveLength(2);
    expect(await ordersIn('resolved')).toHaveLength(1);
    expect(await ordersIn('awaiting_revisit')).toHaveLength(1);
    // The closed jobs, and those the spare-parts demo used parts from the vans on.
    expect(await signedClosedOrders()).toHaveLength(3 + INVENTORY_DEMO_ORDERS);
    const settings = await inDemo((tx) => getServiceSettings(tx, tenantId));
    expect(settings.version).toBe(1);
  });

  it('travels by taxi to the urgent job, and waits for the quote and for parts with clocks paused', async () => {
    const desk = await signedIn('dispatcher');
    const [enRoute] = await ordersIn('en_route');
    const travel = await inDemo((tx) => getOnSite(tx, desk, enRoute!.id));
    expect(travel.visits).toMatchObject([{ travelMode: 'taxi', arrivedAt: null }]);
    const [waiting] = await ordersIn('awaiting_approval');
    const quoted = await inDemo((tx) => getOnSite(tx, desk, waiting!.id));
    expect(quoted.quote?.totals.chargedCents).toBeGreaterThan(0);
    const [onSite] = await ordersIn('on_site');
    const arrived = await inDemo((tx) => getOnSite(tx, desk, onSite!.id));
    expect(arrived.visits[0]!.checklist?.every((c) => c.checked)).toBe(true);
    const [revisit] = await ordersIn('awaiting_revisit');
    const clocks = await inDemo((tx) => getServiceClocks(tx, desk, [waiting!.id, revisit!.id]));
    for (const id of [waiting!.id, revisit!.id])
      expect(clocks.get(id)?.find((c) => c.kind === 'completion')?.state).toBe('paused');
  });

  it('took the ECG machine back as a repair return, with its items signed for', async () => {
    // Today's take-back on site (the returns demo's items are further on, or walk-ins).
    const [taken] = await inDemo((tx) =>
      tx
        .select({ id: workOrders.id })
        .from(workOrders)
        .innerJoin(repairReturns, eq(repairReturns.workOrderId, workOrders.id))
        .where(and(eq(repairReturns.status, 'taken_back'), eq(repairReturns.source, 'take_back'))),
    );
    const repairReturn = await inDemo((tx) => repairReturnOfWorkOrder(tx, tenantId, taken!.id));
    expect(repairReturn).toMatchObject({ status: 'taken_back', workOrder: { id: taken!.id } });
    expect(repairReturn!.items.map((i) => i.description)).toEqual(['心电图机主机', '电源适配器']);
    expect(repairReturn!.items[0]!.serialNumber).toBeTruthy();
    expect(repairReturn!.signatureImageUrl).not.toBeNull();
  });

  it('prints the slip of a closed order with its parts and the customer’s signature', async () => {
    const desk = await signedIn('dispatcher');
    const slips = [];
    for (const { id } of await signedClosedOrders())
      slips.push(await inDemo((tx) => getSlip(tx, desk, id)));
    const paid = slips.find((s) => s.charges.totals.chargedCents > 0);
    expect(paid?.charges).toMatchObject({ source: 'quote', decision: 'approved' });
    for (const slip of slips) {
      expect(slip.parts.length).toBeGreaterThan(0);
      const signed = slip.signatures.find((s) => s.purpose === 'completion');
      expect(signed?.imagePng).toMatch(/^data:image\/png;base64,/);
      expect(slip.workDone).toBeTruthy();
    }
    expect(paid!.signatures.map((s) => `${s.purpose}:${s.method}:${s.signerName}`)).toEqual([
      'quote:signature:李建华',
      'completion:signature:李建华',
    ]);
  });

  it('shows the technician jobs in several states, and the dispatcher the notices and the car request', async () => {
    const technician = await signedIn('technician');
    const mine = await inDemo((tx) =>
      listWorkOrders(tx, technician, {
        mine: 'true',
        status: [
          'assigned',
          'scheduled',
          'en_route',
          'on_site',
          'confirmed',
          'awaiting_approval',
          'resolved',
          'awaiting_revisit',
        ],
        sort: 'createdAt',
        order: 'asc',
        page: 1,
        pageSize: 100,
      }),
    );
    const states = new Set(mine.items.map((o) => o.status));
    for (const status of ['scheduled', 'on_site', 'awaiting_approval', 'resolved'])
      expect(states, status).toContain(status);

    const desk = await signedIn('dispatcher');
    const cars = await inDemo((tx) => listCarRequests(tx, tenantId, { status: ['requested'] }));
    expect(cars).toHaveLength(1);
    const notices = await inDemo((tx) =>
      tx
        .select({ event: notifications.event })
        .from(notifications)
        .where(eq(notifications.userId, desk.user.id)),
    );
    expect(new Set(notices.map((n) => n.event))).toEqual(
      new Set([
        'workOrder.rescheduled',
        'workOrder.quoteAwaiting',
        'workOrder.takenBack',
        'workOrder.revisit',
        'workOrder.carRequested',
        // The returns demo's charged return: the desk talks to the customer about the quote.
        'repairReturn.quoteAwaiting',
      ]),
    );
  });
});
