import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  createTestTenant,
  createTestUser,
  callInput,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import type { RequestContext } from '../accounts';
import {
  createFeeStandardDraft,
  createQuote,
  publishFeeStandard,
  quoteBody,
  updateFeeStandard,
} from '../fees';
import { printerPrices, seedPrinter } from '../fees/fees.test-fixtures';
import { customers } from '../customers';
import { createHotlineCall } from '../hotline';
import { createAsset, createAssetBody } from '../installed-base';
import { notifications } from '../notifications/notifications.table';
import { getServiceClocks } from '../sla';
import { arriveOnSite } from './arrive-on-site';
import { confirmFault } from './confirm-fault';
import { createWorkOrder } from './create-work-order';
import { DEFAULT_SERVICE_SETTINGS } from './get-service-settings';
import { requestQuoteApproval } from './request-quote-approval';
import { scheduleVisit } from './schedule-visit';
import { startTravel } from './start-travel';
import type { WorkOrderStatus } from './work-order.states';

/** The smallest valid PNG (1×1), as the signature pad would send it. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const PNG_DATA_URL = `data:image/png;base64,${PNG_BYTES.toString('base64')}`;
/** Text that claims to be a PNG. */
export const FAKE_PNG_DATA_URL = `data:image/png;base64,${Buffer.from('not a picture at all').toString('base64')}`;
/** The customer's signature on the technician's phone. */
export const CUSTOMER_SIGNATURE = { signerName: '王老师', signaturePng: PNG_DATA_URL };

export const SITE_ADDRESS = '银川市兴庆区解放西街 1 号';

export const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

