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
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
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
  cookies.adminB = await signIn(b.usernames.admin);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('commitment routes', () => {
  it('lets staff read, managers write, and answers 409 to a stale version', async () => {
    const read = await call('technician', 'GET', '/api/commitments');
    expect(read.statusCode).toBe(200);
    const { content, version } = read.json();
    expect(version).toBe(0);
    const body = { version, content: { ...content, customerNoticeDays: 12 } };
    const refused = await call('dispatcher', 'PUT', '/api/commitments', body);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    const saved = await call('admin', 'PUT', '/api/commitments', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, content: { customerNoticeDays: 12 } });
    const stale = await call('admin', 'PUT', '/api/commitments', body);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);
  });

  it('refuses inconsistent content with field details', async () => {
    const { content } = (await call('admin', 'GET', '/api/commitments')).json();
    const bad = await call('admin', 'PUT', '/api/commitments', {
      version: 1,
      content: { ...content, limits: content.limits.slice(1) },
    });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('edits the calendar as a manager only and previews deadlines', async () => {
    const day = { kind: 'holiday', name: '公司年会' };
    expect((await call('dispatcher', 'PUT', '/api/calendar/days/2026-12-30', day)).statusCode).toBe(
      403,
    );
    expect((await call('admin', 'PUT', '/api/calendar/days/2026-02-30', day)).statusCode).toBe(400);
    expect((await call('admin', 'PUT', '/api/calendar/days/2026-12-30', day)).statusCode).toBe(200);
    const loaded = await call('admin', 'POST', '/api/calendar/load-defaults', { year: 2026 });
    expect(loaded.json()).toEqual({ year: 2026, added: 39, kept: 0 });
    const year = await call('dispatcher', 'GET', '/api/calendar?year=2026');
    expect(year.json().days).toHaveLength(40);
    expect(year.json().defaultYears).toEqual([
      { year: 2026, isProvisional: false },
      { year: 2027, isProvisional: true },
    ]);
    expect((await call('admin', 'DELETE', '/api/calendar/days/2026-12-30')).statusCode).toBe(204);
    expect((await call('admin', 'DELETE', '/api/calendar/days/2026-12-30')).statusCode).toBe(404);

    const from = encodeURIComponent('2026-09-30T17:20:00+08:00');
    const preview = await call(
      'technician',
      'GET',
      `/api/commitments/deadline-preview?urgency=urgent&zone=city&from=${from}`,
    );
    expect(preview.statusCode).toBe(200);
    expect(preview.json().response).toEqual({
      limitMinutes: 15,
      deadline: '2026-10-08T00:35:00.000Z',
    });
  });

  it('publishes the public page without a session, and only by a known code', async () => {
    const profile = { publicCode: `Co-${a.suffix}`, hotline: '0951-5123456' };
    const put = await call('admin', 'PUT', '/api/commitments/public-profile', profile);
    expect(put.json()).toMatchObject({ publicCode: `co-${a.suffix}`, hotline: '0951-5123456' });
    const taken = await call('adminB', 'PUT', '/api/commitments/public-profile', profile);
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'PUBLIC_CODE_TAKEN']);
    const badCode = await call('admin', 'PUT', '/api/commitments/public-profile', {
      publicCode: 'a b',
      hotline: null,
    });
    expect(badCode.statusCode).toBe(400);

    const page = await app.inject({ url: `/api/public/commitments/co-${a.suffix}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ companyName: 'Tenant A', customerNoticeDays: 12 });
    expect(JSON.stringify(page.json())).not.toContain(a.tenantId);
    const unknown = await app.inject({
      url: '/api/public/commitments/nobody-here',
      headers: { 'accept-language': 'en' },
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});
