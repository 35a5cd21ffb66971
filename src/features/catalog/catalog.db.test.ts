import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { cancelCategory } from './cancel-category';
import { createCategoryBody } from './catalog.schemas';
import { createCategory } from './create-category';
import { listCategories } from './list-categories';
import { updateCategory } from './update-category';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const body = (input: object) => createCategoryBody.parse(input);

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
});
afterAll(() => tdb?.close());

describe('product categories', () => {
  it('creates, lists by code, edits and cancels with an audit trail', async () => {
    const prn = await inA((tx) =>
      createCategory(tx, a.admin, body({ code: 'prn', name: '打印机', defaultMinutes: 45 })),
    );
    expect(prn).toMatchObject({ code: 'PRN', defaultMinutes: 45, requiresCertificate: false });
    const med = await inA((tx) =>
      createCategory(
        tx,
        a.admin,
        body({ code: 'MED', name: '医疗设备', requiresCertificate: true }),
      ),
    );
    expect(med.defaultMinutes).toBe(60);
    const edited = await inA((tx) =>
      updateCategory(tx, a.admin, prn.id, { name: '打印机/复印机', defaultMinutes: 50 }),
    );
    expect(edited).toMatchObject({ code: 'PRN', name: '打印机/复印机', defaultMinutes: 50 });
    expect(
      (await inA((tx) => listCategories(tx, a.admin, { includeCancelled: 'false' }))).map(
        (c) => c.code,
      ),
    ).toEqual(['MED', 'PRN']);

    const cancelled = await inA((tx) => cancelCategory(tx, a.admin, prn.id, { reason: '合并' }));
    expect(cancelled.isCancelled).toBe(true);
    expect(await code(inA((tx) => cancelCategory(tx, a.admin, prn.id, { reason: '再次' })))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await code(inA((tx) => updateCategory(tx, a.admin, prn.id, { name: 'x' })))).toBe(
      'CATEGORY_CANCELLED',
    );
    const live = await inA((tx) => listCategories(tx, a.admin, { includeCancelled: 'false' }));
    expect(live.map((c) => c.code)).toEqual(['MED']);
    const all = await inA((tx) => listCategories(tx, a.admin, { includeCancelled: 'true' }));
    expect(all.map((c) => c.code)).toEqual(['MED', 'PRN']);

    const events = await inA((tx) => tx.select().from(auditEvents));
    const trail = events.filter((e) => e.objectId === prn.id).map((e) => e.action);
    expect(trail).toEqual(['category.create', 'category.update', 'category.cancel']);
    expect(events.find((e) => e.action === 'category.cancel')?.after).toMatchObject({
      reason: '合并',
    });
  });

  it('keeps codes unique per tenant, not across tenants', async () => {
    await inA((tx) => createCategory(tx, a.admin, body({ code: 'NET', name: '网络设备' })));
    expect(
      await code(inA((tx) => createCategory(tx, a.admin, body({ code: 'net', name: '网络' })))),
    ).toBe('CATEGORY_CODE_TAKEN');
    const other = await inA((tx) =>
      createCategory(tx, a.admin, body({ code: 'SRV', name: '服务器' })),
    );
    expect(await code(inA((tx) => updateCategory(tx, a.admin, other.id, { code: 'NET' })))).toBe(
      'CATEGORY_CODE_TAKEN',
    );
    const inB = await inTenant(db(), b.tenantId, (tx) =>
      createCategory(tx, b.admin, body({ code: 'NET', name: '网络设备' })),
    );
    expect(inB.code).toBe('NET');
  });

  it("answers NOT_FOUND for another tenant's category", async () => {
    const theirs = await inTenant(db(), b.tenantId, (tx) =>
      createCategory(tx, b.admin, body({ code: 'CCTV', name: '监控' })),
    );
    expect(await code(inA((tx) => updateCategory(tx, a.admin, theirs.id, { name: 'x' })))).toBe(
      'NOT_FOUND',
    );
    expect(await code(inA((tx) => cancelCategory(tx, a.admin, theirs.id, { reason: 'x' })))).toBe(
      'NOT_FOUND',
    );
  });
});
