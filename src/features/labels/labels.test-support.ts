import { inTenant, type Db } from '../../platform/db';
import type { TestTenant } from '../../../tests/support/factories';
import { createCategory } from '../catalog';
import { assets, brands, productModels } from '../installed-base';

/** Devices at the test tenant's hospital, inserted directly (labels only read them). */
export async function createLabelAssets(
  db: Db,
  t: TestTenant,
  /** Distinguishes the brand and category of each call (short: letters and digits). */
  batch: string,
  devices: Array<{ serialNumber: string; departmentIndex?: number; status?: 'retired' }>,
) {
  return inTenant(db, t.tenantId, async (tx) => {
    const category = await createCategory(tx, t.admin, {
      code: `LB${batch}`,
      name: '医疗设备',
      defaultMinutes: 60,
      requiresCertificate: false,
    });
    const [brand] = await tx
      .insert(brands)
      .values({ tenantId: t.tenantId, name: `迈瑞${batch}` })
      .returning();
    const [model] = await tx
      .insert(productModels)
      .values({
        tenantId: t.tenantId,
        code: 'BC-5390',
        name: '血液细胞分析仪',
        categoryId: category.id,
        brandId: brand!.id,
      })
      .returning();
    return tx
      .insert(assets)
      .values(
        devices.map((device) => ({
          tenantId: t.tenantId,
          serialNumber: device.serialNumber,
          modelId: model!.id,
          customerId: t.customer.id,
          departmentId:
            device.departmentIndex === undefined
              ? null
              : t.customer.departments[device.departmentIndex]!.id,
          status: device.status ?? ('in_service' as const),
        })),
      )
      .returning();
  });
}