export interface OnSiteWorld {
  db: Db;
  t: TestTenant;
  /** A returns clerk and a service manager, besides the test tenant's people. */
  clerk: RequestContext;
  manager: RequestContext;
  categoryId: string;
  /** A printer installed days ago (包换期) and one long out of warranty. */
  inWarrantyAssetId: string;
  expiredAssetId: string;
  as<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** What an order needs of a world: the tenant, and a way into it. */
export type OrderWorld = Pick<OnSiteWorld, 't' | 'as'>;

/**
 * A service company with printers in and out of warranty (model list price ¥2,500), a fee
 * standard in effect, a returns clerk and a service manager.
 */
export async function setUpOnSiteWorld(db: Db, clock: Clock): Promise<OnSiteWorld> {
  const t = await createTestTenant(db, clock);
  const as = <T>(work: (tx: Tx) => Promise<T>) => inTenant(db, t.tenantId, work);
  const clerk = await createTestUser(db, t, {
    username: `clerk-${t.suffix}`,
    displayName: '返修员',
    roles: ['returns_clerk'],
  });
  const manager = await createTestUser(db, t, {
    username: `manager-${t.suffix}`,
    displayName: '服务经理',
    roles: ['service_manager'],
  });
  await as((tx) =>
    tx
      .update(customers)
      .set({ address: SITE_ADDRESS })
      .where(and(eq(customers.tenantId, t.tenantId), eq(customers.id, t.customer.id))),
  );
  const { category, asset } = await as((tx) => seedPrinter(tx, t, '2026-11-20'));
  const expired = await as((tx) =>
    createAsset(
      tx,
      t.admin,
      createAssetBody.parse({
        serialNumber: 'CNB0001',
        modelId: asset.model.id,
        customerId: t.customer.id,
        installedOn: '2020-01-01',
      }),
    ),
  );
  await publishPrinterPrices({ t, as }, category.id, 9_000);
  return {
    db,
    t,
    clerk,
    manager,
    categoryId: category.id,
    inWarrantyAssetId: asset.id,
    expiredAssetId: expired.id,
    as,
  };
}

/**
 * For a test file: a fresh database with an on-site world, set up before the tests and closed
 * after them. The world is filled in then: read it in tests, not at import.
 */
export function onSiteWorldForFile(clock: Clock): OnSiteWorld {
  const world = {} as OnSiteWorld;
  testDatabaseForFile({
    setUp: async ({ db }) => {
      Object.assign(world, await setUpOnSiteWorld(db, clock));
    },
  });
  return world;
}

/** A fee standard, published now, with the printer's labour at `labourCents`. */
export async function publishPrinterPrices(w: OrderWorld, categoryId: string, labourCents: number) {
  const { admin } = w.t;
  const draft = await w.as((tx) => createFeeStandardDraft(tx, admin));
  await w.as((tx) =>
    updateFeeStandard(tx, admin, draft.id, { content: printerPrices(categoryId, labourCents) }),
  );
  await w.as((tx) => publishFeeStandard(tx, admin, draft.id, {}));
}

/** A work order for the device (or none), assigned to the first technician. */
export async function orderFor(
  w: OrderWorld,
  options: { assetId?: string; urgency?: 'normal' | 'urgent' | 'critical' } = {},
) {
  return w.as(async (tx) => {
    const call = await createHotlineCall(
      tx,
      w.t.dispatcher,
      callInput(w.t, { assetId: options.assetId, urgency: options.urgency ?? 'normal' }),
    );
    return createWorkOrder(tx, w.t.dispatcher, {
      hotlineCallId: call.id,
      technicianId: w.t.technician.user.id,
    });
  });
}

const WINDOW = { start: '2026-11-28T06:00:00Z', end: '2026-11-28T08:00:00Z' };
export const FULL_CHECKLIST = DEFAULT_SERVICE_SETTINGS.arrivalChecklist.map((item) => ({
  item,
  checked: true,
}));

/** The technician's steps up to `status` on the on-site path, from "assigned". */
export async function driveTo(
  w: OrderWorld,
  id: string,
  status: Extract<WorkOrderStatus, 'scheduled' | 'en_route' | 'on_site' | 'confirmed'>,
) {
  const me = w.t.technician;
  const path = ['scheduled', 'en_route', 'on_site', 'confirmed'] as const;
  const steps = {
    scheduled: (tx: Tx) =>
      scheduleVisit(tx, me, id, { ...WINDOW, warrantyTold: true, chargesTold: true }),
    en_route: (tx: Tx) => startTravel(tx, me, id, { mode: 'public_transport' }),
    on_site: (tx: Tx) => arriveOnSite(tx, me, id, { checklist: FULL_CHECKLIST }),
    confirmed: (tx: Tx) =>
      confirmFault(tx, me, id, { confirmedFault: '搓纸轮磨损', diagnosis: '更换搓纸轮即可' }),
  };
  let order;
  for (const next of path.slice(0, path.indexOf(status) + 1)) order = await w.as(steps[next]);
  return order!;
}

/** An out-of-warranty order confirmed on site, waiting for the customer to approve a quote. */
export async function orderAwaitingApproval(w: OnSiteWorld) {
  const order = await orderFor(w, { assetId: w.expiredAssetId });
  await driveTo(w, order.id, 'confirmed');
  const quote = await quoteOrder(w, order.id, w.expiredAssetId);
  await w.as((tx) => requestQuoteApproval(tx, w.t.technician, order.id, { quoteId: quote.id! }));
  return { order, quote };
}

/** A quote for the order from the fee standard: labour, a trip and the parts given. */
export function quoteOrder(
  w: OnSiteWorld,
  workOrderId: string,
  assetId: string,
  parts: { name: string; unitPriceCents: number; quantity: number }[] = [],
) {
  return w.as((tx) =>
    createQuote(
      tx,
      w.t.technician,
      quoteBody.parse({
        assetId,
        categoryId: w.categoryId,
        level: 2,
        travel: { zone: 'city' },
        parts,
        workOrderId,
      }),
    ),
  );
}

/** The in-app notices a user got about this order: their events, oldest first. */
export async function noticesAbout(w: OnSiteWorld, userId: string, orderId: string) {
  const rows = await w.as((tx) =>
    tx
      .select({ event: notifications.event, params: notifications.params })
      .from(notifications)
      .where(
        and(
          eq(notifications.tenantId, w.t.tenantId),
          eq(notifications.userId, userId),
          eq(notifications.link, `/work-orders/${orderId}`),
        ),
      )
      .orderBy(asc(notifications.createdAt), asc(notifications.id)),
  );
  return rows;
}

/** The order's service clocks by kind: their states (response, onSite, completion). */
export async function clockStates(w: OnSiteWorld, orderId: string) {
  const clocks = await w.as((tx) => getServiceClocks(tx, w.t.dispatcher, [orderId]));
  return Object.fromEntries((clocks.get(orderId) ?? []).map((c) => [c.kind, c.state]));
}
