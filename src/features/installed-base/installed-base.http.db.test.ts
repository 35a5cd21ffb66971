import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { inTenant } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { signInAs } from '../../../tests/support/sign-in';
import { seedInstalledBase } from './installed-base.test-fixtures';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
let base: Awaited<ReturnType<typeof seedInstalledBase>>;
const cookies: Record<string, string> = {};
const clock = manualClock();

const signIn = (username: string) => signInAs(app, username);
const call = (
  who: string,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  language = 'zh-CN',
) =>
  app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who] ?? '', 'accept-language': language },
  });

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  base = await inTenant(tdb.database.db, a.tenantId, (tx) => seedInstalledBase(tx, a));
  for (const role of ['dispatcher', 'technician'] as const)
    cookies[role] = await signIn(a.usernames[role]);
  cookies.otherTenant = await signIn(b.usernames.admin);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const assetBody = (serialNumber: string) => ({
  serialNumber,
  modelId: base.model.id,
  customerId: a.customer.id,
  installedOn: '2026-11-01',
});

describe('installed-base routes', () => {
  it('answers 401 to a caller who is not signed in', async () => {
    for (const url of ['/api/assets', `/api/assets/${base.asset.id}`, '/api/brands']) {
      const response = await call('nobody', 'GET', url);
      expect([response.statusCode, response.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('lets a technician read but not change', async () => {
    const list = await call('technician', 'GET', '/api/assets?q=SN-001');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ serialNumber: 'SN-001' }] });
    expect((await call('technician', 'GET', `/api/assets/${base.asset.id}`)).statusCode).toBe(200);
    expect((await call('technician', 'GET', '/api/product-models')).statusCode).toBe(200);
    const refused = await call('technician', 'POST', '/api/assets', assetBody('SN-T'));
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await call('technician', 'POST', '/api/brands', { name: 'X' })).statusCode).toBe(403);
  });

  it('creates and edits as the desk; a stale version gets 409, a taken serial a clear message', async () => {
    const created = await call('dispatcher', 'POST', '/api/assets', assetBody('SN-HTTP'));
    expect(created.statusCode).toBe(201);
    const asset = created.json();
    const patch = { ...assetBody('SN-HTTP'), status: 'loaned', version: 1 };
    const ok = await call('dispatcher', 'PATCH', `/api/assets/${asset.id}`, patch);
    expect([ok.statusCode, ok.json().version]).toEqual([200, 2]);
    const stale = await call('dispatcher', 'PATCH', `/api/assets/${asset.id}`, patch);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);
    const zh = await call('dispatcher', 'POST', '/api/assets', assetBody('SN-HTTP'));
    expect([zh.statusCode, zh.json().message]).toEqual([409, '该型号下已有相同序列号的设备']);
    const en = await call('dispatcher', 'POST', '/api/assets', assetBody('SN-HTTP'), 'en');
    expect(en.json().message).toMatch(/serial number is already registered/);
  });

  it('answers the warranty on a given day, and looks units up by serial', async () => {
    const url = (on: string) => `/api/assets/${base.asset.id}/warranty?on=${on}`;
    const early = await call('technician', 'GET', url('2026-11-10'));
    expect(early.json()).toMatchObject({ state: 'replacement', replacementEndsOn: '2026-11-15' });
    expect((await call('technician', 'GET', url('2028-01-01'))).json().state).toBe('expired');
    expect((await call('technician', 'GET', url('2026-13-01'))).statusCode).toBe(400);
    const found = await call('technician', 'GET', '/api/assets/lookup?serial=sn-001');
    expect(found.json()[0]).toMatchObject({
      serialNumber: 'SN-001',
      model: { code: 'BC-5000' },
      customer: { id: a.customer.id },
      department: { name: '检验科' },
    });
  });

  it("answers 404 for another tenant's asset", async () => {
    const id = base.asset.id;
    for (const url of [
      `/api/assets/${id}`,
      `/api/assets/${id}/history`,
      `/api/assets/${id}/warranty`,
    ])
      expect((await call('otherTenant', 'GET', url)).statusCode).toBe(404);
    const edit = { ...assetBody('SN-001'), status: 'retired', version: 1 };
    expect((await call('otherTenant', 'PATCH', `/api/assets/${id}`, edit)).statusCode).toBe(404);
  });
});
