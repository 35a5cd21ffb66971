import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import type { App } from '../../platform/http/app-types';
import { pdfText } from '../../platform/pdf/pdf-text';
import { resolvePublicToken } from '../../platform/public-tokens';
import { buildApp } from '../../server/build-app';
import {
  createTestTenant,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { createLabelAssets } from './labels.test-support';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
const cookies: Record<string, string> = {};
const clock = manualClock();

const call = (
  who: string,
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  method: 'GET' | 'POST' = 'POST',
) => app.inject({ method, url, payload, headers: { cookie: cookies[who]!, ...headers } });

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({
    database: tdb.database,
    config: loadConfig({ PUBLIC_BASE_URL: 'https://service.example.cn/' }),
    clock,
  });
  a = await createTestTenant(tdb.database.db, clock, '宁夏远景科技');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  await tdb.asOwner(`UPDATE tenants SET hotline = '400-800-1234' WHERE id = '${a.tenantId}'`);
  for (const role of ['admin', 'dispatcher', 'technician'] as const) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.usernames[role], password: PASSWORD },
    });
    cookies[role] = `sid=${response.cookies.find((c) => c.name === 'sid')!.value}`;
  }
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const grid = { columns: 3, rows: 8 };

describe('label routes', () => {
  it('sends a PDF sheet to the desk and refuses technicians', async () => {
    await createLabelAssets(tdb.database.db, a, [
      { serialNumber: 'HTTP-001', departmentIndex: 0 },
      { serialNumber: 'HTTP-002', departmentIndex: 1 },
      { serialNumber: 'HTTP-003' },
    ]);
    const listed = await call(
      'dispatcher',
      `/api/labels/assets?customerId=${a.customer.id}`,
      undefined,
      {},
      'GET',
    );
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((row: { serialNumber: string }) => row.serialNumber)).toEqual([
      'HTTP-001',
      'HTTP-002',
      'HTTP-003',
    ]);

    const sheet = await call('dispatcher', '/api/labels/sheet', {
      customerId: a.customer.id,
      grid,
    });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(sheet.rawPayload);
    for (const serial of ['HTTP-001', 'HTTP-002', 'HTTP-003']) expect(text).toContain(serial);
    expect(text).toContain('服务热线 400-800-1234');
    expect(text).toContain('BC-5390');

    const refused = await call('technician', '/api/labels/sheet', {
      customerId: a.customer.id,
      grid,
    });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
  });

  it('explains a bad grid in Chinese and in English', async () => {
    const payload = { customerId: a.customer.id, grid: { columns: 8, rows: 8 } };
    const zh = await call('admin', '/api/labels/sheet', payload);
    expect(zh.statusCode).toBe(422);
    expect(zh.json()).toEqual({
      code: 'LABEL_SHEET_INVALID',
      message: '标签版式无效：每页 1–6 列、1–12 行，页边距 0–30 毫米',
    });
    const en = await call('admin', '/api/labels/sheet', payload, { 'accept-language': 'en' });
    expect(en.json().message).toBe(
      'Invalid label layout: 1–6 columns, 1–12 rows and a page margin of 0–30 mm',
    );
  });

  it("refuses another tenant's devices", async () => {
    const [theirs] = await createLabelAssets(tdb.database.db, b, [{ serialNumber: 'B-001' }]);
    const response = await call('admin', '/api/labels/sheet', {
      customerId: a.customer.id,
      assetIds: [theirs!.id],
      grid,
    });
    expect([response.statusCode, response.json().code]).toEqual([404, 'NOT_FOUND']);
    const reissue = await call('admin', `/api/assets/${theirs!.id}/token/reissue`);
    expect(reissue.statusCode).toBe(404);
  });

  it('re-issues (a public URL on the configured origin) and revokes for managers only', async () => {
    const [device] = await createLabelAssets(tdb.database.db, a, [{ serialNumber: 'J-001' }]);
    const url = `/api/assets/${device!.id}/token/reissue`;
    expect((await call('dispatcher', url)).statusCode).toBe(403);
    const reissued = await call('admin', url);
    expect(reissued.statusCode).toBe(200);
    const link: string = reissued.json().url;
    expect(link).toMatch(/^https:\/\/service\.example\.cn\/p\/[A-Za-z0-9_-]{22,}$/);
    const token = link.split('/p/')[1]!;
    expect(await resolvePublicToken(tdb.database.db, 'asset', token)).toMatchObject({
      targetId: device!.id,
    });
    const revoked = await call('admin', `/api/assets/${device!.id}/token/revoke`);
    expect(revoked.statusCode).toBe(204);
    expect(await resolvePublicToken(tdb.database.db, 'asset', token)).toBeNull();
  });
});
