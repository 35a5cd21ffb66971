import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { createCustomer } from '../customers';
import { serviceRequests } from '../intake/service-requests.table';
import { workOrders } from '../work-orders/work-orders.table';
import { ASSET_STATUS_VALUES, createAssetBody, updateAssetBody } from './asset.schemas';
import type { AssetView } from './asset.schemas';
import { createAsset } from './create-asset';
import { createServiceContract } from './create-service-contract';
import { getAsset } from './get-asset';
import { getAssetHistory } from './get-asset-history';
import { ASSET_STATUSES } from './installed-base.table';
import { seedInstalledBase } from './installed-base.test-fixtures';
import { listAssets } from './list-assets';
import { lookupAssets } from './lookup-assets';
import { serviceContractBody } from './service-contract.schemas';
import { updateAsset } from './update-asset';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let base: Awaited<ReturnType<typeof seedInstalledBase>>;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const inB = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), b.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const edit = (asset: AssetView, patch: object) =>
  updateAssetBody.parse({
    serialNumber: asset.serialNumber,
    modelId: asset.model.id,
    customerId: asset.customer.id,
    departmentId: asset.department?.id ?? null,
    status: asset.status,
    version: asset.version,
    ...patch,
  });
const newAsset = (input: object) =>
  inA((tx) =>
    createAsset(
      tx,
      a.admin,
      createAssetBody.parse({ modelId: base.model.id, customerId: a.customer.id, ...input }),
    ),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  base = await inA((tx) => seedInstalledBase(tx, a));
});
afterAll(() => tdb?.close());

describe('assets', () => {
  it('repeats the table statuses for the browser', () => {
    expect(ASSET_STATUS_VALUES).toEqual(ASSET_STATUSES);
  });

  it('registers a unit, refuses a second one with the same serial and model', async () => {
    expect(base.asset).toMatchObject({
      serialNumber: 'SN-001',
      status: 'in_service',
      version: 1,
      department: { name: '检验科' },
      model: { code: 'BC-5000', brandName: '迈瑞' },
    });
    expect(await code(newAsset({ serialNumber: 'SN-001' }))).toBe('ASSET_SERIAL_TAKEN');
    const wrongDept = newAsset({
      serialNumber: 'SN-X',
      departmentId: b.customer.departments[0]!.id,
    });
    expect(await code(wrongDept)).toBe('DEPARTMENT_MISMATCH');
  });

  it("places a unit at its customer's site unless given coordinates", async () => {
    const site = await inA((tx) =>
      createCustomer(tx, a.admin, { name: '第二医院', lat: 38.47, lng: 106.27, departments: [] }),
    );
    const placed = await newAsset({ serialNumber: 'SN-GEO', customerId: site.id });
    expect([placed.lat, placed.lng]).toEqual([38.47, 106.27]);
    const own = await newAsset({ serialNumber: 'SN-GEO2', customerId: site.id, lat: 38, lng: 106 });
    expect([own.lat, own.lng]).toEqual([38, 106]);
    const contract = serviceContractBody.parse({
      number: 'HT-MIX',
      customerId: site.id,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      assetIds: [own.id, base.asset.id],
    });
    expect(await code(inA((tx) => createServiceContract(tx, a.admin, contract)))).toBe(
      'ASSET_CUSTOMER_MISMATCH',
    );
  });

  it('edits with the version read, and answers CONFLICT to a stale form', async () => {
    const asset = await newAsset({ serialNumber: 'SN-EDIT' });
    const moved = await inA((tx) =>
      updateAsset(
        tx,
        a.admin,
        asset.id,
        edit(asset, { location: '3楼检验科', status: 'under_repair' }),
      ),
    );
    expect(moved).toMatchObject({ location: '3楼检验科', status: 'under_repair', version: 2 });
    const stale = edit(asset, { note: '旧表单' });
    expect(await code(inA((tx) => updateAsset(tx, a.admin, asset.id, stale)))).toBe('CONFLICT');
    const clash = edit(moved, { serialNumber: 'SN-001' });
    expect(await code(inA((tx) => updateAsset(tx, a.admin, asset.id, clash)))).toBe(
      'ASSET_SERIAL_TAKEN',
    );
    const events = await inA((tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.objectId, asset.id)),
    );
    expect(events.map((e) => e.action)).toEqual(['asset.create', 'asset.update']);
    expect(events[1]?.after).toMatchObject({ status: 'under_repair', version: 2 });
  });

  it("keeps another tenant's asset out of reach by id", async () => {
    const id = base.asset.id;
    expect(await code(inB((tx) => getAsset(tx, b.admin, id)))).toBe('NOT_FOUND');
    expect(await code(inB((tx) => getAssetHistory(tx, b.admin, id)))).toBe('NOT_FOUND');
    const theirEdit = edit(base.asset, { customerId: b.customer.id, departmentId: null });
    expect(await code(inB((tx) => updateAsset(tx, b.admin, id, theirEdit)))).toBe('NOT_FOUND');
    expect(await inB((tx) => lookupAssets(tx, b.admin, 'SN-001'))).toEqual([]);
    expect((await inB((tx) => listAssets(tx, b.admin, { page: 1, pageSize: 20 }))).total).toBe(0);
  });

  it('finds units by serial prefix, exact match first, and filters the list', async () => {
    await newAsset({ serialNumber: 'SN-0010' });
    const found = await inA((tx) => lookupAssets(tx, a.admin, 'sn-001'));
    expect(found.map((x) => x.serialNumber)).toEqual(['SN-001', 'SN-0010']);
    const list = (query: object) =>
      inA((tx) => listAssets(tx, a.admin, { page: 1, pageSize: 50, ...query }));
    expect(
      (await list({ q: '血细胞', status: 'under_repair' })).items.map((x) => x.serialNumber),
    ).toEqual(['SN-EDIT']);
    const inLab = await list({ departmentId: a.customer.departments[1]!.id });
    expect(inLab.items.map((x) => x.serialNumber)).toEqual(['SN-001']);
    expect((await list({ q: 'Tenant A 医院' })).total).toBeGreaterThanOrEqual(3);
  });
});

