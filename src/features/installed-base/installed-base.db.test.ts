import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { createAssetBody } from './asset.schemas';
import { vendorBody } from './brand-vendor.schemas';
import { cancelBrand } from './cancel-brand';
import { cancelProductModel } from './cancel-product-model';
import { cancelServiceContract } from './cancel-service-contract';
import { cancelVendor } from './cancel-vendor';
import { createAsset } from './create-asset';
import { createBrand } from './create-brand';
import { createProductModel } from './create-product-model';
import { createServiceContract } from './create-service-contract';
import { createVendor } from './create-vendor';
import { seedInstalledBase } from './installed-base.test-fixtures';
import { listBrands } from './list-brands';
import { listProductModels } from './list-product-models';
import { listServiceContracts } from './list-service-contracts';
import { serviceContractBody } from './service-contract.schemas';
import { updateBrand } from './update-brand';
import { updateProductModel } from './update-product-model';
import { updateServiceContract } from './update-service-contract';
import { updateVendor } from './update-vendor';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let base: Awaited<ReturnType<typeof seedInstalledBase>>;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const trail = async (objectId: string) =>
  (await inA((tx) => tx.select().from(auditEvents)))
    .filter((e) => e.objectId === objectId)
    .map((e) => e.action);
const paging = { page: 1, pageSize: 20, includeCancelled: 'false' as const };

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  base = await inA((tx) => seedInstalledBase(tx, a));
});
afterAll(() => tdb?.close());

