import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import {
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { inTenant } from '../../platform/db';
import { createCategory, createCategoryBody } from '../catalog';
import { ASSET_HEADERS, CUSTOMER_HEADERS, xlsxOf } from '../imports/imports-test-support';
import { EXPORT_LISTS } from './exports.schemas';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const cookies: Record<string, string> = {};

async function signIn(username: string): Promise<string> {
  if (cookies[username]) return cookies[username];
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  cookies[username] = `sid=${response.cookies.find((c) => c.name === 'sid')!.value}`;
  return cookies[username];
}
const get = async (username: string, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { cookie: await signIn(username), ...headers } });
const upload = async (username: string, url: string, payload: Buffer | object, type = XLSX) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as Buffer,
    headers: { cookie: await signIn(username), 'content-type': type },
  });

/** The first sheet's name and its rows of cell values, as a user opening the file sees them. */
async function sheetOf(body: Buffer): Promise<{ name: string; rows: unknown[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  await createTestWorkOrder(tdb.database.db, a, a.technician.user.id);
  await createTestWorkOrder(tdb.database.db, a, a.technician2.user.id);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('exports', () => {
  it("exports the tenant's customers with Chinese headers and a dated Chinese file name", async () => {
    const response = await get(a.usernames.admin, '/api/exports/customers.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX);
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('客户_20261128.xlsx')}`,
    );
    const { name, rows } = await sheetOf(response.rawPayload);
    expect(name).toBe('客户');
    expect(rows[0]!.slice(0, 3)).toEqual(['客户编码', '客户名称', '电话']);
    // Tenant B's hospital is not in tenant A's export.
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Tenant A 医院']);
    expect(rows[1]![7]).toBe('放射科、检验科');
  });

  it('uses English headers for an English client and applies the list filters', async () => {
    const en = await get(a.usernames.admin, '/api/exports/customers.xlsx?q=nobody', {
      'accept-language': 'en',
    });
    expect(en.headers['content-disposition']).toContain('customers_20261128.xlsx');
    const { name, rows } = await sheetOf(en.rawPayload);
    expect(name).toBe('Customers');
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]).toBe('Customer name');
  });

  it('shows times in the tenant time zone and gives a technician only their own orders', async () => {
    const desk = await sheetOf(
      (await get(a.usernames.dispatcher, '/api/exports/work-orders.xlsx')).rawPayload,
    );
    expect(desk.rows).toHaveLength(3);
    const created = desk.rows[1]![9] as Date;
    // 02:00 UTC is 10:00 in Asia/Shanghai; the sheet carries the wall clock.
    expect(created.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    const own = await sheetOf(
      (await get(a.usernames.technician, '/api/exports/work-orders.xlsx')).rawPayload,
    );
    expect(own.rows.slice(1).map((r) => r[7])).toEqual(['维修一']);
  });

  it("refuses a list the user may not read, and one that doesn't exist", async () => {
    const hotline = await get(a.usernames.technician, '/api/exports/hotline-calls.xlsx');
    expect(hotline.statusCode).toBe(403);
    expect((await get(a.usernames.dispatcher, '/api/exports/users.xlsx')).statusCode).toBe(403);
    expect((await get(a.usernames.admin, '/api/exports/users.xlsx')).statusCode).toBe(200);
    expect((await get(a.usernames.admin, '/api/exports/secrets.xlsx')).statusCode).toBe(400);
    const bad = await get(a.usernames.admin, '/api/exports/work-orders.xlsx?status=nope');
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('imports over HTTP', () => {
  it('serves templates that import as they are', async () => {
    const template = await get(a.usernames.admin, '/api/imports/customers/template.xlsx');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['客户导入', '填写说明']);
    const dry = await upload(
      a.usernames.admin,
      '/api/imports/customers?dryRun=true',
      template.rawPayload,
    );
    expect(dry.json()).toMatchObject({ dryRun: true, total: 1, created: 1, failed: [] });
    const assetTemplate = await get(a.usernames.admin, '/api/imports/assets/template.xlsx');
    const assets = await sheetOf(assetTemplate.rawPayload);
    expect(assets.rows[0]).toEqual(ASSET_HEADERS);
  });

  it('imports an upload, and refuses what is not an xlsx or not allowed', async () => {
    const file = await xlsxOf(CUSTOMER_HEADERS, [['HTTP-1', '上传医院', null, null, '市区']]);
    const done = await upload(a.usernames.admin, '/api/imports/customers', file);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ total: 1, created: 1, updated: 0 });
    const exported = await sheetOf(
      (await get(a.usernames.admin, '/api/exports/customers.xlsx')).rawPayload,
    );
    expect(exported.rows.map((r) => r[0])).toContain('HTTP-1');
    const inB = await sheetOf(
      (await get(b.usernames.admin, '/api/exports/customers.xlsx')).rawPayload,
    );
    expect(inB.rows.map((r) => r[0])).not.toContain('HTTP-1');

    expect((await upload(a.usernames.dispatcher, '/api/imports/customers', file)).statusCode).toBe(
      403,
    );
    const json = await upload(
      a.usernames.admin,
      '/api/imports/customers',
      { rows: [] },
      'application/json',
    );
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('IMPORT_NOT_XLSX');
    const csv = await upload(a.usernames.admin, '/api/imports/assets', Buffer.from('序列号\nSN'));
    expect(csv.json().code).toBe('IMPORT_NOT_XLSX');
  });
});

describe('every list', () => {
  it('exports for an administrator, with a header row', async () => {
    for (const list of EXPORT_LISTS) {
      const response = await get(a.usernames.admin, `/api/exports/${list}.xlsx`);
      expect({ list, status: response.statusCode }).toEqual({ list, status: 200 });
      const { rows } = await sheetOf(response.rawPayload);
      expect({ list, columns: rows[0]!.length > 3 }).toEqual({ list, columns: true });
    }
  });

  it('round-trips assets: an exported sheet re-imports as updates', async () => {
    await inTenant(tdb.database.db, a.tenantId, (tx) =>
      createCategory(tx, a.admin, createCategoryBody.parse({ code: 'MED', name: '医疗设备' })),
    );
    const row = ['SN-X1', '迈瑞', 'T5', '监护仪', 'MED', 'Tenant A 医院', '放射科', '3楼'];
    const first = await upload(
      a.usernames.admin,
      '/api/imports/assets',
      await xlsxOf(ASSET_HEADERS, [[...row, '2025-01-02', null, null, 1234.5]]),
    );
    expect(first.json()).toMatchObject({ created: 1, createdModels: 1, failed: [] });
    const exported = await get(a.usernames.admin, '/api/exports/assets.xlsx');
    const { name, rows } = await sheetOf(exported.rawPayload);
    expect(name).toBe('设备');
    expect(rows[0]!.slice(0, ASSET_HEADERS.length)).toEqual(ASSET_HEADERS);
    expect(rows[1]!.slice(0, 8)).toEqual(row);
    expect(rows[1]![11]).toBe(1234.5);
    const again = await upload(a.usernames.admin, '/api/imports/assets', exported.rawPayload);
    expect(again.json()).toMatchObject({ created: 0, updated: 1, failed: [] });
  });
});
