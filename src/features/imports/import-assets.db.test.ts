import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { createCategory, createCategoryBody } from '../catalog';
import { customers } from '../customers';
import { assets, brands, productModels } from '../installed-base';
import { warrantyPolicies } from '../warranty';
import { ASSET_COLUMNS } from './asset-columns';
import { importAssets } from './import-assets';
import { ASSET_HEADERS, xlsxOf } from './imports-test-support';
import { readImportFile } from './read-import-file';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);

async function runAssets(rows: unknown[][], dryRun = false) {
  const file = await readImportFile(await xlsxOf(ASSET_HEADERS, rows), ASSET_COLUMNS);
  return inA((tx) => importAssets(tx, a.admin, file, { dryRun }));
}
const failures = (report: { failed: { row: number; code: string }[] }) =>
  report.failed.map((f) => [f.row, f.code]);
const countIn = (table: typeof assets | typeof customers | typeof brands, tenantId: string) =>
  inTenant(db(), tenantId, async (tx) => {
    const [row] = await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId));
    return row!.n;
  });
const importEvents = () =>
  inA((tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, a.tenantId), eq(auditEvents.objectType, 'import'))),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  await inA(async (tx) => {
    await createCategory(tx, a.admin, createCategoryBody.parse({ code: 'MED', name: '医疗设备' }));
    await tx
      .insert(warrantyPolicies)
      .values({ tenantId: a.tenantId, name: '标准保修', replacementDays: 15, repairMonths: 12 });
  });
  await inA((tx) =>
    tx.insert(customers).values([
      { tenantId: a.tenantId, code: 'YC-001', name: '银川一院' },
      { tenantId: a.tenantId, name: '永宁县医院' },
    ]),
  );
  await inTenant(db(), b.tenantId, (tx) =>
    tx.insert(customers).values({ tenantId: b.tenantId, code: 'B-001', name: '乙方医院' }),
  );
});
afterAll(() => tdb?.close());

describe('importing assets', () => {
  const good = (serial: string, location = '3楼') => [
    serial,
    '迈瑞',
    'T5',
    '病人监护仪',
    'med',
    'YC-001',
    '急诊科',
    location,
    '2025-03-01',
    new Date('2025-03-05T00:00:00Z'),
    '标准保修',
    56800.5,
    null,
    null,
    null,
  ];

  it('imports good rows with new brand and model, and refuses bad rows with the reason', async () => {
    const before = await countIn(assets, a.tenantId);
    const report = await runAssets([
      good('SN-1'),
      good('SN-2'),
      good('SN-1'),
      [
        'SN-3',
        '迈瑞',
        'X9',
        null,
        null,
        'YC-001',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        'SN-4',
        '迈瑞',
        'T5',
        null,
        null,
        'B-001',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        'SN-5',
        '迈瑞',
        'T5',
        null,
        null,
        'YC-001',
        null,
        null,
        '2025-02-30',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        'SN-6',
        '迈瑞',
        'T5',
        null,
        null,
        '永宁县医院',
        null,
        null,
        null,
        null,
        '没有的政策',
        null,
        null,
        null,
        null,
      ],
      [
        'SN-7',
        '飞利浦',
        'MX40',
        '监护仪',
        '不存在类别',
        'YC-001',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(failures(report)).toEqual([
      [4, 'DUPLICATE_IN_FILE'],
      [5, 'UNKNOWN_MODEL'],
      [6, 'UNKNOWN_CUSTOMER'], // tenant B's customer code is not seen from tenant A
      [7, 'INVALID_DATE'],
      [8, 'UNKNOWN_WARRANTY_POLICY'],
      [9, 'UNKNOWN_CATEGORY'],
    ]);
    expect(report).toMatchObject({
      total: 8,
      created: 2,
      updated: 0,
      createdBrands: 1,
      createdModels: 1,
      createdDepartments: 1,
    });
    expect(await countIn(assets, a.tenantId)).toBe(before + 2);
    // A refused row creates nothing, not even the brand it named.
    const brandNames = await inA((tx) => tx.select({ name: brands.name }).from(brands));
    expect(brandNames.map((x) => x.name)).toEqual(['迈瑞']);
    const [unit] = await inA((tx) =>
      tx.select().from(assets).where(eq(assets.serialNumber, 'SN-1')),
    );
    expect(unit).toMatchObject({
      purchasedOn: '2025-03-01',
      installedOn: '2025-03-05',
      purchasePriceCents: 5680050,
      location: '3楼',
      version: 1,
    });
    expect(unit!.departmentId).not.toBeNull();
    expect(unit!.warrantyPolicyId).not.toBeNull();
  });

  it('updates units on re-import instead of duplicating them', async () => {
    const before = await countIn(assets, a.tenantId);
    const report = await runAssets([good('SN-1', '5楼'), good('SN-2', '5楼'), good('SN-8')]);
    expect(report).toMatchObject({ created: 1, updated: 2, createdModels: 0, failed: [] });
    expect(await countIn(assets, a.tenantId)).toBe(before + 1);
    const [unit] = await inA((tx) =>
      tx.select().from(assets).where(eq(assets.serialNumber, 'SN-1')),
    );
    expect(unit).toMatchObject({ location: '5楼', version: 2 });
    const models = await inA((tx) => tx.select().from(productModels));
    expect(models.map((m) => m.code)).toEqual(['T5']);
  });

  it('writes nothing on a dry run but reports what it would do', async () => {
    const before = await countIn(assets, a.tenantId);
    const eventsBefore = (await importEvents()).length;
    const report = await runAssets(
      [
        good('SN-1'),
        good('SN-9'),
        [...good('SN-10').slice(0, 2), 'NEW', '新型号', 'MED', ...good('').slice(5)],
      ],
      true,
    );
    expect(report).toMatchObject({ dryRun: true, created: 2, updated: 1, createdModels: 1 });
    expect(await countIn(assets, a.tenantId)).toBe(before);
    expect(await inA((tx) => tx.select().from(productModels))).toHaveLength(1);
    expect(await importEvents()).toHaveLength(eventsBefore);
  });

  it('leaves the other tenant untouched', async () => {
    expect(await countIn(assets, b.tenantId)).toBe(0);
    expect(await countIn(brands, b.tenantId)).toBe(0);
  });
});
