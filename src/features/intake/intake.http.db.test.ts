import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { loadConfig } from '../../platform/config';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import {
  createTestTenant,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { signInAs } from '../../../tests/support/sign-in';
import { createUser } from '../accounts';
import { createTestAsset, createTestModel } from '../../../tests/support/installed-base';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
let assetId: string;
const cookies: Record<string, string> = {};
const clock = manualClock('2026-11-28T02:00:00Z');

const signIn = (username: string) => signInAs(app, username);
const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object, lang = 'zh-CN') =>
  app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who]!, 'accept-language': lang },
  });

beforeAll(async () => {
  tdb = await openTestDatabase();
  const db = tdb.database.db;
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(db, clock, 'Tenant A');
  b = await createTestTenant(db, clock, 'Tenant B');
  const keeper = `keeper-${a.suffix}`;
  await inTenant(db, a.tenantId, (tx) =>
    createUser(tx, a.admin, {
      username: keeper,
      displayName: '仓管',
      roles: ['warehouse_keeper'],
      password: PASSWORD,
    }),
  );
  const { modelId } = await createTestModel(db, a.tenantId);
  assetId = (
    await createTestAsset(db, a.tenantId, {
      modelId,
      customerId: a.customer.id,
      installedOn: '2026-03-01',
    })
  ).id;
  for (const role of ['dispatcher', 'technician'] as const)
    cookies[role] = await signIn(a.usernames[role]);
  cookies.keeper = await signIn(keeper);
  cookies.otherTenant = await signIn(b.usernames.dispatcher);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const walkIn = (who: string, fault = '不开机') =>
  call(who, 'POST', '/api/service-requests/walk-in', {
    assetId,
    contactName: '李护士',
    contactPhone: '13800000001',
    faultDescription: fault,
    itemCondition: '附电源线',
  });

describe('intake routes', () => {
  it('lets a technician log a walk-in but not read the queue; the keeper gets 403', async () => {
    const created = await walkIn('technician');
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      request: { channel: 'walk_in', warrantyAtIntake: { state: 'repair' } },
      trackingUrl: expect.stringMatching(/^\/p\/t\//),
    });
    expect((await call('technician', 'GET', '/api/service-requests')).statusCode).toBe(403);
    expect((await call('keeper', 'GET', '/api/service-requests')).statusCode).toBe(403);
    expect((await walkIn('keeper')).statusCode).toBe(403);
    const queue = await call('dispatcher', 'GET', '/api/service-requests?channel=walk_in');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items[0]).toMatchObject({
      id: created.json().request.id,
      warrantyToday: { state: 'repair' },
    });
  });

  it('refuses an incomplete walk-in with field details', async () => {
    const response = await call('technician', 'POST', '/api/service-requests/walk-in', {
      contactName: '李护士',
      contactPhone: '13800000001',
      faultDescription: '不开机',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('merges and rejects for the desk only, with clear messages in both languages', async () => {
    const first = (await walkIn('dispatcher')).json().request.id as string;
    const second = (await walkIn('dispatcher')).json().request.id as string;
    const self = await call('dispatcher', 'POST', `/api/service-requests/${first}/merge`, {
      intoId: first,
    });
    expect([self.statusCode, self.json().message]).toEqual([422, '不能把服务请求合并到它自己']);
    const tech = await call('technician', 'POST', `/api/service-requests/${first}/reject`, {
      reason: '重复报修',
    });
    expect(tech.statusCode).toBe(403);
    const short = await call('dispatcher', 'POST', `/api/service-requests/${first}/reject`, {
      reason: 'x',
    });
    expect(short.statusCode).toBe(400);
    const merged = await call('dispatcher', 'POST', `/api/service-requests/${first}/merge`, {
      intoId: second,
    });
    expect(merged.json()).toMatchObject({ status: 'merged', mergedIntoId: second });
    const again = await call(
      'dispatcher',
      'POST',
      `/api/service-requests/${first}/reject`,
      { reason: '重复报修' },
      'en',
    );
    expect([again.statusCode, again.json().message]).toEqual([
      409,
      'This service request was already converted, merged or rejected',
    ]);
    const rejected = await call('dispatcher', 'POST', `/api/service-requests/${second}/reject`, {
      reason: '已过保，请联系厂家',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectReason: '已过保，请联系厂家',
    });
  });

  it("answers another tenant's request as 404", async () => {
    const id = (await walkIn('dispatcher')).json().request.id as string;
    expect((await call('otherTenant', 'GET', `/api/service-requests/${id}`)).statusCode).toBe(404);
    const reject = await call('otherTenant', 'POST', `/api/service-requests/${id}/reject`, {
      reason: '不是我们的',
    });
    expect(reject.statusCode).toBe(404);
    const detail = await call('dispatcher', 'GET', `/api/service-requests/${id}`);
    expect(detail.json()).toMatchObject({ status: 'received', photoIds: [] });
  });
});
