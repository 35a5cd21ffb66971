import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  callInput,
  createTestTenant,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { createHotlineCall } from '../hotline';
import { createWorkOrder } from '../work-orders';
import { getServiceRequestDetail } from './get-service-request-detail';
import { listServiceRequests } from './list-service-requests';
import { CONDITION_LABEL, recordWalkIn } from './record-walk-in';
import { listServiceRequestsQuery, walkInBody } from './service-request.schemas';
import { createTestAsset, createTestModel } from '../../../tests/support/installed-base';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let modelId: string;
const clock = manualClock('2026-11-28T02:00:00Z');
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const queue = (query: object = {}) =>
  inA((tx) => listServiceRequests(tx, a.dispatcher, listServiceRequestsQuery.parse(query)));
const walkIn = (assetId: string, fault = '不开机') =>
  inA((tx) =>
    recordWalkIn(
      tx,
      a.technician,
      walkInBody.parse({
        assetId,
        contactName: '李护士',
        contactPhone: '13800000001',
        faultDescription: fault,
        itemCondition: '外壳有划痕，附电源线',
      }),
    ),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  ({ modelId } = await createTestModel(db(), a.tenantId));
});
afterAll(() => tdb?.close());

const newAsset = () =>
  createTestAsset(db(), a.tenantId, {
    modelId,
    customerId: a.customer.id,
    departmentId: a.customer.departments[1]!.id,
    installedOn: '2026-11-10',
  });

describe('intake queue (受理队列)', () => {
  it('shows a hotline call as a received request of channel hotline', async () => {
    clock.set('2026-11-28T02:00:00Z');
    const call = await inA((tx) => createHotlineCall(tx, a.dispatcher, callInput(a)));
    const page = await queue({ channel: 'hotline' });
    const item = page.items.find((i) => i.hotlineCallId === call.id);
    expect(item).toMatchObject({
      channel: 'hotline',
      status: 'received',
      customer: { id: a.customer.id },
      contactPhone: '13909511234',
      warrantyAtIntake: null,
      warrantyToday: null,
      photoCount: 0,
    });
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect((await queue({ channel: 'walk_in' })).items.some((i) => i.id === item!.id)).toBe(false);
  });

  it('logs a walk-in with the device warranty at intake and a tracking link', async () => {
    clock.set('2026-11-28T02:00:00Z');
    const asset = await newAsset();
    const { request, trackingUrl } = await walkIn(asset.id);
    expect(trackingUrl).toMatch(/^\/p\/t\/[A-Za-z0-9_-]{22,64}$/);
    expect(request).toMatchObject({
      channel: 'walk_in',
      status: 'received',
      customer: { id: a.customer.id },
      department: { id: a.customer.departments[1]!.id },
      asset: { id: asset.id, serialNumber: asset.serialNumber },
      warrantyAtIntake: { state: 'replacement', replacementEndsOn: '2026-12-09' },
    });
    expect(request.faultDescription).toBe(`不开机\n${CONDITION_LABEL}外壳有划痕，附电源线`);
    // Neither a device nor a customer: the record would not be complete.
    expect(
      walkInBody.safeParse({ contactName: 'x', contactPhone: '13800000001', faultDescription: 'y' })
        .success,
    ).toBe(false);
  });

  it("shows today's warranty beside the one at intake, and duplicates of the same device", async () => {
    clock.set('2026-11-28T02:00:00Z');
    const asset = await newAsset();
    const first = await walkIn(asset.id, '卡纸');
    const second = await inA((tx) =>
      createHotlineCall(tx, a.dispatcher, callInput(a, { assetId: asset.id, callerPhone: '139' })),
    );
    clock.set('2027-01-15T02:00:00Z');
    const page = await queue({ q: asset.serialNumber });
    expect(page.total).toBe(2);
    const walkInItem = page.items.find((i) => i.id === first.request.id)!;
    expect(walkInItem.warrantyAtIntake?.state).toBe('replacement');
    expect(walkInItem.warrantyToday).toMatchObject({ state: 'repair', repairEndsOn: '2027-11-09' });
    const hotlineItem = page.items.find((i) => i.hotlineCallId === second.id)!;
    expect(walkInItem.duplicates.map((d) => d.id)).toEqual([hotlineItem.id]);
    expect(hotlineItem.duplicates.map((d) => d.number)).toEqual([first.request.number]);
  });

  it('hints duplicates without a device by customer, department and phone within three days', async () => {
    clock.set('2026-12-01T02:00:00Z');
    const phone = '13911112222';
    const x = await inA((tx) =>
      createHotlineCall(tx, a.dispatcher, callInput(a, { callerPhone: phone })),
    );
    clock.set('2026-12-03T02:00:00Z');
    const y = await inA((tx) =>
      createHotlineCall(tx, a.dispatcher, callInput(a, { callerPhone: phone })),
    );
    clock.set('2026-12-08T02:00:00Z');
    const late = await inA((tx) =>
      createHotlineCall(tx, a.dispatcher, callInput(a, { callerPhone: phone })),
    );
    const other = await inA((tx) =>
      createHotlineCall(
        tx,
        a.dispatcher,
        callInput(a, { callerPhone: phone, departmentId: a.customer.departments[1]!.id }),
      ),
    );
    const items = (await queue({ q: phone })).items;
    const dupes = (callId: string) =>
      items.find((i) => i.hotlineCallId === callId)!.duplicates.map((d) => d.id);
    const idOf = (callId: string) => items.find((i) => i.hotlineCallId === callId)!.id;
    expect(dupes(x.id)).toEqual([idOf(y.id)]);
    expect(dupes(y.id)).toEqual([idOf(x.id)]);
    expect(dupes(late.id)).toEqual([]);
    expect(dupes(other.id)).toEqual([]);
  });

  it('converts a request into a pre-filled work order once only', async () => {
    clock.set('2026-11-28T03:00:00Z');
    const asset = await newAsset();
    const { request } = await walkIn(asset.id);
    const order = await inA((tx) =>
      createWorkOrder(tx, a.dispatcher, { serviceRequestId: request.id }),
    );
    expect(order).toMatchObject({
      customer: { id: a.customer.id },
      contactName: '李护士',
      faultDescription: request.faultDescription,
    });
    const detail = await inA((tx) => getServiceRequestDetail(tx, a.dispatcher, request.id));
    expect(detail).toMatchObject({ status: 'converted', workOrderNumber: order.number });
    await expect(
      inA((tx) => createWorkOrder(tx, a.dispatcher, { serviceRequestId: request.id })),
    ).rejects.toEqual(new AppError('REQUEST_ALREADY_DECIDED'));
    expect((await queue()).items.some((i) => i.id === request.id)).toBe(false);
    expect((await queue({ status: 'converted' })).items.map((i) => i.id)).toContain(request.id);
  });

  it("keeps tenants apart: B neither lists nor reads A's requests", async () => {
    const asset = await newAsset();
    const { request } = await walkIn(asset.id);
    const inB = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), b.tenantId, work);
    await expect(
      inB((tx) => getServiceRequestDetail(tx, b.dispatcher, request.id)),
    ).rejects.toEqual(new AppError('NOT_FOUND'));
    const bQueue = await inB((tx) =>
      listServiceRequests(tx, b.dispatcher, listServiceRequestsQuery.parse({})),
    );
    expect(bQueue.items.some((i) => i.id === request.id)).toBe(false);
  });
});
