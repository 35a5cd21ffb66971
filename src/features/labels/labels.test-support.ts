import type { Db } from '../../platform/db';
import type { TestTenant } from '../../../tests/support/factories';
import { createTestAssets, createTestModel } from '../../../tests/support/installed-base';

/** Devices of one analyser model at the test tenant's hospital (labels only read them). */
export async function createLabelAssets(
  db: Db,
  t: TestTenant,
  devices: Array<{ serialNumber: string; departmentIndex?: number; status?: 'retired' }>,
) {
  const { modelId } = await createTestModel(db, t.tenantId, {
    categoryName: '医疗设备',
    brandName: '迈瑞',
    modelCode: 'BC-5390',
    modelName: '血液细胞分析仪',
    policy: null,
  });
  return createTestAssets(
    db,
    t.tenantId,
    devices.map((device) => ({
      modelId,
      customerId: t.customer.id,
      serialNumber: device.serialNumber,
      departmentId:
        device.departmentIndex === undefined
          ? null
          : t.customer.departments[device.departmentIndex]!.id,
      status: device.status,
    })),
  );
}
