import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { DEFAULT_COMMITMENTS } from './default-commitments';
import { deleteCalendarDay } from './delete-calendar-day';
import { getCommitments } from './get-commitments';
import { getPublicCommitments } from './get-public-commitments';
import { listCalendarDays } from './list-calendar-days';
import { loadCommitments } from './load-commitments';
import { loadDefaultHolidays } from './load-default-holidays';
import { previewDeadlines } from './preview-deadlines';
import { putCalendarDay } from './put-calendar-day';
import { updateCommitments } from './update-commitments';
import { updatePublicProfile } from './update-public-profile';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const inB = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), b.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const trail = async (objectType: string) =>
  (await inA((tx) => tx.select().from(auditEvents)))
    .filter((e) => e.objectType === objectType)
    .map((e) => e.action);

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
});
afterAll(() => tdb?.close());

describe('service commitments', () => {
  it('serves the defaults until the tenant saves its own', async () => {
    const view = await inA((tx) => getCommitments(tx, a.admin));
    expect(view).toMatchObject({ version: 0, updatedAt: null, timeZone: 'Asia/Shanghai' });
    expect(view.content).toEqual(DEFAULT_COMMITMENTS);
    expect(view.publicProfile).toEqual({
      companyName: 'Tenant A',
      publicCode: null,
      hotline: null,
    });
  });

  it('saves with an optimistic version and refuses a stale one', async () => {
    const content = { ...DEFAULT_COMMITMENTS, customerNoticeDays: 10, promises: ['十天内告知'] };
    const first = await inA((tx) => updateCommitments(tx, a.admin, { version: 0, content }));
    expect(first.version).toBe(1);
    expect(first.content.customerNoticeDays).toBe(10);
    expect(await code(inA((tx) => updateCommitments(tx, a.admin, { version: 0, content })))).toBe(
      'CONFLICT',
    );
    const second = await inA((tx) =>
      updateCommitments(tx, a.admin, {
        version: 1,
        content: { ...content, customerNoticeDays: 7 },
      }),
    );
    expect(second.version).toBe(2);
    expect(await code(inA((tx) => updateCommitments(tx, a.admin, { version: 1, content })))).toBe(
      'CONFLICT',
    );
    expect((await inA((tx) => loadCommitments(tx, a.tenantId))).content.customerNoticeDays).toBe(7);
    expect(await trail('commitments')).toEqual(['commitments.update', 'commitments.update']);
    // Tenant B still runs on the defaults.
    expect((await inB((tx) => loadCommitments(tx, b.tenantId))).version).toBe(0);
  });
});

describe('the business calendar', () => {
  it('adds, replaces and removes a day, with an audit trail', async () => {
    const day = '2026-12-24';
    await inA((tx) => putCalendarDay(tx, a.admin, day, { kind: 'holiday', name: '公司活动' }));
    const replaced = await inA((tx) =>
      putCalendarDay(tx, a.admin, day, { kind: 'workday', name: '盘点加班' }),
    );
    expect(replaced).toEqual({ day, kind: 'workday', name: '盘点加班' });
    expect((await inA((tx) => listCalendarDays(tx, a.admin, 2026))).days).toEqual([replaced]);
    await inA((tx) => deleteCalendarDay(tx, a.admin, day));
    expect(await code(inA((tx) => deleteCalendarDay(tx, a.admin, day)))).toBe('NOT_FOUND');
    expect(await trail('calendar')).toEqual([
      'calendar.day.put',
      'calendar.day.put',
      'calendar.day.delete',
    ]);
  });

  it("loads a year's holidays without overwriting edited days", async () => {
    await inA((tx) => putCalendarDay(tx, a.admin, '2026-10-01', { kind: 'workday', name: '值班' }));
    const loaded = await inA((tx) => loadDefaultHolidays(tx, a.admin, 2026));
    expect(loaded).toEqual({ year: 2026, added: 38, kept: 1 });
    const days = (await inA((tx) => listCalendarDays(tx, a.admin, 2026))).days;
    expect(days.find((d) => d.day === '2026-10-01')).toMatchObject({
      kind: 'workday',
      name: '值班',
    });
    expect(days.find((d) => d.day === '2026-10-10')).toMatchObject({ kind: 'workday' });
    expect(await inA((tx) => loadDefaultHolidays(tx, a.admin, 2026))).toEqual({
      year: 2026,
      added: 0,
      kept: 39,
    });
    expect(await code(inA((tx) => loadDefaultHolidays(tx, a.admin, 2031)))).toBe(
      'NO_DEFAULT_CALENDAR',
    );
    expect((await inB((tx) => listCalendarDays(tx, b.admin, 2026))).days).toEqual([]);
  });

  it('previews deadlines over the loaded holidays', async () => {
    const from = '2026-10-09T09:00:00.000Z'; // Friday 17:00 in Beijing
    const preview = await inA((tx) =>
      previewDeadlines(tx, a.admin, { urgency: 'critical', zone: 'city', from }),
    );
    // 30 minutes on Friday, then the 国庆 make-up Saturday (10 Oct) opens at 08:30.
    expect(preview.response).toEqual({
      limitMinutes: 10,
      deadline: '2026-10-09T09:10:00.000Z',
    });
    expect(preview.onSite.deadline).toBe('2026-10-10T01:00:00.000Z');
    const plain = await inB((tx) =>
      previewDeadlines(tx, b.admin, { urgency: 'critical', zone: 'city', from }),
    );
    expect(plain.onSite.deadline).toBe('2026-10-12T01:00:00.000Z');
    expect(
      await code(inA((tx) => previewDeadlines(tx, a.admin, { urgency: 'normal', zone: 'moon' }))),
    ).toBe('UNKNOWN_ZONE');
  });
});

describe('the public commitments page', () => {
  it('shows only the public profile, by a code unique across companies', async () => {
    const publicCode = `tenant-a-${a.suffix}`;
    await inA((tx) => updatePublicProfile(tx, a.admin, { publicCode, hotline: '0951-5123456' }));
    const page = await getPublicCommitments(db(), publicCode);
    expect(Object.keys(page).sort()).toEqual([
      'businessHours',
      'chaseCadenceDays',
      'companyName',
      'customerNoticeDays',
      'hotline',
      'limits',
      'promises',
      'zones',
    ]);
    expect(page).toMatchObject({
      companyName: 'Tenant A',
      hotline: '0951-5123456',
      customerNoticeDays: 7,
      promises: ['十天内告知'],
    });
    expect(await code(getPublicCommitments(db(), 'no-such-company'))).toBe('NOT_FOUND');
    expect(
      await code(inB((tx) => updatePublicProfile(tx, b.admin, { publicCode, hotline: null }))),
    ).toBe('PUBLIC_CODE_TAKEN');
    await inA((tx) => updatePublicProfile(tx, a.admin, { publicCode: null, hotline: null }));
    expect(await code(getPublicCommitments(db(), publicCode))).toBe('NOT_FOUND');
    expect(await trail('tenant')).toEqual([
      'tenant.create',
      'tenant.publicProfile.update',
      'tenant.publicProfile.update',
    ]);
  });
});