describe('the asset page', () => {
  it("shows today's warranty and the contracts listing the unit", async () => {
    const page = await inA((tx) => getAsset(tx, a.admin, base.asset.id));
    expect(page.warrantyOn).toBe('2026-11-28');
    expect(page.warranty).toMatchObject({
      state: 'repair',
      replacementEndsOn: '2026-11-15',
      repairEndsOn: '2027-10-31',
    });
    expect(page.modelPolicy?.name).toBe('标准保修');
  });

  it('lists every request and order of this unit only, newest first', async () => {
    const other = await newAsset({ serialNumber: 'SN-OTHER' });
    const request = (assetId: string, number: string) =>
      inA((tx) =>
        tx.insert(serviceRequests).values({
          tenantId: a.tenantId,
          number,
          channel: 'hotline',
          assetId,
          customerId: a.customer.id,
          contactName: '王老师',
          contactPhone: '13909511234',
          deviceDescription: '血细胞分析仪',
          faultDescription: `故障 ${number}`,
          createdAt: clock.now(),
        }),
      );
    await request(base.asset.id, 'SR-T-0001');
    await request(other.id, 'SR-T-0002');
    clock.advance(60_000);
    const order = await createTestWorkOrder(db(), a);
    const elsewhere = await createTestWorkOrder(db(), a);
    await inA((tx) =>
      tx.update(workOrders).set({ assetId: base.asset.id }).where(eq(workOrders.id, order.id)),
    );
    await inA((tx) =>
      tx.update(workOrders).set({ assetId: other.id }).where(eq(workOrders.id, elsewhere.id)),
    );
    const history = await inA((tx) => getAssetHistory(tx, a.technician, base.asset.id));
    expect(history.entries.map((e) => [e.kind, e.number])).toEqual([
      ['work_order', order.number],
      ['service_request', 'SR-T-0001'],
    ]);
    expect(history.entries[0]).toMatchObject({ status: 'new', workOrderId: order.id });
  });
});
