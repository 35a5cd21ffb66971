import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { customers, departments } from '../customers';
import { ASSET_COLUMNS } from './asset-columns';
import { CUSTOMER_COLUMNS } from './customer-columns';
import { importCustomers } from './import-customers';
import { CUSTOMER_HEADERS, xlsxOf } from './imports-test-support';
import { readImportFile } from './read-import-file';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);

async function runCustomers(rows: unknown[][], dryRun = false) {
  const file = await readImportFile(await xlsxOf(CUSTOMER_HEADERS, rows), CUSTOMER_COLUMNS);
  return inA((tx) => importCustomers(tx, a.admin, file, { dryRun }));
}
const failures = (report: { failed: { row: number; code: string }[] }) =>
  report.failed.map((f) => [f.row, f.code]);
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
  await inTenant(db(), b.tenantId, (tx) =>
    tx.insert(customers).values({ tenantId: b.tenantId, code: 'B-001', name: '乙方医院' }),
  );
});
afterAll(() => tdb?.close());

describe('importing customers', () => {
  it('imports good rows, lists bad ones with reasons, and updates on re-import', async () => {
    const report = await runCustomers([
      ['YC-001', '银川一院', '0951-1111111', '兴庆区', '市区', 38.48, 106.23, '放射科'],
      ['YC-001', '银川一院', null, null, null, null, null, '检验科'],
      [null, '永宁县医院', null, null, '郊县', null, null, null],
      ['YC-003', null, null, null, null, null, null, null],
      ['YC-004', '坐标错', null, null, null, 100, 106, null],
      ['YC-005', '缺经度', null, null, null, 38.5, null, null],
      ['YC-006', '电话错', 'call me', null, null, null, null, null],
      ['YC-001', '银川一院', null, null, null, null, null, '放射科'],
    ]);
    expect(report).toMatchObject({ total: 8, created: 2, updated: 0, createdDepartments: 2 });
    expect(failures(report)).toEqual([
      [5, 'REQUIRED'],
      [6, 'OUT_OF_RANGE'],
      [7, 'COORDINATES_PAIR'],
      [8, 'INVALID_PHONE'],
      [9, 'DUPLICATE_IN_FILE'],
    ]);
    expect(report.failed[0]).toMatchObject({
      column: '客户名称',
      reasonZh: '客户名称不能为空',
      reasonEn: 'Customer name is required',
    });
    expect(report.failed[4]!.reasonZh).toContain('第 2 行');

    const again = await runCustomers([
      ['YC-001', '银川市第一人民医院', '0951-2222222', null, null, null, null, '放射科'],
      [null, '永宁县医院', '0951-3333333', null, null, null, null, '内科'],
    ]);
    expect(again).toMatchObject({ created: 0, updated: 2, createdDepartments: 1, failed: [] });
    const rows = await inA((tx) =>
      tx.select().from(customers).where(eq(customers.tenantId, a.tenantId)),
    );
    const yc = rows.find((c) => c.code === 'YC-001')!;
    // A blank cell keeps what was stored; a filled one replaces it.
    expect(yc).toMatchObject({ name: '银川市第一人民医院', phone: '0951-2222222', zone: '市区' });
    expect(rows.filter((c) => c.name === '永宁县医院')).toHaveLength(1);
    const deps = await inA((tx) =>
      tx.select().from(departments).where(eq(departments.customerId, yc.id)),
    );
    expect(deps.map((d) => d.name).sort()).toEqual(['放射科', '检验科']);
    const events = await importEvents();
    expect(events.map((e) => e.action)).toEqual(['import.customers', 'import.customers']);
    const first = events.find((e) => (e.after as { total: number }).total === 8);
    expect(first!.after).toMatchObject({ total: 8, created: 2, failed: 5 });
    expect((first!.after as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("creates its own customer for another tenant's code, leaving that tenant's alone", async () => {
    const report = await runCustomers([
      ['B-001', '甲方同编码医院', null, null, null, null, null, null],
    ]);
    expect(report).toMatchObject({ created: 1, updated: 0, failed: [] });
    const inB = await inTenant(db(), b.tenantId, (tx) => tx.select().from(customers));
    expect(inB.map((c) => c.name).sort()).toEqual(['Tenant B 医院', '乙方医院'].sort());
  });

  it('refuses a name shared by several customers without a code', async () => {
    await inA((tx) =>
      tx.insert(customers).values([
        { tenantId: a.tenantId, name: '同名医院' },
        { tenantId: a.tenantId, name: '同名医院' },
      ]),
    );
    const report = await runCustomers([[null, '同名医院', null, null, null, null, null, null]]);
    expect(failures(report)).toEqual([[2, 'AMBIGUOUS_CUSTOMER']]);
  });
});

describe('reading the upload', () => {
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );

  it('refuses a file that is not an xlsx, and a sheet without the required columns', async () => {
    expect(await codeOf(readImportFile(Buffer.from('序列号,品牌\n'), ASSET_COLUMNS))).toBe(
      'IMPORT_NOT_XLSX',
    );
    expect(await codeOf(readImportFile(Buffer.from('PK\u0003\u0004broken'), ASSET_COLUMNS))).toBe(
      'IMPORT_NOT_XLSX',
    );
    const partial = await xlsxOf(['序列号', 'Brand'], [['SN', '迈瑞']]);
    const error = await readImportFile(partial, ASSET_COLUMNS).catch((e: AppError) => e);
    expect(error).toMatchObject({
      code: 'IMPORT_MISSING_COLUMNS',
      params: { columnsZh: '型号编码、客户' },
    });
  });
});