describe('brands', () => {
  it('creates, renames and cancels; names are unique per tenant ignoring case', async () => {
    const hp = await inA((tx) => createBrand(tx, a.admin, { name: 'HP' }));
    expect(await code(inA((tx) => createBrand(tx, a.admin, { name: 'hp' })))).toBe(
      'BRAND_NAME_TAKEN',
    );
    expect(await code(inA((tx) => updateBrand(tx, a.admin, hp.id, { name: '迈瑞' })))).toBe(
      'BRAND_NAME_TAKEN',
    );
    expect((await inA((tx) => updateBrand(tx, a.admin, hp.id, { name: '惠普' }))).name).toBe(
      '惠普',
    );
    await inA((tx) => cancelBrand(tx, a.admin, hp.id, { reason: '停止代理' }));
    expect(await code(inA((tx) => updateBrand(tx, a.admin, hp.id, { name: 'x' })))).toBe(
      'RECORD_CANCELLED',
    );
    const live = await inA((tx) => listBrands(tx, a.admin, paging));
    expect(live.items.map((x) => x.name)).toEqual(['迈瑞']);
    expect(await trail(hp.id)).toEqual(['brand.create', 'brand.update', 'brand.cancel']);
    const inB = await inTenant(db(), b.tenantId, (tx) => createBrand(tx, b.admin, { name: 'HP' }));
    expect(inB.name).toBe('HP');
    expect(await code(inA((tx) => cancelBrand(tx, a.admin, inB.id, { reason: 'x' })))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('vendors', () => {
  it('keeps, edits, adds and cancels after-sales contacts with the vendor', async () => {
    const vendor = await inA((tx) =>
      createVendor(
        tx,
        a.admin,
        vendorBody.parse({
          name: '迈瑞医疗',
          kind: 'manufacturer',
          phone: '400-700-5652',
          contacts: [
            { name: '张工', phone: '13900000001', title: '售后工程师' },
            { name: '李经理', email: 'li@example.com' },
          ],
        }),
      ),
    );
    expect(vendor.contacts.map((c) => c.name).sort()).toEqual(['张工', '李经理'].sort());
    const zhang = vendor.contacts.find((c) => c.name === '张工');
    const edited = await inA((tx) =>
      updateVendor(
        tx,
        a.admin,
        vendor.id,
        vendorBody.parse({
          name: '迈瑞医疗',
          kind: 'manufacturer',
          contacts: [{ id: zhang!.id, name: '张工', phone: '13900000009' }, { name: '王工' }],
        }),
      ),
    );
    expect(edited.contacts.map((c) => [c.name, c.phone]).sort()).toEqual([
      ['张工', '13900000009'],
      ['王工', null],
    ]);
    expect(edited.phone).toBeNull();
    expect(
      await code(
        inA((tx) =>
          createVendor(tx, a.admin, vendorBody.parse({ name: '迈瑞医疗', kind: 'dealer' })),
        ),
      ),
    ).toBe('VENDOR_NAME_TAKEN');
    await inA((tx) => cancelVendor(tx, a.admin, vendor.id, { reason: '不再合作' }));
    expect(
      await code(
        inA((tx) =>
          updateVendor(tx, a.admin, vendor.id, vendorBody.parse({ name: 'x', kind: 'dealer' })),
        ),
      ),
    ).toBe('RECORD_CANCELLED');
    expect(await trail(vendor.id)).toEqual(['vendor.create', 'vendor.update', 'vendor.cancel']);
  });
});

describe('product models', () => {
  it('keeps codes unique per brand and refuses cancelled references', async () => {
    const { model, brand, category } = base;
    expect(model).toMatchObject({ code: 'BC-5000', brand: { name: '迈瑞' } });
    expect(model.warrantyPolicy?.name).toBe('标准保修');
    const input = { code: 'BC-5000', name: '另一台', categoryId: category.id, brandId: brand.id };
    expect(await code(inA((tx) => createProductModel(tx, a.admin, input)))).toBe(
      'MODEL_CODE_TAKEN',
    );
    const other = await inA((tx) => createBrand(tx, a.admin, { name: '西门子' }));
    const same = await inA((tx) =>
      createProductModel(tx, a.admin, { ...input, brandId: other.id }),
    );
    expect(same.brand.name).toBe('西门子');
    const edited = await inA((tx) =>
      updateProductModel(tx, a.admin, same.id, { ...input, brandId: other.id, code: 'X1' }),
    );
    expect(edited.code).toBe('X1');
    await inA((tx) => cancelBrand(tx, a.admin, other.id, { reason: '停止代理' }));
    expect(
      await code(
        inA((tx) => createProductModel(tx, a.admin, { ...input, code: 'N', brandId: other.id })),
      ),
    ).toBe('UNKNOWN_REFERENCE');
    await inA((tx) => cancelProductModel(tx, a.admin, same.id, { reason: '停产' }));
    const live = await inA((tx) => listProductModels(tx, a.admin, paging));
    expect(live.items.map((m) => m.code)).toEqual(['BC-5000']);
    expect(
      await code(
        inA((tx) =>
          createAsset(
            tx,
            a.admin,
            createAssetBody.parse({
              serialNumber: 'Z',
              modelId: same.id,
              customerId: a.customer.id,
            }),
          ),
        ),
      ),
    ).toBe('UNKNOWN_REFERENCE');
    expect(await trail(same.id)).toEqual([
      'productModel.create',
      'productModel.update',
      'productModel.cancel',
    ]);
  });
});

describe('service contracts', () => {
  it('lists assets of its customer only, edits the list, cancels', async () => {
    const body = (input: object) =>
      serviceContractBody.parse({
        number: 'HT-2026-001',
        customerId: a.customer.id,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        coversTravel: false,
        ...input,
      });
    const contract = await inA((tx) =>
      createServiceContract(tx, a.admin, body({ assetIds: [base.asset.id] })),
    );
    expect(contract.assets.map((x) => x.serialNumber)).toEqual(['SN-001']);
    expect(
      await code(inA((tx) => createServiceContract(tx, a.admin, body({ number: 'ht-2026-001' })))),
    ).toBe('CONTRACT_NUMBER_TAKEN');
    const otherCustomer = b.customer.id;
    expect(
      await code(
        inA((tx) =>
          createServiceContract(tx, a.admin, body({ number: 'N2', customerId: otherCustomer })),
        ),
      ),
    ).toBe('UNKNOWN_REFERENCE');
    const backwards = { ...body({}), startsOn: '2027-01-01', endsOn: '2026-12-31' };
    expect(serviceContractBody.safeParse(backwards).success).toBe(false);
    const emptied = await inA((tx) =>
      updateServiceContract(tx, a.admin, contract.id, body({ note: '续签', assetIds: [] })),
    );
    expect([emptied.assets, emptied.note]).toEqual([[], '续签']);
    await inA((tx) => cancelServiceContract(tx, a.admin, contract.id, { reason: '客户解约' }));
    const live = await inA((tx) => listServiceContracts(tx, a.admin, { ...paging, q: 'HT' }));
    expect(live.total).toBe(0);
    expect(await code(inA((tx) => updateServiceContract(tx, a.admin, contract.id, body({}))))).toBe(
      'RECORD_CANCELLED',
    );
    expect(await trail(contract.id)).toEqual([
      'serviceContract.create',
      'serviceContract.update',
      'serviceContract.cancel',
    ]);
  });
});
