import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import type { App } from '../../platform/http/app-types';
import { buildApp } from '../../server/build-app';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { createTestAsset } from './test-assets';
import { freshAddress, postReport } from './test-report-form';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

function expectRateLimited(
  response: Awaited<ReturnType<typeof postReport>>,
  retryAfter: number,
): void {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.json().code).toBe('RATE_LIMITED');
  expect(Number(response.headers['retry-after'])).toBe(retryAfter);
}

describe('rate limits of the public pages', () => {
  it('allows 3 reports per device per hour, from any address, and 10 per day', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const other = await createTestAsset(tdb.database.db, a);
    for (let i = 0; i < 3; i++) expect((await postReport(app, unit.token)).statusCode).toBe(201);
    clock.advance(10 * MINUTE);
    expectRateLimited(await postReport(app, unit.token), 50 * 60);
    expect((await postReport(app, other.token)).statusCode).toBe(201);
    // 3 an hour for three more hours: 10 in the day, then the day's limit holds.
    for (let hour = 1; hour <= 3; hour++) {
      clock.advance(HOUR);
      const wanted = hour === 3 ? 1 : 3;
      for (let i = 0; i < wanted; i++)
        expect((await postReport(app, unit.token)).statusCode).toBe(201);
    }
    clock.advance(HOUR);
    const dayFull = await postReport(app, unit.token);
    expect(dayFull.statusCode).toBe(429);
    // The first report of the day leaves the window 24 h after it was made.
    expect(Number(dayFull.headers['retry-after'])).toBe(24 * 3600 - (10 * 60 + 4 * 3600));
  });

  it('counts reports arriving together one after the other', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const answers = await Promise.all(Array.from({ length: 6 }, () => postReport(app, unit.token)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 429, 429, 429]);
  });

  it('allows 5 reports per address per hour; another address is unaffected', async () => {
    const units = await Promise.all([1, 2, 3].map(() => createTestAsset(tdb.database.db, a)));
    const ip = freshAddress();
    const tokens = [units[0]!, units[0]!, units[0]!, units[1]!, units[1]!].map((u) => u.token);
    for (const token of tokens) expect((await postReport(app, token, { ip })).statusCode).toBe(201);
    clock.advance(30 * MINUTE);
    expectRateLimited(await postReport(app, units[2]!.token, { ip }), 30 * 60);
    expect((await postReport(app, units[2]!.token)).statusCode).toBe(201);
    clock.advance(30 * MINUTE);
    expect((await postReport(app, units[2]!.token, { ip })).statusCode).toBe(201);
  });

  it('allows 20 lookups per address per minute, whatever the token', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const ip = freshAddress();
    const get = (token: string, remoteAddress = ip) =>
      app.inject({ method: 'GET', url: `/api/public/devices/${token}`, remoteAddress });
    for (let i = 0; i < 10; i++) expect((await get(unit.token)).statusCode).toBe(200);
    for (let i = 0; i < 10; i++)
      expect((await get('guess-guess-guess-guess')).statusCode).toBe(404);
    clock.advance(15_000);
    expectRateLimited(await get(unit.token), 45);
    const tracking = await app.inject({
      url: '/api/public/tracking/guess-guess-guess-guess',
      remoteAddress: ip,
    });
    expect(tracking.statusCode).toBe(429);
    expect((await get(unit.token, freshAddress())).statusCode).toBe(200);
    clock.advance(45_000);
    expect((await get(unit.token)).statusCode).toBe(200);
  });
});
