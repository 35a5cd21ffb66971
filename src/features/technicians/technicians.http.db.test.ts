import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { signInAs } from '../../../tests/support/sign-in';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
const cookies: Record<string, string> = {};
const clock = manualClock();

const signIn = (username: string) => signInAs(app, username);
const call = (
  who: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
) => app.inject({ method, url, payload, headers: { cookie: cookies[who]! } });

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  for (const role of ['admin', 'dispatcher', 'technician'] as const)
    cookies[role] = await signIn(a.usernames[role]);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const profileUrl = () => `/api/technician-profiles/${a.technician.user.id}`;
const profileBody = {
  baseLabel: '金凤区',
  baseLat: 38.48,
  baseLng: 106.22,
  shiftStart: '08:30',
  shiftEnd: '17:30',
  workDays: [1, 2, 3, 4, 5],
};

describe('technician and catalog routes', () => {
  it('lets managers write, refuses the other roles with 403', async () => {
    const created = await call('admin', 'POST', '/api/product-categories', {
      code: 'pc',
      name: '计算机',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'PC', defaultMinutes: 60 });
    const refused = await call('dispatcher', 'POST', '/api/product-categories', {
      code: 'NET',
      name: '网络',
    });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await call('technician', 'GET', '/api/product-categories')).statusCode).toBe(200);

    const put = await call('admin', 'PUT', profileUrl(), profileBody);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ shiftStart: 510, shiftEnd: 1050, baseLabel: '金凤区' });
    expect((await call('dispatcher', 'PUT', profileUrl(), profileBody)).statusCode).toBe(403);
    expect((await call('dispatcher', 'GET', '/api/technician-profiles')).statusCode).toBe(200);
    expect((await call('technician', 'GET', '/api/technician-profiles')).statusCode).toBe(403);
  });

  it('validates the shift and answers NOT_A_TECHNICIAN across tenants', async () => {
    const backwards = await call('admin', 'PUT', profileUrl(), {
      ...profileBody,
      shiftStart: '17:30',
      shiftEnd: '08:30',
    });
    expect([backwards.statusCode, backwards.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const foreign = await call('admin', 'GET', `/api/technician-profiles/${b.technician.user.id}`);
    expect([foreign.statusCode, foreign.json().code]).toEqual([422, 'NOT_A_TECHNICIAN']);
  });

  it('takes a check-in only from a technician', async () => {
    const position = { lat: 38.5, lng: 106.25 };
    const ok = await call('technician', 'POST', '/api/technician-profiles/me/position', position);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ lastLat: 38.5, lastLng: 106.25 });
    const desk = await call('dispatcher', 'POST', '/api/technician-profiles/me/position', position);
    expect(desk.statusCode).toBe(403);
    const bad = await call('technician', 'POST', '/api/technician-profiles/me/position', {
      lat: 91,
      lng: 0,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/product-categories',
        '/api/technician-profiles/{userId}',
        '/api/technician-profiles/me/position',
      ]),
    );
  });
});
