import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config';
import type { App } from '../platform/http/app-types';
import {
  callInput,
  createTestTenant,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database';
import { buildApp } from './build-app';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const PUBLIC = ['POST /api/auth/login', 'GET /api/health'];

async function signIn(username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'sid')!;
  return `sid=${cookie.value}`;
}

const call = (
  cookie: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) => app.inject({ method, url, payload, headers: { cookie, ...headers } });

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('public surface', () => {
  it('answers health, the OpenAPI document and its docs page', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/work-orders', '/api/auth/login', '/api/hotline-calls']),
    );
    expect((await app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('answers 401 on every other API route without a session', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // Everything under /api/public/ is open by design (QR report, tracking, commitments).
    const guarded = routes.filter((r) => !PUBLIC.includes(r) && !r.includes(' /api/public/'));
    expect(guarded.length).toBeGreaterThan(20);
    for (const route of guarded) {
      const [method, path] = route.split(' ') as ['GET', string];
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await app.inject({
        method,
        url,
        payload: method === 'GET' ? undefined : {},
      });
      expect({ route, status: response.statusCode, code: response.json().code }).toEqual({
        route,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('sets an HttpOnly, SameSite session cookie and changes the id at every login', async () => {
    const first = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.usernames.dispatcher, password: PASSWORD },
    });
    const cookie = first.cookies.find((c) => c.name === 'sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.usernames.dispatcher, password: PASSWORD },
      cookies: { sid: cookie.value },
    });
    expect(second.cookies.find((c) => c.name === 'sid')!.value).not.toBe(cookie.value);
    expect((await call(`sid=${cookie.value}`, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('errors', () => {
  it('are { code, message } in the asked language, with no internals', async () => {
    const zh = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 'y' },
    });
    expect(zh.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const en = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 'y' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json()).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password',
    });
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json()).sort()).toEqual(['code', 'message']);
    const missing = await app.inject('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  it('validates input and says which field is wrong', async () => {
    const cookie = await signIn(a.usernames.dispatcher);
    const response = await call(cookie, 'POST', '/api/hotline-calls', {
      ...callInput(a),
      callerPhone: 'call me',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'body.callerPhone' }],
    });
  });
});

describe('roles and tenants', () => {
  it('refuses routes the role lacks', async () => {
    const tech = await signIn(a.usernames.technician);
    expect((await call(tech, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await call(tech, 'POST', '/api/hotline-calls', callInput(a))).statusCode).toBe(403);
    const desk = await signIn(a.usernames.dispatcher);
    expect(
      (
        await call(desk, 'POST', '/api/users', {
          username: 'x1',
          displayName: 'x',
          roles: ['admin'],
          password: 'Abc@12345',
        })
      ).json().code,
    ).toBe('FORBIDDEN');
  });

  it('lets only the admin change the password policy, and never below level 2', async () => {
    const admin = await signIn(a.usernames.admin);
    const desk = await signIn(a.usernames.dispatcher);
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/auth/password-policy',
          payload: { minLength: 10, minClasses: 3 },
          headers: { cookie: desk },
        })
      ).statusCode,
    ).toBe(403);
    const weak = await app.inject({
      method: 'PUT',
      url: '/api/auth/password-policy',
      payload: { minLength: 6, minClasses: 2 },
      headers: { cookie: admin },
    });
    expect(weak.json().code).toBe('VALIDATION_FAILED');
    const ok = await app.inject({
      method: 'PUT',
      url: '/api/auth/password-policy',
      payload: { minLength: 10, minClasses: 3 },
      headers: { cookie: admin },
    });
    expect(ok.json()).toEqual({ minLength: 10, minClasses: 3 });
    expect((await call(desk, 'GET', '/api/auth/password-policy')).json()).toEqual({
      minLength: 10,
      minClasses: 3,
    });
    await app.inject({
      method: 'PUT',
      url: '/api/auth/password-policy',
      payload: { minLength: 8, minClasses: 3 },
      headers: { cookie: admin },
    });
  });

  it("never shows one tenant's work order to another, by id or in any list", async () => {
    const deskA = await signIn(a.usernames.dispatcher);
    const created = (await call(deskA, 'POST', '/api/hotline-calls', callInput(a))).json();
    const order = (
      await call(deskA, 'POST', '/api/work-orders', {
        hotlineCallId: created.id,
        technicianId: a.technician.user.id,
      })
    ).json();
    for (const username of [b.usernames.technician, b.usernames.dispatcher, b.usernames.admin]) {
      const other = await signIn(username);
      expect((await call(other, 'GET', `/api/work-orders/${order.id}`)).statusCode).toBe(404);
      expect((await call(other, 'GET', `/api/work-orders/${order.id}/history`)).statusCode).toBe(
        404,
      );
      const list = await call(other, 'GET', '/api/work-orders?pageSize=100');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((o: { id: string }) => o.id)).not.toContain(order.id);
      expect(
        (await call(other, 'GET', `/api/hotline-calls/${created.id}`)).statusCode,
      ).toBeGreaterThanOrEqual(403);
    }
    const techB = await signIn(b.usernames.technician);
    expect(
      (await call(techB, 'POST', `/api/work-orders/${order.id}/close`, { resolution: 'x' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('work orders over HTTP', () => {
  it('replays a create with the same Idempotency-Key and never duplicates', async () => {
    const desk = await signIn(a.usernames.dispatcher);
    const created = (await call(desk, 'POST', '/api/hotline-calls', callInput(a))).json();
    const headers = { 'idempotency-key': `retry-${created.id}` };
    const [first, second] = await Promise.all([
      call(desk, 'POST', '/api/work-orders', { hotlineCallId: created.id }, headers),
      call(desk, 'POST', '/api/work-orders', { hotlineCallId: created.id }, headers),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json().id).toBe(first.json().id);
    const without = await call(desk, 'POST', '/api/work-orders', { hotlineCallId: created.id });
    expect(without.json().code).toBe('ALREADY_HAS_WORK_ORDER');
  });

  it('replays hotline-call and customer creates with the same key', async () => {
    const desk = await signIn(a.usernames.dispatcher);
    const key = { 'idempotency-key': `call-${Math.random()}` };
    const first = await call(desk, 'POST', '/api/hotline-calls', callInput(a), key);
    const again = await call(desk, 'POST', '/api/hotline-calls', callInput(a), key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    const changed = await call(
      desk,
      'POST',
      '/api/hotline-calls',
      callInput(a, { faultDescription: '别的' }),
      key,
    );
    expect(changed.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const customer = { name: '新客户', departments: ['放射科'] };
    const c1 = await call(desk, 'POST', '/api/customers', customer, key); // same key, other route
    const c2 = await call(desk, 'POST', '/api/customers', customer, key);
    expect(c1.statusCode).toBe(201);
    expect(c2.json().id).toBe(c1.json().id);
    const list = await call(desk, 'GET', '/api/customers?q=新客户');
    expect(list.json().total).toBe(1);
  });

  it('creates more orders at once than the pool has connections, with unique numbers', async () => {
    const desk = await signIn(a.usernames.dispatcher);
    const calls = [];
    for (let i = 0; i < 25; i++)
      calls.push((await call(desk, 'POST', '/api/hotline-calls', callInput(a))).json());
    const created = await Promise.all(
      calls.map((c) => call(desk, 'POST', '/api/work-orders', { hotlineCallId: c.id })),
    );
    expect(created.map((r) => r.statusCode)).toEqual(created.map(() => 201));
    const numbers = created.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(25);
  });

  it('answers 409 to the second of two simultaneous transitions', async () => {
    const desk = await signIn(a.usernames.dispatcher);
    const created = (await call(desk, 'POST', '/api/hotline-calls', callInput(a))).json();
    const order = (
      await call(desk, 'POST', '/api/work-orders', { hotlineCallId: created.id })
    ).json();
    const responses = await Promise.all([
      call(desk, 'POST', `/api/work-orders/${order.id}/assign`, {
        technicianId: a.technician.user.id,
      }),
      call(desk, 'POST', `/api/work-orders/${order.id}/assign`, {
        technicianId: a.technician2.user.id,
      }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('when the database fails', () => {
  it('answers 500 INTERNAL with nothing of the cause', async () => {
    const broken = await openTestDatabase();
    const brokenApp = await buildApp({ database: broken.database, config: loadConfig({}), clock });
    await broken.close();
    const response = await brokenApp.inject({
      method: 'GET',
      url: '/api/work-orders',
      cookies: { sid: 'whatever' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'INTERNAL', message: '系统内部错误，请稍后再试' });
    await brokenApp.close();
  });
});
