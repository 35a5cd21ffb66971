import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import { addDays, warrantyPolicies } from '../warranty';
import { tenants } from '../accounts';
import { productCategories } from '../catalog/catalog.table';
import type { CustomerView } from '../customers';
import {
  assets,
  brands,
  productModels,
  serviceContractAssets,
  serviceContracts,
  vendorContacts,
  vendors,
} from '../installed-base';
import { DEMO_MODELS, DEMO_POLICIES, DEMO_VENDORS } from './demo-installed-base';

export interface DemoAsset {
  id: string;
  customerId: string;
  departmentId: string;
  category: string;
  device: string;
}

/**
 * The demo company's installed base: three warranty policies, brands, vendors with after-sales
 * contacts, nine models over the six categories, and two to four devices per department,
 * installed over the last four years so every warranty state occurs. Deterministic.
 */
export async function seedInstalledBaseDemo(
  db: Db,
  clock: Clock,
  tenantId: string,
  customers: readonly CustomerView[],
  rand: () => number,
): Promise<DemoAsset[]> {
  const today = localDay(clock.now(), 'Asia/Shanghai');
  return inTenant(db, tenantId, async (tx) => {
    await tx.update(tenants).set({ publicCode: 'yinchuan-demo' }).where(eq(tenants.id, tenantId));
    const policies = await tx
      .insert(warrantyPolicies)
      .values(DEMO_POLICIES.map(({ key: _key, ...p }) => ({ tenantId, ...p })))
      .returning({ id: warrantyPolicies.id });
    const policyOf = new Map(DEMO_POLICIES.map((p, i) => [p.key, policies[i]!.id]));
    const vendorRows = await tx
      .insert(vendors)
      .values(DEMO_VENDORS.map(({ key: _key, ...v }) => ({ tenantId, ...v })))
      .returning({ id: vendors.id });
    const vendorOf = new Map(DEMO_VENDORS.map((v, i) => [v.key, vendorRows[i]!.id]));
    await tx.insert(vendorContacts).values(
      vendorRows.map((v, i) => ({
        tenantId,
        vendorId: v.id,
        name: ['周工', '孙经理', '赵工', '钱工', '吴经理'][i % 5]!,
        phone: `1399510${String(1000 + i)}`,
        title: '售后服务工程师',
      })),
    );
    const brandNames = [...new Set(DEMO_MODELS.map((m) => m.brand))];
    const brandRows = await tx
      .insert(brands)
      .values(brandNames.map((name) => ({ tenantId, name })))
      .returning({ id: brands.id, name: brands.name });
    const brandOf = new Map(brandRows.map((b) => [b.name, b.id]));
    const categories = await tx
      .select({ id: productCategories.id, code: productCategories.code })
      .from(productCategories)
      .where(eq(productCategories.tenantId, tenantId));
    const categoryOf = new Map(categories.map((c) => [c.code, c.id]));
    const modelRows = await tx
      .insert(productModels)
      .values(
        DEMO_MODELS.map((m) => ({
          tenantId,
          code: m.code,
          name: m.name,
          categoryId: categoryOf.get(m.category)!,
          brandId: brandOf.get(m.brand)!,
          vendorId: vendorOf.get(m.vendor)!,
          warrantyPolicyId: policyOf.get(m.policy)!,
          listPriceCents: m.listPriceYuan * 100,
        })),
      )
      .returning({ id: productModels.id });

    const units = customers.flatMap((customer) =>
      customer.departments.flatMap((department) =>
        Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, n) => {
          const m = Math.floor(rand() * DEMO_MODELS.length);
          const model = DEMO_MODELS[m]!;
          // About one in ten was installed in the last fortnight: still in its 包换期.
          const age = rand() < 0.1 ? 1 + Math.floor(rand() * 6) : Math.floor(31 + rand() * 1430);
          const installedOn = addDays(today, -age);
          return {
            tenantId,
            serialNumber: `${model.serialPrefix}${Math.floor(rand() * 1e8)
              .toString(36)
              .toUpperCase()
              .padStart(6, '0')}${n}`,
            modelId: modelRows[m]!.id,
            customerId: customer.id,
            departmentId: department.id,
            location: `${department.name}${1 + Math.floor(rand() * 20)}号房间`,
            purchasedOn: addDays(installedOn, -Math.floor(rand() * 20)),
            installedOn,
            purchasePriceCents: Math.round(model.listPriceYuan * (0.85 + rand() * 0.2)) * 100,
            lat: customer.lat,
            lng: customer.lng,
            category: model.category,
            device: `${model.brand} ${model.name}`,
          };
        }),
      ),
    );
    const rows = await tx
      .insert(assets)
      .values(units.map(({ category: _c, device: _d, ...u }) => u))
      .returning({ id: assets.id });
    const demoAssets = units.map((u, i) => ({
      id: rows[i]!.id,
      customerId: u.customerId,
      departmentId: u.departmentId,
      category: u.category,
      device: u.device,
    }));
    // The first hospital has a service contract covering its computers past their warranty.
    const first = customers[0]!;
    const [contract] = await tx
      .insert(serviceContracts)
      .values({
        tenantId,
        number: 'HT-2025-001',
        customerId: first.id,
        startsOn: '2025-01-01',
        endsOn: '2027-12-31',
        note: '全院计算机及打印机年度维保合同',
      })
      .returning({ id: serviceContracts.id });
    const covered = demoAssets.filter(
      (a) => a.customerId === first.id && (a.category === 'PC' || a.category === 'PRN'),
    );
    if (covered.length)
      await tx
        .insert(serviceContractAssets)
        .values(covered.map((a) => ({ tenantId, contractId: contract!.id, assetId: a.id })));
    return demoAssets;
  });
}
