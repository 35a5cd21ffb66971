import { type Db, inTenant } from '../../platform/db';
import { issuePublicToken } from '../../platform/public-tokens';
import type { TestTenant } from '../../../tests/support/factories';
import {
  createTestAsset as createAsset,
  createTestModel,
} from '../../../tests/support/installed-base';

export interface TestAsset {
  assetId: string;
  token: string;
  serialNumber: string;
  modelName: string;
}

/**
 * A monitor at the tenant's test hospital (first department), with a 30-day 包换期 / 12-month
 * 保修期 policy counted from `installedOn`, and a live QR token.
 */
export async function createTestAsset(
  db: Db,
  t: TestTenant,
  options: { installedOn?: string; withDepartment?: boolean } = {},
): Promise<TestAsset> {
  const model = await createTestModel(db, t.tenantId, {
    categoryName: '医疗设备',
    brandName: '迈瑞',
    modelName: '监护仪 BeneVision',
  });
  const asset = await createAsset(db, t.tenantId, {
    modelId: model.modelId,
    customerId: t.customer.id,
    departmentId: options.withDepartment === false ? null : t.customer.departments[0]!.id,
    location: '门诊楼3层 护士站',
    installedOn: options.installedOn ?? '2026-06-01',
  });
  const token = await inTenant(db, t.tenantId, (tx) =>
    issuePublicToken(tx, { kind: 'asset', tenantId: t.tenantId, targetId: asset.id }),
  );
  return { assetId: asset.id, token, serialNumber: asset.serialNumber, modelName: model.modelName };
}
