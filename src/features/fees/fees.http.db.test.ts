import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { inTenant } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { signInAs } from '../../../tests/support/sign-in';
import { createCategory } from '../catalog';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let categoryId: string;
const cookies: Record<string, string> = {};
const clock = manualClock();

const signIn = (username: string) => signInAs(app, username);
const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who]!, 'accept-language': 'zh-CN' },
  });

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  categoryId = (
    await inTenant(tdb.database.db, a.tenantId, (tx) =>
      createCategory(tx, a.admin, {
        code: 'PC',
        name: '计算机',
        defaultMinutes: 60,
        requiresCertificate: false,
      }),
    )
  ).id;
  for (const role of ['admin', 'dispatcher', 'technician'] as const)
    cookies[role] = await signIn(a.usernames[role]);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('warranty policy routes', () => {
  it('lets managers write and everyone on staff read', async () => {
    const payload = { name: '一年保修', replacementDays: 7, repairMonths: 12 };
    const created = await call('admin', 'POST', '/api/warranty-policies', payload);
    expect(created.statusCode).toBe(201);
    const refused = await call('dispatcher', 'POST', '/api/warranty-policies', {
      ...payload,
      name: 'x',
    });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    const list = await call('technician', 'GET', '/api/warranty-policies');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: { name: string }) => p.name)).toEqual(['一年保修']);
    const bad = await call('admin', 'POST', '/api/warranty-policies', {
      ...payload,
      repairMonths: -1,
    });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const taken = await call('admin', 'POST', '/api/warranty-policies', payload);
    expect([taken.statusCode, taken.json().message]).toEqual([409, '该保修政策名称已被使用']);
  });
});

describe('fee standard and quote routes', () => {
  it('lets managers draft and publish, refuses edits to a published version', async () => {
    expect((await call('dispatcher', 'POST', '/api/fee-standards')).statusCode).toBe(403);
    const draft = await call('admin', 'POST', '/api/fee-standards');
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    const content = {
      ...draft.json().content,
      defaultLabourCents: { '1': 2_000, '2': 5_000, '3': 9_000 },
    };
    expect((await call('admin', 'PATCH', `/api/fee-standards/${id}`, { content })).statusCode).toBe(
      200,
    );
    const negative = await call('admin', 'PATCH', `/api/fee-standards/${id}`, {
      content: { ...content, partsMarkupPercent: -5 },
    });
    expect(negative.statusCode).toBe(400);
    expect((await call('admin', 'POST', `/api/fee-standards/${id}/publish`, {})).statusCode).toBe(
      200,
    );
    const frozen = await call('admin', 'PATCH', `/api/fee-standards/${id}`, { note: 'x' });
    expect([frozen.statusCode, frozen.json().code]).toEqual([409, 'FEE_STANDARD_PUBLISHED']);
    expect((await call('technician', 'GET', '/api/fee-standards/in-effect')).json().version).toBe(
      1,
    );
  });

  it('lets the desk and technicians quote, and keeps what they quoted', async () => {
    const body = {
      coverage: { parts: false, labour: true, travel: false },
      categoryId,
      level: 3,
      travel: { zone: 'city' },
      parts: [{ name: '内存', unitPriceCents: 30_000, quantity: 1 }],
    };
    const preview = await call('technician', 'POST', '/api/quotes/preview', body);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().totals).toEqual({
      grossCents: 39_000,
      coveredCents: 9_000,
      chargedCents: 30_000,
    });
    expect((await call('admin', 'POST', '/api/quotes', body)).statusCode).toBe(403);
    const made = await call('dispatcher', 'POST', '/api/quotes', body);
    expect(made.statusCode).toBe(201);
    const read = await call('technician', 'GET', `/api/quotes/${made.json().id}`);
    expect(read.json()).toMatchObject({ feeStandardVersion: 1, totals: preview.json().totals });
    const neither = await call('dispatcher', 'POST', '/api/quotes', {
      ...body,
      coverage: undefined,
    });
    expect(neither.statusCode).toBe(400);
    const walkIn = await call('dispatcher', 'POST', '/api/quotes/preview', {
      ...body,
      travel: { zone: 'moon' },
    });
    expect([walkIn.statusCode, walkIn.json().message]).toEqual([
      422,
      '收费标准中没有区域 moon 的上门费',
    ]);
  });
});
