import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { inTenant } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import {
  createTestTenant,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { getServiceRequest, serviceRequests } from '../intake';
import { cancelWorkOrder, closeWorkOrder, createWorkOrder } from '../work-orders';
import { createTestAsset, type TestAsset } from './test-assets';
import { freshAddress, PNG_1PX, postReport, validFields } from './test-report-form';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
let device: TestAsset;
const clock = manualClock('2026-11-28T02:00:00Z');

/** Reports a fault and returns the request's id and its tracking token. */
async function report(unit: TestAsset = device, photos = 0) {
  const response = await postReport(app, unit.token, {
    photos: Array.from({ length: photos }, () => ({
      name: 'p.png',
      type: 'image/png',
      data: PNG_1PX,
    })),
  });
  expect(response.statusCode).toBe(201);
  const { number, trackingUrl } = response.json();
  const [row] = await inTenant(tdb.database.db, a.tenantId, (tx) =>
    tx
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(and(eq(serviceRequests.tenantId, a.tenantId), eq(serviceRequests.number, number))),
  );
  return { id: row!.id, token: (trackingUrl as string).slice('/p/t/'.length) };
}

const track = (token: string) =>
  app.inject({ url: `/api/public/tracking/${token}`, remoteAddress: freshAddress() });
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) =>
  inTenant(tdb.database.db, a.tenantId, work);

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  device = await createTestAsset(tdb.database.db, a);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the tracking page', () => {
  it('follows received → dispatched → done, without names or phones', async () => {
    const { id, token } = await report();
    const received = await track(token);
    expect(received.statusCode).toBe(200);
    expect(received.json()).toMatchObject({
      stage: 'received',
      rejectReason: null,
      device: { modelName: device.modelName, serialNumber: device.serialNumber },
    });
    expect(received.json().steps.map((s: { stage: string }) => s.stage)).toEqual([
      'received',
      'dispatched',
      'on_the_way',
      'done',
    ]);
    clock.advance(600_000);
    const order = await inA((tx) =>
      createWorkOrder(tx, a.dispatcher, {
        serviceRequestId: id,
        technicianId: a.technician.user.id,
      }),
    );
    const dispatched = await track(token);
    expect(dispatched.json().stage).toBe('dispatched');
    expect(dispatched.json().steps[1]).toEqual({
      stage: 'dispatched',
      at: clock.now().toISOString(),
    });
    clock.advance(3_600_000);
    await inA((tx) => closeWorkOrder(tx, a.technician, order.id, { resolution: '更换电源板' }));
    const done = await track(token);
    expect(done.json().stage).toBe('done');
    expect(done.json().steps[3].at).toBe(clock.now().toISOString());
    for (const secret of [
      validFields.contactName,
      validFields.contactPhone,
      validFields.fault,
      a.customer.name,
      a.technician.user.displayName,
      order.number,
      '更换电源板',
    ])
      expect(done.body).not.toContain(secret);
  });

  it('shows a rejection with its reason, a cancelled order, and follows a merge', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const rejected = await report(unit);
    await inA((tx) =>
      tx
        .update(serviceRequests)
        .set({ status: 'rejected', rejectReason: '设备已过保，请联系厂家', decidedAt: clock.now() })
        .where(eq(serviceRequests.id, rejected.id)),
    );
    const answer = (await track(rejected.token)).json();
    expect(answer).toMatchObject({ stage: 'rejected', rejectReason: '设备已过保，请联系厂家' });
    expect(answer.steps.map((s: { stage: string }) => s.stage)).toEqual(['received', 'rejected']);

    const kept = await report(unit);
    const merged = await report(unit);
    await inA((tx) =>
      tx
        .update(serviceRequests)
        .set({ status: 'merged', mergedIntoId: kept.id, decidedAt: clock.now() })
        .where(eq(serviceRequests.id, merged.id)),
    );
    expect((await track(merged.token)).json().stage).toBe('received');
    const order = await inA((tx) =>
      createWorkOrder(tx, a.dispatcher, { serviceRequestId: kept.id }),
    );
    const followed = (await track(merged.token)).json();
    expect(followed.stage).toBe('dispatched');
    const mergedRequest = await inA((tx) => getServiceRequest(tx, a.tenantId, merged.id));
    expect(followed.number).toBe(mergedRequest.number);
    await inA((tx) => cancelWorkOrder(tx, a.dispatcher, order.id, { reason: '客户取消' }));
    expect((await track(merged.token)).json().stage).toBe('cancelled');
  });
});

describe('photos of a report', () => {
  async function signIn(username: string): Promise<string> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    return `sid=${response.cookies.find((c) => c.name === 'sid')!.value}`;
  }

  it('are served only to the intake desk of the same tenant, for the right request', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const withPhoto = await report(unit, 1);
    const other = await report(unit);
    const view = await inA((tx) => getServiceRequest(tx, a.tenantId, withPhoto.id));
    const fileId = view.photoIds[0]!;
    const get = (cookie: string, requestId = withPhoto.id) =>
      app.inject({
        url: `/api/service-requests/${requestId}/photos/${fileId}`,
        headers: { cookie },
      });
    const desk = await signIn(a.usernames.dispatcher);
    const ok = await get(desk);
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.equals(PNG_1PX)).toBe(true);
    expect(ok.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': 'inline',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
    expect((await get(await signIn(a.usernames.technician))).statusCode).toBe(403);
    expect((await get(desk, other.id)).statusCode).toBe(404);
    expect((await get(await signIn(b.usernames.dispatcher))).statusCode).toBe(404);
    expect(
      (await app.inject(`/api/service-requests/${withPhoto.id}/photos/${fileId}`)).statusCode,
    ).toBe(401);
  });
});

describe('the API document', () => {
  it('lists the public routes and the photo route', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/devices/{token}',
        '/api/public/devices/{token}/reports',
        '/api/public/tracking/{token}',
        '/api/service-requests/{id}/photos/{fileId}',
      ]),
    );
  });
});
